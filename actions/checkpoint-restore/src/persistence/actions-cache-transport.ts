import { rmSync } from 'node:fs';
import { withRedactedStdout, type Redactor } from '@gates/core';
import type { CheckpointStore } from '../store/checkpoint-store.js';
import { emptyPack, readPackIndex, unpack, writePack } from './pack.js';
import type { CheckpointTransport, FetchResult, PublishResult } from './transport.js';

/** Where a pack is assembled and restored: always the same path (@actions/cache makes the path part of an entry's version). */
export interface CacheScope {
  packDirectory: string;
  workflow: string;
  gate: string;
  ref: string;
  /** Makes each saved key unique (cache entries are immutable). */
  runId: string;
  runAttempt: string;
}

/** Past this many deltas a pack is written whole again, so a fetch restores at most this many entries. */
const MAX_DEPTH = 8;

/**
 * Checkpoints in the Actions cache through `@actions/cache`, keyed per
 * workflow, gate and ref: across runs (artifacts carry them within a run,
 * artifact-transport.ts). A publish saves a pack: the manifest and only the
 * chunks that the entry this job fetched (its base) does not already carry,
 * with the base's key; a fetch restores the newest pack for the prefix and
 * then its bases, by exact key, until a whole one. The package is loaded
 * only when used (it is large), and what it prints (signed URLs) passes the
 * redactor.
 */
export class ActionsCacheTransport implements CheckpointTransport {
  readonly description: string;
  private readonly prefix: string;
  /** The pack chain fetched at the start of this job: its chunks need not travel again. */
  private fetched?: { key: string; depth: number; chunks: Set<string> };

  constructor(
    private readonly scope: CacheScope,
    private readonly redactor: Redactor,
  ) {
    const part = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
    this.prefix = `gates-checkpoint-${part(scope.workflow)}-${part(scope.gate)}-${part(scope.ref)}-`;
    this.description = `Actions cache (key ${this.prefix}…)`;
  }

  async publish(store: CheckpointStore, hash: string): Promise<PublishResult> {
    const cache = await import('@actions/cache');
    const base = this.fetched && this.fetched.depth < MAX_DEPTH ? this.fetched : undefined;
    const { chunks, bytes } = writePack(this.scope.packDirectory, store, hash, base?.chunks ?? new Set(), { ...(base ? { base: base.key } : {}), depth: base ? base.depth + 1 : 0 });
    const key = `${this.prefix}${this.scope.runId}-${this.scope.runAttempt}-${hash.slice(0, 12)}`;
    await withRedactedStdout(this.redactor, () => cache.saveCache([this.scope.packDirectory], key));
    return { key, chunks, bytes };
  }

  async fetch(store: CheckpointStore): Promise<FetchResult> {
    const cache = await import('@actions/cache');
    const result: FetchResult = { manifests: 0, chunks: 0, refused: [] };
    const chain = new Set<string>();
    let wanted: string | undefined;
    for (let hop = 0; hop <= MAX_DEPTH; hop++) {
      emptyPack(this.scope.packDirectory);
      // @actions/cache reports a failed restore as a warning and answers as for a miss.
      const hit = await withRedactedStdout(this.redactor, () => (wanted ? cache.restoreCache([this.scope.packDirectory], wanted) : cache.restoreCache([this.scope.packDirectory], this.prefix)));
      if (!hit) break;
      const index = readPackIndex(this.scope.packDirectory, (base) => base.startsWith(this.prefix));
      if (!index) break;
      if (hop === 0) {
        result.key = hit;
        this.fetched = { key: hit, depth: index.depth, chunks: chain };
      }
      const copied = unpack(this.scope.packDirectory, index, store);
      result.manifests += copied.manifests;
      result.chunks += copied.chunks;
      for (const reason of copied.refused) result.refused.push(reason);
      // Only chunks that checked out are carried by the chain: a publish sends the others again.
      for (const chunk of copied.carried) chain.add(chunk);
      wanted = index.base;
      if (!wanted) break;
    }
    rmSync(this.scope.packDirectory, { recursive: true, force: true });
    return result;
  }
}
