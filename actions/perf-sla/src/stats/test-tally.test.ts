import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { TestCase, TestStatus } from '../reports/test-case.js';
import { identityOf, TestIdentity } from './test-identity.js';
import { IdentitySet } from './identity-set.js';
import { TestTally } from './test-tally.js';

function record(name: string, status: TestStatus, folded = 0, earlierFailed = false): TestCase {
  const { high, low } = identityOf('suite', 'Class', name);
  return { suite: 'suite', classname: 'Class', name, seconds: 1, status, foldedAttempts: folded, earlierFailed, idHigh: high, idLow: low };
}

/** The rule, written plainly over names: last attempt wins; flaky = passed in the end after any earlier failed attempt. */
function reference(records: readonly TestCase[]) {
  const tests = new Map<string, { status: TestStatus; failedBefore: boolean; attempts: number }>();
  for (const test of records) {
    const previous = tests.get(test.name);
    const failedBefore = (previous !== undefined && (previous.failedBefore || previous.status === 'failed' || previous.status === 'error')) || test.earlierFailed;
    tests.set(test.name, { status: test.status, failedBefore, attempts: (previous?.attempts ?? 0) + 1 + test.foldedAttempts });
  }
  const values = [...tests.values()];
  const count = (status: TestStatus) => values.filter((test) => test.status === status).length;
  return {
    tests: tests.size,
    byStatus: { passed: count('passed'), failed: count('failed'), error: count('error'), skipped: count('skipped') },
    flaky: values.filter((test) => test.status === 'passed' && test.failedBefore).length,
    retried: values.filter((test) => test.attempts > 1).length,
    attempts: values.reduce((sum, test) => sum + test.attempts, 0),
  };
}

const summary = (tally: TestTally) => ({ tests: tally.tests, byStatus: { ...tally.byStatus }, flaky: tally.flaky, retried: tally.retried, attempts: tally.attempts });

describe('TestTally, retries merged', () => {
  test('pytest-rerunfailures (one record per attempt): the last attempt decides; flaky when an earlier one failed', () => {
    const tally = new TestTally('merge');
    for (const test of [record('a', 'failed'), record('a', 'failed'), record('a', 'passed'), record('b', 'failed'), record('b', 'failed'), record('c', 'passed')]) tally.record(test);
    expect(summary(tally)).toEqual({ tests: 3, byStatus: { passed: 2, failed: 1, error: 0, skipped: 0 }, flaky: 1, retried: 2, attempts: 6 });
    expect(tally.finalStatus(record('b', 'passed').idHigh, record('b', 'passed').idLow)).toBe('failed');
  });

  test('go test -count=3: three passing runs are one test with three attempts, not flaky', () => {
    const tally = new TestTally('merge');
    for (let run = 0; run < 3; run++) for (const name of ['TestA', 'TestB']) tally.record(record(name, 'passed'));
    expect(summary(tally)).toEqual({ tests: 2, byStatus: { passed: 2, failed: 0, error: 0, skipped: 0 }, flaky: 0, retried: 2, attempts: 6 });
  });

  test('a record that folds its own retries (Surefire flakyFailure) is flaky on its own', () => {
    const tally = new TestTally('merge');
    tally.record(record('a', 'passed', 1, true));
    expect(summary(tally)).toMatchObject({ tests: 1, flaky: 1, retried: 1, attempts: 2 });
  });

  test('separate: every record is a test (flaky only when a record folds a failed attempt)', () => {
    const tally = new TestTally('separate');
    for (const test of [record('a', 'failed'), record('a', 'passed'), record('b', 'passed', 1, true)]) tally.record(test);
    expect(summary(tally)).toEqual({ tests: 3, byStatus: { passed: 2, failed: 1, error: 0, skipped: 0 }, flaky: 1, retried: 1, attempts: 4 });
    expect(tally.finalStatus(1, 2)).toBeUndefined();
  });

  test('property: the same counts as the plain rule over names, for any sequence of records', () => {
    const records = fc.array(
      fc.record({ name: fc.integer({ min: 0, max: 1500 }).map(String), status: fc.constantFrom<TestStatus>('passed', 'failed', 'error', 'skipped'), folded: fc.integer({ min: 0, max: 2 }) }),
      { minLength: 1, maxLength: 2000 },
    );
    fc.assert(
      fc.property(records, (entries) => {
        const tests = entries.map((entry) => record(entry.name, entry.status, entry.folded, entry.folded > 0 && entry.status !== 'skipped'));
        const tally = new TestTally('merge');
        for (const test of tests) tally.record(test);
        expect(summary(tally)).toEqual(reference(tests));
      }),
      { numRuns: 60 },
    );
  });

  test('distinct tests stay distinct as the table grows (and when a sizing hint made it large at once)', () => {
    for (const hint of [0, 150_000]) {
      const tally = new TestTally('merge', hint);
      const identity = new TestIdentity();
      const bytes = Buffer.alloc(32);
      for (let index = 0; index < 100_000; index++) {
        const length = bytes.write(`case ${index} handles input ${index % 97}`);
        identity.reset().bytes(bytes, 0, length).finish();
        tally.record({ suite: '', classname: '', name: '', seconds: 0, status: 'passed', foldedAttempts: 0, earlierFailed: false, idHigh: identity.high, idLow: identity.low });
      }
      expect(tally.tests).toBe(100_000);
    }
  });

  test('different tests that share a high word stay apart, each with its own attempts in order', () => {
    const tally = new TestTally('merge');
    const raw = (idLow: number, status: TestStatus): TestCase => ({ suite: '', classname: '', name: '', seconds: 1, status, foldedAttempts: 0, earlierFailed: false, idHigh: -7, idLow });
    for (const test of [raw(0x300, 'failed'), raw(0x100, 'passed'), raw(0x300, 'passed'), raw(-0x100, 'error'), raw(0x100, 'failed')]) tally.record(test);
    expect(summary(tally)).toEqual({ tests: 3, byStatus: { passed: 1, failed: 1, error: 1, skipped: 0 }, flaky: 1, retried: 2, attempts: 5 });
    expect([tally.finalStatus(-7, 0x100), tally.finalStatus(-7, 0x3ff), tally.finalStatus(-7, -0x100), tally.finalStatus(-7, 0x200), tally.finalStatus(8, 0x100)]).toEqual(['failed', 'passed', 'error', undefined, undefined]);
  });

  test('records after the counts were read are counted too', () => {
    const tally = new TestTally('merge');
    tally.record(record('a', 'failed'));
    expect(tally.tests).toBe(1);
    tally.record(record('a', 'passed'));
    tally.record(record('b', 'passed'));
    expect(summary(tally)).toMatchObject({ tests: 2, flaky: 1, retried: 1 });
  });
});

describe('IdentitySet', () => {
  test('an identity is new once, as the set grows past its first size', () => {
    const set = new IdentitySet();
    for (let index = 0; index < 5000; index++) expect(set.add(identityOf('s', 'c', String(index)).high, identityOf('s', 'c', String(index)).low)).toBe(true);
    expect(set.add(identityOf('s', 'c', '42').high, identityOf('s', 'c', '42').low)).toBe(false);
    expect(set.size).toBe(5000);
  });
});

describe('TestIdentity', () => {
  test('property: the word-at-a-time path and the byte path hash the same bytes the same, at any alignment', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 200 }), fc.integer({ min: 0, max: 7 }), (content, shift) => {
        const backing = new Uint8Array(content.length + 16);
        backing.set(content, shift);
        const buffer = Buffer.from(backing.buffer, 0, backing.length);
        const words = new Uint32Array(backing.buffer, 0, backing.length >>> 2);
        const viaWords = new TestIdentity().bytes(buffer, shift, shift + content.length, words).finish();
        const viaBytes = new TestIdentity().bytes(buffer, shift, shift + content.length).finish();
        expect([viaWords.high, viaWords.low]).toEqual([viaBytes.high, viaBytes.low]);
      }),
      { numRuns: 500 },
    );
  });

  test('no two of 50,000 similar names collide in 56 bits', () => {
    const seen = new Set<string>();
    const identity = new TestIdentity();
    for (let index = 0; index < 50_000; index++) {
      identity.reset().text(`suite-${index % 7}`).separator().text('Class').separator().text(`test ${index}`).finish();
      seen.add(`${identity.high}:${identity.low & ~0xff}`);
    }
    expect(seen.size).toBe(50_000);
  });
});
