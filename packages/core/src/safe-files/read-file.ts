import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { GatesError } from '../errors/gates-error.js';

export interface ReadOptions {
  /** The largest file accepted, in bytes: checked on the bytes read, not on the size stat reports (/proc files say 0). */
  maxBytes: number;
  /** Refuse a symbolic link as the last component: for files in a checkout or in the state root, which gates wrote itself. */
  noFollow?: boolean;
}

export type UnreadableKind = 'missing' | 'not-regular' | 'too-large' | 'symlink' | 'io';

/** Why a file could not be read; a GatesError (exit 2) that callers may turn into a more specific one by its kind. */
export class UnreadableFile extends GatesError {
  constructor(
    readonly file: string,
    readonly kind: UnreadableKind,
    readonly reason: string,
    cause?: unknown,
  ) {
    super(kind === 'missing' ? 'GATES_E_FILE_NOT_FOUND' : 'GATES_E_FILE_UNREADABLE', { file, reason }, { cause });
  }
}

/** O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 1024 * 1024;

/**
 * Opens a file for reading the one safe way: without blocking (opening a FIFO
 * would wait for a writer forever), and checked on the opened descriptor to
 * be a regular file — so a FIFO, a device such as /dev/zero, a socket or a
 * directory is refused, with no window to swap the file between the check
 * and the read. For readers that stream (logs, test reports); the caller
 * closes the descriptor and enforces its own size limit.
 */
export function openRegularFile(path: string, options: { noFollow?: boolean } = {}): { fd: number; stats: Stats } {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS | (options.noFollow ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    throw describeOpenError(path, error);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new UnreadableFile(path, 'not-regular', `it is ${describeType(info)}, not a regular file`);
    return { fd, stats: info };
  } catch (error) {
    closeSync(fd);
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(path, 'io', (error as NodeJS.ErrnoException).code ?? (error as Error).message, error);
  }
}

/** The one way the suite reads a whole file it did not just create: see openRegularFile; read up to `maxBytes`, never further. */
export function readRegularFile(path: string, options: ReadOptions): Buffer {
  const { fd, stats } = openRegularFile(path, options);
  try {
    return readCapped(fd, path, stats.size, options.maxBytes);
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(path, 'io', (error as NodeJS.ErrnoException).code ?? (error as Error).message, error);
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 text of a regular file (invalid bytes become U+FFFD; callers that must reject them decode the bytes themselves). */
export function readTextFile(path: string, options: ReadOptions): string {
  return readRegularFile(path, options).toString('utf8');
}

/** The file's bytes, or undefined when there is no such file: for state that may not have been written yet. */
export function readRegularFileIfExists(path: string, options: ReadOptions): Buffer | undefined {
  try {
    return readRegularFile(path, options);
  } catch (error) {
    if (error instanceof UnreadableFile && error.kind === 'missing') return undefined;
    throw error;
  }
}

function readCapped(fd: number, path: string, statSize: number, maxBytes: number): Buffer {
  // Reads one byte past the cap, which shows a file that is too large (or still growing) without reading all of it.
  const limit = maxBytes + 1;
  const chunks: Buffer[] = [];
  let total = 0;
  // Sized from stat, which can be 0 for files that do have content (/proc): then in 64 KiB steps.
  let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(statSize + 1, 64 * 1024), CHUNK_BYTES));
  let filled = 0;
  for (;;) {
    const read = readSync(fd, buffer, filled, Math.min(buffer.length - filled, limit - total), null);
    if (read === 0) break;
    filled += read;
    total += read;
    if (total >= limit) break;
    if (filled === buffer.length) {
      chunks.push(buffer);
      buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit - total));
      filled = 0;
    }
  }
  if (total > maxBytes) throw new UnreadableFile(path, 'too-large', `it is larger than the ${maxBytes}-byte limit`);
  chunks.push(buffer.subarray(0, filled));
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function describeOpenError(path: string, error: unknown): UnreadableFile {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UnreadableFile(path, 'missing', 'it does not exist', error);
  if (code === 'ELOOP') return new UnreadableFile(path, 'symlink', 'it is a symbolic link, which is not followed here', error);
  if (code === 'EACCES' || code === 'EPERM') return new UnreadableFile(path, 'io', 'permission denied', error);
  if (code === 'ENOTDIR') return new UnreadableFile(path, 'io', 'a component of the path is not a directory', error);
  return new UnreadableFile(path, 'io', code ?? (error as Error).message, error);
}

function describeType(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isDirectory()) return 'a directory';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}
