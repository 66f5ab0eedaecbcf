import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCases, renderReport } from '../../actions/perf-sla/src/testing/generate-report.js';
import { leaks, stepTexts } from '../harness/leaks.js';
import { startCacheService, type CacheService } from '../harness/results-service/server.js';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

/** Percentile by linear interpolation, written independently of the action's. */
function expectedPercentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low]! + ((sorted[Math.min(low + 1, sorted.length - 1)] ?? 0) - sorted[low]!) * (rank - low);
}

describe('perf-sla through the bundle', () => {
  const cases = generateCases(3000, 7);
  const timed = cases.filter((test) => test.status !== 'skipped').map((test) => test.seconds);
  const slowest = [...cases].filter((test) => test.status !== 'skipped').sort((a, b) => b.seconds - a.seconds)[0]!;
  // Two reports: the first half and the second, merged.
  const files = {
    'reports/a/junit.xml': renderReport(cases.slice(0, 1500)),
    'reports/b/junit.xml': renderReport(cases.slice(1500)),
    '.github/gates-perf.yml': [
      'version: 1',
      'run:',
      '  max-p95: 60s',
      'tests:',
      `  - name: "${slowest.classname}.${slowest.name}"`,
      '    max: 1ms',
      '  - name: "Feature 3 module *"',
      '    max: 100s',
      'top-10:',
      `  - name: "${slowest.classname}.${slowest.name}"`,
      '    max: 10ms',
      '  - name: "Removed.test that no longer exists"',
      '    max: 1s',
      '',
    ].join('\n'),
  };

  test('percentiles over every timed test of every report, exact; outputs and metrics agree', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace(files), inputs: { reports: 'reports/**/*.xml' } });
    for (const [output, p] of [['p50', 50], ['p95', 95], ['p99', 99]] as const) expect(Number(run.outputs[output])).toBeCloseTo(expectedPercentile(timed, p), 3);
    const metrics = JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8'));
    expect(metrics).toMatchObject({ tests: 3000, failed: cases.filter((t) => t.status === 'failed').length, skipped: cases.filter((t) => t.status === 'skipped').length });
    expect(metrics.slowest[0]).toMatchObject({ name: `${slowest.classname}.${slowest.name}`, seconds: slowest.seconds });
  });

  test('a test over its budget and over its top-10 budget fails the gate (exit 1) and is named; a stale entry is a warning at its line', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace(files), inputs: { reports: 'reports' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.breaches).toBe('2');
    const breaches = run.annotations.filter((annotation) => annotation.properties.title === 'sla-breach').map((annotation) => annotation.data);
    expect(breaches).toEqual([expect.stringContaining(`test ${slowest.classname}.${slowest.name}: max`), expect.stringContaining(`top-10 ${slowest.classname}.${slowest.name}: max`)].sort());
    const stale = run.annotations.find((annotation) => annotation.properties.title === 'stale-sla')!;
    expect(stale.properties).toMatchObject({ file: '.github/gates-perf.yml', line: '12' });
    expect(run.summary).toContain('**SLA breaches (2)**');
    expect(run.summary).toContain('⚠️ did not run (stale?)');
  });

  test('a truncated report is an error at its line and column, and the partial results do not pass', async () => {
    const whole = renderReport(cases.slice(0, 200));
    const truncated = whole.slice(0, Math.floor(whole.length * 0.6));
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': truncated }), inputs: { reports: 'r.xml' } });
    expect(run.exitCode).toBe(1);
    const error = run.annotations.find((annotation) => annotation.properties.title === 'invalid-report')!;
    const lines = truncated.split('\n');
    expect(error.properties.file).toBe('r.xml');
    expect(Number(error.properties.line)).toBeGreaterThanOrEqual(lines.length - 1);
    expect(error.data).toMatch(/truncated|ends inside/);
  });

  test('DOCTYPE and entity declarations are refused: no XXE, no billion laughs', async () => {
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<testsuite><testcase name="&lol2;" time="1"/></testsuite>\n`;
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<testsuite><testcase name="&xxe;" time="1"/></testsuite>\n`;
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'laughs.xml': laughs, 'xxe.xml': xxe }), inputs: { reports: '*.xml' } });
    expect(run.exitCode).toBe(1);
    const refused = run.annotations.filter((annotation) => annotation.properties.title === 'invalid-report');
    expect(refused.map((annotation) => [annotation.properties.file, annotation.properties.line])).toEqual([['laughs.xml', '2'], ['xxe.xml', '2']]);
    expect(run.stdout + run.summary).not.toContain('root:');
  });

  test('test names with Markdown, HTML and control characters cannot inject into the job summary', async () => {
    const evil = '<testsuite name="s"><testcase classname="x" name="| pwned | &lt;img src=x onerror=alert(1)&gt; [link](https://evil) &#x1b;[31m" time="99"/></testsuite>';
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': evil }), inputs: { reports: 'r.xml' } });
    expect(run.exitCode).toBe(0);
    expect(run.summary).not.toContain('<img');
    expect(run.summary).not.toContain('[link](');
    expect(run.summary).toContain('\\[link\\](https:<wbr>//evil)');
    expect(run.summary).not.toContain('\u001b');
    expect(run.summary).toContain('\\| pwned \\|');
  });

  test('times in milliseconds with time-unit: ms; comma decimals; missing times counted but not timed', async () => {
    const report = '<testsuite name="s"><testcase classname="c" name="a" time="1500"/><testcase classname="c" name="b" time="2500,5"/><testcase classname="c" name="c"/></testsuite>';
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': report }), inputs: { reports: 'r.xml', 'time-unit': 'ms' } });
    expect(Number(run.outputs.p50)).toBeCloseTo(2.00025, 4);
    expect(run.summary).toContain('1 test record(s) without a time');
  });

  test('reports matching nothing fail the gate: nothing measured is not a pass (verdict empty)', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({}), inputs: { reports: 'build/test-results/**/*.xml' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('empty');
    expect(run.annotations[0]!.properties.title).toBe('nothing-to-check');
  });

  test('an SLA file the user names must exist: exit 2 naming the `sla` input; the default path may be absent', async () => {
    const reports = { 'r.xml': renderReport(cases.slice(0, 5)) };
    const named = await runBundle('perf-sla', { workspace: makeWorkspace(reports), inputs: { reports: 'r.xml', sla: 'ci/perf.yml' } });
    expect(named.exitCode).toBe(2);
    expect(named.annotations[0]!.properties.title).toBe('GATES_E_INPUT_FILE_NOT_FOUND');
    expect(named.annotations[0]!.data).toContain('Input "sla" names ci/perf.yml, which does not exist.');
    expect(named.annotations[0]!.data).toContain('`sla:`');
    const atDefault = await runBundle('perf-sla', { workspace: makeWorkspace(reports), inputs: { reports: 'r.xml', sla: '.github/gates-perf.yml' } });
    expect(atDefault.exitCode).toBe(0);
  });

  test('an SLA file with a wrong type is a config error at its line (exit 2)', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': renderReport(cases.slice(0, 5)), '.github/gates-perf.yml': 'version: 1\ntests:\n  - name: x\n    max: fast\n' }), inputs: { reports: 'r.xml' } });
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]!.properties).toMatchObject({ file: '.github/gates-perf.yml', line: '4' });
  });
});

describe('perf-sla stress (T-008)', () => {
  test('10,000-deep nesting is read without a stack overflow; a 10 MB system-out costs nothing', async () => {
    const deep = `${'<testsuite name="n">'.repeat(10_000)}<testcase classname="d" name="deepest" time="0.5"><system-out><![CDATA[${'x'.repeat(10 * 1024 * 1024)}]]></system-out></testcase>${'</testsuite>'.repeat(10_000)}`;
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'deep.xml': deep }), inputs: { reports: 'deep.xml' } });
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(run.outputs.p50).toBe('0.5');
  });

  test('invalid UTF-8 in names is read (replacement characters), not a crash', async () => {
    const bytes = Buffer.concat([Buffer.from('<testsuite name="s"><testcase classname="c" name="bad '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('" time="3"/></testsuite>')]);
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': bytes }), inputs: { reports: 'r.xml' } });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('c.bad \ufffd');
  });
});

describe('perf-sla history (state-root store)', () => {
  const report = (slowSeconds: number, jitter: number) =>
    `<testsuite name="s">${Array.from({ length: 20 }, (_, index) => `<testcase classname="Api" name="test ${index}" time="${(0.5 + index * 0.1 + jitter).toFixed(3)}"/>`).join('')}<testcase classname="Api" name="the slow one" time="${slowSeconds.toFixed(3)}"/></testsuite>`;

  async function runAt(stateRoot: string, xml: string, env: Record<string, string> = {}) {
    return runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': xml }), inputs: { reports: 'r.xml' }, env: { MEMORY_STORAGE_ROOT: stateRoot, GITHUB_REF_NAME: 'main', ImageVersion: '20261120.1', ...env } });
  }

  test('steady runs build a baseline; a test that stays 3x slower is a regression with its baseline, delta and confidence', async () => {
    const stateRoot = join(makeWorkspace({}), 'state');
    for (let run = 0; run < 8; run++) {
      const steady = await runAt(stateRoot, report(2 + (run % 3) * 0.02, (run % 2) * 0.01));
      expect(steady.exitCode).toBe(0);
    }
    // One slow run is a spike (suspected, a warning); three in a row are a shift.
    for (const seconds of [6, 6.2]) {
      const spike = await runAt(stateRoot, report(seconds, 0));
      expect(spike.exitCode).toBe(0);
      expect(spike.annotations.map((annotation) => annotation.properties.title)).toEqual(['suspected-regression']);
    }
    const persisted = await runAt(stateRoot, report(6.1, 0));
    expect(persisted.exitCode).toBe(1);
    expect(persisted.outputs.regressions).toBe('1');
    const regression = persisted.annotations.find((annotation) => annotation.properties.title === 'regression')!;
    expect(regression.data).toMatch(/^Api\.the slow one: 6\.100 s against a median of 2\.0\d\d s over 10 comparable run\(s\) \(\+\d+%, beyond the noise budget, Mann–Whitney p=0\.0\d+\)$/);
    expect(persisted.summary).toContain('### Regressions');
    expect(persisted.summary).toMatch(/\| Api\.the slow one \| 2\.0\d s \| 6\.10 s \| \+\d+% \|/);
    expect(persisted.summary).toContain('| Api.the slow one | `▃▃▃▃▃▃▃▃███` |');
    expect(persisted.summary).toContain('| Api.test 19 | `███████████` |');
  });

  test('runs on other hardware are not compared: a new runner image starts a new series', async () => {
    const stateRoot = join(makeWorkspace({}), 'state');
    for (let run = 0; run < 6; run++) await runAt(stateRoot, report(2, 0));
    const otherImage = await runAt(stateRoot, report(9, 0), { ImageVersion: '20261201.3' });
    expect(otherImage.exitCode).toBe(0);
    expect(otherImage.summary).toContain('0 earlier run(s) on this hardware');
    expect(otherImage.summary).toContain('6 run(s) on other hardware not compared');
    expect(otherImage.summary).toContain('have fewer than 5 comparable runs: not judged yet');
  });

  test('an unreadable history is a warning, the run is judged without it, and the file is left as it was', async () => {
    const stateRoot = join(makeWorkspace({}), 'state');
    const file = join(stateRoot, 'perf-history', 'main.json');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{ not json');
    const run = await runAt(stateRoot, report(2, 0));
    expect(run.exitCode).toBe(0);
    expect(run.annotations.map((annotation) => annotation.properties.title)).toEqual(['history-unreadable']);
    expect(readFileSync(file, 'utf8')).toBe('{ not json');
  });
});

describe('perf-sla other report formats', () => {
  test('.NET TRX: durations as TimeSpans, classes from TestDefinitions (after the results), outcomes mapped', async () => {
    const trx = `<?xml version="1.0" encoding="utf-8"?>
<TestRun id="3e5652b8-f41b-4e07-b3d2-5f28f4f6cc08" name="@ubuntu 2026-11-25 10:28:25" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Times creation="2026-11-25T10:28:25.8095145+00:00" start="2026-11-25T10:28:25.1581777+00:00" finish="2026-11-25T10:28:35.8173908+00:00" />
  <Results>
    <UnitTestResult executionId="e1" testId="t1" testName="Acme.Tests.CalcTests.Adds" computerName="build-01" duration="00:00:00.5120000" startTime="2026-11-25T10:28:26.0000000+00:00" endTime="2026-11-25T10:28:26.5120000+00:00" testType="13cdc9d9-ddb5-4fa4-a97d-d965ccfc6d4b" outcome="Passed" testListId="8c84fa94-04c1-424b-9868-57a2d4851a1d" relativeResultsDirectory="e1" />
    <UnitTestResult executionId="e2" testId="t2" testName="Acme.Tests.CalcTests.Divides" computerName="build-01" duration="00:00:03.2500000" outcome="Failed" testListId="8c84fa94-04c1-424b-9868-57a2d4851a1d">
      <Output>
        <StdOut>dividing now</StdOut>
        <ErrorInfo>
          <Message>Assert.AreEqual failed. Expected:&lt;2&gt;. Actual:&lt;3&gt;.</Message>
          <StackTrace>   at Acme.Tests.CalcTests.Divides() in /src/CalcTests.cs:line 42</StackTrace>
        </ErrorInfo>
      </Output>
    </UnitTestResult>
    <UnitTestResult executionId="e3" testId="t3" testName="Skips" computerName="build-01" duration="00:00:00.0000001" outcome="NotExecuted" />
  </Results>
  <TestDefinitions>
    <UnitTest name="Adds" storage="/src/bin/acme.tests.dll" id="t1"><Execution id="e1" /><TestMethod codeBase="/src/bin/acme.tests.dll" adapterTypeName="executor://xunit/VsTestRunner2/netcoreapp" className="Acme.Tests.CalcTests" name="Adds" /></UnitTest>
    <UnitTest name="Divides" storage="/src/bin/acme.tests.dll" id="t2"><Execution id="e2" /><TestMethod codeBase="/src/bin/acme.tests.dll" adapterTypeName="executor://xunit/VsTestRunner2/netcoreapp" className="Acme.Tests.CalcTests" name="Divides" /></UnitTest>
    <UnitTest name="Skips" storage="/src/bin/acme.tests.dll" id="t3"><Execution id="e3" /><TestMethod codeBase="/src/bin/acme.tests.dll" adapterTypeName="executor://xunit/VsTestRunner2/netcoreapp" className="Acme.Tests.OtherTests" name="Skips" /></UnitTest>
  </TestDefinitions>
  <ResultSummary outcome="Failed"><Counters total="3" executed="2" passed="1" failed="1" error="0" timeout="0" aborted="0" inconclusive="0" notExecuted="1" /></ResultSummary>
</TestRun>
`;
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'TestResults/run.trx': trx, '.github/gates-perf.yml': 'version: 1\ntop-10:\n  - name: Acme.Tests.CalcTests.Divides\n    max: 3s\n' }), inputs: { reports: 'TestResults/*.trx' } });
    const metrics = JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8'));
    expect(metrics).toMatchObject({ tests: 3, failed: 1, skipped: 1 });
    expect(metrics.slowest.map((test: { name: string; seconds: number }) => [test.name, test.seconds])).toEqual([['Acme.Tests.CalcTests.Divides', 3.25], ['Acme.Tests.CalcTests.Adds', 0.512]]);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.breaches).toBe('1');
  });

  test('Go test2json: subtests are tests, the package is the suite, output lines and package events are ignored', async () => {
    const events = [
      { Time: '2026-11-25T10:00:00Z', Action: 'start', Package: 'example.com/shop/cart' },
      { Action: 'run', Package: 'example.com/shop/cart', Test: 'TestAdd' },
      { Action: 'output', Package: 'example.com/shop/cart', Test: 'TestAdd', Output: '=== RUN   TestAdd\n' },
      { Action: 'run', Package: 'example.com/shop/cart', Test: 'TestAdd/empty_cart' },
      { Action: 'pass', Package: 'example.com/shop/cart', Test: 'TestAdd/empty_cart', Elapsed: 0.01 },
      { Action: 'pass', Package: 'example.com/shop/cart', Test: 'TestAdd', Elapsed: 0.25 },
      { Action: 'run', Package: 'example.com/shop/cart', Test: 'TestCheckout' },
      { Action: 'output', Package: 'example.com/shop/cart', Test: 'TestCheckout', Output: '    cart_test.go:41: got 2 want 3 — ünïcödé\n' },
      { Action: 'fail', Package: 'example.com/shop/cart', Test: 'TestCheckout', Elapsed: 1.5 },
      { Action: 'skip', Package: 'example.com/shop/cart', Test: 'TestLegacy', Elapsed: 0 },
      { Action: 'fail', Package: 'example.com/shop/cart', Elapsed: 1.77 },
    ];
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'go-test.json': `${events.map((event) => JSON.stringify(event)).join('\n')}\n` }), inputs: { reports: 'go-test.json' } });
    const metrics = JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8'));
    expect(metrics).toMatchObject({ tests: 4, failed: 1, skipped: 1 });
    expect(metrics.slowest.map((test: { name: string; suite: string }) => [test.name, test.suite])).toEqual([
      ['example.com/shop/cart.TestCheckout', 'example.com/shop/cart'],
      ['example.com/shop/cart.TestAdd', 'example.com/shop/cart'],
      ['example.com/shop/cart.TestAdd/empty_cart', 'example.com/shop/cart'],
    ]);
  });

  test('a test2json line that is not JSON is an invalid-report error at its line', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'go.json': '{"Action":"pass","Test":"TestA","Elapsed":1}\n{"Action":"pass", oops\n' }), inputs: { reports: 'go.json' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.properties).toMatchObject({ title: 'invalid-report', file: 'go.json', line: '2' });
  });
});

// Both protocols @actions/cache speaks: v1 on GHES, v2 (Twirp + signed blob URLs) on github.com.
const cacheProtocols = [
  { protocol: 'v1 (GHES)', env: (url: string) => ({ ACTIONS_CACHE_URL: url, GITHUB_SERVER_URL: 'https://ghes.example.com' }), upload: /^PATCH \/_apis\/artifactcache\/caches\/3$/ },
  { protocol: 'v2 (github.com)', env: (url: string) => ({ ACTIONS_RESULTS_URL: url, ACTIONS_CACHE_SERVICE_V2: 'True' }), upload: /^PUT \/devstoreaccount1\/actions-cache\/3\.tzst$/ },
];

describe.each(cacheProtocols)('perf-sla history in the Actions cache, protocol $protocol (real @actions/cache against a loopback cache service)', ({ env, upload }) => {
  let service: CacheService;
  beforeAll(async () => {
    service = await startCacheService();
  });
  afterAll(async () => {
    await service.close();
  });

  const report = (seconds: number) => `<testsuite name="s"><testcase classname="Api" name="lists items" time="${seconds}"/><testcase classname="Api" name="creates an item" time="0.2"/></testsuite>`;
  const sla = 'version: 1\nhistory:\n  store: cache\n  default-branch: main\n';

  // The runner's temp directory has the same path in every job and is empty at the start of each: a fresh machine.
  const runnerTemp = join(makeWorkspace({}), '_temp');

  async function runWithCache(branch: string, runId: string, seconds: number, token = service.token) {
    const stateRoot = join(makeWorkspace({}), 'state');
    rmSync(runnerTemp, { recursive: true, force: true });
    mkdirSync(runnerTemp, { recursive: true });
    return runBundle('perf-sla', {
      workspace: makeWorkspace({ 'r.xml': report(seconds), '.github/gates-perf.yml': sla }),
      inputs: { reports: 'r.xml' },
      env: { ...env(service.url), MEMORY_STORAGE_ROOT: stateRoot, RUNNER_TEMP: runnerTemp, ACTIONS_RUNTIME_TOKEN: token, GITHUB_REF_NAME: branch, GITHUB_RUN_ID: runId, ImageVersion: '20261120.1' },
      timeoutMs: 60_000,
    });
  }


  test('each run saves a new entry; the next run (a fresh machine) restores the newest; a new branch starts from main', async () => {
    const first = await runWithCache('main', '101', 1.0);
    expect({ exit: first.exitCode, stderr: first.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(first.summary).toContain('0 earlier run(s) on this hardware');
    const second = await runWithCache('main', '102', 1.01);
    expect(second.summary).toContain('1 earlier run(s) on this hardware');
    const feature = await runWithCache('feature_x', '103', 1.02);
    expect(feature.summary).toContain('2 earlier run(s) on this hardware');
    const keys = service.entries.filter((entry) => entry.committed).map((entry) => entry.key);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^gates-perf-history-[0-9a-f]{12}-main-101-1$/);
    expect(keys[2]).toMatch(/-feature_x-103-1$/);
    expect(service.requests.filter((request) => upload.test(request))).toHaveLength(1);
    // Neither the runtime token nor a blob signature reaches what the runner shows or keeps.
    for (const run of [first, second, feature]) expect(leaks(stepTexts(run), [service.token, ...service.signatures])).toEqual([]);
    expect(service.signatures.length).toBeGreaterThanOrEqual(2);
  });

  test('the main branch never reads a feature branch\'s history', async () => {
    const onMain = await runWithCache('main', '104', 1.0);
    // main has runs 101 and 102 (and 104 now); feature_x's 103 is not among its baseline.
    expect(onMain.summary).toContain('2 earlier run(s) on this hardware');
  });

  test('a cache service that refuses the token: a warning, the run judged without history, nothing leaked', async () => {
    const before = service.entries.length;
    const run = await runWithCache('main', '105', 1.0, 'a-wrong-runtime-token');
    expect(run.exitCode).toBe(0);
    expect(run.annotations.filter((annotation) => annotation.command === 'warning').map((annotation) => annotation.data).join('\n')).toMatch(/Failed to (restore|save)/);
    expect(run.summary).toContain('0 earlier run(s) on this hardware');
    expect(service.entries).toHaveLength(before);
    expect(leaks(stepTexts(run), ['a-wrong-runtime-token'])).toEqual([]);
  });
});
