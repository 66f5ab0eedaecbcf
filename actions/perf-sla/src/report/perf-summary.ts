import { table, type MarkdownText } from '@gates/core';
import { unitName, type ReportSummary } from '../collect/report-findings.js';
import type { Budget } from '../sla/sla-policy.js';
import type { Breach, Top10Status } from '../sla/sla-tracker.js';
import type { RunStats } from '../stats/run-stats.js';
import { formatSeconds } from './format-seconds.js';
import { reportedSeconds } from './perf-metrics.js';

export { formatSeconds } from './format-seconds.js';

const SUITES_SHOWN = 20;
const UNIT_NOTES_SHOWN = 10;

export interface PerfSummaryInput {
  stats: RunStats;
  reports: readonly ReportSummary[];
  breaches: Breach[];
  breachCount: number;
  top10: Top10Status[];
  stale: string[];
  /** The budgets that apply to a test, tightest first. */
  budgetsFor: (name: string) => Budget[];
  failures: { seen: number; notes: number };
}

/** Totals, percentiles, the slowest tests with their SLA status, breaches. Every name is escaped: test names are untrusted text. Pure. */
export function renderPerfSummary(input: PerfSummaryInput, md: MarkdownText): string {
  const { stats } = input;
  const tally = stats.tally;
  const lines = ['### Test durations', ''];
  const files = `${input.reports.length} report file(s)`;
  if (stats.overall.length === 0) {
    // Nothing timed: one line, no empty tables.
    lines.push(tally.tests === 0 ? `No test records in ${files}.` : `${tally.tests} test(s) in ${files} (${tally.byStatus.failed} failed, ${tally.byStatus.error} errors, ${tally.byStatus.skipped} skipped), none with a time: no durations to show.`);
    return [...lines, ...notes(input, md)].join('\n').trimEnd();
  }
  const overall = stats.percentiles();
  lines.push(
    table(
      ['tests', 'failed', 'errors', 'skipped', 'flaky', 'total time', 'p50', 'p90', 'p95', 'p99'],
      [[String(tally.tests), String(tally.byStatus.failed), String(tally.byStatus.error), String(tally.byStatus.skipped), String(tally.flaky), formatSeconds(stats.overall.sum), formatSeconds(overall.p50), formatSeconds(overall.p90), formatSeconds(overall.p95), formatSeconds(overall.p99)]],
    ),
    '',
    `From ${files}; ${stats.untimed} test record(s) without a time are counted but not timed; skipped tests are not timed.`,
  );
  for (const line of notes(input, md)) lines.push(line);
  lines.push(
    '',
    '**Slowest tests**',
    '',
    table(
      ['#', 'test', 'suite', 'duration', 'SLA'],
      stats.top().slice(0, 10).map((test, index) => [String(index + 1), md.text(test.name), md.text(test.suite), formatSeconds(test.seconds), slaStatus(test.seconds, input.budgetsFor(test.name))]),
    ),
    '',
  );
  if (input.top10.length > 0) {
    lines.push(
      '**Top-10 SLA list**',
      '',
      table(
        ['test', 'budget', 'observed', 'status'],
        input.top10.map((entry) => [md.text(entry.name), entry.budget.label, entry.observed === undefined ? '–' : formatSeconds(entry.observed), entry.observed === undefined ? '⚠️ did not run (stale?)' : entry.observed > entry.budget.seconds ? '❌ over' : '✅ within']),
      ),
      '',
    );
  }
  if (input.breachCount > 0) {
    lines.push(
      `**SLA breaches (${input.breachCount})**`,
      '',
      table(
        ['scope', 'name', 'metric', 'budget', 'observed', 'over by'],
        input.breaches.slice(0, 50).map((breach) => [breach.scope, breach.name ? md.text(breach.name) : '(whole run)', breach.metric, breach.budget.label, formatSeconds(breach.observed), `+${Math.round((breach.observed / breach.budget.seconds - 1) * 100)}%`]),
      ),
      '',
    );
    if (input.breachCount > 50) lines.push(`…and ${input.breachCount - 50} more; the JSON report lists up to 1,000.`, '');
  }
  const suites = [...stats.bySuite].sort((a, b) => b[1].sum - a[1].sum).slice(0, SUITES_SHOWN);
  if (suites.length > 1) {
    lines.push(
      '<details><summary>Suites by total time</summary>',
      '',
      table(
        ['suite', 'tests', 'total', 'p50', 'p95', 'p99'],
        suites.map(([name, column]) => {
          const p = stats.percentiles(column);
          return [name ? md.code(name) : '(none)', String(column.length), formatSeconds(column.sum), formatSeconds(p.p50), formatSeconds(p.p95), formatSeconds(p.p99)];
        }),
      ),
      '',
      '</details>',
      '',
    );
  }
  for (const name of input.stale) lines.push(`- Stale SLA entry: ${md.code(name)} matched no test in these reports.`);
  return lines.join('\n').trimEnd();
}

/** The tightest budget that applies, and whether the test's slowest attempt kept to it. */
function slaStatus(seconds: number, budgets: readonly Budget[]): string {
  const budget = budgets[0];
  if (!budget) return '';
  return `${seconds > budget.seconds ? '❌ over' : '✅ within'} ${budget.label}`;
}

/** How the counts and totals were made: retries, the reports' own times, inferred units, failures outside tests and failing tests. */
function notes(input: PerfSummaryInput, md: MarkdownText): string[] {
  const { stats } = input;
  const tally = stats.tally;
  const lines: string[] = [];
  if (tally.mode === 'merge' && tally.retried > 0) {
    lines.push(`${tally.retried} test(s) ran more than once (${tally.attempts} attempts in all): each counts once, with its last attempt's result (${tally.flaky} flaky: an earlier attempt failed, the last passed); durations are per attempt.`);
  } else if (tally.mode === 'separate' && tally.attempts > tally.tests) {
    lines.push(`Retries are not merged (retries: separate): every test record counts as a test; ${tally.attempts - tally.tests} more attempt(s) were folded into records.`);
  }
  const own = reportedSeconds(input.reports);
  if (own !== undefined && stats.overall.length > 0) {
    lines.push(`Test times add up to ${formatSeconds(stats.overall.sum)} (the run total that \`run.max-total\` judges); the reports' own suite and run times add up to ${formatSeconds(own)} (setup and teardown included; wall time where tests ran in parallel).`);
  }
  const guessed = input.reports.filter((report) => report.outcome.unitReason);
  for (const report of guessed.slice(0, UNIT_NOTES_SHOWN)) lines.push(`- ${md.code(report.display)}: times read as ${unitName(report.outcome.unit)}: ${report.outcome.unitReason}; set \`time-unit\` to override.`);
  if (guessed.length > UNIT_NOTES_SHOWN) lines.push(`- …and ${guessed.length - UNIT_NOTES_SHOWN} more report(s) read in an inferred unit (the metrics file lists them).`);
  const outside = input.reports.reduce((sum, report) => sum + report.outcome.totals.suiteErrors, 0);
  if (outside > 0) lines.push(`${outside} failure(s) outside any test (a suite's setup or teardown, a file that did not load, an environment error).`);
  if (input.failures.seen > 0) lines.push(`${input.failures.seen} failing test record(s); ${input.failures.notes} shown as notices where the reports place them (perf-sla does not judge test results).`);
  return lines.length > 0 ? ['', ...lines] : [];
}
