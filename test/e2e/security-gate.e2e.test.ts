import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sarifMatchers from '@microsoft/jest-sarif';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

expect.extend(sarifMatchers as unknown as Parameters<typeof expect.extend>[0]);

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'scanners');
const DAY = 24 * 60 * 60 * 1000;
const date = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

function scans(): Record<string, string> {
  const files: Record<string, string> = { 'scans/npm-audit.json': readFileSync(join(FIXTURES, 'npm-audit', 'audit.json'), 'utf8'), 'kev.json': readFileSync(join(FIXTURES, 'kev.json'), 'utf8') };
  for (const name of readdirSync(FIXTURES)) if (/\.(sarif|json)$/.test(name) && name !== 'kev.json') files[`scans/${name}`] = readFileSync(join(FIXTURES, name), 'utf8');
  return files;
}

function waiverFile(entries: string[], policy = ''): string {
  return `version: 1\n${policy}waivers:\n${entries.join('')}`;
}

function entry(id: string, fields: string, created: string, expires: string): string {
  return `  - id: ${id}\n    gate: security-gate\n${fields}    reason: accepted while the upgrade is tested\n    ticket: SEC-1\n    approvers: [alice]\n    created: ${created}\n    expires: ${expires}\n`;
}

describe('security-gate through its bundle', () => {
  test('every format is read; blocking results fail the step with the alert, outputs and a valid merged SARIF', async () => {
    const run = await runBundle('security-gate', { workspace: makeWorkspace(scans()), inputs: { results: 'scans/*', 'known-exploited': 'kev.json' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', blocked: 'true', 'blocking-count': '13', 'waived-count': '0', 'findings-count': '19' });
    expect(run.annotations.some((annotation) => annotation.command === 'error' && annotation.properties.title === 'security block without waiver')).toBe(true);
    expect(run.summary).toContain('⛔ Security block without waiver: 13 finding(s)');
    expect(run.summary).toContain('### Results per scanner');
    for (const tool of ['CodeQL', 'Semgrep OSS', 'Trivy', 'gitleaks', 'zizmor', 'Bandit', 'npm audit', 'pip-audit', 'osv-scanner']) expect(run.summary).toContain(`| ${tool} |`);
    // Known exploited: CVE-2021-3121 is in the list, and osv-scanner names it as an alias.
    expect(run.summary).toMatch(/GHSA-c3h9-896r-86jm.*known exploited/);
    // The gitleaks snippet (the secret itself) is never copied.
    const sarifText = readFileSync(run.outputs['sarif-file']!, 'utf8');
    for (const text of [run.stdout, run.summary, sarifText, readFileSync(run.outputs['report-json']!, 'utf8')]) expect(text).not.toContain('AKIAZQ3DRT7UVWXY2345');
    const sarif = JSON.parse(sarifText) as { runs: { tool: { driver: { name: string } } }[] };
    (expect(sarif) as unknown as { toBeValidSarifLog(): void }).toBeValidSarifLog();
    expect(sarif.runs.map((run) => run.tool.driver.name)).toEqual(['gates/security-gate', 'Bandit', 'CodeQL', 'Semgrep OSS', 'Trivy', 'gitleaks', 'npm audit', 'osv-scanner', 'pip-audit', 'zizmor']);
    expect(JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8'))).toMatchObject({ blocked: true, blockingFindings: 13, waiverApprovals: 0, waiverExpiries: 0 });
  });

  test('waivers: applied ones suppress in SARIF and show who and until when; expired ones block again and warn; stale and expiring ones warn', async () => {
    const waivers = waiverFile([
      entry('W-ZIZMOR', '    rule: zizmor/template-injection\n    path: .github/workflows/ci.yml\n', date(-10), date(30)),
      entry('W-BANDIT', '    rule: B602\n    path: app/run.py\n', date(-10), date(3)),
      entry('W-EXPIRED', '    advisory: CVE-2021-44906\n    path: package-lock.json\n', date(-60), date(-2)),
      entry('W-STALE', '    advisory: CVE-2099-0001\n    package: nothing\n', date(-1), date(20)),
    ]);
    const workspace = makeWorkspace({ ...scans(), '.github/gates-waivers.yml': waivers });
    const run = await runBundle('security-gate', { workspace, inputs: { results: 'scans/zizmor.sarif\nscans/bandit.sarif\nscans/trivy.sarif' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ blocked: 'true', 'blocking-count': '1', 'waived-count': '2' });
    const warnings = run.annotations.filter((annotation) => annotation.command === 'warning').map((annotation) => annotation.data);
    expect(warnings).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Waiver W-EXPIRED expired 1 day ago \(\d{4}-\d{2}-\d{2}\); its 1 finding\(s\) count again\.$/),
      expect.stringMatching(/^Waiver W-BANDIT waives 1 finding\(s\) until .*, which is in 3 days: renew it or fix the findings\.$/),
      'Waiver W-STALE matches no finding; remove it, or fix its rule, fingerprint, path or package.',
    ]));
    expect(run.annotations.find((annotation) => annotation.data.startsWith('Waiver W-EXPIRED'))!.properties).toMatchObject({ file: '.github/gates-waivers.yml', line: '21' });
    expect(run.summary).toContain('Waived (<code>W-ZIZMOR</code>) by alice until');
    expect(run.summary).toContain('### Waivers');
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: { tool: { driver: { name: string } }; results: { suppressions?: unknown[] }[] }[] };
    (expect(sarif) as unknown as { toBeValidSarifLog(): void }).toBeValidSarifLog();
    const zizmor = sarif.runs.find((entry) => entry.tool.driver.name === 'zizmor')!;
    expect(zizmor.results[0]!.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'accepted while the upgrade is tested', properties: { waiver: 'W-ZIZMOR', expires: date(30), approvedBy: ['alice'], ticket: 'SEC-1' } }]);
    expect(JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8'))).toMatchObject({ waiverApprovals: 2, waiverExpiries: 1, waiversExpiringSoon: 1, waiversStale: 1 });
  });

  test('new since base: a result also in the base results does not block, even after moving lines', async () => {
    const moved = readFileSync(join(FIXTURES, 'codeql.sarif'), 'utf8').replace('"startLine": 42', '"startLine": 50');
    const run = await runBundle('security-gate', { workspace: makeWorkspace({ 'head.sarif': moved, 'base.sarif': readFileSync(join(FIXTURES, 'codeql.sarif'), 'utf8') }), inputs: { results: 'head.sarif', 'base-results': 'base.sarif' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ blocked: 'false', 'blocking-count': '0' });
    expect(run.summary).toContain('but also in the base results');
  });

  test.each([
    ['truncated JSON', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "CodeQL"}}, "results": [{"ruleId": "x"', /bad\.json cannot be used: it is not valid JSON: the document ends inside a value \(truncated\?\)/],
    ['an unknown format', '{"issues": []}', /bad\.json cannot be used: it is none of the formats security-gate reads/],
    ['SARIF 2.0', '{"version": "2.0.0", "runs": []}', /it is SARIF version "2\.0\.0"; security-gate reads SARIF 2\.1\.0/],
    ['npm audit v1', '{"auditReportVersion": 1, "advisories": {}}', /npm audit report version 1/],
    ['not JSON at all', 'Scan failed: database download timed out', /it is not valid JSON/],
    ['an empty file', '', /it is not valid JSON: no JSON value/],
  ])('%s is a config error naming the file (exit 2), never an empty pass', async (_name, content, message) => {
    const run = await runBundle('security-gate', { workspace: makeWorkspace({ 'bad.json': content }), inputs: { results: 'bad.json' } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('GATES_E_RESULTS_INVALID');
    expect(run.stdout).toMatch(message);
  });

  test('results that match no file are not a pass (exit 2)', async () => {
    const run = await runBundle('security-gate', { workspace: makeWorkspace({ 'scans/a.sarif': readFileSync(join(FIXTURES, 'semgrep.sarif'), 'utf8') }), inputs: { results: 'scans/a.sarif\nscans/missing.sarif' } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('GATES_E_RESULTS_MISSING');
    expect(run.stdout).toContain('scans/missing.sarif');
  });

  test('a waiver file that breaks its schema is a config error with its line (a timestamp without a zone)', async () => {
    const waivers = waiverFile([entry('W-1', '    rule: B602\n    path: app/run.py\n', '2027-01-01', '2027-02-01T12:00:00')]);
    const run = await runBundle('security-gate', { workspace: makeWorkspace({ 'b.sarif': readFileSync(join(FIXTURES, 'bandit.sarif'), 'utf8'), '.github/gates-waivers.yml': waivers }), inputs: { results: 'b.sarif' } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('GATES_E_CONFIG_INVALID');
    expect(run.stdout).toContain('.github/gates-waivers.yml:11');
  });
});

describe('waivers apply to every gate through the same core code', () => {
  test('pin-check: a waived finding passes the gate and is shown waived', async () => {
    const workflow = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
    const waivers = waiverFile([`  - id: W-PIN\n    gate: pin-check\n    rule: unpinned-uses\n    path: .github/workflows/ci.yml\n    reason: pinned by the org's ruleset instead\n    ticket: PLAT-9\n    approvers: [bob]\n    created: ${date(-1)}\n    expires: ${date(40)}\n`]);
    const workspace = makeWorkspace({ '.github/workflows/ci.yml': workflow, '.github/gates-waivers.yml': waivers });
    const before = await runBundle('pin-check', { workspace: makeWorkspace({ '.github/workflows/ci.yml': workflow }), inputs: { token: '' } });
    expect(before.exitCode).toBe(1);
    const run = await runBundle('pin-check', { workspace, inputs: { token: '' } });
    expect(run.summary).toContain('Waived (<code>W-PIN</code>) by bob until');
    expect(run.annotations.filter((annotation) => annotation.properties.title === 'unpinned-uses')).toEqual([]);
    expect(run.exitCode).toBe(0);
  });
});

describe('the CLI', () => {
  test('`gates run security-gate` works like the action', async () => {
    const workspace = makeWorkspace(scans());
    const result = await runCli(['run', 'security-gate', '--workspace', workspace, '--input', 'results=scans/trivy.json'], { env: { MEMORY_STORAGE_ROOT: mkdtempSync(join(tmpdir(), 'gates-cli-state-')) } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('security-gate: gate failed (exit 1)');
  });

  test('`gates waivers check` judges each waiver against the policy and the clock, in the policy\'s time zone', async () => {
    const waivers = waiverFile(
      [
        entry('W-OK', '    rule: B602\n    path: app/run.py\n', '2028-02-01', '2028-04-30'),
        // 2028 is a leap year: the last day of February is the 29th, and the waiver lasts all of it in Berlin.
        entry('W-LEAP', '    rule: B105\n    path: app/settings.py\n', '2028-02-01', '2028-02-29'),
        entry('W-GONE', '    advisory: CVE-2021-44906\n    package: minimist\n', '2028-01-01', '2028-02-20'),
        entry('W-LONG', '    advisory: CVE-2020-28500\n    package: lodash\n', '2028-01-01', '2028-12-31'),
      ],
      'policy:\n  timezone: Europe/Berlin\n',
    );
    const workspace = makeWorkspace({ '.github/gates-waivers.yml': waivers });
    // 23:30 UTC on the 29th is already 1 March in Berlin: W-LEAP expired half an hour ago.
    const result = await runCli(['waivers', 'check', '--workspace', workspace, '--now', '2028-02-29T23:30:00Z']);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      '.github/gates-waivers.yml: 4 waiver(s)',
      '  ok        W-OK (security-gate, line 5): valid until 2028-04-30 (in 60 days)',
      '  expired   W-LEAP (security-gate, line 14): expired 30 minutes ago (2028-02-29)',
      '  expired   W-GONE (security-gate, line 23): expired 9 days ago (2028-02-20)',
      '  rejected  W-LONG (security-gate, line 32): would not be applied: its lifetime is 366 days (created 2028-01-01, expires 2028-12-31); the policy allows at most 90',
      '3 waiver(s) expired or break the policy: they are not applied, and their findings count.',
      '',
    ]);
    const early = await runCli(['--json', 'waivers', 'check', '--workspace', workspace, '--now', '2028-02-29T22:30:00Z']);
    const report = JSON.parse(early.stdout) as { waivers: { id: string; standing: string }[]; failing: number };
    expect(report.waivers.map((waiver) => `${waiver.id}:${waiver.standing}`)).toEqual(['W-OK:valid', 'W-LEAP:expiring', 'W-GONE:expired', 'W-LONG:rejected']);
    expect(report.failing).toBe(2);
  });

  test('`gates waivers check` on a broken waiver file: a config error with its line (exit 2)', async () => {
    const workspace = makeWorkspace({ '.github/gates-waivers.yml': waiverFile([entry('W-1', '    rule: B602\n', 'yesterday', '2028-01-01')]) });
    const result = await runCli(['waivers', 'check', '--workspace', workspace]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain('.github/gates-waivers.yml:9');
  });

  test('a result on a file name that is not UTF-8 (a Python scanner escapes it as a lone surrogate): the gate still reports it', async () => {
    // Bandit and other Python scanners decode such names with surrogateescape and write "\udcff" into their SARIF.
    const scan = '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"Bandit","rules":[{"id":"B101","shortDescription":{"text":"assert"}}]}},"results":[{"ruleId":"B101","level":"error","message":{"text":"assert used"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"src/bad\\udcff.py"},"region":{"startLine":3}}}]}]}]}';
    const run = await runBundle('security-gate', { workspace: makeWorkspace({ 'scan.sarif': scan }), inputs: { results: 'scan.sarif' } });
    expect(run.stdout).not.toContain('GATES_E_INTERNAL');
    expect(run.exitCode).toBe(1);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    (expect(sarif) as unknown as { toBeValidSarifLog(): void }).toBeValidSarifLog();
    expect(sarif.runs[1]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('src/bad%EF%BF%BD.py');
  });
});
