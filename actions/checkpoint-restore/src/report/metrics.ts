import type { CheckpointInputs } from '../checkpoint-inputs.js';
import type { HealthResult } from '../modes/health-checks.js';
import type { RestoreResult } from '../modes/restore-checkpoint.js';
import type { SaveResult } from '../modes/save-checkpoint.js';
import type { RestorePlan } from '../tree/plan-restore.js';

/**
 * The metrics JSON (under the state root's reports, path in the `metrics-file`
 * output): what dashboards count — rollbacks and their RPO/RTO ("rollback
 * frequency"), checkpoint sizes and dedupe. Numbers and ids only.
 */
export function saveMetrics(result: SaveResult, seconds: number): Record<string, unknown> {
  const totals = result.totals;
  return {
    mode: 'save',
    gate: result.manifest?.gate,
    outcome: result.outcome,
    checkpoint: result.hash,
    files: totals?.files ?? 0,
    bytes: totals?.bytes ?? 0,
    chunks: totals?.chunks ?? 0,
    newChunks: totals?.newChunks ?? 0,
    newBytes: totals?.newBytes ?? 0,
    /** Share of the tree's bytes that this save stored anew (compressed new bytes over plain bytes). */
    newByteRatio: totals && totals.bytes > 0 ? round(totals.newBytes / totals.bytes) : 0,
    seconds: round(seconds),
    /** Digest threads that hashed and compressed (0: the main thread did, a save of one batch or GATES_CHECKPOINT_WORKERS=0), and whether the main thread took over from a failed one. */
    digestWorkers: totals?.workers ?? 0,
    digestFellBack: totals?.workersFellBack ?? false,
    expiredCheckpoints: result.expired.checkpoints,
    collectedChunks: result.expired.chunks,
  };
}

export interface RestoreMetrics extends Record<string, unknown> {
  rpoSeconds: number;
  rtoSeconds: number;
}

export function restoreMetrics(inputs: CheckpointInputs, result: RestoreResult, startedAt: number, plan: RestorePlan, health: HealthResult[]): RestoreMetrics {
  return {
    mode: inputs.mode,
    gate: inputs.gate,
    trigger: inputs.mode === 'rollback' ? inputs.trigger : undefined,
    failedGate: inputs.mode === 'rollback' ? inputs.failedGate : undefined,
    checkpoint: result.checkpoint.hash,
    checkpointCreatedAt: result.checkpoint.manifest.createdAt,
    /** Age of the restored checkpoint at the failure: the work lost. */
    rpoSeconds: round(Math.max(0, inputs.failedAt - Date.parse(result.checkpoint.manifest.createdAt)) / 1000),
    /** From the trigger (this step's start) to the verified restore. */
    rtoSeconds: round((result.finishedAt - startedAt) / 1000),
    bytesRestored: result.bytes,
    added: plan.added.length,
    modified: plan.modified.length,
    removed: plan.removed.length,
    unchanged: plan.unchanged,
    healthChecks: health.map((check) => ({ passed: check.passed, exitCode: check.exitCode, timedOut: check.timedOut, ms: check.ms })),
  };
}

export function rehearsalMetrics(inputs: CheckpointInputs, result: RestoreResult, rtoMs: number, secondChanges: number, health: HealthResult[]): RestoreMetrics {
  return {
    mode: 'rehearse',
    gate: inputs.gate,
    checkpoint: result.checkpoint.hash,
    checkpointCreatedAt: result.checkpoint.manifest.createdAt,
    rpoSeconds: round(Math.max(0, inputs.failedAt - Date.parse(result.checkpoint.manifest.createdAt)) / 1000),
    rtoSeconds: round(rtoMs / 1000),
    rtoTargetSeconds: inputs.rtoTargetMs / 1000,
    bytesRestored: result.bytes,
    files: result.plan.added.length,
    secondRestoreChanges: secondChanges,
    healthChecks: health.map((check) => ({ passed: check.passed, exitCode: check.exitCode, timedOut: check.timedOut, ms: check.ms })),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
