import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NUNIT, XUNIT } from '../../actions/perf-sla/src/testing/dotnet-reports.js';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

/**
 * The report formats users have (issue 17), through the bundle as the runner
 * runs it. Jest's and mocha's reports are written by the tools themselves
 * (both are dev dependencies) from a tiny project in the workspace; NUnit 3
 * and xUnit.net v2 come from their documented schemas (.NET is not on this
 * machine: see dotnet-reports.ts), their build paths moved into the
 * workspace as a checkout on the runner would have them.
 */

interface Metrics {
  tests: number;
  failed: number;
  errors: number;
  skipped: number;
  flaky: number;
  retried: number;
  attempts: number;
  totalSeconds: number;
  slowest: { name: string; seconds: number }[];
  reports: { file: string; format: string; unit: string; suiteErrors: number }[];
}

type Run = Awaited<ReturnType<typeof runBundle>>;
const metricsOf = (run: Run) => JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8')) as Metrics;
const byTitle = (run: Run, title: string) => run.annotations.filter((annotation) => annotation.properties.title === title);

/** One test each: passes slowly, flaky (fails once, then passes on retry), always fails, skipped (xtest; mocha: no function). Line numbers matter below. */
const JEST_TESTS = `jest.retryTimes(2);
let attempts = 0;
describe('cart', () => {
  test('adds', async () => { await new Promise((resolve) => setTimeout(resolve, 30)); });
  test('flaky', () => { if (attempts++ < 1) throw new Error('first attempt'); });
  test('fails', () => { expect(1).toBe(2); });
  xtest('later', () => {});
});
`;

const MOCHA_TESTS = `let attempts = 0;
describe('cart', function () {
  it('adds', function (done) { setTimeout(done, 30); });
  it('flaky', function () { this.retries(2); if (attempts++ < 1) throw new Error('first attempt'); });
  it('fails', function () { throw new Error('boom'); });
  it('later');
  describe('with a broken fixture', function () {
    before(function () { throw new Error('no database'); });
    it('never runs', function () {});
  });
});
`;

/** Runs a tool of the repository's node_modules in `cwd`; a failing test run exits non-zero by design. */
function runTool(cwd: string, script: string, args: string[]): string {
  try {
    return execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', script), ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('Jest --json, written by jest', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = makeWorkspace({ 'cart.test.js': JEST_TESTS, '.github/gates-perf.yml': 'version: 1\ntests:\n  - name: cart adds\n    max: 5ms\n  - name: cart flaky\n    max: 10s\n' });
    runTool(workspace, 'jest/bin/jest.js', ['--config', '{}', '--rootDir', '.', '--json', '--outputFile', 'jest.json', '--testLocationInResults', '--ci', '--watchman=false', '--cacheDirectory', join(workspace, '.jest-cache')]);
  });

  test('retries, skips, milliseconds; the budget that broke is annotated at its SLA line, naming the test at its file:line; the failure at its stack frame', async () => {
    const run = await runBundle('perf-sla', { workspace, inputs: { reports: 'jest.json' } });
    const metrics = metricsOf(run);
    // adds, flaky (2 invocations), fails (3 invocations), later
    expect(metrics).toMatchObject({ tests: 4, failed: 1, errors: 0, skipped: 1, flaky: 1, retried: 2, attempts: 7 });
    expect(metrics.reports[0]).toMatchObject({ file: 'jest.json', format: 'jest', unit: 'ms' });
    expect(metrics.slowest[0]!.name).toBe('cart adds');
    expect(metrics.slowest[0]!.seconds).toBeGreaterThanOrEqual(0.025);
    expect(metrics.slowest[0]!.seconds).toBeLessThan(5);

    expect(run.exitCode).toBe(1);
    const [breach, ...more] = byTitle(run, 'sla-breach');
    expect(more).toEqual([]);
    expect(breach!.properties).toMatchObject({ file: '.github/gates-perf.yml', line: '4' });
    expect(breach!.data).toContain('test cart adds: max');
    expect(breach!.data).toContain('(test at cart.test.js:4)');

    const [failure, ...others] = byTitle(run, 'test-failure');
    expect(others).toEqual([]);
    expect(failure!.command).toBe('notice');
    expect(failure!.properties).toMatchObject({ file: 'cart.test.js', line: '6' });
    expect(failure!.data).toContain('cart fails failed: Error: expect(received).toBe(expected)');

    // Every test with a budget shows its status, top-10 list or not.
    expect(run.summary).toMatch(/\| cart adds \| cart\.test\.js \| \d+ ms \| ❌ over 5ms \|/);
    expect(run.summary).toMatch(/\| cart flaky \| cart\.test\.js \| \d+ ms \| ✅ within 10s \|/);
    expect(run.summary).toContain('2 test(s) ran more than once (7 attempts in all)');
  });
});

describe('mocha --reporter json, written by mocha', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = makeWorkspace({ 'test/cart.spec.cjs': MOCHA_TESTS });
    writeFileSync(join(workspace, 'mocha.json'), runTool(workspace, 'mocha/bin/mocha.js', ['--reporter', 'json', 'test/cart.spec.cjs']));
  });

  test('retries, skips, a failed hook outside any test, milliseconds, the failure at its stack frame', async () => {
    const run = await runBundle('perf-sla', { workspace, inputs: { reports: 'mocha.json' } });
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    const metrics = metricsOf(run);
    expect(metrics).toMatchObject({ tests: 4, failed: 1, skipped: 1, flaky: 1, retried: 1 });
    expect(metrics.reports[0]).toMatchObject({ format: 'mocha', unit: 'ms', suiteErrors: 1 });
    expect(metrics.slowest[0]).toMatchObject({ name: 'cart adds' });
    expect(metrics.slowest[0]!.seconds).toBeGreaterThanOrEqual(0.025);
    expect(metrics.slowest[0]!.seconds).toBeLessThan(5);
    const failures = byTitle(run, 'test-failure');
    expect(failures.map((annotation) => [annotation.command, annotation.properties.file, annotation.properties.line])).toEqual([['notice', 'test/cart.spec.cjs', '5']]);
    expect(run.summary).toContain('1 failure(s) outside any test');
  });
});

describe('.NET formats from their documented schemas', () => {
  /** A checkout with the test source, and the report with the build machine's /src moved to the runner's checkout. */
  const checkoutWith = (report: string) => {
    const workspace = makeWorkspace({ 'Acme.Tests/CalcTests.cs': '// the test source\n' });
    mkdirSync(join(workspace, 'TestResults'));
    writeFileSync(join(workspace, 'TestResults/results.xml'), report.replaceAll('/src/', `${workspace}/`));
    return workspace;
  };

  test('NUnit 3: nested suites, parameterized methods, Error label, inconclusive; the failure at its .NET frame', async () => {
    const workspace = checkoutWith(NUNIT);
    const run = await runBundle('perf-sla', { workspace, inputs: { reports: 'TestResults/*.xml' } });
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(metricsOf(run)).toMatchObject({ tests: 6, failed: 1, errors: 1, skipped: 2, reports: [{ format: 'nunit', unit: 's' }] });
    expect(run.outputs.p99).not.toBe('');
    expect(byTitle(run, 'test-failure').map((annotation) => [annotation.properties.file, annotation.properties.line])).toEqual([['Acme.Tests/CalcTests.cs', '42']]);
    expect(byTitle(run, 'report-headers')).toEqual([]);
  });

  test('xUnit.net v2: collections, skipped and not-run tests, an environment error outside tests; the failure at its frame', async () => {
    const workspace = checkoutWith(XUNIT);
    const run = await runBundle('perf-sla', { workspace, inputs: { reports: 'TestResults/*.xml' } });
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(metricsOf(run)).toMatchObject({ tests: 5, failed: 1, errors: 0, skipped: 2, reports: [{ format: 'xunit', unit: 's', suiteErrors: 1 }] });
    expect(byTitle(run, 'test-failure').map((annotation) => [annotation.properties.file, annotation.properties.line])).toEqual([['Acme.Tests/CalcTests.cs', '21']]);
    expect(run.summary).toContain('1 failure(s) outside any test');
  });
});

describe('what reviewers see', () => {
  test('a report with tests and no times says so in one line, without empty tables', async () => {
    const report = '<testsuite name="s" tests="3"><testcase classname="c" name="a"/><testcase classname="c" name="b"><failure message="x"/></testcase><testcase classname="c" name="d"><skipped/></testcase></testsuite>';
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': report }), inputs: { reports: 'r.xml' } });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('3 test(s) in 1 report file(s) (1 failed, 0 errors, 1 skipped), none with a time: no durations to show.');
    const durations = run.summary.slice(run.summary.indexOf('### Test durations'), run.summary.indexOf('### Regressions'));
    expect(durations).not.toContain('|');
  });
});
