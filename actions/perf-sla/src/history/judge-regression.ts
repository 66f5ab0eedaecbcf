import { mannWhitney } from '../stats/mann-whitney.js';
import { mad, median } from '../stats/robust.js';

/** docs/perf-methodology.md explains each default. */
export interface RegressionOptions {
  /** A slowdown under this share of the baseline is noise whatever the MAD says (10 = 10%). */
  noisePercent: number;
  /** …and under this many MADs (σ-scaled) too. */
  madMultiplier: number;
  /** Fewer comparable samples than this: no verdict, said in the summary. */
  minSamples: number;
  /** How many of the most recent comparable samples form the baseline. */
  window: number;
  /** With at least this many samples, a slowdown must also pass a Mann–Whitney U test… */
  testAfter: number;
  /** …of the last `recentRuns` runs (this one included) against the rest of the window, at this level. */
  significance: number;
  recentRuns: number;
}

export const DEFAULT_REGRESSION_OPTIONS: RegressionOptions = { noisePercent: 10, madMultiplier: 3, minSamples: 5, window: 20, testAfter: 8, significance: 0.05, recentRuns: 3 };

/** Relative spread (σ-scaled MAD / median) above which a test's duration is called noisy: reported apart from slowness. */
const NOISY_SPREAD = 0.5;

export interface RegressionVerdict {
  name: string;
  current: number;
  samples: number;
  /** suspected: beyond the noise budget in this run, but not (yet) a significant shift over the recent runs. */
  kind: 'regression' | 'suspected' | 'within-noise' | 'insufficient-history';
  baseline?: number;
  noise?: number;
  threshold?: number;
  /** Mann–Whitney p-value, when there were enough samples to test. */
  p?: number;
  noisy: boolean;
}

/**
 * Whether this run's duration of one test is a regression against its
 * comparable history (oldest first, this run not included). Pure.
 */
export function judgeRegression(name: string, current: number, history: readonly number[], options: RegressionOptions = DEFAULT_REGRESSION_OPTIONS): RegressionVerdict {
  const window = history.slice(-options.window);
  if (window.length < options.minSamples) return { name, current, samples: window.length, kind: 'insufficient-history', noisy: false };
  const baseline = median(window);
  const noise = mad(window);
  const threshold = baseline + Math.max((baseline * options.noisePercent) / 100, options.madMultiplier * noise);
  const noisy = baseline > 0 && noise / baseline > NOISY_SPREAD;
  const verdict = { name, current, samples: window.length, baseline, noise, threshold, noisy };
  if (current <= threshold) return { ...verdict, kind: 'within-noise' };
  if (window.length < options.testAfter) return { ...verdict, kind: 'regression' };
  const recent = [...window.slice(window.length - (options.recentRuns - 1)), current];
  const older = window.slice(0, window.length - (options.recentRuns - 1));
  const { p } = mannWhitney(recent, older);
  // A regression is a shift, not a spike: one slow run among fast ones is "suspected" until it persists.
  return { ...verdict, p, kind: p < options.significance ? 'regression' : 'suspected' };
}
