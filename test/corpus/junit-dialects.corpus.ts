import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JUnitReader } from '../../actions/perf-sla/src/reports/junit-reader.js';
import type { TestCase } from '../../actions/perf-sla/src/reports/test-case.js';
import { REPO_ROOT } from '../harness/run-bundle.js';

/**
 * Real reports from public projects, kept outside the repository (they are
 * other projects' files) in ../shared/fixtures/junit, with counts made element
 * by element in its README. Run with `npm run test:corpus`.
 */
const CORPUS = join(REPO_ROOT, '..', 'shared', 'fixtures', 'junit');

if (!existsSync(CORPUS)) {
  throw new Error(`The JUnit corpus is not at ${CORPUS}: clone the shared fixtures next to this repository (see docs/development.md), or run \`npm test\`, which does not need it.`);
}

interface Expected {
  file: string;
  cases: number;
  fail: number;
  err: number;
  skip: number;
  timeSum: string;
  noTime: number;
}

/** The README's table, so the expectations are the ones counted there and nowhere else. */
function expectations(): Expected[] {
  const readme = readFileSync(join(CORPUS, 'README.md'), 'utf8');
  return readme
    .split('\n')
    .filter((line) => /^\| \S+\.xml \|/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map((cells) => ({ file: cells[1]!, cases: Number(cells[3]), fail: Number(cells[4]), err: Number(cells[5]), skip: Number(cells[6]), timeSum: cells[7]!, noTime: Number(cells[8]) }));
}

function read(file: string, chunkBytes: number): { tests: TestCase[]; suiteErrors: number } {
  const tests: TestCase[] = [];
  const reader = new JUnitReader((test) => tests.push({ ...test }));
  const bytes = readFileSync(join(CORPUS, file));
  for (let at = 0; at < bytes.length; at += chunkBytes) reader.push(bytes.subarray(at, at + chunkBytes));
  reader.end();
  return { tests, suiteErrors: reader.totals.suiteErrors };
}

/** Sum in integer units of the file's finest decimal, so 0.0000001 + … is exact. */
function exactSum(values: number[], decimals: number): string {
  const scale = 10 ** decimals;
  const total = values.reduce((sum, value) => sum + Math.round(value * scale), 0);
  return (total / scale).toFixed(decimals);
}

describe('JUnit dialects from real projects', () => {
  const table = expectations();

  test('the README lists every fixture', () => {
    expect(table.length).toBeGreaterThanOrEqual(11);
  });

  test.each(table.map((row) => [row.file, row] as const))('%s: counts and time sum exactly as counted by hand, in any chunking', (file, expected) => {
    for (const chunk of [7, 4096, 1 << 20]) {
      const { tests } = read(file, chunk);
      const decimals = expected.timeSum.split('.')[1]?.length ?? 0;
      expect({
        cases: tests.length,
        fail: tests.filter((t) => t.status === 'failed').length,
        err: tests.filter((t) => t.status === 'error').length,
        skip: tests.filter((t) => t.status === 'skipped').length,
        timeSum: exactSum(tests.filter((t) => t.seconds !== undefined).map((t) => t.seconds!), decimals),
        noTime: tests.filter((t) => t.seconds === undefined).length,
      }).toEqual({ cases: expected.cases, fail: expected.fail, err: expected.err, skip: expected.skip, timeSum: expected.timeSum, noTime: expected.noTime });
    }
  });

  test('Surefire reruns: a flakyFailure is flaky, not failed', () => {
    const { tests } = read('mikepenz__action-junit-report__surefire-flaky.xml', 1 << 20);
    expect(tests.map((t) => [t.status, t.earlierFailed, t.foldedAttempts])).toEqual([['passed', true, 1]]);
  });
});
