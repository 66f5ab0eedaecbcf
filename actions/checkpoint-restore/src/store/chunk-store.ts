import { execFileSync } from 'node:child_process';
import { closeSync, constants, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createTemporary, readRegularFile, sweepStaleTemporaries, UnreadableFile } from '@gates/core';
import { decodeChunk, encodeChunk, type CodecName } from './codec.js';
import { isSha256, sha256Hex } from './manifest.js';

/** A chunk that is missing or does not hash to its name: `reason` says which. */
export class ChunkUnusable extends Error {
  constructor(
    readonly hash: string,
    readonly reason: string,
  ) {
    super(`chunk ${hash} ${reason}`);
  }
}

/**
 * Chunks stored once each by the SHA-256 of their plain bytes, under
 * `<directory>/<first two hex digits>/<hash>`, compressed (see codec.ts).
 * A chunk is written to a temporary file and renamed into place, so a saver
 * killed mid-write leaves a temporary (swept later), never a chunk with a
 * valid name and half its bytes. `directory` must be a real directory inside
 * the state root, checked by the caller.
 */
export class ChunkStore {
  /** Chunks written by this process and not yet flushed to disk. */
  private unflushed: string[] = [];
  private readonly preparedFans = new Set<string>();
  private last?: { hash: string; plain: Buffer };
  bytesWritten = 0;
  chunksWritten = 0;

  constructor(
    readonly directory: string,
    private readonly codec: CodecName,
  ) {}

  path(hash: string): string {
    return join(this.directory, hash.slice(0, 2), hash);
  }

  has(hash: string): boolean {
    try {
      return lstatSync(this.path(hash)).isFile();
    } catch {
      return false;
    }
  }

  /** Stores `plain` under its hash unless a chunk of that name is there already; returns the stored size when it wrote one. */
  put(hash: string, plain: Uint8Array): number {
    if (this.has(hash)) return 0;
    const fan = this.fan(hash);
    const stored = encodeChunk(plain, this.codec);
    const { fd, path } = createTemporary(fan, hash);
    try {
      for (let offset = 0; offset < stored.length; ) offset += writeSync(fd, stored, offset, stored.length - offset);
    } finally {
      closeSync(fd);
    }
    renameSync(path, this.path(hash));
    this.unflushed.push(this.path(hash));
    this.bytesWritten += stored.length;
    this.chunksWritten++;
    return stored.length;
  }

  /** The chunk's plain bytes, verified: exactly `size` bytes that hash to `hash`, or ChunkUnusable. */
  get(hash: string, size: number): Buffer {
    // A run of one chunk (zeros of a sparse file) is read and verified once.
    if (this.last?.hash === hash) return this.last.plain;
    const plain = this.readVerified(hash, size);
    this.last = { hash, plain };
    return plain;
  }

  private readVerified(hash: string, size: number): Buffer {
    let stored: Buffer;
    try {
      stored = readRegularFile(this.path(hash), { maxBytes: size + 1, noFollow: true });
    } catch (error) {
      if (error instanceof UnreadableFile) throw new ChunkUnusable(hash, error.kind === 'missing' ? 'is missing' : `cannot be read (${error.reason})`);
      throw error;
    }
    let plain: Buffer;
    try {
      plain = decodeChunk(stored, size);
    } catch (error) {
      throw new ChunkUnusable(hash, `cannot be decompressed (${(error as Error).message})`);
    }
    if (plain.length !== size || sha256Hex(plain) !== hash) throw new ChunkUnusable(hash, 'does not match its hash (it was changed or damaged)');
    return plain;
  }

  /**
   * Makes the chunks written so far durable before a manifest names them: one
   * `sync -f` (syncfs of the store's filesystem) instead of an fsync per chunk
   * (thousands of them), falling back to fsync per file where `sync -f` is not there.
   */
  flush(): void {
    if (this.unflushed.length === 0) return;
    try {
      execFileSync('sync', ['-f', this.directory], { stdio: 'ignore', timeout: 120_000 });
    } catch {
      for (const path of this.unflushed) fsyncPath(path);
    }
    for (const fan of this.preparedFans) fsyncPath(fan);
    this.unflushed = [];
  }

  /** Every stored chunk's hash (for garbage collection and `verify`). */
  list(): string[] {
    const hashes: string[] = [];
    for (const fan of readdirOrEmpty(this.directory)) {
      for (const name of readdirOrEmpty(join(this.directory, fan))) if (isSha256(name)) hashes.push(name);
    }
    return hashes;
  }

  remove(hash: string): void {
    rmSync(this.path(hash), { force: true });
  }

  /** The fan-out directory of a hash, created (and swept of killed writers' temporaries) on first use. */
  private fan(hash: string): string {
    const fan = join(this.directory, hash.slice(0, 2));
    if (this.preparedFans.has(fan)) return fan;
    try {
      mkdirSync(fan, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // The state root holds only what gates wrote: a link here would send chunks elsewhere.
    if (!lstatSync(fan).isDirectory()) throw new Error(`${fan} is not a directory`);
    sweepStaleTemporaries(fan);
    this.preparedFans.add(fan);
    return fan;
  }
}

function readdirOrEmpty(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** fsync of a file or directory by path (a directory's fsync makes the renames in it durable). */
export function fsyncPath(path: string): void {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function unlinkIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
