import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { selectPercentiles } from './select-percentiles.js';

const PS = [50, 90, 95, 99];

/**
 * The p-th percentile (0-100) of sorted values by linear interpolation
 * between closest ranks (the "R-7" definition spreadsheets and NumPy use).
 * The reference the selection must agree with. NaN for no values.
 */
function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

function bySorting(values: number[], ps: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort();
  return ps.map((p) => percentile(sorted, p));
}

describe('selectPercentiles', () => {
  test('agrees exactly with interpolation over sorted values, for any values and percentiles', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 400 }), fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 6 }), (values, ps) => {
        expect(selectPercentiles(Float64Array.from(values), ps)).toEqual(bySorting(values, ps));
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    ['sorted', Array.from({ length: 10_001 }, (_, index) => index / 1000)],
    ['reversed', Array.from({ length: 10_001 }, (_, index) => (10_000 - index) / 1000)],
    ['all equal', Array.from({ length: 5_000 }, () => 0.25)],
    ['two values', Array.from({ length: 5_000 }, (_, index) => (index % 2 ? 3 : 1))],
  ])('%s input', (_shape, values) => {
    expect(selectPercentiles(Float64Array.from(values), PS)).toEqual(bySorting(values, PS));
  });

  test('results come back in the order asked for; no values is NaN', () => {
    expect(selectPercentiles(Float64Array.from([4, 1, 3, 2]), [100, 0, 50])).toEqual([4, 1, 2.5]);
    expect(selectPercentiles(new Float64Array(0), [50])).toEqual([Number.NaN]);
  });
});
