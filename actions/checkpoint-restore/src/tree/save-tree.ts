import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from '@gates/core';
import { DEFAULT_CHUNK_SIZES, findBoundary, masksFor } from '../chunking/content-chunker.js';
import type { ChunkStore } from '../store/chunk-store.js';
import type { ChunkRef, ManifestEntry } from '../store/manifest.js';
import { sha256Hex } from '../store/manifest.js';
import type { Tree } from './walk-tree.js';

/** Read window: a few maximum-size chunks, so a boundary search never runs out of bytes mid-chunk. */
const WINDOW_BYTES = 4 * 1024 * 1024;

export interface SaveTotals {
  files: number;
  bytes: number;
  chunks: number;
  /** Chunks and (compressed) bytes this save added to the store: the rest were there already. */
  newChunks: number;
  newBytes: number;
}

/** The manifest entries of a tree, every file's chunks stored (once each) on the way. */
export function saveTree(tree: Tree, store: ChunkStore, onFile?: (path: string) => void): { entries: ManifestEntry[]; totals: SaveTotals } {
  const totals: SaveTotals = { files: 0, bytes: 0, chunks: 0, newChunks: 0, newBytes: 0 };
  const entries: ManifestEntry[] = [];
  const window = Buffer.allocUnsafe(WINDOW_BYTES);
  for (const entry of tree.entries.values()) {
    if (entry.type === 'directory') entries.push({ type: 'directory', path: entry.path, mode: entry.mode });
    else if (entry.type === 'symlink') entries.push({ type: 'symlink', path: entry.path, target: entry.target });
    else {
      onFile?.(entry.path);
      const { size, chunks } = storeFile(entry.absolute, store, window, totals);
      entries.push({ type: 'file', path: entry.path, mode: entry.mode, size, chunks });
      totals.files++;
      totals.bytes += size;
    }
  }
  return { entries, totals };
}

/** A maximum-size chunk of zeros: every run of zeros in a sparse file cuts into these; hashed once. */
const ZERO_CHUNK = Buffer.alloc(DEFAULT_CHUNK_SIZES.max);
const ZERO_CHUNK_HASH = sha256Hex(ZERO_CHUNK);

export function isZeroChunk(plain: Uint8Array): boolean {
  return plain.length === ZERO_CHUNK.length && ZERO_CHUNK.equals(plain);
}

/** A chunk's SHA-256 (a zero chunk's is known). */
export function chunkHash(plain: Uint8Array): string {
  return isZeroChunk(plain) ? ZERO_CHUNK_HASH : sha256Hex(plain);
}

/** Reads a file once (no link followed, regular files only), cutting it into content-defined chunks and storing each. */
function storeFile(path: string, store: ChunkStore, window: Buffer, totals: SaveTotals): { size: number; chunks: ChunkRef[] } {
  const sizes = DEFAULT_CHUNK_SIZES;
  const masks = masksFor(sizes);
  const chunks: ChunkRef[] = [];
  const { fd } = openRegularFile(path, { noFollow: true });
  let size = 0;
  try {
    let start = 0;
    let end = 0;
    let final = false;
    for (;;) {
      if (!final && end - start < sizes.max) {
        // Keep the unchunked tail and fill the window behind it.
        window.copy(window, 0, start, end);
        end -= start;
        start = 0;
        while (end < window.length) {
          const read = readSync(fd, window, end, window.length - end, null);
          if (read === 0) {
            final = true;
            break;
          }
          end += read;
        }
      }
      if (start === end) break;
      const cut = findBoundary(window, start, end, final, sizes, masks);
      const plain = window.subarray(start, cut);
      const hash = chunkHash(plain);
      const stored = store.put(hash, plain);
      if (stored > 0) {
        totals.newChunks++;
        totals.newBytes += stored;
      }
      totals.chunks++;
      chunks.push({ sha256: hash, size: plain.length });
      size += plain.length;
      start = cut;
    }
  } finally {
    closeSync(fd);
  }
  return { size, chunks };
}
