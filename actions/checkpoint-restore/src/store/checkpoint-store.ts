import { containedDirectory, GatesError, statePath } from '@gates/core';
import { ChunkStore } from './chunk-store.js';
import type { CodecName } from './codec.js';
import type { GateStatus } from './manifest.js';
import { ManifestStore, type StoredCheckpoint } from './manifest-store.js';
import type { ManifestRejected } from './parse-manifest.js';

/** The lock every reader and writer of the checkpoint store takes (savers, restores and garbage collection serialise on it). */
export const CHECKPOINT_LOCK = 'checkpoints';

export interface CheckpointStore {
  chunks: ChunkStore;
  manifests: ManifestStore;
}

/** `<state root>/checkpoints/{chunks,manifests}`, created 0700 and checked to be real directories inside the state root. */
export function openCheckpointStore(stateRoot: string, codec: CodecName): CheckpointStore {
  const directory = (name: string) => containedDirectory(stateRoot, statePath(stateRoot, 'checkpoints', name), { createDirectories: true, directoryMode: 0o700 });
  return { chunks: new ChunkStore(directory('chunks'), codec), manifests: new ManifestStore(directory('manifests')) };
}

/** The newest checkpoint of `gate` with `status` (verified manifests only), or undefined. */
export function latestCheckpoint(store: CheckpointStore, gate: string, status: GateStatus | undefined, onRejected: (rejected: ManifestRejected) => void): StoredCheckpoint | undefined {
  return store.manifests.all(onRejected).find(({ manifest }) => manifest.gate === gate && (status === undefined || manifest.status === status));
}

/** GATES_E_CHECKPOINT_CORRUPT for a manifest that fails verification. */
export function rejectedError(rejected: ManifestRejected): GatesError {
  return new GatesError('GATES_E_CHECKPOINT_CORRUPT', { checkpoint: rejected.hash, what: 'its manifest', reason: rejected.reason.replace(/^it /, 'is rejected: it ') });
}
