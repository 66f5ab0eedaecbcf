import { closeSync, copyFileSync, lstatSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTemporary, readRegularFileIfExists, writeFileAtomically } from '@gates/core';
import type { CheckpointStore } from '../store/checkpoint-store.js';
import { loosePath } from '../store/loose-chunks.js';
import { isSha256 } from '../store/manifest.js';
import { untrueChunkFile } from '../store/verify-pack.js';

/**
 * What travels between jobs for one checkpoint, in the Actions cache or as
 * an artifact (a transport pack): `pack.json` (the index),
 * `manifests/<hash>.json`, and the chunks the receiving side lacks in one
 * store pack file, `<name>.pack` (store/pack-format.ts), imported into the
 * receiving store as a pack. Packs published before pack files carried
 * `chunks/<sha256>` files instead: still accepted (stored as loose chunks).
 * Restore verifies every chunk and manifest anyway.
 */
export interface PackIndex {
  manifests: string[];
  chunks: string[];
  /** The store pack files that carry the chunks (absent in packs of earlier versions: `chunks/<sha256>` files). */
  packs?: string[];
  /** The cache entry this one adds to: its chunks are not repeated here (cache transport only). */
  base?: string;
  depth: number;
}

/** Empties (or creates) a pack directory. */
export function emptyPack(pack: string): string {
  rmSync(pack, { recursive: true, force: true });
  mkdirSync(join(pack, 'manifests'), { recursive: true, mode: 0o700 });
  return pack;
}

/**
 * Writes checkpoint `hash` into an empty pack: its manifest and the chunks it
 * names that `known` does not hold (the receiving side has those), in one
 * pack file. Returns the files written, the chunk count and their bytes.
 */
export function writePack(pack: string, store: CheckpointStore, hash: string, known: ReadonlySet<string>, index: Omit<PackIndex, 'manifests' | 'chunks' | 'packs'>): { files: string[]; sent: string[]; chunks: number; bytes: number } {
  emptyPack(pack);
  const { manifest } = store.manifests.load(hash);
  const needed = new Set<string>();
  for (const entry of manifest.entries) if (entry.type === 'file') for (const chunk of entry.chunks) if (!known.has(chunk.sha256)) needed.add(chunk.sha256);
  const files = [join(pack, 'manifests', `${hash}.json`)];
  copyFileSync(join(store.manifests.directory, `${hash}.json`), files[0]!);
  const exported = store.chunks.exportPack(needed, pack);
  if (exported) files.push(exported.path);
  const whole: PackIndex = { manifests: [hash], chunks: [...needed], packs: exported ? [basename(exported.path, '.pack')] : [], ...index };
  files.push(writeFileAtomically(join(pack, 'pack.json'), JSON.stringify(whole), { root: pack }));
  return { files, sent: [...needed], chunks: needed.size, bytes: exported?.bytes ?? 0 };
}

/** The pack's index, or undefined when it is not one (names are checked: they become paths in the store). */
export function readPackIndex(pack: string, acceptBase: (base: string) => boolean = () => false): PackIndex | undefined {
  const bytes = readRegularFileIfExists(join(pack, 'pack.json'), { maxBytes: 64 * 1024 * 1024, noFollow: true });
  if (!bytes) return undefined;
  try {
    const index = JSON.parse(bytes.toString('utf8')) as PackIndex;
    if (!Array.isArray(index.manifests) || !Array.isArray(index.chunks) || ![...index.manifests, ...index.chunks].every(isSha256)) return undefined;
    if (index.packs !== undefined && (!Array.isArray(index.packs) || !index.packs.every(isSha256))) return undefined;
    if (index.base !== undefined && (typeof index.base !== 'string' || !acceptBase(index.base))) return undefined;
    return { ...index, depth: Number.isSafeInteger(index.depth) ? index.depth : Number.MAX_SAFE_INTEGER };
  } catch {
    return undefined;
  }
}

/** What an unpack brought in. */
export interface Unpacked {
  manifests: number;
  chunks: number;
  /** Chunks this pack carries that checked out (only these count as carried: a publish leaves them out). */
  carried: string[];
  /** Why each refused pack file or chunk was refused. */
  refused: string[];
}

/**
 * Brings a pack's chunks and manifests into the store (what it lacks),
 * chunks first and durable, so a manifest never arrives before the chunks
 * it names. A pack file or chunk that does not check out (store/verify-pack.ts:
 * every chunk hashed) is refused and reported; its chunks then show as
 * missing when a restore needs them. Counts what was new.
 */
export function unpack(pack: string, index: PackIndex, store: CheckpointStore): Unpacked {
  const result: Unpacked = { manifests: 0, chunks: 0, carried: [], refused: [] };
  for (const name of index.packs ?? []) {
    const file = join(pack, `${name}.pack`);
    if (!isRegular(file)) continue;
    const imported = store.chunks.importPack(file);
    if (typeof imported === 'string') result.refused.push(`pack ${name}: ${imported}`);
    else {
      result.chunks += imported.chunks;
      for (const hash of imported.hashes) result.carried.push(hash);
    }
  }
  if (index.packs === undefined) {
    // A pack of an earlier version: one file per chunk, kept as loose chunks.
    for (const chunk of index.chunks) {
      const source = join(pack, 'chunks', chunk);
      if (!isRegular(source)) continue;
      const untrue = untrueChunkFile(chunk, source);
      if (untrue) {
        result.refused.push(untrue);
        continue;
      }
      result.carried.push(chunk);
      const destination = loosePath(store.chunks.directory, chunk);
      mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });
      if (copyInto(source, destination)) result.chunks++;
    }
    store.chunks.refresh();
  }
  for (const manifest of index.manifests) if (copyInto(join(pack, 'manifests', `${manifest}.json`), join(store.manifests.directory, `${manifest}.json`))) result.manifests++;
  return result;
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
