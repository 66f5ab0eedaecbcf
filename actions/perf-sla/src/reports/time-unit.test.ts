import { describe, expect, test } from '@jest/globals';
import { formatSeconds } from '../report/format-seconds.js';
import { decideUnit, gatherEvidence } from './time-unit.js';

const unitOf = (xml: string) => decideUnit(gatherEvidence(Buffer.from(xml)));

describe('time-unit: auto for JUnit files', () => {
  test('times with decimals are seconds, however large the sum (jest-junit on parallel workers: cases add up to 3.6× the run)', () => {
    expect(unitOf('<testsuites time="165.872"><testsuite time="1.2"><testcase time="0.003"/><testcase time="12.66"/></testsuite></testsuites>')).toEqual({ unit: 's' });
  });

  test('whole numbers that are plausible seconds stay seconds (bats, shunit2 style)', () => {
    expect(unitOf('<testsuite><testcase time="0"/><testcase time="1"/><testcase time="3"/><testcase time="42"/></testsuite>')).toEqual({ unit: 's' });
  });

  test('container-structure-test before 1.14: whole nanoseconds', () => {
    const xml = '<testsuites failures="0" tests="7" time="1602085292"><testsuite><testcase name="Command Test: somecli" time="548392417"></testcase><testcase name="Command Test: curl" time="228741708"></testcase><testcase name="Command Test: git" time="392738000"></testcase><testcase name="Command Test: jq" time="207920500"></testcase><testcase name="Command Test: openssh-client" time="224292667"></testcase><testcase name="File Existence Test: custom.sh" time="0"></testcase><testcase name="Metadata Test" time="0"></testcase></testsuite></testsuites>';
    expect(unitOf(xml)).toMatchObject({ unit: 'ns', reason: expect.stringContaining('whole number') });
  });

  test('FitNesse before its fix: whole milliseconds', () => {
    expect(unitOf('<testsuite name="FrontPage.NewFitnessePOC" tests="1" failures="0" disabled="0" errors="0" time="3673"><testcase name="x" assertions="10" time="2018"/></testsuite>')).toMatchObject({ unit: 'ms' });
  });

  test('jest-junit before 1.1: suites in seconds with decimals, cases in whole milliseconds', () => {
    expect(unitOf('<testsuites><testsuite name="a" time="0.153"><testcase time="41"/><testcase time="12"/><testcase time="100"/></testsuite></testsuites>')).toMatchObject({ unit: 'ms', reason: expect.stringContaining('thousandth') });
  });

  test('a malformed head gives what evidence it has; no times at all is seconds', () => {
    expect(unitOf('<testsuite><testcase time="548392417"/><testcase time="228741708"/><oops')).toMatchObject({ unit: 'ns' });
    expect(unitOf('<testsuite><testcase name="untimed"/></testsuite>')).toEqual({ unit: 's' });
  });
});

describe('formatSeconds', () => {
  test.each([
    [0.85, '850 ms'],
    [12.4, '12.4 s'],
    [185, '3 min 05 s'],
    [7500, '2 h 05 min'],
    [86_400 * 3.2, '3.2 days'],
    [999_638_280, '31.7 years'],
    [Number.NaN, '–'],
  ])('%s s is %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});
