import { GatesError, withLock, type Lock } from '@gates/core';
import { CHECKPOINT_LOCK, latestCheckpoint, rejectedError, type CheckpointStore } from '../store/checkpoint-store.js';
import type { StoredCheckpoint } from '../store/manifest-store.js';
import { ManifestRejected } from '../store/parse-manifest.js';
import { applyRestore, RestoreChunkFailed } from '../tree/apply-restore.js';
import { planRestore, type RestorePlan } from '../tree/plan-restore.js';

export interface RestoreRequest {
  gate: string;
  /** A manifest hash (or unambiguous prefix); default: the gate's last green checkpoint. */
  checkpoint?: string;
  /** Where to restore: the workspace, or a scratch directory (rehearsal). */
  root: string;
  exclude: string[];
  lockTimeoutMs: number;
  onRejected: (rejected: ManifestRejected) => void;
  /** Told what will change before anything is overwritten. */
  onPlan?: (plan: RestorePlan, checkpoint: StoredCheckpoint) => void;
}

export interface RestoreResult {
  checkpoint: StoredCheckpoint;
  plan: RestorePlan;
  bytes: number;
  /** When the restore was verified and in place (for RTO). */
  finishedAt: number;
}

/**
 * Restores a checkpoint under the store lock: picks it (named, or the gate's
 * last green), plans and reports the changes, then stages every file with
 * each chunk verified and commits them (see applyRestore). Undefined when the
 * gate has no green checkpoint (the caller alerts). A tampered manifest or a
 * bad chunk is GATES_E_CHECKPOINT_CORRUPT (exit 3) naming it, with the
 * workspace untouched.
 */
export async function restoreCheckpoint(store: CheckpointStore, lock: Lock, request: RestoreRequest): Promise<RestoreResult | undefined> {
  return withLock(
    lock,
    CHECKPOINT_LOCK,
    async () => {
      // Packs other processes wrote or collected before this one held the lock.
      store.chunks.refresh();
      let checkpoint: StoredCheckpoint | undefined;
      try {
        checkpoint = request.checkpoint ? store.manifests.load(store.manifests.resolve(request.checkpoint)) : latestCheckpoint(store, request.gate, 'green', request.onRejected);
      } catch (error) {
        if (error instanceof ManifestRejected) throw rejectedError(error);
        throw error;
      }
      if (!checkpoint) return undefined;
      const plan = planRestore(checkpoint.manifest, request.root, request.exclude);
      request.onPlan?.(plan, checkpoint);
      let bytes: number;
      try {
        bytes = applyRestore(plan, request.root, store.chunks);
      } catch (error) {
        if (error instanceof RestoreChunkFailed) {
          throw new GatesError('GATES_E_CHECKPOINT_CORRUPT', { checkpoint: checkpoint.hash, what: `chunk ${error.chunk.hash} of ${error.file}`, reason: error.chunk.reason });
        }
        throw error;
      }
      return { checkpoint, plan, bytes, finishedAt: Date.now() };
    },
    { timeout: request.lockTimeoutMs, staleAfter: 6 * 60 * 60_000 },
  );
}
