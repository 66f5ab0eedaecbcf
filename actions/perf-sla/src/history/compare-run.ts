import { largest } from '@gates/core';
import { profileKey, type HardwareProfile, type HistorySample } from './history-model.js';
import { judgeRegression, type RegressionOptions, type RegressionVerdict } from './judge-regression.js';

export interface RunComparison {
  verdicts: RegressionVerdict[];
  /** Earlier runs measured on this hardware profile (others are not compared). */
  comparableRuns: number;
  /** Earlier runs on other profiles, left out. */
  otherProfiles: number;
  /** Each tracked test's comparable history, oldest first, then this run: for trend charts. */
  trends: Map<string, number[]>;
}

/** Judges each tracked test of this run against earlier runs on the same hardware profile. Pure. */
export function compareRun(current: ReadonlyMap<string, number>, samples: readonly HistorySample[], profile: HardwareProfile, options: RegressionOptions): RunComparison {
  const key = profileKey(profile);
  const comparable = samples.filter((sample) => profileKey(sample.profile) === key);
  const verdicts: RegressionVerdict[] = [];
  const trends = new Map<string, number[]>();
  for (const [name, seconds] of current) {
    const series = comparable.map((sample) => sample.durations[name]).filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
    verdicts.push(judgeRegression(name, seconds, series, options));
    trends.set(name, [...series.slice(-options.window), seconds]);
  }
  return { verdicts, comparableRuns: comparable.length, otherProfiles: samples.length - comparable.length, trends };
}

/**
 * A Unicode sparkline scaled from zero to the series' largest value, so
 * milliseconds of jitter on a steady test stay flat and a real jump shows.
 * Pure.
 */
export function sparkline(values: readonly number[]): string {
  const bars = '▁▂▃▄▅▆▇█';
  const high = largest(values, 0);
  if (values.length === 0) return '';
  return values.map((value) => bars[high <= 0 ? 0 : Math.min(7, Math.max(0, Math.ceil((value / high) * 8) - 1))]).join('');
}
