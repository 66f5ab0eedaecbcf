import { selectPercentiles } from './select-percentiles.js';

export interface Percentiles {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
}

/** A growable column of durations (seconds) in a Float64Array: 8 bytes a test, 15 MB for 1.8M tests. */
export class DurationColumn {
  // Small at first: a report can have thousands of suites, each with a column.
  private values = new Float64Array(16);
  length = 0;
  sum = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Float64Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
    this.sum += value;
    this.cached = undefined;
  }

  /** p50/p90/p95/p99, by selection (reorders the values; computed once until the next push). */
  percentiles(): Percentiles {
    if (!this.cached) {
      const [p50, p90, p95, p99] = selectPercentiles(this.values.subarray(0, this.length), [50, 90, 95, 99]);
      this.cached = { p50: p50!, p90: p90!, p95: p95!, p99: p99! };
    }
    return this.cached;
  }

  private cached: Percentiles | undefined;
}

