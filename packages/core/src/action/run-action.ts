import { resolve } from 'node:path';
import { Ledger, ledgerPath } from '../audit/ledger.js';
import { loadEffectiveConfig } from '../config/effective-config.js';
import { valueAt, type EffectiveConfig } from '../config/layers.js';
import { ExitCode, type ExitCodeValue } from '../errors/exit-codes.js';
import { countBySeverity, gateFails, sortFindings, verdictOf, type FailOn, type Report } from '../findings/model.js';
import { InputReader } from '../inputs/input-reader.js';
import { LockfileLock } from '../lock/lockfile-lock.js';
import { metricRecord, type MetricRecord } from '../metrics/metric-record.js';
import { appendMetric } from '../metrics/metrics-file.js';
import type { Redactor } from '../redact/redactor.js';
import { DEFAULT_SECRET_ENV_PATTERNS, registerKnownSecrets, type RefusedSecret } from '../redact/secret-sources.js';
import { describeRefusal } from '../redact/secret-strength.js';
import { formatPlain, renderAnnotations } from '../report/annotations.js';
import { renderJsonReport } from '../report/json-report.js';
import { renderSummary, type RepositoryLinks } from '../report/summary.js';
import { APPENDIX_BYTE_LIMIT, byteLength, capMarkdown, SUMMARY_BYTE_LIMIT } from '../report/summary-budget.js';
import { repositoryLinks, runIdentity } from '../runner/github-context.js';
import type { Runner } from '../runner/runner.js';
import { awaitQuiesce, type QuiescePolicy } from '../state/quiesce.js';
import { resolveStateRoot, statePath } from '../state/state-root.js';
import { recordOrigin } from '../state-transport/segment-name.js';
import { finishStepState, openStepState, stepStateSettings } from '../state-transport/step-state.js';
import { API_TIMEOUT_RANGE } from '../github/api-timeout.js';
import type { ActionDefinition, SummaryRenderer } from './definition.js';
import { nothingToCheckFinding } from './nothing-to-check.js';
import { reportError } from './report-error.js';
import { runWaivers, waiverMetrics } from '../waivers/run-waivers.js';
import { waiverRecord } from '../waivers/waiver-record.js';
import { writeReportFile, writeSarifReport } from './report-files.js';

export const SUITE_VERSION = '0.1.0';

export interface RunEnvironment {
  env: NodeJS.ProcessEnv;
  runner: Runner;
  redactor: Redactor;
  /** The CLI's --json: the report (or error) as JSON on stdout. */
  onReport?: (report: Record<string, unknown>) => void;
}

/**
 * Runs one action end to end: secrets registered first (before anything that
 * can fail and print a value), config loaded and validated, state root
 * checked, the action's logic, then the report redacted once and rendered to
 * annotations, summary, SARIF and JSON, outputs set and the decision appended
 * to the audit ledger. Returns the exit code; never throws.
 */
export async function runAction(definition: ActionDefinition, host: RunEnvironment): Promise<ExitCodeValue> {
  const { env, runner, redactor } = host;
  const inputs = new InputReader(env, redactor);
  const started = performance.now();
  let stateRoot: string | undefined;
  try {
    const refused = registerKnownSecrets(redactor, env, [...(definition.secretInputs ?? []), 'anchor-key'], DEFAULT_SECRET_ENV_PATTERNS);
    // Every action declares `debug`; a value that is not a boolean is a usage error like any other input (exit 2).
    inputs.boolean('debug', false);
    const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
    const config = await loadEffectiveConfig(inputs, workspace);
    const envPatterns = (valueAt(config.values, 'redact.env-patterns') as string[] | undefined) ?? [];
    for (const refusal of registerKnownSecrets(redactor, env, [], envPatterns)) refused.push(refusal);
    for (const [label, refusal] of refusedVariables(refused)) runner.warning(`${label} is ${describeRefusal(refusal, redactor.minLength)}; it is not masked (masking it would mangle the log and protect nothing).`);
    stateRoot = resolveStateRoot(env, (message) => runner.warning(message));
    const lock = new LockfileLock(statePath(stateRoot, 'locks'));
    const ledger = new Ledger(ledgerPath(stateRoot), lock, {
      redactor,
      requireAnchor: valueAt(config.values, 'audit.require-anchor') === true,
      onNotice: (message) => runner.warning(message),
      origin: recordOrigin(env),
    });
    const links = repositoryLinks(env);
    // No gate starts while a rollback restores files (checkpoint-restore checks it itself: its rollback sets the marker).
    if (!definition.checksQuiesce) await awaitQuiesce(stateRoot, quiescePolicy(config), (marker) => runner.info(`Waiting: a rollback of gate "${marker.gate}" (run ${marker.run}) has quiesced the gates since ${marker.since}.`));
    const stateSettings = stepStateSettings(inputs, config, env);
    const state = await openStepState(stateSettings, stateRoot, env, ledger, runner);

    const outcome = await definition.run({ inputs, runner, redactor, env, workspace, config, stateRoot, lock, ledger, state, links });
    // Waivers are the core's, for every action: read, approval-checked and applied before anything is rendered.
    const waivers = await runWaivers({ gate: definition.name, findings: outcome.findings, workspace, path: valueAt(config.values, 'waivers') as string | undefined, env, inputs, runner, redactor, now: Date.now() });
    const waivedOutcome = (await outcome.afterWaivers?.(waivers.findings, waivers.statuses.map(waiverRecord))) ?? {};
    const notes = [...(waivedOutcome.notes ?? []), ...(outcome.notes ?? []), ...state.notes()];
    const appendix = [waivers.section, waivedOutcome.summaryAppendix, outcome.summaryAppendix].filter(Boolean).join('\n');

    // Redacted once, before any renderer escapes or encodes a word of it (an escaped secret no longer matches).
    const report: Report = redactor.redactValue({
      tool: definition.name,
      version: SUITE_VERSION,
      rules: outcome.rules ?? definition.rules,
      // Sorted once here: each renderer sorts again for its own callers, which on sorted input is one pass.
      findings: sortFindings(outcome.nothingToCheck ? [...waivers.findings, nothingToCheckFinding(outcome.nothingToCheck, inputs)] : waivers.findings),
      failOn: outcome.failOn ?? (valueAt(config.values, 'fail-on') as FailOn),
      notes: notes.length > 0 ? notes : undefined,
      waivers: waivers.statuses.map(waiverRecord),
    });
    const verdict = verdictOf(report);
    // Annotations are the runner's: on a terminal the CLI prints every finding itself, once.
    if (runner.kind === 'github' && valueAt(config.values, 'annotations.enabled') !== false) {
      const limit = valueAt(config.values, 'annotations.max-per-severity') as number;
      const batch = renderAnnotations(report.findings, limit, definition.annotationPriority);
      for (const { finding, command } of batch.annotations) runner.annotation(command, formatPlain(finding));
      const dropped = batch.dropped.error + batch.dropped.warning + batch.dropped.note;
      if (dropped > 0) runner.info(`${dropped} more finding(s) were not annotated (runner limit ${limit} per severity); see the job summary.`);
    }
    runner.appendSummary(summaryOf(definition.renderSummary ?? renderSummary, report, links, appendix || undefined));

    const reportDirectory = statePath(stateRoot, 'reports', definition.name);
    const json = renderJsonReport(report);
    const outputs: Record<string, string> = {
      verdict,
      'findings-count': String(report.findings.filter((finding) => !finding.waived).length),
      ...outcome.outputs,
      ...waivedOutcome.outputs,
    };
    if (valueAt(config.values, 'reports.sarif') !== false) {
      outputs['sarif-file'] = await writeSarifReport(reportDirectory, `${definition.name}.sarif`, report, redactor);
    }
    if (valueAt(config.values, 'reports.json') !== false) {
      outputs['report-json'] = await writeReportFile(reportDirectory, `${definition.name}.json`, json, redactor);
    }
    for (const [name, value] of Object.entries(outputs)) runner.setOutput(name, value);
    host.onReport?.(redactor.redactValue({ ...json, outputs }));

    // The action's own fields last: what an action adds cannot rename the gate or change its verdict.
    const record = await ledger.append({
      ...outcome.ledgerEvent,
      ...waivedOutcome.ledgerEvent,
      action: definition.name,
      verdict,
      counts: countBySeverity(report.findings),
      ...runIdentity(env),
      ...(waivers.statuses.length > 0 ? { waivers: waivers.counts } : {}),
    });
    runner.debug(`audit ledger record ${record.lamport} ${record.hash}`);
    const exitCode = gateFails(report) ? ExitCode.GateFailed : ExitCode.Pass;
    recordMetric(stateRoot, runner, { action: definition.name, verdict, exitCode, durationMs: performance.now() - started, findings: report.findings, extras: { ...outcome.metrics, ...waiverMetrics(waivers.counts) }, env, now: new Date() });
    const token = inputs.string('token');
    const apiTimeoutMs = env.INPUT_API_TIMEOUT ? inputs.duration('api-timeout', 10_000, API_TIMEOUT_RANGE) : undefined;
    await finishStepState(stateSettings, state, ledger, { action: definition.name, verdict, record, reportDirectory, ...(token ? { token } : {}), ...(apiTimeoutMs ? { apiTimeoutMs } : {}) }, env, runner);
    return exitCode;
  } catch (thrown) {
    const exitCode = reportError(thrown, host, definition.name);
    // A run that ended before its verdict still counts, once the state root it writes to is known to be safe.
    if (stateRoot) recordMetric(stateRoot, runner, { action: definition.name, verdict: 'error', exitCode, durationMs: performance.now() - started, env, now: new Date() });
    return exitCode;
  }
}

/** Metrics observe the gate and never decide it: a metrics file that cannot be written is a warning. */
function recordMetric(stateRoot: string, runner: Runner, input: Parameters<typeof metricRecord>[0]): void {
  const record: MetricRecord = metricRecord(input);
  try {
    appendMetric(stateRoot, record);
  } catch (thrown) {
    runner.warning(`The metrics line of this run was not written: ${thrown instanceof Error ? thrown.message : String(thrown)}.`);
  }
}

/** The findings table and the action's own section, each capped, the whole within GitHub's limit. */
function summaryOf(render: SummaryRenderer, report: Report, links: RepositoryLinks | undefined, appendix: string | undefined): string {
  if (!appendix) return capMarkdown(render(report, links), SUMMARY_BYTE_LIMIT);
  const section = capMarkdown(appendix, APPENDIX_BYTE_LIMIT);
  const findings = render(report, links, SUMMARY_BYTE_LIMIT - byteLength(section) - 2);
  return capMarkdown(`${findings}\n${section}\n`, SUMMARY_BYTE_LIMIT);
}

export function quiescePolicy(config: EffectiveConfig): QuiescePolicy {
  return { policy: valueAt(config.values, 'quiesce.policy') as QuiescePolicy['policy'], timeoutMs: (valueAt(config.values, 'quiesce.timeout-seconds') as number) * 1000 };
}

/** Refused environment variables by label, once each (the default and the configured patterns can both match one). */
function refusedVariables(refused: readonly RefusedSecret[]): Map<string, RefusedSecret['refusal']> {
  const variables = new Map<string, RefusedSecret['refusal']>();
  for (const { label, refusal } of refused) if (label.startsWith('env ')) variables.set(label, refusal);
  return variables;
}
