import { readRegularFile } from '@gates/core';
import { DEFAULT_CHUNK_SIZES } from '../chunking/content-chunker.js';
import { decodeChunk, MAX_STORED_CHUNK_BYTES } from './codec.js';
import { sha256Hex } from './manifest.js';
import { readAt } from './pack-file.js';
import type { PackEntry } from './pack-format.js';

/**
 * Chunks that arrive from elsewhere (a transport: an artifact or cache entry
 * anyone with write access to it could have crafted) are checked before the
 * store takes them. The store keeps one copy of a chunk and reads the first
 * it finds: an imported copy that lies would shadow the good one (restores
 * fail), be what later saves dedupe against (their checkpoints never
 * restore), and make retention collect the good copy as a duplicate.
 */

/** Why `stored` is not the stored form of chunk `hash`, or undefined when it is. */
export function untrueChunk(hash: string, stored: Buffer): string | undefined {
  if (stored.length > MAX_STORED_CHUNK_BYTES) return `chunk ${hash} is ${stored.length} bytes, more than a chunk can be`;
  let plain: Buffer;
  try {
    plain = decodeChunk(stored, DEFAULT_CHUNK_SIZES.max);
  } catch (error) {
    return `chunk ${hash} cannot be decompressed (${(error as Error).message})`;
  }
  return sha256Hex(plain) === hash ? undefined : `chunk ${hash} does not match its hash`;
}

/** The first entry of a pack (open fd) that is not true, with why; undefined when every one is. A pack is imported only whole and true. */
export function untrueEntry(fd: number, entries: readonly PackEntry[]): string | undefined {
  for (const entry of entries) {
    if (entry.length > MAX_STORED_CHUNK_BYTES) return `chunk ${entry.hash} is ${entry.length} bytes in it, more than a chunk can be`;
    const untrue = untrueChunk(entry.hash, readAt(fd, entry.offset, entry.length));
    if (untrue) return untrue;
  }
  return undefined;
}

/** Why the loose chunk file at `path` (a transport of an earlier version) is not chunk `hash`; undefined when it is. */
export function untrueChunkFile(hash: string, path: string): string | undefined {
  let stored: Buffer;
  try {
    stored = readRegularFile(path, { maxBytes: MAX_STORED_CHUNK_BYTES, noFollow: true });
  } catch (error) {
    return `chunk ${hash} cannot be read (${(error as Error).message})`;
  }
  return untrueChunk(hash, stored);
}
