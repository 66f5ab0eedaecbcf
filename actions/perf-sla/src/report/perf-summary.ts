import { table, type MarkdownText } from '@gates/core';
import type { Breach, Top10Status } from '../sla/sla-tracker.js';
import type { RunStats } from '../stats/run-stats.js';

/** Durations for people: 850 ms, 12.4 s, 3 min 05 s. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.round(seconds - minutes * 60)).padStart(2, '0')} s`;
}

const SUITES_SHOWN = 20;

export interface PerfSummaryInput {
  stats: RunStats;
  reports: number;
  breaches: Breach[];
  breachCount: number;
  top10: Top10Status[];
  stale: string[];
}

/** Totals, percentiles, the slowest tests with their SLA status, breaches. Every name is escaped: test names are untrusted text. Pure. */
export function renderPerfSummary(input: PerfSummaryInput, md: MarkdownText): string {
  const { stats } = input;
  const overall = stats.percentiles();
  const lines = [
    '### Test durations',
    '',
    table(
      ['tests', 'failed', 'errors', 'skipped', 'flaky', 'total time', 'p50', 'p90', 'p95', 'p99'],
      [[String(stats.tests), String(stats.failed), String(stats.errors), String(stats.skipped), String(stats.flaky), formatSeconds(stats.overall.sum), formatSeconds(overall.p50), formatSeconds(overall.p90), formatSeconds(overall.p95), formatSeconds(overall.p99)]],
    ),
    '',
    `From ${input.reports} report file(s); ${stats.untimed} test(s) without a time are counted but not timed; skipped tests are not timed.`,
    '',
  ];
  const budgets = new Map(input.top10.map((entry) => [entry.name, entry.budget]));
  lines.push(
    '**Slowest tests**',
    '',
    table(
      ['#', 'test', 'suite', 'duration', 'SLA'],
      stats.top().slice(0, 10).map((test, index) => {
        const budget = budgets.get(test.name);
        const status = budget ? `${test.seconds > budget.seconds ? '❌ over' : '✅ within'} ${budget.label}` : '';
        return [String(index + 1), md.text(test.name), md.text(test.suite), formatSeconds(test.seconds), status];
      }),
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
