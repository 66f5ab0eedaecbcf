import type { PrimitiveMeasures } from '../experiment/run-primitive.js';
import { percentile, type Judgement } from '../rules/verdict.js';

/** One primitive's row: the figures the summary, the report and the metrics share. */
export interface PrimitiveRow {
  primitive: string;
  verdict: Judgement['verdict'];
  reasons: string[];
  acquisitions: number;
  acquisitionsPerSecond: number;
  waitMs: { p50: number; p99: number; max: number };
  lostUpdates: number;
  violations: number;
  tornRecords: number;
  duplicateValues: number;
  timeouts: number;
  staleRecoveries: number;
  recoveryMs: number | null;
}

export function rowOf(m: PrimitiveMeasures, judgement: Judgement): PrimitiveRow {
  const sorted = [...m.waits].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    primitive: m.primitive,
    verdict: judgement.verdict,
    reasons: judgement.reasons,
    acquisitions: m.acquisitions,
    acquisitionsPerSecond: m.seconds > 0 ? Math.round(m.acquisitions / m.seconds) : 0,
    waitMs: { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? 0) },
    lostUpdates: m.lostUpdates,
    violations: m.violations + m.recoveryViolations,
    tornRecords: m.tornRecords,
    duplicateValues: m.duplicateValues,
    timeouts: m.timeouts,
    staleRecoveries: m.staleRecoveries,
    recoveryMs: m.recoveryMs === undefined ? null : Math.round(m.recoveryMs),
  };
}

/** Failures observed, for the pipeline's metrics line: stale recoveries are the SIGKILL experiment working, not failures. */
export function observedFailures(rows: readonly PrimitiveRow[]): number {
  let total = 0;
  for (const row of rows) total += row.lostUpdates + row.violations + row.tornRecords + row.duplicateValues + row.timeouts;
  return total;
}

/**
 * "Lock contention incidents" (seed §7) as one JSON document: one incident
 * per primitive and kind (lost update, violation, torn record, timeout, stale
 * recovery), flat so that a pipeline's metrics JSON Lines can take each
 * incident as a line of its own.
 */
export function contentionMetrics(fsType: string, rows: readonly PrimitiveRow[], at = new Date().toISOString()) {
  const kinds = ['lostUpdates', 'violations', 'tornRecords', 'duplicateValues', 'timeouts', 'staleRecoveries'] as const;
  const incidents = rows.flatMap((row) => kinds.filter((kind) => row[kind] > 0).map((kind) => ({ metric: 'lock_contention_incident', action: 'fs-lock-test', at, fsType, primitive: row.primitive, kind, count: row[kind] })));
  return { metric: 'lock_contention_incidents', action: 'fs-lock-test', at, fsType, total: incidents.reduce((n, i) => n + i.count, 0), incidents };
}
