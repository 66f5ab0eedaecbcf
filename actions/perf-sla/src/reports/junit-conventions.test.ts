import { describe, expect, test } from '@jest/globals';
import { JUnitReader, type ReportTotals } from './junit-reader.js';
import type { TestCase } from './test-case.js';

/** Reads a report in 5-byte pieces (constructs split everywhere), keeping a copy of every record. */
function read(xml: string): { cases: TestCase[]; totals: ReportTotals } {
  const cases: TestCase[] = [];
  const reader = new JUnitReader((test) => cases.push({ ...test }), 's', { wantsFailureText: () => true });
  const bytes = Buffer.from(xml);
  for (let at = 0; at < bytes.length; at += 5) reader.push(bytes.subarray(at, at + 5));
  reader.end();
  return { cases, totals: reader.totals };
}

const suite = (body: string, attributes = '') => `<testsuites><testsuite name="s"${attributes}>${body}</testsuite></testsuites>`;
const statusOf = (body: string) => read(suite(`<testcase classname="c" name="t" time="1">${body}</testcase>`)).cases[0]!.status;

describe('several result elements in one testcase: error, then failure, then skipped', () => {
  test.each([
    ['<failure/><error/>', 'error'],
    ['<error/><failure/>', 'error'],
    ['<error/><skipped/>', 'error'],
    ['<skipped/><error/>', 'error'],
    ['<failure/><skipped/>', 'failed'],
    ['<skipped/><failure/>', 'failed'],
    ['<skipped/><failure/><error/>', 'error'],
    ['<failure/><failure/>', 'failed'],
    ['<skipped/>', 'skipped'],
    ['<system-out>failure</system-out>', 'passed'],
  ])('%s is %s', (body, status) => {
    expect(statusOf(body)).toBe(status);
  });
});

describe('disabled and ignored tests are skipped', () => {
  test.each([
    ['status="disabled"', 'Ant schema, mikepenz'],
    ['status="ignored"', 'mikepenz'],
    ['status="notrun" result="suppressed"', 'GoogleTest DISABLED_'],
    ['status="run" result="skipped"', 'GoogleTest GTEST_SKIP'],
    ['status="Disabled"', 'case does not matter'],
  ])('%s (%s)', (attributes) => {
    const { cases } = read(suite(`<testcase classname="c" name="t" time="5" ${attributes}/>`));
    expect(cases[0]!.status).toBe('skipped');
  });

  test('status="run" and status="fail" without a result element are not skipped', () => {
    expect(read(suite('<testcase name="a" time="1" status="run"/><testcase name="b" time="1" status="fail"/>')).cases.map((test) => test.status)).toEqual(['passed', 'passed']);
  });

  test('a failure in a disabled test still fails it (error and failure outrank skipped)', () => {
    expect(read(suite('<testcase name="t" time="1" status="disabled"><failure/></testcase>')).cases[0]!.status).toBe('failed');
  });
});

describe('retries folded into one testcase', () => {
  test('Surefire flakyFailure: passed after failed attempts; each attempt counted', () => {
    const [test] = read(suite('<testcase classname="c" name="t" time="0.5"><flakyFailure message="x"><stackTrace>boom</stackTrace></flakyFailure><flakyError message="y"/></testcase>')).cases;
    expect(test).toMatchObject({ status: 'passed', earlierFailed: true, foldedAttempts: 2, seconds: 0.5 });
  });

  test('Surefire rerunFailure: failed on every rerun stays failed', () => {
    const [test] = read(suite('<testcase classname="c" name="t" time="0.5"><failure message="x"/><rerunFailure message="x"/><rerunError message="y"/></testcase>')).cases;
    expect(test).toMatchObject({ status: 'failed', foldedAttempts: 2 });
  });

  test("Playwright's includeRetries: each retry's time is an attempt of its own", () => {
    const [test] = read(suite('<testcase classname="a.spec.ts" name="t" time="0.4"><flakyFailure message="m" type="FAILURE" time="1.25"><stackTrace>Error</stackTrace></flakyFailure><flakyFailure message="m" type="FAILURE" time="2"/></testcase>')).cases;
    expect(test).toMatchObject({ status: 'passed', earlierFailed: true, foldedAttempts: 2, seconds: 0.4, attemptSeconds: [1.25, 2] });
  });
});

describe('identity', () => {
  test('same suite, classname and name is the same test; any of them different is another', () => {
    const { cases } = read(
      `<testsuites><testsuite name="s"><testcase classname="c" name="t"/><testcase classname="c" name="t"/><testcase classname="c" name="u"/><testcase classname="d" name="t"/></testsuite><testsuite name="s2"><testcase classname="c" name="t"/></testsuite><testsuite name="s"><testcase classname="c" name="t"/></testsuite></testsuites>`,
    );
    const ids = cases.map((test) => `${test.idHigh}:${test.idLow}`);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[0]).toBe(ids[5]);
    expect(new Set(ids.slice(1, 5)).size).toBe(4);
  });

  test('the boundary between classname and name matters', () => {
    const { cases } = read(suite('<testcase classname="ab" name="c"/><testcase classname="a" name="bc"/>'));
    expect(cases[0]!.idHigh === cases[1]!.idHigh && cases[0]!.idLow === cases[1]!.idLow).toBe(false);
  });
});

describe('headers against the records', () => {
  test('counts that agree are quiet, including nested suites summed into their parent and disabled counted as skipped', () => {
    const xml = `<testsuites tests="4" failures="1" errors="1" disabled="1"><testsuite name="outer" tests="4" failures="1" errors="1" skipped="0" disabled="1"><testsuite name="inner" tests="2" failures="1"><testcase name="a"><failure/></testcase><testcase name="b"/></testsuite><testcase name="c"><error/></testcase><testcase name="d" status="disabled"/></testsuite></testsuites>`;
    expect(read(xml).totals.headers).toEqual({ mismatches: 0, headerOnly: [], headerOnlyCount: 0 });
  });

  test('a header that disagrees is reported with both counts (the first one, and how many)', () => {
    const xml = `<testsuites><testsuite name="pytest" tests="15" failures="2" skipped="2"><testcase name="a"><failure/></testcase><testcase name="b"><failure/></testcase><testcase name="c"><skipped/></testcase><testcase name="d"><skipped/></testcase></testsuite><testsuite name="two" tests="1" failures="1"><testcase name="e"/></testsuite></testsuites>`;
    const { headers } = read(xml).totals;
    expect(headers.mismatches).toBe(2);
    expect(headers.first).toMatchObject({ suite: 'pytest', header: { tests: 15, failures: 2, skipped: 2 }, found: { tests: 4, failures: 2, skipped: 2 } });
  });

  test('a suite that states counts but holds no testcase is header-only; an empty suite stating zero is not', () => {
    const xml = `<testsuites><testsuite name="crashed" tests="12" failures="3" time="4.5"></testsuite><testsuite name="Root Suite" tests="0" failures="0"/><testsuite name="ok" tests="1"><testcase name="x"/></testsuite></testsuites>`;
    const { headers } = read(xml).totals;
    expect(headers.headerOnlyCount).toBe(1);
    expect(headers.headerOnly[0]).toMatchObject({ suite: 'crashed', header: { tests: 12, failures: 3 } });
    expect(headers.mismatches).toBe(0);
  });
});

describe("the reports' own times", () => {
  test("the root's time when it states one, else the outermost suites'; timestamps give the span", () => {
    expect(read('<testsuites time="7"><testsuite name="a" time="3"><testcase name="x" time="1"/></testsuite></testsuites>').totals.times.ownSeconds).toBe(7);
    const { times } = read('<testsuites><testsuite name="a" time="3" timestamp="2026-11-25T10:00:00Z"><testsuite name="n" time="2"/></testsuite><testsuite name="b" time="4" timestamp="2026-11-25T10:00:10Z"/></testsuites>').totals;
    expect(times.ownSeconds).toBe(7);
    expect(times.spanSeconds).toBe(14);
  });
});

describe('failure text, for the failure location', () => {
  test("the failure's text (CDATA or escaped, nested elements joined by lines) is handed out with the record", () => {
    const { cases } = read(suite('<testcase name="t"><failure message="m"><![CDATA[Error: x\n    at f (src/a.ts:3:1)]]></failure></testcase><testcase name="u"><error>E &lt;1&gt;<message>inner</message></error></testcase>'));
    expect(cases.map((test) => test.failureText)).toEqual(['Error: x\n    at f (src/a.ts:3:1)', 'E <1>\ninner']);
  });
});
