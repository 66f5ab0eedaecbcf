import type { MetricRecord } from './metric-record.js';

/** What many runs of one action add up to. */
export interface ActionAggregate {
  action: string;
  runs: number;
  verdicts: Record<MetricRecord['verdict'], number>;
  /** Passes over runs (0 when there were none). */
  passRate: number;
  durationMs: { sum: number; p50: number; p90: number; p99: number; max: number };
  lockWaitMs: number;
  lockContentions: number;
  lockIncidents: number;
  rollbacks: number;
  waiversApproved: number;
  waiversExpired: number;
}

export const QUANTILES = [0.5, 0.9, 0.99] as const;

/** Per action, sorted by name: counts, pass rate and duration percentiles (nearest rank). */
export function aggregateMetrics(records: readonly MetricRecord[]): ActionAggregate[] {
  const byAction = new Map<string, MetricRecord[]>();
  for (const record of records) {
    const list = byAction.get(record.action) ?? [];
    list.push(record);
    byAction.set(record.action, list);
  }
  return [...byAction.keys()].sort().map((action) => {
    const runs = byAction.get(action)!;
    const verdicts = { pass: 0, fail: 0, empty: 0, error: 0 };
    let sum = 0;
    const totals = { lockWaitMs: 0, lockContentions: 0, lockIncidents: 0, rollbacks: 0, waiversApproved: 0, waiversExpired: 0 };
    for (const run of runs) {
      verdicts[run.verdict] += 1;
      sum += run['duration-ms'];
      totals.lockWaitMs += run['lock-wait-ms'] ?? 0;
      totals.lockContentions += run['lock-contentions'] ?? 0;
      totals.lockIncidents += run['lock-incidents'] ?? 0;
      totals.rollbacks += run.rollbacks ?? 0;
      totals.waiversApproved += run['waivers-approved'] ?? 0;
      totals.waiversExpired += run['waivers-expired'] ?? 0;
    }
    const durations = runs.map((run) => run['duration-ms']).sort((a, b) => a - b);
    return {
      action,
      runs: runs.length,
      verdicts,
      passRate: verdicts.pass / runs.length,
      durationMs: { sum, p50: nearestRank(durations, 0.5), p90: nearestRank(durations, 0.9), p99: nearestRank(durations, 0.99), max: durations[durations.length - 1]! },
      ...totals,
    };
  });
}

/** The nearest-rank percentile of sorted values: always one of them, never interpolated. */
export function nearestRank(sorted: readonly number[], quantile: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(quantile * sorted.length))) - 1]!;
}
