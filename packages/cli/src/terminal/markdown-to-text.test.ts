import { describe, expect, test } from '@jest/globals';
import { markdownToText } from './markdown-to-text.js';
import { colourWanted, createStyle } from './style.js';

const plain = createStyle(false);

describe('job summaries rendered for a terminal', () => {
  test('no raw HTML or escapes: entities decoded, <code> and <br> and <details> rendered, escapes removed', () => {
    const text = markdownToText('## ❌ pin-check: failed\n\n**3** finding(s) · a \\_b\\_ &lt;x&gt; &amp; <code>y&#124;z</code><br>next\n\n> [!WARNING]\n> a note', plain);
    expect(text).toBe('❌ pin-check: failed\n\n3 finding(s) · a _b_ <x> & y|z\nnext\n\n  │ Warning\n  │ a note');
  });

  test('a table that fits is aligned under a header; links show their target', () => {
    const text = markdownToText('| Rule | Findings |\n|---|---|\n| <code>unpinned-uses</code> | 3 |\n| [docs](https://example.test/d) | 12 |', plain);
    const link = 'docs <https://example.test/d>';
    expect(text).toBe([`${'Rule'.padEnd(link.length)}  Findings`, `${'unpinned-uses'.padEnd(link.length)}  3`, `${link}  12`].join('\n'));
  });

  test('a table too wide becomes one block per row: short cells on a line, long ones and line breaks indented below', () => {
    const row = `| 🔴 error | <code>unpinned-uses</code> | ${'actions/checkout@v4 is pinned to a tag. '.repeat(3)}<br>Fix: pin it | 53 | <details><summary>53 places in 2 file(s)</summary><code>ci.yml</code>: 1, 2<br><code>release.yml</code>: 3</details> |`;
    const text = markdownToText(`| Severity | Rule | Finding | Count | Where |\n|---|---|---|---|---|\n${row}`, plain, 80);
    expect(text.split('\n')).toEqual([
      '🔴 error  Rule: unpinned-uses  Count: 53',
      `    ${'actions/checkout@v4 is pinned to a tag. '.repeat(3).trimEnd()}`,
      '    Fix: pin it',
      '    53 places in 2 file(s):',
      '    ci.yml: 1, 2',
      '    release.yml: 3',
    ]);
  });

  test('fenced blocks (a diff) are shown as they are', () => {
    expect(markdownToText('<details><summary>Diff</summary>\n\n```diff\n-a <b>\n+c\n```\n\n</details>', plain)).toBe('Diff:\n\n    -a <b>\n    +c\n');
  });

  test('colour: headings by verdict, severities; none at all without colour', () => {
    const colour = createStyle(true);
    const text = markdownToText('## ❌ x: failed\n\n| Severity | Rule |\n|---|---|\n| 🔴 error | r |', colour);
    expect(text).toContain('\u001b[31m\u001b[1m❌ x: failed');
    expect(text).toContain('\u001b[31m🔴 error\u001b[39m');
    expect(markdownToText('## ❌ x: failed', plain)).not.toContain('\u001b');
  });

  test('colour only on a terminal, never with NO_COLOR or --no-color; FORCE_COLOR for a pipe', () => {
    expect(colourWanted([], {}, true)).toBe(true);
    expect(colourWanted([], {}, false)).toBe(false);
    expect(colourWanted([], { TERM: 'dumb' }, true)).toBe(false);
    expect(colourWanted([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(colourWanted(['--no-color'], {}, true)).toBe(false);
    expect(colourWanted([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colourWanted([], { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(false);
    expect(colourWanted([], { FORCE_COLOR: '0' }, false)).toBe(false);
  });
});
