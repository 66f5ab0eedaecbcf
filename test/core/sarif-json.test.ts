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
    expect(waived.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'first-party', properties: { expires: '2027-01-01' } }]);
  });
});

describe('SARIF of merged scanner results', () => {
  const merged = renderSarif({
    ...SAMPLE_REPORT,
    tool: 'security-gate',
    rules: [{ id: 'scanner-result', description: 'judged', severity: 'error' }, { id: 'CVE-2021-23337', description: 'Command Injection in lodash', severity: 'error', tool: 'Trivy' }],
    findings: [
      { ruleId: 'CVE-2021-23337', tool: 'Trivy', severity: 'error', message: 'lodash 4.17.15', file: 'package-lock.json', line: 1, fingerprint: 'abc', advisories: ['CVE-2021-23337', 'GHSA-35jh-r3h4-6jhm'], package: { name: 'lodash', version: '4.17.15' }, properties: { cvss: 7.2 } },
      { ruleId: 'zizmor/template-injection', tool: 'zizmor', severity: 'warning', message: 'code injection', file: '.github/workflows/ci.yml', line: 4, waived: { id: 'W-1', reason: 'input is a constant', expires: '2027-01-31', approvedBy: ['alice'], ticket: 'SEC-1' } },
    ],
  }) as { runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: Record<string, unknown>[] }[] };

  test('one run per scanner, each with its own rules; still valid SARIF 2.1.0', () => {
    (expect(merged) as unknown as { toBeValidSarifLog(): void }).toBeValidSarifLog();
    expect(merged.runs.map((run) => run.tool.driver.name)).toEqual(['gates/security-gate', 'Trivy', 'zizmor']);
    expect(merged.runs[1]!.tool.driver.rules.map((rule) => rule.id)).toEqual(['CVE-2021-23337']);
    expect(merged.runs[1]!.results[0]).toMatchObject({ ruleId: 'CVE-2021-23337', ruleIndex: 0, partialFingerprints: { 'gates/v1': 'abc' }, properties: { cvss: 7.2, advisories: 'CVE-2021-23337,GHSA-35jh-r3h4-6jhm', package: 'lodash@4.17.15' } });
  });

  test('a waived result is suppressed with the waiver id, expiry, approvers and ticket', () => {
    expect(merged.runs[2]!.results[0]!.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'input is a constant', properties: { waiver: 'W-1', expires: '2027-01-31', approvedBy: ['alice'], ticket: 'SEC-1' } },
    ]);
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
