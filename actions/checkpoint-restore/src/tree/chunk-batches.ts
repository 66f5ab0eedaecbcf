import type { ChunkStore } from '../store/chunk-store.js';
import type { ChunkRef } from '../store/manifest.js';
import { tagBytes } from '../store/codec.js';
import { STORED_PLAIN, type DigestReply } from './digest-batch.js';
import type { DigestPool } from './digest-pool.js';

/** A batch: the chunks of many small files (or part of a big one) back to back, handed to a worker in one message. */
export const BATCH_BYTES = 4 * 1024 * 1024;
/** Batches in flight per worker: enough that a worker never waits for the main thread, few enough to bound memory. */
const BATCHES_PER_WORKER = 3;

export interface Batch {
  buffer: SharedArrayBuffer;
  bytes: Buffer;
  /** Where the batch's compressed chunks come back (DigestRequest.output). */
  output: SharedArrayBuffer;
  /** Where each chunk cut so far ends (the first starts at 0). */
  ends: number[];
  /** The manifest's reference for each chunk: its hash is filled in when the batch's digest comes back. */
  refs: ChunkRef[];
}

export interface StoreCounts {
  chunks: number;
  newChunks: number;
  newBytes: number;
}

/**
 * The main thread's side of a save: batches of cut chunks go to the digest
 * pool, and their digests come back in the order the batches were sent, so
 * chunks are added to the store (and its pack) in file order whatever the
 * number of workers: one tree always gives the same pack.
 */
export class ChunkBatches {
  current: Batch;
  private readonly inFlight: { batch: Batch; reply: Promise<DigestReply> }[] = [];
  private readonly spare: { buffer: SharedArrayBuffer; output: SharedArrayBuffer }[] = [];
  private nextId = 0;

  constructor(
    private readonly pool: DigestPool,
    private readonly store: ChunkStore,
    private readonly counts: StoreCounts,
  ) {
    this.current = this.newBatch();
  }

  /** Records a chunk of the current batch that ends at `end`; `ref` gets its hash once digested. */
  cut(end: number, ref: ChunkRef): void {
    this.current.ends.push(end);
    this.current.refs.push(ref);
  }

  /** Sends the current batch (its chunks end at or before `carryFrom`) and starts the next with the bytes `[carryFrom, end)` not yet cut. */
  async rotate(carryFrom: number, end: number): Promise<Batch> {
    const full = this.current;
    this.current = this.newBatch();
    full.bytes.copy(this.current.bytes, 0, carryFrom, end);
    await this.send(full);
    return this.current;
  }

  /** Sends what is left and waits for every digest: afterwards every ref has its hash and every new chunk is in the store. */
  async finish(): Promise<void> {
    const last = this.current;
    this.current = this.newBatch();
    // A save that fits one batch: no thread is started for it (digest-pool.ts).
    await this.send(last, this.nextId === 0);
    while (this.inFlight.length > 0) await this.settleOldest();
  }

  private async send(batch: Batch, onMainThread = false): Promise<void> {
    if (batch.ends.length === 0) {
      this.spare.push(batch);
      return;
    }
    const reply = this.pool.digest({ id: this.nextId++, buffer: batch.buffer, ends: batch.ends, output: batch.output }, onMainThread);
    // Awaited in order below; until then a failure must not count as unhandled (the save fails on the first one it reaches).
    reply.catch(() => undefined);
    this.inFlight.push({ batch, reply });
    const limit = Math.max(1, this.pool.workerCount) * BATCHES_PER_WORKER;
    while (this.inFlight.length > limit) await this.settleOldest();
    await eventLoopTurn();
  }

  private async settleOldest(): Promise<void> {
    const { batch, reply } = this.inFlight.shift()!;
    const digest = await reply;
    const output = Buffer.from(digest.output);
    let offset = 0;
    let start = 0;
    for (let index = 0; index < batch.ends.length; index++) {
      const end = batch.ends[index]!;
      const hash = digest.hashes[index]!;
      const length = digest.lengths[index]!;
      batch.refs[index]!.sha256 = hash;
      const plain = batch.bytes.subarray(start, end);
      // Compressed by the worker, stored as it is, or not encoded (the worker knew it): the store decides, and encodes here if it lacks it after all.
      let written: number;
      if (length === STORED_PLAIN) written = this.store.putStored(hash, tagBytes('none'), plain);
      else if (length > 0) {
        written = this.store.putStored(hash, output.subarray(offset, offset + length));
        offset += length;
      } else written = this.store.put(hash, plain);
      start = end;
      this.counts.chunks++;
      if (written > 0) {
        this.counts.newChunks++;
        this.counts.newBytes += written;
      }
    }
    this.spare.push(batch);
  }

  private newBatch(): Batch {
    // The output one byte longer: a batch's first chunk may fill the batch, and its stored form (tag byte, then a body
    // kept only when shorter than the chunk) is compressed into output with room for a body as long as the chunk.
    const { buffer, output } = this.spare.pop() ?? { buffer: new SharedArrayBuffer(BATCH_BYTES), output: new SharedArrayBuffer(BATCH_BYTES + 1) };
    return { buffer, output, bytes: Buffer.from(buffer), ends: [], refs: [] };
  }
}

/**
 * Lets the event loop turn (once per batch sent). When the digest workers are
 * ahead of the main thread, each reply is queued before the save waits for
 * it, and Node delivers a port's queued messages one after another, running
 * what awaited each (the rest of the save) in between, without returning to
 * the event loop: a 1 GiB save ran from its first reply to its end inside one
 * delivery. Timers and I/O callbacks waited until then: the packs' background
 * flushes (pack-file.ts) completed once per pack instead of every 32 MiB, so
 * finishing each pack waited ~100 ms for its data to reach the disk, and the
 * lock's heartbeat stopped for the length of the save.
 */
export function eventLoopTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
