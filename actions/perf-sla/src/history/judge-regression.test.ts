import { describe, expect, test } from '@jest/globals';
import { mannWhitney, normalCdf } from '../stats/mann-whitney.js';
import { mad, median } from '../stats/robust.js';
import { parseNoiseBudget } from '../sla/sla-policy.js';
import { sparkline } from './compare-run.js';
import { DEFAULT_REGRESSION_OPTIONS, judgeRegression } from './judge-regression.js';

const steady = [1.0, 1.02, 0.98, 1.01, 0.99, 1.0, 1.03, 0.97, 1.0, 1.01];

describe('judgeRegression', () => {
  test.each([
    ['fewer samples than min-samples: no verdict', steady.slice(0, 4), 5.0, 'insufficient-history'],
    ['within the 10% budget', steady, 1.08, 'within-noise'],
    ['3x slower in one run of a steady history: suspected until it persists', steady, 3.0, 'suspected'],
    ['slower but only 5 samples: beyond the budget is enough (no test possible yet)', steady.slice(0, 5), 1.5, 'regression'],
    ['a noisy history widens the threshold (3 MAD)', [0.5, 1.5, 0.7, 1.3, 0.6, 1.4, 0.8, 1.2, 1.0, 0.9], 1.6, 'within-noise'],
    ['faster is never a regression', steady, 0.2, 'within-noise'],
  ] as const)('%s', (_label, history, current, kind) => {
    expect(judgeRegression('t', current, [...history]).kind).toBe(kind);
  });

  test('the threshold is median + max(noise budget, k·MAD), and the verdict carries them', () => {
    const history = [...steady, 2.9, 3.1];
    const verdict = judgeRegression('t', 3, history);
    expect(verdict.baseline).toBeCloseTo(median(history), 10);
    expect(verdict.threshold).toBeCloseTo(median(history) + Math.max(0.1 * median(history), 3 * mad(history)), 10);
    expect(verdict.kind).toBe('regression');
    expect(verdict.p).toBeLessThan(0.05);
  });

  test('one slow run among steady ones is not significant once the U test applies', () => {
    // The two runs before this one were fast: only 1 of the 3 recent runs is slow.
    expect(judgeRegression('t', 1.5, steady).kind).toBe('suspected');
    expect(judgeRegression('t', 1.5, steady).p).toBeGreaterThan(0.05);
  });

  test('a slowdown that persisted over the recent runs is significant', () => {
    expect(judgeRegression('t', 1.5, [...steady, 1.5, 1.52]).kind).toBe('regression');
  });

  test('high spread is reported as noisy, apart from slowness', () => {
    expect(judgeRegression('t', 1, [0.2, 2, 0.3, 1.8, 0.25, 2.2]).noisy).toBe(true);
    expect(judgeRegression('t', 1, steady).noisy).toBe(false);
  });

  test('defaults are the documented ones', () => {
    expect(DEFAULT_REGRESSION_OPTIONS).toEqual({ noisePercent: 10, madMultiplier: 3, minSamples: 5, window: 20, testAfter: 8, significance: 0.05, recentRuns: 3 });
  });
});

describe('statistics', () => {
  test('Mann–Whitney U matches SciPy (asymptotic, continuity-corrected, two-sided)', () => {
    // scipy.stats.mannwhitneyu([1,2,3,4,5], [6,7,8,9,10], method='asymptotic') → U=0, p=0.01219
    expect(mannWhitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).u).toBe(0);
    expect(mannWhitney([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]).p).toBeCloseTo(0.01219, 4);
    // With ties, by hand: ranks of a = 1 + 3 + 3 + 5.5 + 8 → U = 5.5; tie term 24 + 6 + 24 = 54,
    // σ² = 25/12 · (11 − 54/90) = 21.667, z = (7 − 0.5)/4.6547 = 1.3964, p = 2(1 − Φ(z)) = 0.1626.
    const tied = mannWhitney([1, 2, 2, 3, 4], [2, 3, 4, 4, 5]);
    expect(tied.u).toBe(5.5);
    expect(tied.p).toBeCloseTo(0.1626, 3);
  });

  test('normal CDF, median and MAD', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(mad([1, 1, 2, 2, 4, 6, 9])).toBeCloseTo(1.4826, 4);
  });

  test('noise budgets and sparklines', () => {
    expect(parseNoiseBudget('10% or 3 MAD')).toEqual({ noisePercent: 10, madMultiplier: 3 });
    expect(parseNoiseBudget('2.5 MAD')).toEqual({ noisePercent: 0, madMultiplier: 2.5 });
    expect(sparkline([1, 2, 3, 8])).toBe('▁▂▃█');
    expect(sparkline([2, 2])).toBe('██');
    expect(sparkline([2.0, 2.01, 1.99, 6])).toBe('▃▃▃█');
  });
});
