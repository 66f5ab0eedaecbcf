import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReport } from './read-report.js';
import { NUNIT, XUNIT } from '../testing/dotnet-reports.js';
import type { TestCase } from './test-case.js';

function readFile(content: string): { cases: TestCase[]; outcome: ReturnType<typeof readReport> } {
  const path = join(mkdtempSync(join(tmpdir(), 'perf-dotnet-')), 'results.xml');
  writeFileSync(path, content);
  const cases: TestCase[] = [];
  const outcome = readReport(path, { unit: 'auto', wantsFailureText: () => true }, (test) => cases.push({ ...test }));
  return { cases, outcome };
}

const brief = (test: TestCase) => [test.suite, `${test.classname}.${test.name}`, test.seconds, test.status];

describe('NUnit 3', () => {
  test('test cases anywhere under the suites; Failed+Error label is an error, Inconclusive and Skipped are skipped; the fixture is the suite', () => {
    const { cases, outcome } = readFile(NUNIT);
    expect(outcome).toMatchObject({ format: 'nunit', unit: 's', records: 6 });
    expect(cases.map(brief)).toEqual([
      ['Acme.CalcTests', 'Acme.CalcTests.Adds', 0.512, 'passed'],
      ['Acme.CalcTests', 'Acme.CalcTests.Divides', 0.25, 'failed'],
      ['Acme.CalcTests', 'Acme.CalcTests.Throws', 0.031, 'error'],
      ['Acme.CalcTests', 'Acme.CalcTests.Squares(2,4)', 0.01, 'passed'],
      ['Acme.CalcTests', 'Acme.CalcTests.Squares(3,9)', 0.01, 'skipped'],
      ['Acme.CalcTests', 'Acme.CalcTests.Later', 0, 'skipped'],
    ]);
    expect(cases[1]!.failureText).toContain('CalcTests.cs:line 42');
  });

  test('suite counts (total, failed with errors, skipped with inconclusive) agree; the run states its duration and times', () => {
    const { outcome } = readFile(NUNIT);
    expect(outcome.totals.headers).toEqual({ mismatches: 0, headerOnly: [], headerOnlyCount: 0 });
    expect(outcome.totals.times.ownSeconds).toBe(1.914);
    expect(outcome.totals.times.spanSeconds).toBe(2);
  });

  test('a fixture whose counts lie is reported', () => {
    const { outcome } = readFile(NUNIT.replace('name="CalcTests" fullname="Acme.CalcTests" classname="Acme.CalcTests" runstate="Runnable" testcasecount="6" result="Failed" site="Child" duration="1.600" total="6"', 'name="CalcTests" fullname="Acme.CalcTests" classname="Acme.CalcTests" runstate="Runnable" testcasecount="6" result="Failed" site="Child" duration="1.600" total="9"'));
    expect(outcome.totals.headers).toMatchObject({ mismatches: 1, first: { suite: 'Acme.CalcTests', header: { tests: 9 }, found: { tests: 6 } } });
  });
});

describe('xUnit.net v2', () => {
  test('tests with their class as the suite, the display name without the class, results mapped, source file and line kept', () => {
    const { cases, outcome } = readFile(XUNIT);
    expect(outcome).toMatchObject({ format: 'xunit', unit: 's', records: 5 });
    expect(cases.map(brief)).toEqual([
      ['Acme.CalcTests', 'Acme.CalcTests.Adds', 0.512, 'passed'],
      ['Acme.CalcTests', 'Acme.CalcTests.Divides', 0.25, 'failed'],
      ['Acme.CalcTests', 'Acme.CalcTests.Squares(value: 3, expected: 9)', 0.01, 'passed'],
      ['Acme.CalcTests', 'Acme.CalcTests.Later', 0, 'skipped'],
      ['Acme.CalcTests', 'Acme.CalcTests.OnlyExplicitly', 0, 'skipped'],
    ]);
    expect(cases[0]).toMatchObject({ file: '/src/Acme.Tests/CalcTests.cs', line: 12 });
    expect(cases[1]!.failureText).toContain('CalcTests.cs:line 21');
  });

  test('environment errors are failures outside any test; counts agree; start-rtf/finish-rtf give the span', () => {
    const { outcome } = readFile(XUNIT);
    expect(outcome.totals.suiteErrors).toBe(1);
    expect(outcome.totals.headers).toEqual({ mismatches: 0, headerOnly: [], headerOnlyCount: 0 });
    expect(outcome.totals.times.spanSeconds).toBe(1.5);
  });
});
