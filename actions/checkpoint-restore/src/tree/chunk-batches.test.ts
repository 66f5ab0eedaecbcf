import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ChunkStore } from '../store/chunk-store.js';
import { CODEC_TAGS } from '../store/codec.js';
import { sha256Hex, type ChunkRef } from '../store/manifest.js';
import { BATCH_BYTES, ChunkBatches } from './chunk-batches.js';
import { digestWorkerSource, type DigestSetup } from './digest-batch.js';
import { DigestPool } from './digest-pool.js';
import { ZERO_CHUNK } from '../chunking/zero-chunk.js';

/** When the digest threads start: with the first batch sent to them, and not for a save that fits one batch. */

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'gates-chunk-batches-'));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** A pool of two real workers that counts the threads it starts. */
function countingPool(store: ChunkStore) {
  const started = { count: 0 };
  const launch = (setup: DigestSetup) => {
    started.count++;
    return new Worker(digestWorkerSource(), { eval: true, workerData: setup });
  };
  return { started, pool: new DigestPool({ codec: store.codec, tags: CODEC_TAGS, known: [], zeroChunk: ZERO_CHUNK }, 2, launch) };
}

function storeIn(name: string): ChunkStore {
  const store = new ChunkStore(join(directory, name), 'gzip');
  mkdirSync(store.directory, { recursive: true });
  return store;
}

describe('ChunkBatches', () => {
  test('a save whose chunks fit one batch starts no thread: it is digested on the main thread', async () => {
    const store = storeIn('small');
    const { started, pool } = countingPool(store);
    try {
      expect(started.count).toBe(0);
      const batches = new ChunkBatches(pool, store, { chunks: 0, newChunks: 0, newBytes: 0 });
      const bytes = Buffer.from('a small file\n'.repeat(1000));
      batches.current.bytes.set(bytes);
      const ref: ChunkRef = { sha256: '', size: bytes.length };
      batches.cut(bytes.length, ref);
      await batches.finish();
      expect(ref.sha256).toBe(sha256Hex(bytes));
      expect(store.has(ref.sha256)).toBe(true);
      expect(started.count).toBe(0);
    } finally {
      await pool.close();
      store.abandon();
    }
  });

  test('a save of more than one batch starts its threads with the first batch and digests there', async () => {
    const store = storeIn('big');
    const { started, pool } = countingPool(store);
    try {
      const batches = new ChunkBatches(pool, store, { chunks: 0, newChunks: 0, newBytes: 0 });
      const refs: ChunkRef[] = [];
      for (let index = 0; index < 3; index++) {
        batches.current.bytes.fill(index + 1, 0, BATCH_BYTES);
        const ref: ChunkRef = { sha256: '', size: BATCH_BYTES };
        batches.cut(BATCH_BYTES, ref);
        refs.push(ref);
        await batches.rotate(BATCH_BYTES, BATCH_BYTES);
        expect(started.count).toBe(2);
      }
      await batches.finish();
      expect(pool.threaded).toBe(true);
      expect(refs.map((ref) => ref.sha256)).toEqual([1, 2, 3].map((value) => sha256Hex(Buffer.alloc(BATCH_BYTES, value))));
    } finally {
      await pool.close();
      store.abandon();
    }
  });

  test('the event loop turns with every batch sent, also when every reply is in before the main thread waits for it', async () => {
    const store = storeIn('loop');
    const { pool } = countingPool(store);
    // Loop turns during the save: a callback that schedules itself again each turn.
    let turns = 0;
    let saving = true;
    const tick = () => {
      turns++;
      if (saving) setImmediate(tick);
    };
    try {
      const batches = new ChunkBatches(pool, store, { chunks: 0, newChunks: 0, newBytes: 0 });
      setImmediate(tick);
      // Each batch: 4 MiB filled by the main thread, one 64 KiB chunk hashed by a worker, which answers long before the
      // main thread has filled the next batch. Node then delivered the queued replies one after another, running the
      // rest of the save in between, and the loop did not turn (the packs' background flushes, the lock's heartbeat waited).
      const turnsAfter: number[] = [];
      for (let index = 0; index < 24; index++) {
        batches.current.bytes.fill(index + 1, 0, BATCH_BYTES);
        batches.cut(64 * 1024, { sha256: '', size: 64 * 1024 });
        await batches.rotate(BATCH_BYTES, BATCH_BYTES);
        turnsAfter.push(turns);
      }
      await batches.finish();
      saving = false;
      const batchesWithoutTurn = turnsAfter.slice(1).filter((count, index) => count === turnsAfter[index]).length;
      expect(batchesWithoutTurn).toBe(0);
    } finally {
      saving = false;
      await pool.close();
      store.abandon();
    }
  });
});
