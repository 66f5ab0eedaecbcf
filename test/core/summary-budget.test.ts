import { describe, expect, test } from '@jest/globals';
import { capMarkdown } from '../../packages/core/src/report/summary-budget.js';
import { renderGfm } from '../adversarial/rendered-markdown.js';

describe('capMarkdown', () => {
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

  test('what fits is returned as it is', () => {
    expect(capMarkdown('# small\n', 100)).toBe('# small\n');
  });

  test('cuts between lines, within the limit, and says how much was left out', () => {
    const markdown = Array.from({ length: 1000 }, (_, index) => `| row ${index} | ${'é'.repeat(50)} |`).join('\n');
    const capped = capMarkdown(markdown, 20_000);
    expect(bytes(capped)).toBeLessThanOrEqual(20_000);
    expect(capped.split('\n').filter((line) => line.startsWith('| row')).every((line) => line.endsWith(' |'))).toBe(true);
    expect(capped).toMatch(/Cut here: \d+ more byte\(s\) would take the job summary past GitHub's 1 MiB limit/);
  });

  test('a code fence or <details> left open by the cut is closed, so the note renders as a note', () => {
    const markdown = ['### Fix', '<details><summary>Diff</summary>', '', '````diff', ...Array.from({ length: 500 }, (_, index) => `+ line ${index} \`\`\``), '````', '', '</details>', 'after'].join('\n');
    const capped = capMarkdown(markdown, 4000);
    expect(bytes(capped)).toBeLessThanOrEqual(4000);
    const html = renderGfm(capped);
    expect(html).toMatch(/<\/code><\/pre>\n<\/details>\n<blockquote>\n<p>⚠️ Cut here/);
  });

  test('a limit smaller than the first line leaves the note alone', () => {
    expect(capMarkdown(`${'x'.repeat(5000)}\nmore`, 400)).toMatch(/^\n> ⚠️ Cut here: 5005 more byte/);
  });
});
