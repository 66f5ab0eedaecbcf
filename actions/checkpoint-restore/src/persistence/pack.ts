import { closeSync, copyFileSync, lstatSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createTemporary, readRegularFileIfExists, writeFileAtomically } from '@gates/core';
import type { CheckpointStore } from '../store/checkpoint-store.js';
import { isSha256 } from '../store/manifest.js';

/**
 * A pack: what travels between jobs for one checkpoint, in the Actions cache
 * or as an artifact. `pack.json` (the index), `manifests/<hash>.json`,
 * `chunks/<sha256>` — the store's own files, copied as they are (restore
 * verifies every chunk and manifest anyway).
 */
export interface PackIndex {
  manifests: string[];
  chunks: string[];
  /** The cache entry this one adds to: its chunks are not repeated here (cache transport only). */
  base?: string;
  depth: number;
}

/** Empties (or creates) a pack directory. */
export function emptyPack(pack: string): string {
  rmSync(pack, { recursive: true, force: true });
  mkdirSync(join(pack, 'manifests'), { recursive: true, mode: 0o700 });
  mkdirSync(join(pack, 'chunks'), { mode: 0o700 });
  return pack;
}

/**
 * Writes checkpoint `hash` into an empty pack: its manifest and the chunks it
 * names that `known` does not hold (the receiving side has those). Returns
 * the files written, the chunk count and their bytes.
 */
export function writePack(pack: string, store: CheckpointStore, hash: string, known: ReadonlySet<string>, index: Omit<PackIndex, 'manifests' | 'chunks'>): { files: string[]; sent: string[]; chunks: number; bytes: number } {
  emptyPack(pack);
  const { manifest } = store.manifests.load(hash);
  const needed = new Set<string>();
  for (const entry of manifest.entries) if (entry.type === 'file') for (const chunk of entry.chunks) if (!known.has(chunk.sha256)) needed.add(chunk.sha256);
  const files = [join(pack, 'manifests', `${hash}.json`)];
  copyFileSync(join(store.manifests.directory, `${hash}.json`), files[0]!);
  let bytes = 0;
  for (const chunk of needed) {
    const file = join(pack, 'chunks', chunk);
    copyFileSync(store.chunks.path(chunk), file);
    bytes += statSync(file).size;
    files.push(file);
  }
  const whole: PackIndex = { manifests: [hash], chunks: [...needed], ...index };
  files.push(writeFileAtomically(join(pack, 'pack.json'), JSON.stringify(whole), { root: pack }));
  return { files, sent: [...needed], chunks: needed.size, bytes };
}

/** The pack's index, or undefined when it is not one (names are checked: they become paths in the store). */
export function readPackIndex(pack: string, acceptBase: (base: string) => boolean = () => false): PackIndex | undefined {
  const bytes = readRegularFileIfExists(join(pack, 'pack.json'), { maxBytes: 64 * 1024 * 1024, noFollow: true });
  if (!bytes) return undefined;
  try {
    const index = JSON.parse(bytes.toString('utf8')) as PackIndex;
    if (!Array.isArray(index.manifests) || !Array.isArray(index.chunks) || ![...index.manifests, ...index.chunks].every(isSha256)) return undefined;
    if (index.base !== undefined && (typeof index.base !== 'string' || !acceptBase(index.base))) return undefined;
    return { ...index, depth: Number.isSafeInteger(index.depth) ? index.depth : Number.MAX_SAFE_INTEGER };
  } catch {
    return undefined;
  }
}

/** Copies a pack's manifests and chunks into the store (what it lacks); counts what was new. */
export function unpack(pack: string, index: PackIndex, store: CheckpointStore): { manifests: number; chunks: number } {
  let manifests = 0;
  let chunks = 0;
  for (const manifest of index.manifests) if (copyInto(join(pack, 'manifests', `${manifest}.json`), join(store.manifests.directory, `${manifest}.json`))) manifests++;
  for (const chunk of index.chunks) {
    const destination = store.chunks.path(chunk);
    mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });
    if (copyInto(join(pack, 'chunks', chunk), destination)) chunks++;
  }
  return { manifests, chunks };
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
