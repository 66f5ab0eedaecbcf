import { describe, expect, test } from '@jest/globals';
import type { Finding, Report } from '@gates/core';
import { PIN_RULES } from '../rules/index.js';
import { groupFindings } from './finding-groups.js';
import { renderPinSummary } from './pin-summary.js';

const LINKS = { serverUrl: 'https://github.com', repository: 'octo-org/octo-repo', sha: 'ffac537e6cbbf934b08745a378932722df287a53' };
const unpinned = (value: string, file: string, line: number): Finding => ({
  ruleId: 'unpinned-uses',
  severity: 'error',
  message: `${value} is pinned to a tag, which its owner can move to other code at any time.`,
  file,
  line,
  fixHint: `pin the full commit SHA the ref points to: uses: ${value.split('@')[0]}@<40-hex sha>`,
});
const install: Finding = { ruleId: 'unpinned-install', severity: 'warning', message: 'curl … | bash runs whatever the server sends.', file: '.github/workflows/release.yml', line: 40 };

function report(findings: Finding[], notes: string[] = []): Report {
  return { tool: 'pin-check', version: '0.1.0', failOn: 'error', rules: PIN_RULES.map((rule) => rule.meta), findings, notes };
}

// 53 uses of one reference in two files, 2 of another, an install, a waived reference.
const FINDINGS = [
  ...Array.from({ length: 50 }, (_, i) => unpinned('actions/checkout@v4', '.github/workflows/ci.yml', 10 + i)),
  ...[3, 7, 9].map((line) => unpinned('actions/checkout@v4', '.github/workflows/release.yml', line)),
  install,
  unpinned('Swatinem/rust-cache@v2', '.github/workflows/ci.yml', 80),
  unpinned('Swatinem/rust-cache@v2', '.github/workflows/ci.yml', 90),
  { ...unpinned('octo-org/internal@main', '.github/workflows/ci.yml', 5), waived: { reason: 'first-party' } },
];

describe('pin-check summary', () => {
  test('one row per distinct finding: the reference, its count and its places folded by file', () => {
    const summary = renderPinSummary(report(FINDINGS), LINKS);
    const rows = summary.split('\n').filter((line) => line.startsWith('| ') && line.includes('<code>unpinned-uses</code> |') && line.includes('is pinned to'));
    expect(rows).toHaveLength(3);
    const checkout = rows.find((row) => row.includes('actions/checkout@v4'))!;
    expect(checkout).toContain('| 53 |');
    expect(checkout).toContain('<details><summary>53 places in 2 file(s)</summary><code>.github/workflows/ci.yml</code>: 10, 11, 12,');
    expect(checkout).toContain('<br><code>.github/workflows/release.yml</code>: 3, 7, 9</details>');
    // A single place is a link to its line.
    expect(summary).toContain('[<code>.github/workflows/release.yml:40</code>](https://github.com/octo-org/octo-repo/blob/ffac537e6cbbf934b08745a378932722df287a53/.github/workflows/release.yml#L40)');
  });

  test('leads with the verdict and the counts per rule; the most used unpinned action first, waived last', () => {
    const summary = renderPinSummary(report(FINDINGS, ['Online checks skipped (no token was given).']), LINKS);
    expect(summary.startsWith('## ❌ pin-check: failed\n\n**55** finding(s) fail the gate')).toBe(true);
    expect(summary).toContain('| <code>unpinned-uses</code> | 56 | 3 |');
    expect(summary).toContain('| <code>unpinned-install</code> | 1 | 1 |');
    const order = ['actions/checkout@v4', 'Swatinem/rust-cache@v2', 'curl', 'octo-org/internal@main'].map((text) => summary.indexOf(text));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(summary).toContain('| ⚪ waived |');
    // The note is a quote and the table after it starts a new block (a table right under `>` would be quoted).
    expect(summary).toMatch(/> Online checks skipped \(no token was given\)\.\n\n\| Severity \| Rule \|/);
    expect(summary).toContain('Every finding, with its exact location, is in the JSON report');
  });

  test('past the byte limit rows are cut and the summary says how many findings are only in the reports', () => {
    const many = Array.from({ length: 400 }, (_, i) => unpinned(`octo-org/action-${i}@v1`, `.github/workflows/w${i}.yml`, 3));
    const summary = renderPinSummary(report(many), LINKS, 20_000);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(20_000);
    const shown = summary.split('\n').filter((line) => line.includes('is pinned to')).length;
    expect(shown).toBeGreaterThan(10);
    expect(summary).toContain(`> ⚠️ ${400 - shown} more row(s) (${400 - shown} finding(s)) did not fit the summary.`);
  });

  test('a row over more files than it lists: the first 40 with their lines, the others counted once, in file order or not', () => {
    const file = (index: number) => `.github/workflows/w${String(index).padStart(2, '0')}.yml`;
    const sorted = Array.from({ length: 45 }, (_, index) => [unpinned('actions/cache@v3', file(index), 5), unpinned('actions/cache@v3', file(index), 9)]).flat();
    const listed = Array.from({ length: 40 }, (_, index) => `<code>${file(index)}</code>: 5, 9`).join('<br>');
    const expected = `<details><summary>90 places in 45 file(s)</summary>${listed}<br>… and 5 more file(s) (see the reports)</details> |`;
    expect(renderPinSummary(report(sorted), LINKS)).toContain(expected);
    // Out of file order (a report's findings are sorted, a caller's may not be): a file seen again is not counted again.
    const unsorted = [...sorted.filter((_, index) => index % 2 === 0), ...sorted.filter((_, index) => index % 2 === 1)];
    expect(renderPinSummary(report(unsorted), LINKS)).toContain(expected);
  });

  test('no findings: the verdict and a plain line', () => {
    expect(renderPinSummary(report([]))).toBe('## ✅ pin-check: passed\n\n**0** finding(s) fail the gate (fail-on: `error`) · 0 error(s), 0 warning(s), 0 note(s)\n\nNo findings.\n');
  });

  test('groups keep every finding: counts add up to the findings given', () => {
    const groups = groupFindings(FINDINGS, PIN_RULES.map((rule) => rule.meta.id));
    expect(groups.reduce((sum, group) => sum + group.findings.length, 0)).toBe(FINDINGS.length);
    expect(groups.map((group) => group.findings.length)).toEqual([53, 2, 1, 1]);
  });
});
