import type { Collected } from '../collect/collect-reports.js';
import type { ReportSummary } from '../collect/report-findings.js';
import type { HistoryOutcome } from '../history/run-history.js';
import type { RetryMode } from '../stats/test-tally.js';

/** Reports listed one by one in the metrics file. */
const LISTED_REPORTS = 1000;

/** The metrics file (totals, percentiles, slowest tests, breaches, regressions, per-report units and times) for the observability stream. Pure. */
export function perfMetrics(collected: Collected, retries: RetryMode, history: Pick<HistoryOutcome, 'comparison' | 'profile'>) {
  const { stats, sla } = collected;
  const tally = stats.tally;
  return {
    tests: tally.tests,
    failed: tally.byStatus.failed,
    errors: tally.byStatus.error,
    skipped: tally.byStatus.skipped,
    flaky: tally.flaky,
    retried: tally.retried,
    attempts: tally.attempts,
    retries,
    untimed: stats.untimed,
    totalSeconds: stats.overall.sum,
    reportedSeconds: reportedSeconds(collected.reports),
    reports: collected.reports.slice(0, LISTED_REPORTS).map(({ display, outcome, caseSeconds }) => ({
      file: display,
      format: outcome.format,
      unit: outcome.unit,
      unitReason: outcome.unitReason,
      records: outcome.records,
      caseSeconds,
      ownSeconds: outcome.totals.times.ownSeconds,
      suiteErrors: outcome.totals.suiteErrors,
    })),
    percentiles: stats.percentiles(),
    slowest: stats.top(),
    breaches: sla.breachCount,
    breachList: sla.breaches,
    regressions: history.comparison?.verdicts.filter((verdict) => verdict.kind !== 'insufficient-history') ?? [],
    hardware: history.profile,
  };
}

/** The reports' own times (suite and run `time` attributes), summed where they state them; undefined when none does. */
export function reportedSeconds(reports: readonly ReportSummary[]): number | undefined {
  const stated = reports.map((report) => report.outcome.totals.times.ownSeconds).filter((value): value is number => value !== undefined);
  return stated.length > 0 ? stated.reduce((sum, value) => sum + value, 0) : undefined;
}
