import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { containedDirectory, GatesError, type ActionOutcome } from '@gates/core';
import { rehearsalMetrics } from '../report/metrics.js';
import { renderRehearsalSummary } from '../report/checkpoint-summary.js';
import { finding, RULES } from '../rules.js';
import { changeCount } from '../tree/plan-restore.js';
import { runHealthCheck, type HealthResult } from './health-checks.js';
import { fetchPublished, type ModeContext } from './mode-context.js';
import { restoreCheckpoint } from './restore-checkpoint.js';

/**
 * `mode: rehearse` (disaster-recovery drill, e.g. on a schedule): restores
 * the last green checkpoint into an empty scratch directory, every chunk
 * verified; runs the health checks there; restores again and expects no
 * change (idempotence); compares the measured RTO with the target. The
 * workspace is never touched; the scratch directory is removed afterwards
 * unless `scratch-dir` named it.
 */
export async function runRehearse(context: ModeContext): Promise<ActionOutcome & { metrics: Record<string, unknown> }> {
  const { action, inputs } = context;
  const notes: string[] = [];
  const fetched = await fetchPublished(context);
  if (fetched) notes.push(fetched);
  const scratch = scratchDirectory(context);
  try {
    const request = { gate: inputs.gate, checkpoint: inputs.checkpoint, root: scratch, exclude: [], lockTimeoutMs: inputs.lockTimeoutMs, onRejected: context.onRejected };
    const triggered = Date.now();
    const first = await restoreCheckpoint(context.store, action.lock, request);
    if (!first) {
      context.findings.push(finding(RULES.noCheckpoint, `Nothing to rehearse: gate "${inputs.gate}" has no green checkpoint.`, { fixHint: `add a checkpoint-restore step with \`mode: save\` and \`gate: ${inputs.gate}\` after the gate passes` }));
      return { findings: context.findings, notes, metrics: { mode: 'rehearse', gate: inputs.gate, restored: false }, outputs: { outcome: 'no-checkpoint' }, ledgerEvent: { mode: 'rehearse', gate: inputs.gate, outcome: 'no-checkpoint' } };
    }
    const rtoMs = first.finishedAt - triggered;
    const health: HealthResult[] = [];
    for (const check of inputs.healthChecks) health.push(await runHealthCheck(check, scratch, action.env));
    for (const failed of health.filter((result) => !result.passed)) context.findings.push(finding(RULES.healthCheckFailed, `Health check \`${failed.check.run}\` ${failed.reason} (in the rehearsal directory).`));
    const second = await restoreCheckpoint(context.store, action.lock, { ...request, checkpoint: first.checkpoint.hash });
    const secondChanges = second ? changeCount(second.plan) : 0;
    if (secondChanges > 0) context.findings.push(finding(RULES.notIdempotent, `Restoring checkpoint ${first.checkpoint.hash.slice(0, 12)} a second time changed ${secondChanges} path(s); a restore must be idempotent.`));
    if (rtoMs > inputs.rtoTargetMs) context.findings.push(finding(RULES.rtoMissed, `The rehearsal restore took ${(rtoMs / 1000).toFixed(1)}s, over the ${inputs.rtoTargetMs / 1000}s target.`, { fixHint: 'checkpoint less (narrow `paths`), or raise `rto-target-seconds` if the target is wrong' }));
    const metrics = rehearsalMetrics(inputs, first, rtoMs, secondChanges, health);
    return {
      findings: context.findings,
      notes,
      metrics,
      outputs: { outcome: 'rehearsed', checkpoint: first.checkpoint.hash, 'bytes-restored': String(first.bytes), 'rto-seconds': String(metrics.rtoSeconds), 'rpo-seconds': String(metrics.rpoSeconds), 'rto-target-met': String(rtoMs <= inputs.rtoTargetMs) },
      summaryAppendix: renderRehearsalSummary(inputs, first, metrics, health, action.redactor),
      ledgerEvent: { mode: 'rehearse', gate: inputs.gate, checkpoint: first.checkpoint.hash, outcome: 'rehearsed', rtoMs, idempotent: secondChanges === 0 },
    };
  } finally {
    if (!inputs.scratchDirectory) rmSync(scratch, { recursive: true, force: true });
  }
}

/** The named scratch directory (must be empty, and outside the workspace's checkpointed paths), or a new one under RUNNER_TEMP. */
function scratchDirectory(context: ModeContext): string {
  const { action, inputs } = context;
  if (!inputs.scratchDirectory) return mkdtempSync(join(action.env.RUNNER_TEMP || action.stateRoot, 'gates-rehearsal-'));
  const path = resolve(action.workspace, inputs.scratchDirectory);
  const real = containedDirectory(path, path, { createDirectories: true });
  if (readdirSync(real).length > 0) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'scratch-dir', value: inputs.scratchDirectory, expected: 'an empty or new directory (a rehearsal must start from nothing)' });
  return real;
}
