import { closeSync, copyFileSync, lstatSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTemporary, readRegularFileIfExists, writeFileAtomically, withRedactedStdout, type Redactor } from '@gates/core';
import type { CheckpointStore } from '../store/checkpoint-store.js';
import { isSha256 } from '../store/manifest.js';
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

interface PackIndex {
  manifests: string[];
  chunks: string[];
  /** The entry this one adds to: its chunks are not repeated here. */
  base?: string;
  depth: number;
}

/** Past this many deltas a pack is written whole again, so a fetch restores at most this many entries. */
const MAX_DEPTH = 8;

/**
 * Checkpoints in the Actions cache through `@actions/cache`, keyed per
 * workflow, gate and ref. A publish saves a pack: the manifest and only the
 * chunks that the entry this job fetched (its base) does not already carry,
 * with the base's key; a fetch restores the newest pack for the prefix and
 * then its bases, by exact key, until a whole one. Packs are copied into the
 * local store as they are; restore verifies every chunk and manifest anyway.
 * The package is loaded only when used (it is large), and what it prints
 * (signed URLs) passes the redactor.
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
    const { manifest } = store.manifests.load(hash);
    const base = this.fetched && this.fetched.depth < MAX_DEPTH ? this.fetched : undefined;
    const needed = new Set<string>();
    for (const entry of manifest.entries) if (entry.type === 'file') for (const chunk of entry.chunks) if (!base?.chunks.has(chunk.sha256)) needed.add(chunk.sha256);
    const pack = this.emptyPack();
    copyFileSync(join(store.manifests.directory, `${hash}.json`), join(pack, 'manifests', `${hash}.json`));
    let bytes = 0;
    for (const chunk of needed) {
      copyFileSync(store.chunks.path(chunk), join(pack, 'chunks', chunk));
      bytes += statSync(join(pack, 'chunks', chunk)).size;
    }
    const index: PackIndex = { manifests: [hash], chunks: [...needed], base: base?.key, depth: base ? base.depth + 1 : 0 };
    writeFileAtomically(join(pack, 'pack.json'), JSON.stringify(index), { root: pack });
    const key = `${this.prefix}${this.scope.runId}-${this.scope.runAttempt}-${hash.slice(0, 12)}`;
    await withRedactedStdout(this.redactor, () => cache.saveCache([this.scope.packDirectory], key));
    return { key, chunks: needed.size, bytes };
  }

  async fetch(store: CheckpointStore): Promise<FetchResult> {
    const cache = await import('@actions/cache');
    const result: FetchResult = { manifests: 0, chunks: 0 };
    const chain = new Set<string>();
    let wanted: string | undefined;
    for (let hop = 0; hop <= MAX_DEPTH; hop++) {
      this.emptyPack();
      // @actions/cache reports a failed restore as a warning and answers as for a miss.
      const hit = await withRedactedStdout(this.redactor, () => (wanted ? cache.restoreCache([this.scope.packDirectory], wanted) : cache.restoreCache([this.scope.packDirectory], this.prefix)));
      if (!hit) break;
      const index = this.readIndex();
      if (!index) break;
      if (hop === 0) {
        result.key = hit;
        this.fetched = { key: hit, depth: index.depth, chunks: chain };
      }
      for (const manifest of index.manifests) if (copyInto(join(this.scope.packDirectory, 'manifests', `${manifest}.json`), join(store.manifests.directory, `${manifest}.json`))) result.manifests++;
      for (const chunk of index.chunks) {
        chain.add(chunk);
        const destination = store.chunks.path(chunk);
        mkdirSync(join(destination, '..'), { recursive: true, mode: 0o700 });
        if (copyInto(join(this.scope.packDirectory, 'chunks', chunk), destination)) result.chunks++;
      }
      wanted = index.base;
      if (!wanted) break;
    }
    rmSync(this.scope.packDirectory, { recursive: true, force: true });
    return result;
  }

  private emptyPack(): string {
    const pack = this.scope.packDirectory;
    rmSync(pack, { recursive: true, force: true });
    mkdirSync(join(pack, 'manifests'), { recursive: true, mode: 0o700 });
    mkdirSync(join(pack, 'chunks'), { mode: 0o700 });
    return pack;
  }

  /** The pack's index, or undefined when it is not one (names are checked: they become paths in the store). */
  private readIndex(): PackIndex | undefined {
    const bytes = readRegularFileIfExists(join(this.scope.packDirectory, 'pack.json'), { maxBytes: 64 * 1024 * 1024, noFollow: true });
    if (!bytes) return undefined;
    try {
      const index = JSON.parse(bytes.toString('utf8')) as PackIndex;
      if (!Array.isArray(index.manifests) || !Array.isArray(index.chunks) || ![...index.manifests, ...index.chunks].every(isSha256)) return undefined;
      if (index.base !== undefined && (typeof index.base !== 'string' || !index.base.startsWith(this.prefix))) return undefined;
      return { ...index, depth: Number.isSafeInteger(index.depth) ? index.depth : MAX_DEPTH };
    } catch {
      return undefined;
    }
  }
}

/**
 * Copies a regular file from a pack into the store unless the store has it:
 * through a temporary file renamed into place, so a fetch killed mid-copy
 * leaves no manifest or chunk with a valid name and half its bytes. A link
 * in a pack is never followed.
 */
function copyInto(source: string, destination: string): boolean {
  if (!isRegular(source) || exists(destination)) return false;
  const { fd, path } = createTemporary(dirname(destination), basename(destination));
  closeSync(fd);
  copyFileSync(source, path);
  renameSync(path, destination);
  return true;
}

function isRegular(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
