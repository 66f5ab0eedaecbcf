import { parseDuration } from '@gates/core';
import { DEFAULT_REGRESSION_OPTIONS, type RegressionOptions } from '../history/judge-regression.js';
import type { UnitSetting } from '../reports/time-unit.js';

/** `.github/gates-perf.yml` as written (schemas/gates-perf.schema.json). */
export interface SlaFile {
  version: 1;
  'time-unit'?: UnitSetting;
  run?: { 'max-total'?: string; 'max-p95'?: string };
  suites?: { name: string; 'max-total'?: string; 'max-p95'?: string }[];
  tests?: { name: string; max: string }[];
  'top-10'?: { name: string; max: string }[];
  history?: { store?: 'none' | 'state' | 'repo' | 'cache'; path?: string; 'default-branch'?: string; 'noise-budget'?: string; 'min-samples'?: number; window?: number; significance?: number; track?: number };
}

export interface Budget {
  /** As written, for the summary. */
  label: string;
  seconds: number;
  /** JSON pointer of the value in the SLA file: breaches are reported at its line. */
  pointer: string;
}

/** The thresholds in seconds, with where each came from (a JSON pointer into the file, for stale-entry findings). */
export interface SlaPolicy {
  timeUnit: UnitSetting;
  run: { total?: Budget; p95?: Budget };
  suites: { name: string; total?: Budget; p95?: Budget }[];
  tests: { name: string; max: Budget; pointer: string }[];
  top10: { name: string; max: Budget; pointer: string }[];
  history: HistoryPolicy;
}

export interface HistoryPolicy {
  /** `auto` (no store named): the Actions cache on GitHub Actions, else the state root. */
  store: 'auto' | 'none' | 'state' | 'repo' | 'cache';
  path: string;
  /** The cache store falls back to this branch's history. */
  defaultBranch: string;
  track: number;
  options: RegressionOptions;
}

export function slaPolicy(file: SlaFile | undefined): SlaPolicy {
  const budget = (label: string | undefined, pointer: string): Budget | undefined => (label === undefined ? undefined : { label, seconds: parseDuration(label) / 1000, pointer });
  return {
    timeUnit: file?.['time-unit'] ?? 'auto',
    run: { total: budget(file?.run?.['max-total'], '/run/max-total'), p95: budget(file?.run?.['max-p95'], '/run/max-p95') },
    suites: (file?.suites ?? []).map((suite, index) => ({ name: suite.name, total: budget(suite['max-total'], `/suites/${index}/max-total`), p95: budget(suite['max-p95'], `/suites/${index}/max-p95`) })),
    tests: (file?.tests ?? []).map((test, index) => ({ name: test.name, max: budget(test.max, `/tests/${index}/max`)!, pointer: `/tests/${index}/name` })),
    top10: (file?.['top-10'] ?? []).map((test, index) => ({ name: test.name, max: budget(test.max, `/top-10/${index}/max`)!, pointer: `/top-10/${index}/name` })),
    history: historyPolicy(file?.history),
  };
}

function historyPolicy(history: SlaFile['history']): HistoryPolicy {
  const noise = parseNoiseBudget(history?.['noise-budget'] ?? '10% or 3 MAD');
  return {
    store: history?.store ?? 'auto',
    path: history?.path ?? '.github/perf-history.json',
    defaultBranch: history?.['default-branch'] ?? 'main',
    track: history?.track ?? 100,
    options: {
      ...DEFAULT_REGRESSION_OPTIONS,
      ...noise,
      minSamples: history?.['min-samples'] ?? DEFAULT_REGRESSION_OPTIONS.minSamples,
      window: history?.window ?? DEFAULT_REGRESSION_OPTIONS.window,
      significance: history?.significance ?? DEFAULT_REGRESSION_OPTIONS.significance,
    },
  };
}

/** '10%', '3 MAD' or '10% or 3 MAD': a part left out counts as zero. */
export function parseNoiseBudget(text: string): { noisePercent: number; madMultiplier: number } {
  const percent = /(\d+(?:\.\d+)?)\s*%/.exec(text);
  const mads = /(\d+(?:\.\d+)?)\s*MAD/i.exec(text);
  return { noisePercent: percent ? Number(percent[1]) : 0, madMultiplier: mads ? Number(mads[1]) : 0 };
}
