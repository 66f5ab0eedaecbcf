import type { CheckpointStore } from '../store/checkpoint-store.js';

/**
 * How checkpoints travel between jobs and runs. One small interface so the
 * store does not care which: the run's artifacts through the suite's state
 * transport (ArtifactTransport, `store: auto`) or the Actions cache across
 * runs (ActionsCacheTransport, `store: cache`).
 */
export interface CheckpointTransport {
  readonly description: string;
  /** Sends one checkpoint: its manifest and the chunks the receiving side may not have. */
  publish(store: CheckpointStore, hash: string): Promise<PublishResult>;
  /** Brings the newest published checkpoints of this gate into the local store (a miss is not an error). */
  fetch(store: CheckpointStore): Promise<FetchResult>;
}

export interface PublishResult {
  key: string;
  chunks: number;
  bytes: number;
}

export interface FetchResult {
  /** The entry restored, or undefined on a miss. */
  key?: string;
  manifests: number;
  chunks: number;
  /** Pack files or chunks refused (they did not check out), each with why. */
  refused: string[];
}
