import { fullName, type TestCase } from '../junit/test-case.js';
import { DurationColumn, type Percentiles } from './duration-column.js';

export type { Percentiles } from './duration-column.js';

export interface SlowTest {
  name: string;
  suite: string;
  seconds: number;
  file?: string;
  line?: number;
}

/**
 * Totals and duration distributions of a run, built one test case at a time:
 * memory is one number per timed test plus the N slowest, never the names of
 * all tests. Pure.
 */
export class RunStats {
  tests = 0;
  failed = 0;
  errors = 0;
  skipped = 0;
  flaky = 0;
  untimed = 0;
  readonly overall = new DurationColumn();
  readonly bySuite = new Map<string, DurationColumn>();
  private readonly slowest: SlowTest[] = [];
  private lastSuite = '';
  private lastColumn: DurationColumn | undefined;

  constructor(private readonly keep = 10) {}

  add(test: TestCase): void {
    this.tests++;
    if (test.status === 'failed') this.failed++;
    else if (test.status === 'error') this.errors++;
    else if (test.status === 'skipped') this.skipped++;
    if (test.flaky) this.flaky++;
    // Skipped tests did not run: their time (usually 0) would drag percentiles down.
    if (test.seconds === undefined || test.status === 'skipped') {
      if (test.seconds === undefined) this.untimed++;
      return;
    }
    this.overall.push(test.seconds);
    // A suite's tests arrive together: remember the last suite's column rather than look it up per test.
    if (test.suite !== this.lastSuite || !this.lastColumn) {
      this.lastSuite = test.suite;
      this.lastColumn = this.bySuite.get(test.suite);
      if (!this.lastColumn) this.bySuite.set(test.suite, (this.lastColumn = new DurationColumn()));
    }
    this.lastColumn.push(test.seconds);
    this.considerSlowest(test);
  }

  percentiles(column: DurationColumn = this.overall): Percentiles {
    return column.percentiles();
  }

  /** Whether a test this long could still enter the slowest list (so its names are worth decoding). */
  couldBeSlowest(seconds: number | undefined): boolean {
    return seconds !== undefined && (this.slowest.length < this.keep || seconds > this.slowest[this.slowest.length - 1]!.seconds);
  }

  /** The slowest tests kept (as many as the constructor asked for), slowest first. */
  top(): SlowTest[] {
    return [...this.slowest].sort((a, b) => b.seconds - a.seconds || (a.name < b.name ? -1 : 1));
  }

  private considerSlowest(test: TestCase): void {
    const seconds = test.seconds!;
    if (this.slowest.length === this.keep && seconds <= this.slowest[this.slowest.length - 1]!.seconds) return;
    const entry: SlowTest = { name: fullName(test), suite: test.suite, seconds, file: test.file, line: test.line };
    // Kept sorted, slowest first; N is small.
    let at = this.slowest.findIndex((other) => other.seconds < seconds);
    if (at < 0) at = this.slowest.length;
    this.slowest.splice(at, 0, entry);
    if (this.slowest.length > this.keep) this.slowest.pop();
  }
}
