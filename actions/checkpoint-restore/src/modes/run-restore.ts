import { clearQuiesce, setQuiesce, type ActionOutcome } from '@gates/core';
import { restoreMetrics } from '../report/metrics.js';
import { renderRestoreSummary } from '../report/checkpoint-summary.js';
import { finding, RULES } from '../rules.js';
import { runHealthCheck, type HealthResult } from './health-checks.js';
import { fetchPublished, type ModeContext } from './mode-context.js';
import { restoreCheckpoint } from './restore-checkpoint.js';
import type { RestorePlan } from '../tree/plan-restore.js';

/**
 * `mode: restore` and `mode: rollback`. Rollback is the playbook in one
 * step: quiesce (marker in the state root, so no gate starts meanwhile),
 * capture diffs, restore the last green checkpoint, run the health checks,
 * lift the quiesce, and name the failed gate to re-run with debug output.
 */
export async function runRestore(context: ModeContext): Promise<ActionOutcome & { metrics: Record<string, unknown> }> {
  const { action, inputs } = context;
  const rollback = inputs.mode === 'rollback';
  const notes: string[] = [];
  if (rollback) setQuiesce(action.stateRoot, inputs.failedGate, context.identity.runId);
  try {
    const fetched = await fetchPublished(context);
    if (fetched) notes.push(fetched);
    let shown: RestorePlan | undefined;
    const result = await restoreCheckpoint(context.store, action.lock, {
      gate: inputs.gate,
      checkpoint: inputs.checkpoint,
      root: action.workspace,
      exclude: context.exclude,
      lockTimeoutMs: inputs.lockTimeoutMs,
      onRejected: context.onRejected,
      onPlan: (plan, checkpoint) => {
        shown = plan;
        action.runner.info(`Restoring checkpoint ${checkpoint.hash} of gate "${checkpoint.manifest.gate}" (${checkpoint.manifest.createdAt}): ${plan.added.length} added, ${plan.modified.length} modified, ${plan.removed.length} removed, ${plan.unchanged} unchanged.`);
        for (const entry of plan.modified) action.runner.info(`  modified: ${entry.path}`);
        for (const entry of plan.added) action.runner.info(`  added: ${entry.path}`);
        for (const path of plan.removed) action.runner.info(`  removed: ${path}`);
      },
    });
    if (!result) {
      const why = rollback ? `gate "${inputs.failedGate}" failed (${inputs.trigger}) and` : 'a restore was asked for, but';
      context.findings.push(finding(RULES.noCheckpoint, `Nothing to roll back to: ${why} gate "${inputs.gate}" has no green checkpoint.`, { fixHint: `add a checkpoint-restore step with \`mode: save\` and \`gate: ${inputs.gate}\` after the gate passes` }));
      return { findings: context.findings, notes, metrics: { mode: inputs.mode, gate: inputs.gate, restored: false }, outputs: { outcome: 'no-checkpoint', 'rerun-gate': rollback ? inputs.failedGate : '' }, ledgerEvent: { mode: inputs.mode, gate: inputs.gate, outcome: 'no-checkpoint' } };
    }
    const health: HealthResult[] = [];
    for (const check of inputs.healthChecks) health.push(await runHealthCheck(check, action.workspace, action.env));
    for (const failed of health.filter((result) => !result.passed)) context.findings.push(finding(RULES.healthCheckFailed, `Health check \`${failed.check.run}\` ${failed.reason}.`));
    const metrics = restoreMetrics(inputs, result, context.startedAt, shown ?? result.plan, health);
    const outputs: Record<string, string> = {
      outcome: 'restored',
      checkpoint: result.checkpoint.hash,
      added: String(result.plan.added.length),
      modified: String(result.plan.modified.length),
      removed: String(result.plan.removed.length),
      'bytes-restored': String(result.bytes),
      'rpo-seconds': String(metrics.rpoSeconds),
      'rto-seconds': String(metrics.rtoSeconds),
      'rerun-gate': rollback ? inputs.failedGate : '',
    };
    if (rollback) notes.push(`Re-run gate "${inputs.failedGate}" with \`debug: true\` to see why it failed (trigger: ${inputs.trigger}).`);
    return {
      findings: context.findings,
      notes,
      metrics,
      outputs,
      summaryAppendix: renderRestoreSummary(inputs, result, metrics, health, action.redactor),
      ledgerEvent: { mode: inputs.mode, gate: inputs.gate, checkpoint: result.checkpoint.hash, outcome: 'restored', trigger: rollback ? inputs.trigger : undefined, failedGate: rollback ? inputs.failedGate : undefined },
    };
  } finally {
    if (rollback) clearQuiesce(action.stateRoot);
  }
}
