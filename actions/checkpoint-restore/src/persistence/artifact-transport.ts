import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { jobKey, withDeadline, type SegmentStore } from '@gates/core';
import type { CheckpointStore } from '../store/checkpoint-store.js';
import { readPackIndex, unpack, writePack } from './pack.js';
import type { CheckpointTransport, FetchResult, PublishResult } from './transport.js';

export interface ArtifactScope {
  /** Where packs are assembled and downloaded, under the state root. */
  workDirectory: string;
  gate: string;
  env: NodeJS.ProcessEnv;
  /** Bound on one upload or the whole fetch: a results service that hangs fails the step, it does not hold the job. */
  timeoutMs: number;
}

export const CHECKPOINT_ARTIFACT_PREFIX = 'gates-checkpoint-';

/**
 * Checkpoints between the jobs of one run as artifacts, through the suite's
 * state transport (the same `@actions/artifact` client and results service
 * the ledger's segments use, docs/ordering.md). One immutable artifact per
 * saved checkpoint, `gates-checkpoint-<gate>-<job>-<attempt>-<hash>`,
 * holding a pack: the manifest and the chunks this job did not fetch from
 * the run's earlier checkpoint artifacts. A fetch lists the run's artifacts
 * of the gate and unpacks them all, so every chunk a manifest names is there.
 * Artifacts are per run: across runs checkpoints travel in the Actions cache
 * (`store: cache`).
 */
export class ArtifactTransport implements CheckpointTransport {
  readonly description: string;
  private readonly prefix: string;
  /** Chunks the run's artifacts already carry (fetched at the start of this step): not uploaded again. */
  private readonly known = new Set<string>();

  constructor(
    private readonly scope: ArtifactScope,
    private readonly artifacts: SegmentStore,
  ) {
    this.prefix = `${CHECKPOINT_ARTIFACT_PREFIX}${artifactPart(scope.gate)}-`;
    this.description = `this run's artifacts (${this.prefix}…)`;
  }

  async publish(store: CheckpointStore, hash: string): Promise<PublishResult> {
    const name = `${this.prefix}${artifactPart(jobKey(this.scope.env) ?? 'local')}-${this.scope.env.GITHUB_RUN_ATTEMPT || '1'}-${hash.slice(0, 16)}`.slice(0, 250);
    const pack = join(this.scope.workDirectory, 'outgoing');
    try {
      const { files, sent, chunks, bytes } = writePack(pack, store, hash, this.known, { depth: 0 });
      // A name is taken only by this job's own earlier publish of the same checkpoint: it is there already.
      const uploaded = await withDeadline('publish checkpoint', this.scope.timeoutMs, () => this.artifacts.upload(name, pack, files));
      for (const chunk of sent) this.known.add(chunk);
      return uploaded === 'uploaded' ? { key: name, chunks, bytes } : { key: `${name} (already published)`, chunks: 0, bytes: 0 };
    } finally {
      rmSync(pack, { recursive: true, force: true });
    }
  }

  async fetch(store: CheckpointStore): Promise<FetchResult> {
    const result: FetchResult = { manifests: 0, chunks: 0, refused: [] };
    const incoming = join(this.scope.workDirectory, 'incoming');
    const names: string[] = [];
    try {
      await withDeadline('fetch checkpoints', this.scope.timeoutMs, async () => {
        const listed = await this.artifacts.list(this.prefix);
        for (const { id, name } of listed.sort((a, b) => (a.name < b.name ? -1 : 1))) {
          rmSync(incoming, { recursive: true, force: true });
          await this.artifacts.download(id, incoming);
          const index = readPackIndex(incoming);
          if (!index) continue;
          const copied = unpack(incoming, index, store);
          result.manifests += copied.manifests;
          result.chunks += copied.chunks;
          for (const reason of copied.refused) result.refused.push(reason);
          // Only chunks that checked out are carried by the run's artifacts: a publish sends the others again.
          for (const chunk of copied.carried) this.known.add(chunk);
          names.push(name);
        }
      });
    } finally {
      rmSync(incoming, { recursive: true, force: true });
    }
    if (names.length > 0) result.key = names.length === 1 ? names[0] : `${names.length} artifacts (${names[names.length - 1]}, …)`;
    return result;
  }
}

/** Characters an artifact name may not hold, and any other than these, become `_`. */
function artifactPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}
