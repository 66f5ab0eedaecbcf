import { closeSync, lstatSync, readlinkSync, readSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { containedDirectory, openRegularFile } from '@gates/core';
import { DEFAULT_CHUNK_SIZES } from '../chunking/content-chunker.js';
import type { ChunkRef, Manifest, ManifestEntry } from '../store/manifest.js';
import { chunkHash } from '../chunking/zero-chunk.js';
import { walkTree } from './walk-tree.js';

export interface RestorePlan {
  /** In the checkpoint, not in the workspace: the restore creates them. */
  added: ManifestEntry[];
  /** In both, different (content, mode, type or link target): the restore overwrites them. */
  modified: ManifestEntry[];
  /** In the workspace under the checkpoint's paths, not in the checkpoint: the restore deletes them. */
  removed: string[];
  unchanged: number;
}

/**
 * What restoring `manifest` into `root` would change: the "capture diffs" step
 * of a rollback, reported before anything is overwritten. A file whose size
 * and mode match is read and hashed, so a same-size edit is still seen.
 * Every entry's directory is checked to stay inside `root` once links are
 * resolved (GATES_E_PATH_OUTSIDE before anything is written).
 */
export function planRestore(manifest: Manifest, root: string, exclude: readonly string[] = []): RestorePlan {
  const plan: RestorePlan = { added: [], modified: [], removed: [], unchanged: 0 };
  const wanted = new Set<string>();
  // Each directory once, not once per entry (nothing is changed while planning): 10,000 files in 100 directories made 10,000 realpath walks.
  const checked = new Set<string>();
  for (const entry of manifest.entries) {
    wanted.add(entry.path);
    const absolute = join(root, entry.path);
    const directory = dirname(absolute);
    if (!checked.has(directory)) {
      containedDirectory(root, directory);
      checked.add(directory);
    }
    const current = lstatOrUndefined(absolute);
    if (!current) plan.added.push(entry);
    else if (differs(entry, absolute, current)) plan.modified.push(entry);
    else plan.unchanged++;
  }
  const present = walkTree(manifest.paths, root, exclude);
  for (const path of present.entries.keys()) if (!wanted.has(path)) plan.removed.push(path);
  return plan;
}

export function changeCount(plan: RestorePlan): number {
  return plan.added.length + plan.modified.length + plan.removed.length;
}

function differs(entry: ManifestEntry, absolute: string, current: Stats): boolean {
  switch (entry.type) {
    case 'directory':
      return !current.isDirectory() || (current.mode & 0o777) !== entry.mode;
    case 'symlink':
      return !current.isSymbolicLink() || readlinkSync(absolute) !== entry.target;
    case 'file':
      return !current.isFile() || (current.mode & 0o777) !== entry.mode || current.size !== entry.size || !hasChunks(absolute, entry.chunks);
  }
}

/** Whether the file holds exactly these chunks: read at the manifest's boundaries and hashed, stopping at the first difference. */
function hasChunks(path: string, chunks: readonly ChunkRef[]): boolean {
  const { fd } = openRegularFile(path, { noFollow: true });
  const buffer = Buffer.allocUnsafe(DEFAULT_CHUNK_SIZES.max);
  try {
    for (const chunk of chunks) {
      const piece = chunk.size <= buffer.length ? buffer.subarray(0, chunk.size) : Buffer.allocUnsafe(chunk.size);
      let filled = 0;
      while (filled < piece.length) {
        const read = readSync(fd, piece, filled, piece.length - filled, null);
        if (read === 0) return false;
        filled += read;
      }
      if (chunkHash(piece) !== chunk.sha256) return false;
    }
    return true;
  } finally {
    closeSync(fd);
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}
