import { CONFIG_KINDS, discoverFiles, loadConfigInput, markdownText, nothingToCheckRule, ruleDocsUrl, statePath, writeReportFile, type ActionDefinition, type Finding, type RuleMeta } from '@gates/core';
import { collectReports } from './collect/collect-reports.js';
import { runHistory } from './history/run-history.js';
import { renderHistorySection } from './report/history-summary.js';
import { perfMetrics } from './report/perf-metrics.js';
import { renderPerfSummary } from './report/perf-summary.js';
import { slaPolicy, type SlaFile } from './sla/sla-policy.js';
import type { Breach } from './sla/sla-tracker.js';
import { jobElapsedSeconds } from './stats/job-wall-time.js';

export const PERF_RULES: RuleMeta[] = [
  { id: 'sla-breach', description: 'A test, suite or the whole run took longer than its budget in the SLA file', severity: 'error', docs: ruleDocsUrl('perf-sla', 'sla-breach') },
  { id: 'invalid-report', description: 'A test report could not be read to the end (malformed or truncated XML); its results are not a pass', severity: 'error', docs: ruleDocsUrl('perf-sla', 'invalid-report') },
  { id: 'regression', description: 'A test is slower than its median over comparable earlier runs, beyond the noise budget (and significant, once there are enough runs)', severity: 'error', docs: ruleDocsUrl('perf-sla', 'regression') },
  { id: 'suspected-regression', description: 'A test is slower than its noise budget in this run but the shift is not yet significant over the recent runs (a spike, so far)', severity: 'warning', docs: ruleDocsUrl('perf-sla', 'suspected-regression') },
  { id: 'history-unreadable', description: 'The history file could not be read; the run was not compared and the file was left as it is', severity: 'warning', docs: ruleDocsUrl('perf-sla', 'history-unreadable') },
  { id: 'stale-sla', description: 'An SLA entry names a test that is in none of the reports (renamed or removed?)', severity: 'warning', docs: ruleDocsUrl('perf-sla', 'stale-sla') },
  nothingToCheckRule('perf-sla'),
  { id: 'report-headers', description: "A suite's stated counts (tests, failures, errors, skipped) disagree with the test records it holds", severity: 'warning', docs: ruleDocsUrl('perf-sla', 'report-headers') },
  { id: 'header-only-suite', description: 'A suite states test counts but holds no test record: results the report does not contain are not a pass', severity: 'error', docs: ruleDocsUrl('perf-sla', 'header-only-suite') },
  { id: 'implausible-duration', description: "A test claims more than a day, or a report's test times add up to far more than the time they can have run in (a unit mistake?)", severity: 'warning', docs: ruleDocsUrl('perf-sla', 'implausible-duration') },
  { id: 'test-failure', description: 'A test failed; shown where the report places it (a stack frame in the workspace, or its file and line), without failing the gate', severity: 'note', docs: ruleDocsUrl('perf-sla', 'test-failure') },
];

export const perfSla: ActionDefinition = {
  name: 'perf-sla',
  // Used only to publish the verdict (publish: status or check).
  secretInputs: ['token'],
  description: 'Test-report durations: percentiles, slowest tests and SLA thresholds.',
  rules: PERF_RULES,
  async run({ inputs, workspace, stateRoot, redactor, env, runner }) {
    // No SLA file is fine: percentiles and the slowest tests still report, nothing is judged against budgets.
    const loaded = await loadConfigInput(inputs, workspace, { input: 'sla', kind: CONFIG_KINDS.perf });
    const policy = slaPolicy(loaded?.value as SlaFile | undefined);
    // The runner delivers the input's default (auto) always: auto defers to the SLA file's time-unit.
    const unitInput = inputs.enumeration('time-unit', ['auto', 's', 'ms', 'ns'] as const, 'auto');
    const retries = inputs.enumeration('retries', ['merge', 'separate'] as const, 'merge');
    inputs.required('reports');
    const discovery = discoverFiles(inputs.list('reports'), workspace);

    const collected = collectReports(discovery.files, {
      unit: unitInput === 'auto' ? policy.timeUnit : unitInput,
      retries,
      policy,
      workspace,
      keep: Math.max(10, policy.history.track),
      jobSeconds: jobElapsedSeconds(env),
    });
    const { stats, sla } = collected;
    const findings: Finding[] = [...collected.findings];
    const { top10, stale } = sla.finish(stats);
    const lineOf = (pointer: string) => loaded?.positions.value.get(pointer)?.line;
    for (const breach of sla.breaches) findings.push(breachFinding(breach, loaded?.file, lineOf(breach.budget.pointer)));
    for (const entry of stale) {
      findings.push({ ruleId: 'stale-sla', severity: 'warning', file: loaded?.file, line: lineOf(entry.pointer), message: `SLA entry ${entry.name} matched no test in the reports` });
    }

    const tracked = new Map(stats.top().map((test) => [test.name, test.seconds]));
    for (const entry of top10) if (entry.observed !== undefined) tracked.set(entry.name, entry.observed);
    const history = await runHistory(policy.history, tracked, { env, workspace, stateRoot, redactor });
    for (const finding of history.findings) findings.push(finding);
    for (const warning of history.warnings) runner.warning(warning);
    const regressions = history.comparison?.verdicts.filter((verdict) => verdict.kind === 'regression').length ?? 0;

    const overall = stats.percentiles();
    const tally = stats.tally;
    const metrics = perfMetrics(collected, retries, history);
    const metricsFile = await writeReportFile(statePath(stateRoot, 'reports', 'perf-sla'), 'metrics.json', metrics, redactor);
    const seconds = (value: number) => (Number.isFinite(value) ? String(Number(value.toFixed(6))) : '');
    const md = markdownText(redactor);
    return {
      findings,
      nothingToCheck: discovery.files.length === 0 ? `no report matched ${inputs.list('reports').join(', ')}` : undefined,
      outputs: { p50: seconds(overall.p50), p95: seconds(overall.p95), p99: seconds(overall.p99), breaches: String(sla.breachCount), regressions: String(regressions), 'metrics-file': metricsFile },
      summaryAppendix: [
        renderPerfSummary({ stats, reports: collected.reports, breaches: sla.breaches, breachCount: sla.breachCount, top10, stale: stale.map((entry) => entry.name), budgetsFor: (name) => sla.budgetsFor(name), failures: collected.failures }, md),
        renderHistorySection(history.comparison, history.description, history.profile, stats.top().slice(0, 10).map((test) => test.name), policy.history.options.minSamples, md),
      ].join('\n\n'),
      ledgerEvent: { tests: tally.tests, breaches: sla.breachCount, regressions },
    };
  },
};

/** At the SLA file's line of the budget that broke; the test's own place, where the report gives one, in the message. */
function breachFinding(breach: Breach, slaFile: string | undefined, line: number | undefined): Finding {
  const what = breach.scope === 'run' ? 'the whole run' : `${breach.scope} ${breach.name}`;
  const source = breach.file ? ` (test at ${breach.file}${breach.line ? `:${breach.line}` : ''})` : '';
  return {
    ruleId: 'sla-breach',
    severity: 'error',
    file: slaFile,
    line,
    message: `${what}: ${breach.metric} ${breach.observed.toFixed(3)} s is over its budget of ${breach.budget.label}${source}`,
  };
}

