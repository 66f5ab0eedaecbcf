import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from '@gates/core';
import { DEFAULT_CHUNK_SIZES, findBoundary, masksFor } from '../chunking/content-chunker.js';
import { ZERO_CHUNK } from '../chunking/zero-chunk.js';
import { CODEC_TAGS } from '../store/codec.js';
import type { ChunkStore } from '../store/chunk-store.js';
import type { ChunkRef, ManifestEntry } from '../store/manifest.js';
import { ChunkBatches } from './chunk-batches.js';
import { DigestPool, digestWorkerCount } from './digest-pool.js';
import type { Tree } from './walk-tree.js';

export interface SaveTotals {
  files: number;
  bytes: number;
  chunks: number;
  /** Chunks and (compressed) bytes this save added to the store: the rest were there already. */
  newChunks: number;
  newBytes: number;
  /** Digest threads the save started (none for a save of one batch), and whether the main thread took over from them. */
  workers: number;
  workersFellBack: boolean;
}

export interface SaveTreeOptions {
  /** Digest worker threads (digest-pool.ts); 0 hashes and compresses on the main thread. */
  workers?: number;
}

/**
 * The manifest entries of a tree, every file's chunks stored (once each) on
 * the way. The main thread reads files and finds chunk boundaries; worker
 * threads hash and compress the chunks (digest-pool.ts), batch by batch, and
 * the chunks reach the store in file order either way.
 */
export async function saveTree(tree: Tree, store: ChunkStore, options: SaveTreeOptions = {}): Promise<{ entries: ManifestEntry[]; totals: SaveTotals }> {
  const totals: SaveTotals = { files: 0, bytes: 0, chunks: 0, newChunks: 0, newBytes: 0, workers: 0, workersFellBack: false };
  const entries: ManifestEntry[] = [];
  const pool = new DigestPool({ codec: store.codec, tags: CODEC_TAGS, known: store.list(), zeroChunk: ZERO_CHUNK }, options.workers ?? digestWorkerCount());
  try {
    const batches = new ChunkBatches(pool, store, totals);
    for (const entry of tree.entries.values()) {
      if (entry.type === 'directory') entries.push({ type: 'directory', path: entry.path, mode: entry.mode });
      else if (entry.type === 'symlink') entries.push({ type: 'symlink', path: entry.path, target: entry.target });
      else {
        const { size, chunks } = await cutFile(entry.absolute, batches);
        entries.push({ type: 'file', path: entry.path, mode: entry.mode, size, chunks });
        totals.files++;
        totals.bytes += size;
      }
    }
    await batches.finish();
    const threads = pool.report();
    totals.workers = threads.workers;
    totals.workersFellBack = threads.fellBack;
  } finally {
    await pool.close();
  }
  return { entries, totals };
}

/**
 * Reads a file once (no link followed, regular files only) into the current
 * batch behind the files before it, cutting it into content-defined chunks;
 * their hashes reach the refs when the batch is digested. A batch that fills
 * up is sent, and the bytes not yet cut move to the front of the next one.
 */
async function cutFile(path: string, batches: ChunkBatches): Promise<{ size: number; chunks: ChunkRef[] }> {
  const sizes = DEFAULT_CHUNK_SIZES;
  const masks = masksFor(sizes);
  const chunks: ChunkRef[] = [];
  const { fd } = openRegularFile(path, { noFollow: true });
  let size = 0;
  try {
    let batch = batches.current;
    let start = batch.ends.at(-1) ?? 0;
    let end = start;
    let final = false;
    for (;;) {
      // Read until the file ends or a whole maximum-size chunk is there (so a boundary search never runs out of bytes).
      while (!final && end - start < sizes.max) {
        if (end === batch.bytes.length) {
          batch = await batches.rotate(start, end);
          end -= start;
          start = 0;
        }
        const read = readSync(fd, batch.bytes, end, batch.bytes.length - end, null);
        if (read === 0) final = true;
        else end += read;
      }
      if (start === end) break;
      const cut = findBoundary(batch.bytes, start, end, final, sizes, masks);
      const ref: ChunkRef = { sha256: '', size: cut - start };
      batches.cut(cut, ref);
      chunks.push(ref);
      size += cut - start;
      start = cut;
    }
  } finally {
    closeSync(fd);
  }
  return { size, chunks };
}
