import { closeSync, constants, fdatasync, fstatSync, fsyncSync, openSync, readSync, renameSync, unlinkSync, writeSync, writevSync } from 'node:fs';
import { join } from 'node:path';
import { createTemporary, sweepStaleTemporaries } from '@gates/core';
import { encodeIndex, ENTRY_BYTES, FOOTER_BYTES, parseFooter, parseIndex, type PackEntry, type ParsedIndex } from './pack-format.js';

/** A pack is closed and a new one started past this size, so rewriting a half-dead pack stays a bounded copy. */
export const PACK_LIMIT_BYTES = 256 * 1024 * 1024;
const PACK_NAME = /^([0-9a-f]{64})\.pack$/;
/** Written bytes between background flushes (see PackWriter.append). */
const BACKGROUND_FLUSH_BYTES = 32 * 1024 * 1024;

/** Starts flushing a file's data to disk and calls back when done (`fs.fdatasync`; tests pass one they complete themselves). */
export type BackgroundFlush = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void;

/** `<name>.pack` → name, or undefined for any other file (temporaries, strays). */
export function packNameOf(file: string): string | undefined {
  return PACK_NAME.exec(file)?.[1];
}

/**
 * Appends stored chunks to a temporary file in `directory`; `finish` writes
 * the index, fsyncs, renames it to `<name>.pack` and fsyncs the directory.
 * So a pack becomes visible only whole and durable: a saver killed before
 * leaves a temporary (swept by a later writer), never a pack with a valid
 * name and part of its bytes.
 */
export class PackWriter {
  private readonly fd: number;
  private readonly temporary: string;
  private readonly entries: PackEntry[] = [];
  private readonly pending = new Map<string, PackEntry>();
  private flushedTo = 0;
  private flushing = false;
  /** The pack opened a second time, for the background flushes only (see flushInBackground); -1 when not open (yet, or any more). */
  private flushFd = -1;
  private flushError?: NodeJS.ErrnoException;
  private retired = false;
  offset = 0;

  constructor(
    private readonly directory: string,
    private readonly flush: BackgroundFlush = fdatasync,
  ) {
    sweepStaleTemporaries(directory);
    ({ fd: this.fd, path: this.temporary } = createTemporary(directory, 'pack'));
  }

  /** Appends a stored chunk, given whole or as its parts (tag byte, body: written with one writev, not copied together). */
  append(hash: string, stored: Uint8Array, body?: Uint8Array): void {
    const length = stored.length + (body?.length ?? 0);
    if (body) writeParts(this.fd, stored, body, this.offset);
    else writeAll(this.fd, stored, this.offset);
    const entry = { hash, offset: this.offset, length };
    this.entries.push(entry);
    this.pending.set(hash, entry);
    this.offset += length;
    this.flushInBackground();
  }

  /**
   * Starts writing what is appended to disk while the save goes on (an
   * fdatasync on libuv's thread pool), so that `finish`'s fsync, which makes
   * the pack durable, has little left to wait for: on a fast disk that wait
   * was a tenth of a save. It flushes through a second open of the pack, not
   * the writer's descriptor: Linux reports a write-back error (EIO, ENOSPC)
   * once per open file, so a flush on the writer's own descriptor would take
   * the error that `finish`'s fsync must see, and finish would call a pack
   * durable that is not. That descriptor is closed only when no flush is
   * running on it: closed under a queued flush, its number could be reused
   * by a file opened meanwhile, and the flush would land on (and take the
   * errors of) that file. An error a flush reports fails `finish`.
   */
  private flushInBackground(): void {
    if (this.flushing || this.retired || this.offset - this.flushedTo < BACKGROUND_FLUSH_BYTES) return;
    if (this.flushFd === -1 && !this.openFlushFd()) return;
    this.flushing = true;
    this.flushedTo = this.offset;
    this.flush(this.flushFd, (error) => {
      this.flushing = false;
      if (error) this.flushError ??= error;
      if (this.retired) this.closeFlushFd();
    });
  }

  /** Opens the temporary again (no link followed) and keeps it only when it is the file this writer writes; false leaves durability to `finish` alone. */
  private openFlushFd(): boolean {
    let fd: number;
    try {
      fd = openSync(this.temporary, constants.O_RDONLY | constants.O_NOFOLLOW);
    } catch {
      this.flushedTo = Number.POSITIVE_INFINITY;
      return false;
    }
    const [mine, opened] = [fstatSync(this.fd), fstatSync(fd)];
    if (mine.dev !== opened.dev || mine.ino !== opened.ino) {
      closeSync(fd);
      this.flushedTo = Number.POSITIVE_INFINITY;
      return false;
    }
    this.flushFd = fd;
    return true;
  }

  /** No more flushes start; the flush descriptor is closed now, or by the flush still running on it when that ends. */
  private retire(): void {
    this.retired = true;
    if (!this.flushing) this.closeFlushFd();
  }

  private closeFlushFd(): void {
    if (this.flushFd === -1) return;
    const fd = this.flushFd;
    this.flushFd = -1;
    closeSync(fd);
  }

  /** A chunk appended and not yet in a finished pack (a save that names one chunk twice stores it once). */
  entry(hash: string): PackEntry | undefined {
    return this.pending.get(hash);
  }

  /** Reads back an appended chunk's stored bytes. */
  read(entry: PackEntry): Buffer {
    return readAt(this.fd, entry.offset, entry.length);
  }

  get count(): number {
    return this.entries.length;
  }

  /** Closes the pack durably; returns its name and entries. */
  finish(): { name: string; entries: PackEntry[] } {
    const { bytes, name } = encodeIndex(this.entries, this.offset);
    try {
      writeAll(this.fd, bytes, this.offset);
      fsyncSync(this.fd);
      if (this.flushError) throw this.flushError;
    } finally {
      this.retire();
      closeSync(this.fd);
    }
    renameSync(this.temporary, join(this.directory, `${name}.pack`));
    fsyncDirectory(this.directory);
    return { name, entries: this.entries };
  }

  /** Drops an unfinished pack (a save that failed): nothing of it becomes visible. */
  abandon(): void {
    this.retire();
    try {
      closeSync(this.fd);
    } catch {
      // Already closed by a failed finish.
    }
    try {
      unlinkSync(this.temporary);
    } catch {
      // Renamed or gone: nothing to drop.
    }
  }
}

/** The index of a pack file (open fd), or the reason it cannot be read as one. */
export function readPackIndex(fd: number): ParsedIndex | string {
  const size = fstatSync(fd).size;
  if (size < FOOTER_BYTES) return 'it is too short to be a pack';
  const footer = parseFooter(readAt(fd, size - FOOTER_BYTES, FOOTER_BYTES), size);
  if (typeof footer === 'string') return footer;
  return parseIndex(readAt(fd, footer.indexOffset, footer.count * ENTRY_BYTES), footer);
}

/** The error code openPack gives a path that is there and is not a regular file (BSD's name for it; Linux has none). */
export const NOT_A_FILE = 'EFTYPE';

/**
 * Opens a pack to read: never through a link, and only a regular file. A
 * FIFO planted under a pack's name would block a plain open until someone
 * writes to it (every save and restore would hang under the lock), so it is
 * opened non-blocking and refused by its type, as a directory or device is.
 */
export function openPack(path: string): number {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw Object.assign(new Error('it is not a regular file'), { code: NOT_A_FILE });
  }
  return fd;
}

/** Exactly `length` bytes at `position`, or an error naming how many were there; read into `into` (returned as a view of it) when it is long enough. */
export function readAt(fd: number, position: number, length: number, into?: Buffer): Buffer {
  const buffer = into && into.length >= length ? into.subarray(0, length) : Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) throw new Error(`the file ends ${length - done} bytes early`);
    done += read;
  }
  return buffer;
}

function writeParts(fd: number, head: Uint8Array, body: Uint8Array, position: number): void {
  const written = writevSync(fd, [head, body], position);
  if (written < head.length) {
    writeAll(fd, head.subarray(written), position + written);
    writeAll(fd, body, position + head.length);
  } else if (written < head.length + body.length) writeAll(fd, body.subarray(written - head.length), position + written);
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

function fsyncDirectory(path: string): void {
  const fd = openSync(path, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
