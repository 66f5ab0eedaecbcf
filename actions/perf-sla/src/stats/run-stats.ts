import { fullName, type TestCase } from '../reports/test-case.js';
import { DurationColumn, type Percentiles } from './duration-column.js';
import { TestTally, type RetryMode } from './test-tally.js';

export type { Percentiles } from './duration-column.js';

export interface SlowTest {
  name: string;
  suite: string;
  /** Its slowest attempt. */
  seconds: number;
  file?: string;
  line?: number;
}

/** A single test that claims more than this is not believed (see the sanity checks). */
export const ONE_DAY_SECONDS = 86_400;

/**
 * Totals and duration distributions of a run, built one test record at a
 * time: counts per test (see TestTally), durations per attempt (every
 * attempt is an execution that took that long), memory one number per timed
 * attempt plus the N slowest tests, never the names of all tests. Skipped
 * tests did not run: their time (usually 0) would drag percentiles down, so
 * it is not counted. Pure.
 */
export class RunStats {
  readonly tally: TestTally;
  /** Records without a time: counted, not timed. */
  untimed = 0;
  /** Attempts longer than a day (the longest is the first of `top()`). */
  overADay = 0;
  readonly overall = new DurationColumn();
  readonly bySuite = new Map<string, DurationColumn>();
  private readonly slowest: SlowTest[] = [];
  private lastSuite = '';
  private lastColumn: DurationColumn | undefined;

  constructor(
    private readonly keep = 10,
    retries: RetryMode = 'merge',
    expectedTests = 0,
  ) {
    this.tally = new TestTally(retries, expectedTests);
  }

  get tests(): number {
    return this.tally.tests;
  }

  /** Counts and times a record. */
  add(test: TestCase): void {
    this.tally.record(test);
    if (test.status === 'skipped') return;
    if (test.seconds === undefined) this.untimed++;
    let slowestAttempt = this.time(test, test.seconds);
    // Most records have no folded attempts: no empty array and iterator per record.
    if (test.attemptSeconds) for (const seconds of test.attemptSeconds) slowestAttempt = Math.max(slowestAttempt, this.time(test, seconds));
    if (slowestAttempt >= 0) this.considerSlowest(test, test.name || test.classname ? slowestAttempt : (test.seconds ?? -1));
  }

  percentiles(column: DurationColumn = this.overall): Percentiles {
    return column.percentiles();
  }

  /** Whether a test this long could still enter the slowest list (so its names are worth decoding). */
  couldBeSlowest(seconds: number | undefined): boolean {
    return seconds !== undefined && (this.slowest.length < this.keep || seconds > this.slowest[this.slowest.length - 1]!.seconds);
  }

  /** The slowest tests kept (as many as the constructor asked for), slowest first, each once with its slowest attempt. */
  top(): SlowTest[] {
    return [...this.slowest].sort((a, b) => b.seconds - a.seconds || (a.name < b.name ? -1 : 1));
  }

  /** One attempt's duration into the columns; returns it (-1 for none). */
  private time(test: TestCase, seconds: number | undefined): number {
    if (seconds === undefined) return -1;
    this.overall.push(seconds);
    // A suite's tests arrive together: remember the last suite's column rather than look it up per test.
    if (test.suite !== this.lastSuite || !this.lastColumn) {
      this.lastSuite = test.suite;
      this.lastColumn = this.bySuite.get(test.suite);
      if (!this.lastColumn) this.bySuite.set(test.suite, (this.lastColumn = new DurationColumn()));
    }
    this.lastColumn.push(seconds);
    if (seconds > ONE_DAY_SECONDS) this.overADay++;
    return seconds;
  }

  private considerSlowest(test: TestCase, seconds: number): void {
    if (seconds < 0 || (this.slowest.length === this.keep && seconds <= this.slowest[this.slowest.length - 1]!.seconds)) return;
    const name = fullName(test);
    // Attempts of one test: it is listed once, with its slowest attempt.
    const existing = this.slowest.findIndex((other) => other.name === name && other.suite === test.suite);
    if (existing >= 0) {
      if (this.slowest[existing]!.seconds >= seconds) return;
      this.slowest.splice(existing, 1);
    }
    const entry: SlowTest = { name, suite: test.suite, seconds, file: test.file, line: test.line };
    // Kept sorted, slowest first; N is small.
    let at = this.slowest.findIndex((other) => other.seconds < seconds);
    if (at < 0) at = this.slowest.length;
    this.slowest.splice(at, 0, entry);
    if (this.slowest.length > this.keep) this.slowest.pop();
  }
}
