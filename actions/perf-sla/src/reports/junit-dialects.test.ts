import { describe, expect, test } from '@jest/globals';
import { JUnitReader } from './junit-reader.js';
import type { TestCase } from './test-case.js';

/**
 * Dialects the shared corpus (../shared/fixtures/junit) has no file of,
 * written in the shape each producer emits: Gradle's per-class files,
 * Playwright's built-in junit reporter, Cypress through mocha-junit-reporter.
 */
function read(xml: string): TestCase[] {
  const cases: TestCase[] = [];
  const reader = new JUnitReader((test) => cases.push({ ...test }));
  // Fed in small pieces, as the 1 MiB reads of a large file would cut it.
  const bytes = Buffer.from(xml);
  for (let at = 0; at < bytes.length; at += 7) reader.push(bytes.subarray(at, at + 7));
  reader.end();
  return cases;
}

const brief = (test: TestCase) => [test.suite, `${test.classname}.${test.name}`, test.seconds, test.status];

describe('JUnit dialects outside the corpus', () => {
  test('Gradle: a bare <testsuite> per class, <properties/>, an entity-escaped failure body, empty CDATA streams', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="com.acme.CalcTest" tests="3" skipped="1" failures="1" errors="0" timestamp="2026-12-02T10:00:00" hostname="runner" time="0.112">
  <properties/>
  <testcase name="adds()" classname="com.acme.CalcTest" time="0.012"/>
  <testcase name="divides()" classname="com.acme.CalcTest" time="0.1">
    <failure message="org.opentest4j.AssertionFailedError: expected: &lt;2&gt; but was: &lt;3&gt;" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected: &lt;2&gt; but was: &lt;3&gt;
	at app//com.acme.CalcTest.divides(CalcTest.java:20)
</failure>
  </testcase>
  <testcase name="skipped()" classname="com.acme.CalcTest" time="0.0">
    <skipped/>
  </testcase>
  <system-out><![CDATA[]]></system-out>
  <system-err><![CDATA[]]></system-err>
</testsuite>
`;
    expect(read(xml).map(brief)).toEqual([
      ['com.acme.CalcTest', 'com.acme.CalcTest.adds()', 0.012, 'passed'],
      ['com.acme.CalcTest', 'com.acme.CalcTest.divides()', 0.1, 'failed'],
      ['com.acme.CalcTest', 'com.acme.CalcTest.skipped()', 0, 'skipped'],
    ]);
  });

  test('Playwright: a suite per spec file and project, properties and attachment markers inside test cases', () => {
    const xml = `<testsuites id="" name="" tests="3" failures="1" skipped="1" errors="0" time="4.213">
<testsuite name="example.spec.ts" timestamp="2026-12-02T10:00:00.000Z" hostname="chromium" tests="3" failures="1" skipped="1" time="2.9" errors="0">
<testcase name="has title" classname="example.spec.ts" time="1.204">
<properties>
<property name="tag" value="@smoke">
</property>
</properties>
</testcase>
<testcase name="get started link" classname="example.spec.ts" time="1.696">
<failure message="example.spec.ts:10:5 get started link" type="FAILURE">
<![CDATA[  [chromium] › example.spec.ts:10:5 › get started link ──────

    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()
]]>
</failure>
<system-out>
<![CDATA[
[[ATTACHMENT|test-results/example-get-started-link-chromium/test-failed-1.png]]
]]>
</system-out>
</testcase>
<testcase name="not yet" classname="example.spec.ts" time="0">
<skipped>
</skipped>
</testcase>
</testsuite>
</testsuites>`;
    expect(read(xml).map(brief)).toEqual([
      ['example.spec.ts', 'example.spec.ts.has title', 1.204, 'passed'],
      ['example.spec.ts', 'example.spec.ts.get started link', 1.696, 'failed'],
      ['example.spec.ts', 'example.spec.ts.not yet', 0, 'skipped'],
    ]);
  });

  test('Cypress (mocha-junit-reporter): an empty "Root Suite" with the spec file, then the describe blocks as suites', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="Mocha Tests" time="5.3" tests="2" failures="1">
  <testsuite name="Root Suite" timestamp="2026-12-02T10:00:00" tests="0" file="cypress/e2e/login.cy.ts" time="0.000" failures="0">
  </testsuite>
  <testsuite name="Login" timestamp="2026-12-02T10:00:00" tests="2" time="5.300" failures="1">
    <testcase name="Login logs in" time="2.100" classname="logs in">
    </testcase>
    <testcase name="Login rejects a bad password" time="3.200" classname="rejects a bad password">
      <failure message="Timed out retrying after 4000ms" type="AssertionError"><![CDATA[AssertionError: Timed out retrying after 4000ms: expected '<div.error>' to be 'visible'
    at Context.eval (webpack:///./cypress/e2e/login.cy.ts:14:30)]]></failure>
    </testcase>
  </testsuite>
</testsuites>`;
    expect(read(xml).map(brief)).toEqual([
      ['Login', 'logs in.Login logs in', 2.1, 'passed'],
      ['Login', 'rejects a bad password.Login rejects a bad password', 3.2, 'failed'],
    ]);
  });
});
