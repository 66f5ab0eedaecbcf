import { CONFIG_KINDS, discoverFiles, loadConfigInput, markdownText, nothingToCheckRule, ruleDocsUrl, statePath, writeReportFile, type ActionDefinition, type Finding, type RuleMeta } from '@gates/core';
import { readReport } from './junit/read-report.js';
import { runHistory } from './history/run-history.js';
import { renderHistorySection } from './report/history-summary.js';
import { renderPerfSummary } from './report/perf-summary.js';
import { slaPolicy, type SlaFile } from './sla/sla-policy.js';
import { SlaTracker, type Breach } from './sla/sla-tracker.js';
import { RunStats } from './stats/run-stats.js';

export const PERF_RULES: RuleMeta[] = [
  { id: 'sla-breach', description: 'A test, suite or the whole run took longer than its budget in the SLA file', severity: 'error', docs: ruleDocsUrl('perf-sla', 'sla-breach') },
  { id: 'invalid-report', description: 'A test report could not be read to the end (malformed or truncated XML); its results are not a pass', severity: 'error', docs: ruleDocsUrl('perf-sla', 'invalid-report') },
  { id: 'regression', description: 'A test is slower than its median over comparable earlier runs, beyond the noise budget (and significant, once there are enough runs)', severity: 'error', docs: ruleDocsUrl('perf-sla', 'regression') },
  { id: 'suspected-regression', description: 'A test is slower than its noise budget in this run but the shift is not yet significant over the recent runs (a spike, so far)', severity: 'warning', docs: ruleDocsUrl('perf-sla', 'suspected-regression') },
  { id: 'history-unreadable', description: 'The history file could not be read; the run was not compared and the file was left as it is', severity: 'warning', docs: ruleDocsUrl('perf-sla', 'history-unreadable') },
  { id: 'stale-sla', description: 'An SLA entry names a test that is in none of the reports (renamed or removed?)', severity: 'warning', docs: ruleDocsUrl('perf-sla', 'stale-sla') },
  nothingToCheckRule('perf-sla'),
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
    const unit = inputs.string('time-unit') ? inputs.enumeration('time-unit', ['s', 'ms'] as const, 's') : policy.timeUnit;
    inputs.required('reports');
    const discovery = discoverFiles(inputs.list('reports'), workspace);

    const stats = new RunStats(Math.max(10, policy.history.track));
    const sla = new SlaTracker(policy);
    const findings: Finding[] = [];
    for (const report of discovery.files) {
      const outcome = readReport(
        report.path,
        unit,
        (test) => {
          stats.add(test);
          sla.observe(test);
        },
        (seconds) => sla.namesTests || stats.couldBeSlowest(seconds),
      );
      if (outcome.problem) {
        findings.push({
          ruleId: 'invalid-report',
          severity: 'error',
          file: report.display,
          line: outcome.problem.line,
          column: outcome.problem.column,
          message: `${outcome.problem.message} (after ${outcome.cases} test case(s); the partial results are shown but do not pass)`,
        });
      }
    }
    const { top10, stale } = sla.finish(stats);
    for (const breach of sla.breaches) findings.push(breachFinding(breach));
    for (const entry of stale) {
      findings.push({ ruleId: 'stale-sla', severity: 'warning', file: loaded?.file, line: loaded?.positions.value.get(entry.pointer)?.line, message: `SLA entry ${entry.name} matched no test in the reports` });
    }

    const tracked = new Map(stats.top().map((test) => [test.name, test.seconds]));
    for (const entry of top10) if (entry.observed !== undefined) tracked.set(entry.name, entry.observed);
    const history = await runHistory(policy.history, tracked, { env, workspace, stateRoot, redactor });
    for (const finding of history.findings) findings.push(finding);
    for (const warning of history.warnings) runner.warning(warning);
    const regressions = history.comparison?.verdicts.filter((verdict) => verdict.kind === 'regression').length ?? 0;

    const overall = stats.percentiles();
    const metrics = {
      tests: stats.tests,
      failed: stats.failed,
      errors: stats.errors,
      skipped: stats.skipped,
      flaky: stats.flaky,
      totalSeconds: stats.overall.sum,
      percentiles: overall,
      slowest: stats.top(),
      breaches: sla.breachCount,
      breachList: sla.breaches,
      regressions: history.comparison?.verdicts.filter((verdict) => verdict.kind !== 'insufficient-history') ?? [],
      hardware: history.profile,
    };
    const metricsFile = await writeReportFile(statePath(stateRoot, 'reports', 'perf-sla'), 'metrics.json', metrics, redactor);
    const seconds = (value: number) => (Number.isFinite(value) ? String(Number(value.toFixed(6))) : '');
    const md = markdownText(redactor);
    return {
      findings,
      nothingToCheck: discovery.files.length === 0 ? `no report matched ${inputs.list('reports').join(', ')}` : undefined,
      outputs: { p50: seconds(overall.p50), p95: seconds(overall.p95), p99: seconds(overall.p99), breaches: String(sla.breachCount), regressions: String(regressions), 'metrics-file': metricsFile },
      summaryAppendix: [
        renderPerfSummary({ stats, reports: discovery.files.length, breaches: sla.breaches, breachCount: sla.breachCount, top10, stale: stale.map((entry) => entry.name) }, md),
        renderHistorySection(history.comparison, history.description, history.profile, stats.top().slice(0, 10).map((test) => test.name), policy.history.options.minSamples, md),
      ].join('\n\n'),
      ledgerEvent: { tests: stats.tests, breaches: sla.breachCount, regressions },
    };
  },
};

function breachFinding(breach: Breach): Finding {
  const what = breach.scope === 'run' ? 'the whole run' : `${breach.scope} ${breach.name}`;
  return {
    ruleId: 'sla-breach',
    severity: 'error',
    file: breach.file,
    line: breach.line,
    message: `${what}: ${breach.metric} ${breach.observed.toFixed(3)} s is over its budget of ${breach.budget.label}`,
  };
}
