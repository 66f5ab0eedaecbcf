import { withLock, type Lock } from '@gates/core';
import { CHECKPOINT_LOCK, type CheckpointStore } from '../store/checkpoint-store.js';
import { sha256Hex, type GateStatus, type Manifest, type ManifestEntry } from '../store/manifest.js';
import type { ManifestRejected } from '../store/parse-manifest.js';
import { applyRetention } from '../store/retention.js';
import { saveTree, type SaveTotals } from '../tree/save-tree.js';
import { walkTree, type Tree } from '../tree/walk-tree.js';

export interface RunIdentity {
  workflow: string;
  commit: string;
  ref: string;
  runId: string;
  runAttempt: string;
}

export interface SaveRequest {
  gate: string;
  status: GateStatus;
  paths: string[];
  workspace: string;
  /** Paths never checkpointed (the state root, when it lives in the checkout). */
  exclude: string[];
  identity: RunIdentity;
  /** Hash of what else the gate's result depends on (the `key` input), part of the idempotency key. */
  inputsHash: string;
  force: boolean;
  /** Checkpoints kept per gate. */
  retention: number;
  lamport: number;
  lockTimeoutMs: number;
  onRejected: (rejected: ManifestRejected) => void;
  /** Digest worker threads (tree/digest-pool.ts); by default digestWorkerCount's. */
  workers?: number;
  /** Test hook: called after the chunks are durable and before the manifest is written. */
  beforeManifest?: () => void;
}

/** `empty`: no path matched, nothing was written (nothing to check is not a checkpoint). */
export type SaveOutcome = 'saved' | 'unchanged' | 'skipped-idempotent' | 'empty';

export interface SaveResult {
  outcome: SaveOutcome;
  hash?: string;
  manifest?: Manifest;
  totals?: SaveTotals;
  tree?: Tree;
  expired: { checkpoints: number; chunks: number };
}

/** (workflow, gate, commit, inputs hash): the identity of one gate run's result. */
export function idempotencyKey(identity: RunIdentity, gate: string, paths: readonly string[], inputsHash: string): string {
  return sha256Hex(JSON.stringify([identity.workflow, gate, identity.commit, paths, inputsHash]));
}

/**
 * Takes a checkpoint under the store lock: chunks first (stored once each,
 * flushed to disk), the manifest last (its atomic, durable rename is the
 * moment the checkpoint exists), then retention. A gate run that already has
 * a green checkpoint for the same key is `skipped-idempotent` (unless
 * `force`); a forced save of identical content keeps the existing manifest
 * (`unchanged`: same hash, no new chunks).
 */
export async function saveCheckpoint(store: CheckpointStore, lock: Lock, request: SaveRequest): Promise<SaveResult> {
  const key = idempotencyKey(request.identity, request.gate, request.paths, request.inputsHash);
  return withLock(
    lock,
    CHECKPOINT_LOCK,
    async () => {
      const all = store.manifests.all(request.onRejected);
      const done = all.find(({ manifest }) => manifest.idempotencyKey === key && manifest.status === 'green');
      if (done && !request.force) return { outcome: 'skipped-idempotent', hash: done.hash, manifest: done.manifest, expired: { checkpoints: 0, chunks: 0 } };
      const tree = walkTree(request.paths, request.workspace, request.exclude);
      if (tree.entries.size === 0) return { outcome: 'empty', tree, expired: { checkpoints: 0, chunks: 0 } };
      // Packs other processes wrote or collected before this one held the lock: their chunks are not stored twice.
      store.chunks.refresh();
      let saved: Awaited<ReturnType<typeof saveTree>>;
      try {
        saved = await saveTree(tree, store.chunks, { workers: request.workers });
        store.chunks.flush();
      } catch (error) {
        store.chunks.abandon();
        throw error;
      }
      const { entries, totals } = saved;
      const same = all.find(({ manifest }) => manifest.idempotencyKey === key && manifest.status === request.status && sameEntries(manifest.entries, entries));
      if (same) return { outcome: 'unchanged', hash: same.hash, manifest: same.manifest, totals, tree, expired: { checkpoints: 0, chunks: 0 } };
      request.beforeManifest?.();
      const manifest: Manifest = {
        version: 1,
        gate: request.gate,
        status: request.status,
        idempotencyKey: key,
        ...request.identity,
        paths: request.paths,
        createdAt: new Date().toISOString(),
        lamport: request.lamport,
        entries,
      };
      const hash = store.manifests.write(manifest);
      const expired = applyRetention(store, [{ hash, manifest }, ...all], request.gate, request.retention);
      return { outcome: 'saved', hash, manifest, totals, tree, expired };
    },
    // A large tree takes a while: waiters wait longer, and a live saver's lock is not taken as abandoned.
    { timeout: request.lockTimeoutMs, staleAfter: 6 * 60 * 60_000 },
  );
}

function sameEntries(a: readonly ManifestEntry[], b: readonly ManifestEntry[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
