import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSummary, type Finding } from '@gates/core';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { LINKS, SAMPLE_REPORT } from './report-fixtures.js';

const GOLDEN = join(REPO_ROOT, 'test', 'golden');

/** Compares with a reviewed golden file; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('job summary', () => {
  test('failing report: verdict first, table with links, details collapsed (golden)', () => {
    const markdown = renderSummary(SAMPLE_REPORT, LINKS);
    expect(markdown.split('\n')[0]).toBe('## ❌ pin-check: failed');
    expectGolden('summary-fail.md', markdown);
  });

  test('passing report without findings (golden)', () => {
    expectGolden('summary-pass.md', renderSummary({ ...SAMPLE_REPORT, findings: [], notes: [] }));
  });

  test('text from files cannot inject HTML or break the table', () => {
    const markdown = renderSummary(SAMPLE_REPORT, LINKS);
    expect(markdown).not.toContain('<evil>');
    expect(markdown).toContain('&lt;evil&gt;');
    const row = markdown.split('\n').find((line) => line.includes('&lt;evil&gt;'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });

  test('stays under the byte limit and says how many findings were left out', () => {
    const findings: Finding[] = Array.from({ length: 5000 }, (_, i) => ({ ruleId: 'unpinned-uses', severity: 'error', message: `finding ${i} ${'x'.repeat(200)}`, file: `f${i}.yml`, line: i + 1 }));
    const limit = 200_000;
    const markdown = renderSummary({ ...SAMPLE_REPORT, findings }, LINKS, limit);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(limit);
    const shown = (markdown.match(/^\| 🔴 error/gm) ?? []).length;
    expect(markdown).toContain(`Summary truncated: ${5000 - shown} of 5000 finding(s) not shown`);
    expect(shown).toBeGreaterThan(100);
  });

  test('shows at most 1,000 rows even when more would fit', () => {
    const findings: Finding[] = Array.from({ length: 1500 }, (_, i) => ({ ruleId: 'unpinned-uses', severity: 'error', message: `finding ${i}`, file: `f${i}.yml`, line: 1 }));
    const markdown = renderSummary({ ...SAMPLE_REPORT, findings }, LINKS);
    expect((markdown.match(/^\| 🔴 error/gm) ?? []).length).toBe(1000);
    expect(markdown).toContain('Summary truncated: 500 of 1500 finding(s) not shown (the summary shows at most 1,000 rows');
  });
});

describe('file names a scanner escaped', () => {
  test('a lone surrogate in a linked path (a Python scanner\'s escape of a name that is not UTF-8) is linked as U+FFFD, not an internal error', () => {
    const findings: Finding[] = [{ ruleId: 'B101', tool: 'Bandit', severity: 'error', message: 'assert used', file: 'src/bad\udcff.py', line: 3 }];
    expect(renderSummary({ ...SAMPLE_REPORT, findings }, LINKS)).toContain(`${LINKS.sha}/src/bad%EF%BF%BD.py#L3)`);
  });
});
