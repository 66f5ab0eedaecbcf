import { describe, expect, test } from '@jest/globals';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

/**
 * The reporting conventions users' tools follow (issue 17), through the
 * bundle as the runner runs it: retries, disabled tests, several results in
 * one testcase, headers that disagree, units, and what reviewers see.
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
  percentiles: { p50: number; p99: number };
  slowest: { name: string; seconds: number }[];
  reports: { file: string; format: string; unit: string; unitReason?: string }[];
}

const metricsOf = (run: Awaited<ReturnType<typeof runBundle>>) => JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8')) as Metrics;
const titles = (run: Awaited<ReturnType<typeof runBundle>>) => run.annotations.map((annotation) => annotation.properties.title);

/** One run's retries as each tool writes them. */
const RETRIES = `<?xml version="1.0" encoding="utf-8"?>
<testsuites>
  <testsuite name="pytest" tests="4" failures="1" errors="0" skipped="0" time="2.1">
    <testcase classname="test_rerun" name="test_always_fails" time="0.5"/>
    <testcase classname="test_rerun" name="test_always_fails" time="0.6"/>
    <testcase classname="test_rerun" name="test_always_fails" time="0.7"><failure message="assert False">AssertionError</failure></testcase>
    <testcase classname="test_rerun" name="test_passes" time="0.3"/>
  </testsuite>
  <testsuite name="example.com/shop/cart" tests="5" failures="1" time="1.5">
    <testcase classname="example.com/shop/cart" name="TestFlaky" time="0.2"><failure message="Failed"><![CDATA[    cart_test.go:41: got 2 want 3]]></failure></testcase>
    <testcase classname="example.com/shop/cart" name="TestFlaky" time="0.25"/>
    <testcase classname="example.com/shop/cart" name="TestRepeat" time="0.1"/>
    <testcase classname="example.com/shop/cart" name="TestRepeat" time="0.1"/>
    <testcase classname="example.com/shop/cart" name="TestRepeat" time="0.1"/>
  </testsuite>
  <testsuite name="com.acme.CalcTest" tests="2" failures="1" errors="0" time="1.2">
    <testcase name="sometimes" classname="com.acme.CalcTest" time="0.4"><flakyFailure message="expected" type="java.lang.AssertionError"><stackTrace>java.lang.AssertionError</stackTrace></flakyFailure></testcase>
    <testcase name="never" classname="com.acme.CalcTest" time="0.6"><failure message="expected" type="java.lang.AssertionError"/><rerunFailure message="expected" type="java.lang.AssertionError"/></testcase>
  </testsuite>
  <testsuite name="checkout.spec.ts" tests="1" failures="0" skipped="0" time="3.4">
    <testcase name="pays" classname="checkout.spec.ts" time="0.9"><flakyFailure message="Timed out" type="FAILURE" time="2.5"><stackTrace>Error: Timed out</stackTrace></flakyFailure></testcase>
  </testsuite>
</testsuites>
`;

describe('retries (retries: merge, the default)', () => {
  test('a test is one test with attempts: the last attempt decides, flaky when an earlier one failed; durations are per attempt', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'junit.xml': RETRIES }), inputs: { reports: 'junit.xml' } });
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    const metrics = metricsOf(run);
    // test_always_fails, test_passes, TestFlaky, TestRepeat, sometimes, never, pays
    expect(metrics).toMatchObject({ tests: 7, failed: 2, errors: 0, skipped: 0, flaky: 3, retried: 6, attempts: 15 });
    // Every attempt's time: 12 records' times and Playwright's retry (2.5 s).
    expect(metrics.totalSeconds).toBeCloseTo(0.5 + 0.6 + 0.7 + 0.3 + 0.2 + 0.25 + 0.3 + 0.4 + 0.6 + 0.9 + 2.5, 6);
    expect(metrics.slowest.map((test) => [test.name, test.seconds])).toContainEqual(['checkout.spec.ts.pays', 2.5]);
    expect(metrics.slowest.filter((test) => test.name === 'test_rerun.test_always_fails')).toEqual([expect.objectContaining({ seconds: 0.7 })]);
    expect(run.summary).toContain('6 test(s) ran more than once (15 attempts in all)');
    expect(run.summary).toContain('| 7 | 2 | 0 | 0 | 3 |');
    // Headers count records, so none of these suites is reported.
    expect(titles(run)).toEqual([]);
  });

  test('retries: separate counts every record as a test, as the reports list them', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'junit.xml': RETRIES }), inputs: { reports: 'junit.xml', retries: 'separate' } });
    expect(metricsOf(run)).toMatchObject({ tests: 12, failed: 3, flaky: 2 });
    expect(run.summary).toContain('Retries are not merged (retries: separate)');
  });

  test('an unknown retries value is a usage error (exit 2)', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'junit.xml': RETRIES }), inputs: { reports: 'junit.xml', retries: 'both' } });
    expect(run.exitCode).toBe(2);
  });
});

describe('disabled, several results, headers', () => {
  test('disabled and ignored tests are skipped and never timed; error beats failure beats skipped', async () => {
    const report = `<testsuite name="s">
  <testcase classname="c" name="a" time="1"/>
  <testcase classname="c" name="b" time="1"/>
  <testcase classname="c" name="off" time="500" status="disabled"/>
  <testcase classname="c" name="ignored" time="400" status="ignored"/>
  <testcase classname="c" name="both" time="1"><failure message="f"/><error message="e"/></testcase>
  <testcase classname="c" name="skipfail" time="1"><skipped/><failure message="f"/></testcase>
</testsuite>`;
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': report }), inputs: { reports: 'r.xml' } });
    expect(metricsOf(run)).toMatchObject({ tests: 6, failed: 1, errors: 1, skipped: 2, totalSeconds: 4 });
    expect(run.outputs.p99).toBe('1');
  });

  test('a suite with header counts and no testcase is an error at its line; a header that disagrees is a warning naming the file and both counts', async () => {
    const crashed = '<?xml version="1.0"?>\n<testsuites>\n  <testsuite name="integration" tests="12" failures="3" errors="0" time="4.5">\n  </testsuite>\n  <testsuite name="unit" tests="1"><testcase classname="c" name="a" time="1"/></testsuite>\n</testsuites>\n';
    const pytest = '<testsuites name="pytest tests">\n<testsuite name="pytest" errors="0" failures="2" skipped="2" tests="15" time="0.019">\n<testcase classname="t" name="a" time="0.1"><failure message="x"/></testcase><testcase classname="t" name="b" time="0.1"><failure message="x"/></testcase><testcase classname="t" name="c" time="0"><skipped/></testcase><testcase classname="t" name="d" time="0"><skipped/></testcase>\n</testsuite>\n</testsuites>\n';
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'crashed.xml': crashed, 'pytest.xml': pytest }), inputs: { reports: '*.xml' } });
    expect(run.exitCode).toBe(1);
    const headerOnly = run.annotations.find((annotation) => annotation.properties.title === 'header-only-suite')!;
    expect(headerOnly.properties).toMatchObject({ file: 'crashed.xml', line: '3' });
    expect(headerOnly.data).toContain('suite "integration" states tests=12, failures=3, errors=0 but holds no test record');
    const mismatch = run.annotations.find((annotation) => annotation.properties.title === 'report-headers')!;
    expect(mismatch.properties).toMatchObject({ file: 'pytest.xml', line: '2' });
    expect(mismatch.data).toContain('tests=15 in the header, 4 found');
  });

  test("the summary shows both the tests' time and the reports' own time, and says which the run total is", async () => {
    const report = '<testsuites time="2.5"><testsuite name="s" time="2.5"><testcase classname="c" name="a" time="1"/><testcase classname="c" name="b" time="1"/></testsuite></testsuites>';
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': report, '.github/gates-perf.yml': 'version: 1\nrun:\n  max-total: 2100ms\n' }), inputs: { reports: 'r.xml' } });
    expect(run.summary).toContain("Test times add up to 2.00 s (the run total that `run.max-total` judges); the reports' own suite and run times add up to 2.50 s");
    expect(run.exitCode).toBe(0);
  });
});

describe('units and sanity', () => {
  // container-structure-test before 1.14 (its issue 304): nanoseconds in `time`.
  const NANOSECONDS = '<testsuites failures="0" tests="7" time="1602085292">\n    <testsuite>\n        <testcase name="Command Test: somecli" time="548392417"></testcase>\n        <testcase name="Command Test: curl" time="228741708"></testcase>\n        <testcase name="Command Test: git" time="392738000"></testcase>\n        <testcase name="Command Test: jq" time="207920500"></testcase>\n        <testcase name="Command Test: openssh-client" time="224292667"></testcase>\n        <testcase name="File Existence Test: custom.sh" time="0"></testcase>\n        <testcase name="Metadata Test" time="0"></testcase>\n    </testsuite>\n</testsuites>\n';

  test('a nanosecond report is read as nanoseconds under time-unit: auto, and the summary says why', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'structure-test.xml': NANOSECONDS }), inputs: { reports: 'structure-test.xml' } });
    expect({ exit: run.exitCode, titles: titles(run) }).toEqual({ exit: 0, titles: [] });
    const metrics = metricsOf(run);
    expect(metrics.slowest[0]!.name).toBe('Command Test: somecli');
    expect(metrics.slowest[0]!.seconds).toBeCloseTo(0.548392417, 9);
    expect(metrics.reports[0]).toMatchObject({ format: 'junit', unit: 'ns' });
    expect(run.summary).toContain('<code>structure-test.xml</code>: times read as nanoseconds: every time is a whole number');
    expect(run.summary).not.toMatch(/\d{4,} min/);
  });

  test('forced to seconds, a test that claims more than a day is a warning that points at time-unit', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({ 'structure-test.xml': NANOSECONDS }), inputs: { reports: 'structure-test.xml', 'time-unit': 's' } });
    const warning = run.annotations.find((annotation) => annotation.properties.title === 'implausible-duration')!;
    expect(warning.properties.file).toBe('structure-test.xml');
    expect(warning.data).toContain('5 test attempt(s) claim more than a day each (read as seconds)');
    expect(run.summary).toContain('17.4 years');
  });

  test("the SLA file's time-unit applies when the input is left at auto; a report whose tests add up to far more than the job ran is a warning", async () => {
    // Milliseconds with decimals (nothing to infer from), and a job that started 60 s ago: the runner writes the event file as it sets the job up.
    const report = `<testsuite name="s">${Array.from({ length: 40 }, (_, index) => `<testcase classname="c" name="t${index}" time="${1500 + index}.5"/>`).join('')}</testsuite>`;
    const eventPath = join(makeWorkspace({}), 'event.json');
    writeFileSync(eventPath, '{}');
    const started = (Date.now() - 60_000) / 1000;
    utimesSync(eventPath, started, started);
    const asSeconds = await runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': report }), inputs: { reports: 'r.xml' }, env: { GITHUB_EVENT_PATH: eventPath } });
    const warning = asSeconds.annotations.find((annotation) => annotation.properties.title === 'implausible-duration')!;
    expect(warning.data).toMatch(/its test times add up to 16 h 53 min, [\d,]+× the 1 min 0\d s the tests can have run \(read as seconds\)/);
    const withSla = await runBundle('perf-sla', { workspace: makeWorkspace({ 'r.xml': report, '.github/gates-perf.yml': 'version: 1\ntime-unit: ms\n' }), inputs: { reports: 'r.xml' }, env: { GITHUB_EVENT_PATH: eventPath } });
    expect(titles(withSla)).toEqual([]);
    expect(Number(withSla.outputs.p50)).toBeCloseTo(1.5200, 3);
  });
});
