import { describe, expect, test } from '@jest/globals';
import sarifMatchers from '@microsoft/jest-sarif';
import { renderJsonReport, renderSarif } from '@gates/core';
import { SAMPLE_REPORT } from './report-fixtures.js';

expect.extend(sarifMatchers as unknown as Parameters<typeof expect.extend>[0]);

describe('SARIF 2.1.0', () => {
  const sarif = renderSarif(SAMPLE_REPORT) as { runs: [{ tool: { driver: { rules: { id: string }[] } }; results: Record<string, unknown>[] }] };

  test('validates against the official SARIF 2.1.0 schema', () => {
    (expect(sarif) as unknown as { toBeValidSarifLog(): void }).toBeValidSarifLog();
  });

  test('results point at their rule, file and region; waived findings are suppressed, not dropped', () => {
    const [run] = sarif.runs;
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['unpinned-uses', 'unpinned-install']);
    expect(run.results).toHaveLength(3);
    const checkout = run.results.find((r) => (r.message as { text: string }).text.startsWith('actions/checkout'))!;
    expect(checkout).toMatchObject({
      ruleId: 'unpinned-uses',
      ruleIndex: 0,
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: '.github/workflows/ci.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 18, startColumn: 15 } } }],
    });
    const spaced = run.results.find((r) => r.ruleId === 'unpinned-install')!;
    expect(spaced).toMatchObject({ locations: [{ physicalLocation: { artifactLocation: { uri: 'dir%20with%20space/ci.yml' } } }] });
    const waived = run.results.find((r) => r.suppressions)!;
    expect(waived.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'first-party' }]);
  });
});

describe('JSON report', () => {
  test('carries verdict, counts (waived apart) and sorted findings', () => {
    const json = renderJsonReport(SAMPLE_REPORT) as { verdict: string; counts: Record<string, number>; findings: { line: number }[] };
    expect(json.verdict).toBe('fail');
    expect(json.counts).toEqual({ error: 1, warning: 1, note: 0, waived: 1 });
    expect(json.findings.map((f) => f.line)).toEqual([9, 18, 3]);
  });
});
