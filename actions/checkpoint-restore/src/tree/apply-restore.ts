import { chmodSync, closeSync, ftruncateSync, lstatSync, renameSync, rmSync, symlinkSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { containedDirectory, createTemporary, sweepStaleTemporaries } from '@gates/core';
import { ChunkUnusable, type ChunkStore } from '../store/chunk-store.js';
import type { ManifestEntry } from '../store/manifest.js';
import type { RestorePlan } from './plan-restore.js';

/** A chunk of a restored file, with the file it belongs to (for the error message). */
export class RestoreChunkFailed extends Error {
  constructor(
    readonly file: string,
    readonly chunk: ChunkUnusable,
  ) {
    super(`chunk ${chunk.hash} of ${file} ${chunk.reason}`);
  }
}

interface Staged {
  entry: ManifestEntry;
  temporary?: string;
}

/**
 * Applies a restore plan in two phases so that a bad chunk leaves the
 * workspace as it was. Staging: every file to write is written, each chunk
 * verified against its hash as it is written, to a new temporary file in
 * `root` itself (links too: a temporary link). Nothing the workflow sees
 * changes; a failure removes the temporaries and throws. Commit: removals,
 * then directories, files and links renamed into place one by one (each file
 * appears whole: rename is atomic). All-zero chunks are left as holes, so a
 * sparse file stays sparse. Returns the bytes written.
 */
export function applyRestore(plan: RestorePlan, root: string, store: ChunkStore): number {
  const writes = [...plan.added, ...plan.modified];
  for (const entry of writes) {
    if (entry.type !== 'file') continue;
    for (const chunk of entry.chunks) {
      const absent = store.absence(chunk.sha256);
      if (absent) throw new RestoreChunkFailed(entry.path, new ChunkUnusable(chunk.sha256, absent));
    }
  }
  sweepStaleTemporaries(root);
  const staged: Staged[] = [];
  let bytes = 0;
  try {
    for (const entry of writes) {
      if (entry.type === 'directory') staged.push({ entry });
      else if (entry.type === 'symlink') staged.push({ entry, temporary: stageLink(root, entry.target) });
      else {
        const { fd, path } = createTemporary(root, entry.path.split('/').pop()!, entry.mode);
        staged.push({ entry, temporary: path });
        try {
          bytes += writeChunks(fd, entry, store);
        } finally {
          closeSync(fd);
        }
      }
    }
  } catch (error) {
    for (const { temporary } of staged) if (temporary) rmSync(temporary, { force: true });
    throw error;
  }
  // Deepest first, so a directory is emptied before it is removed.
  for (const path of [...plan.removed].sort().reverse()) rmSync(join(root, path), { recursive: true, force: true });
  // Directories first, files and links into them, directory modes last (a read-only directory is filled before it is closed).
  const checked = new CheckedDirectories(root);
  for (const { entry } of staged) if (entry.type === 'directory') makeDirectory(checked, entry.path);
  for (const { entry, temporary } of staged) if (temporary) commit(checked, entry, temporary);
  for (const { entry } of staged) if (entry.type === 'directory') chmodSync(join(root, entry.path), entry.mode);
  return bytes;
}

function writeChunks(fd: number, entry: Extract<ManifestEntry, { type: 'file' }>, store: ChunkStore): number {
  let position = 0;
  let written = 0;
  for (const chunk of entry.chunks) {
    let plain: Buffer;
    try {
      plain = store.get(chunk.sha256, chunk.size);
    } catch (error) {
      if (error instanceof ChunkUnusable) throw new RestoreChunkFailed(entry.path, error);
      throw error;
    }
    if (!isAllZero(plain)) {
      for (let offset = 0; offset < plain.length; ) offset += writeSync(fd, plain, offset, plain.length - offset, position + offset);
      written = position + plain.length;
    }
    position += plain.length;
  }
  // The temporary is new and empty: only zeros left unwritten at the end (a hole) need the size set.
  if (written < entry.size) ftruncateSync(fd, entry.size);
  return entry.size;
}

const ZEROS = Buffer.alloc(256 * 1024);

function isAllZero(bytes: Buffer): boolean {
  for (let offset = 0; offset < bytes.length; offset += ZEROS.length) {
    const end = Math.min(offset + ZEROS.length, bytes.length);
    if (bytes.compare(ZEROS, 0, end - offset, offset, end) !== 0) return false;
  }
  return true;
}

/** A link under a fresh temporary name (reserved as a file, which the link then replaces), so a sweep knows whose it is. */
function stageLink(root: string, target: string): string {
  const { fd, path } = createTemporary(root, 'link');
  closeSync(fd);
  unlinkSync(path);
  symlinkSync(target, path);
  return path;
}

/**
 * The real path an entry is written to: its directory checked (and created)
 * inside `root` as every link resolves. Each directory is checked once per
 * restore, not once per file (a realpath per file was a tenth of restoring
 * 10,000 files); what the restore itself changes on the way (a link put in
 * place, a directory removed or replaced) forgets every answer, since a path
 * checked before may now lead elsewhere.
 */
class CheckedDirectories {
  private readonly known = new Map<string, string>();

  constructor(readonly root: string) {}

  destinationOf(path: string): string {
    const parent = dirname(path);
    let real = this.known.get(parent);
    if (real === undefined) {
      real = containedDirectory(this.root, dirname(join(this.root, path)), { createDirectories: true, directoryMode: 0o755 });
      this.known.set(parent, real);
    }
    return join(real, basename(path));
  }

  forget(): void {
    this.known.clear();
  }
}

function makeDirectory(checked: CheckedDirectories, path: string): void {
  const destination = checked.destinationOf(path);
  const current = lstatOrUndefined(destination);
  if (current && !current.isDirectory()) {
    unlinkSync(destination);
    checked.forget();
  }
  containedDirectory(checked.root, destination, { createDirectories: true, directoryMode: 0o755 });
}

/**
 * Renames one staged file or link into place. A directory in the way (another
 * type in the checkpoint) makes the rename fail (EISDIR on Linux and macOS,
 * EPERM on Windows): it is removed and the rename tried again, rather than
 * every destination lstat'ed first (a tenth of a restore's system calls).
 */
function commit(checked: CheckedDirectories, entry: ManifestEntry, temporary: string): void {
  const destination = checked.destinationOf(entry.path);
  try {
    renameSync(temporary, destination);
  } catch (error) {
    if (!lstatOrUndefined(destination)?.isDirectory()) throw error;
    rmSync(destination, { recursive: true, force: true });
    checked.forget();
    renameSync(temporary, destination);
  }
  if (entry.type === 'symlink') checked.forget();
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
