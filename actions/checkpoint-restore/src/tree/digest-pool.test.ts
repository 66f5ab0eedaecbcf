import { describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { ZERO_CHUNK } from '../chunking/zero-chunk.js';
import { CODEC_TAGS } from '../store/codec.js';
import { sha256Hex } from '../store/manifest.js';
import { digestWorkerSource, type DigestReply, type DigestRequest, type DigestSetup } from './digest-batch.js';
import { DigestPool, digestWorkerCount, MAX_KNOWN_SENT } from './digest-pool.js';

const setup: DigestSetup = { codec: 'gzip', tags: CODEC_TAGS, known: [], zeroChunk: ZERO_CHUNK };

/** Batches of chunks in shared memory, as the save sends them: random, text, and one chunk of the first batch repeated in the third. */
function requests(): DigestRequest[] {
  const text = Buffer.from('compressible text\n'.repeat(4000));
  return [0, 1, 2, 3].map((id) => {
    const chunks = [randomBytes(50_000), text.subarray(0, 30_000 + id), id === 2 ? text.subarray(0, 30_000) : randomBytes(10)];
    const buffer = new SharedArrayBuffer(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    const ends: number[] = [];
    let offset = 0;
    for (const chunk of chunks) {
      Buffer.from(buffer).set(chunk, offset);
      offset += chunk.length;
      ends.push(offset);
    }
    return { id, buffer, ends, output: new SharedArrayBuffer(buffer.byteLength) };
  });
}

/** What a reply says, its stored forms read from the output it names (as hex, to compare). */
function view({ hashes, lengths, output }: DigestReply) {
  const used = lengths.reduce((sum, length) => sum + Math.max(length, 0), 0);
  return { hashes, lengths, stored: Buffer.from(output).subarray(0, used).toString('hex') };
}

async function digestAll(pool: DigestPool, batch: DigestRequest[]) {
  try {
    const replies = await Promise.all(batch.map((request) => pool.digest(request)));
    return replies.map(view);
  } finally {
    await pool.close();
  }
}

/** A worker that starts and dies on the first batch it gets (a crash, an out-of-memory kill of the thread). */
const dying = () => new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(7));", { eval: true });

describe('DigestPool', () => {
  test('workers give what the main thread gives: hashes, what is stored as it is, what is compressed, what is a repeat', async () => {
    const batch = requests();
    const onMain = await digestAll(new DigestPool(setup, 0), batch);
    expect(onMain[0]!.hashes[0]).toBe(sha256Hex(Buffer.from(batch[0]!.buffer).subarray(0, 50_000)));
    // Random bytes (and 10 bytes gzip cannot shrink) are stored as they are (-1), text compressed (>0), a chunk an earlier batch encoded is not encoded again (0).
    expect(onMain[0]!.lengths.map(Math.sign)).toEqual([-1, 1, -1]);
    expect(onMain[2]!.lengths.map(Math.sign)).toEqual([-1, 1, 0]);
    const pool = new DigestPool(setup, 1);
    expect(pool.threaded).toBe(true);
    expect(await digestAll(pool, batch)).toEqual(onMain);
  });

  test('a maximum-size chunk of zeros (a sparse file\'s hole) takes its known hash without being hashed again', async () => {
    const buffer = new SharedArrayBuffer(ZERO_CHUNK.size * 2);
    const marked = { ...setup, zeroChunk: { size: ZERO_CHUNK.size, sha256: 'z'.repeat(64) } };
    const [reply] = await digestAll(new DigestPool(marked, 1), [{ id: 0, buffer, ends: [ZERO_CHUNK.size, ZERO_CHUNK.size * 2 - 1], output: new SharedArrayBuffer(buffer.byteLength) }]);
    expect(reply!.hashes[0]).toBe('z'.repeat(64));
    expect(reply!.hashes[1]).toBe(sha256Hex(Buffer.alloc(ZERO_CHUNK.size - 1)));
    expect(ZERO_CHUNK.sha256).toBe(sha256Hex(Buffer.alloc(ZERO_CHUNK.size)));
  });

  test('chunks the store has are hashed, not encoded', async () => {
    const [request] = requests();
    const first = await digestAll(new DigestPool(setup, 1), [request!]);
    const known = await digestAll(new DigestPool({ ...setup, known: first[0]!.hashes }, 1), [request!]);
    expect(known[0]).toEqual({ hashes: first[0]!.hashes, lengths: [0, 0, 0], stored: '' });
  });

  test('a worker that dies mid-save: its batches and every later one are digested on the main thread, same result', async () => {
    const batch = requests();
    const expected = await digestAll(new DigestPool(setup, 0), batch);
    const pool = new DigestPool(setup, 2, dying);
    expect(await digestAll(pool, batch)).toEqual(expected);
    expect(pool.threaded).toBe(false);
  });

  test('a worker that stops answering (stuck, not dead): past the stall time the main thread takes over, same result', async () => {
    const batch = requests();
    const expected = await digestAll(new DigestPool(setup, 0), batch);
    const silent = () => new Worker("require('node:worker_threads').parentPort.on('message', () => {});", { eval: true });
    const pool = new DigestPool(setup, 2, silent, 300);
    expect(await digestAll(pool, batch)).toEqual(expected);
    expect(pool.report()).toEqual({ workers: 2, fellBack: true });
  });

  test('a worker that cannot start: the save goes on on the main thread', async () => {
    const pool = new DigestPool(setup, 2, () => {
      throw new Error('ERR_WORKER_INIT_FAILED');
    });
    const batch = requests();
    const expected = await digestAll(new DigestPool(setup, 0), batch);
    const replies = batch.map((request) => pool.digest(request));
    // Workers start with the first batch: none could, so every batch is digested here.
    expect(pool.threaded).toBe(false);
    expect(await digestAll(pool, [])).toEqual([]);
    expect((await Promise.all(replies)).map(view)).toEqual(expected);
  });

  test('two workers failing at once (both out of memory): the second error is not an uncaught exception', async () => {
    const fakes: EventEmitter[] = [];
    const failing = () => {
      const fake = Object.assign(new EventEmitter(), { postMessage: () => undefined, terminate: async () => 1 });
      fakes.push(fake);
      return fake as unknown as Worker;
    };
    const pool = new DigestPool(setup, 2, failing);
    const batch = requests();
    const expected = await digestAll(new DigestPool(setup, 0), batch);
    const replies = Promise.all(batch.map((request) => pool.digest(request)));
    expect(fakes).toHaveLength(2);
    fakes[0]!.emit('error', new Error('ERR_WORKER_OUT_OF_MEMORY'));
    expect(() => fakes[1]!.emit('error', new Error('ERR_WORKER_OUT_OF_MEMORY'))).not.toThrow();
    expect((await replies).map(view)).toEqual(expected);
    await pool.close();
  });

  test('batches taken over from a failed worker are digested into buffers of their own: the worker may still write into the ones it was sent', async () => {
    const sent: DigestRequest[] = [];
    const fake = Object.assign(new EventEmitter(), { postMessage: (request: DigestRequest) => sent.push(request), terminate: async () => 1 });
    const pool = new DigestPool(setup, 1, () => fake as unknown as Worker);
    const batch = requests();
    const expected = await digestAll(new DigestPool(setup, 0), batch);
    const replies = Promise.all(batch.map((request) => pool.digest(request)));
    fake.emit('error', new Error('stalled'));
    const answered = await replies;
    // The worker, given up on but still running, finishes and writes where it was told to.
    for (const request of sent) Buffer.from(request.output).fill(0xee);
    expect(sent.length).toBeGreaterThan(0);
    expect(answered.map(view)).toEqual(expected);
    await pool.close();
  });

  test('closing the pool under batches still waiting (a save that failed) drops them: they are not digested on the main thread', async () => {
    const exited: Promise<unknown>[] = [];
    const silent = () => {
      const worker = new Worker("require('node:worker_threads').parentPort.on('message', () => {});", { eval: true });
      exited.push(new Promise((resolve) => worker.once('exit', resolve)));
      return worker;
    };
    const pool = new DigestPool(setup, 1, silent);
    const reply = pool.digest(requests()[0]!);
    await pool.close();
    // The worker's 'exit' has been emitted (the pool's listener ran before this one).
    await Promise.all(exited);
    // A reply already given wins the race (both sides are one step from settled).
    expect(await Promise.race([reply.then(() => 'digested'), Promise.resolve().then(() => 'dropped')])).toBe('dropped');
  });

  test('an error a worker reports fails the batch with its message', async () => {
    const pool = new DigestPool(setup, 1);
    const broken = { ...requests()[0]!, ends: null as unknown as number[] };
    await expect(digestAll(pool, [broken])).rejects.toThrow(/not iterable/);
  });

  test('worker count: one per core besides the main thread, at least one, at most four; the variable overrides, 0 to 4 only', () => {
    expect([1, 2, 4, 64].map((cores) => digestWorkerCount({}, cores))).toEqual([1, 1, 3, 4]);
    expect(digestWorkerCount({ GATES_CHECKPOINT_WORKERS: '' }, 4)).toBe(3);
    expect(digestWorkerCount({ GATES_CHECKPOINT_WORKERS: '0' }, 8)).toBe(0);
    expect(digestWorkerCount({ GATES_CHECKPOINT_WORKERS: '4' }, 1)).toBe(4);
    for (const value of ['5', 'many', '-1', '1.5', ' 2', '02']) {
      expect(() => digestWorkerCount({ GATES_CHECKPOINT_WORKERS: value }, 8)).toThrow(/GATES_CHECKPOINT_WORKERS is invalid/);
    }
  });

  test('past MAX_KNOWN_SENT stored chunks the workers get no list: they encode every chunk, and the pool still knows them all', async () => {
    const batch = requests().slice(0, 1);
    const first = await digestAll(new DigestPool(setup, 0), batch);
    const known = [...first[0]!.hashes, ...Array.from({ length: MAX_KNOWN_SENT }, (_, index) => index.toString(16).padStart(64, '0'))];
    const sent: DigestSetup[] = [];
    const pool = new DigestPool({ ...setup, known }, 1, (given) => {
      sent.push(given);
      return new Worker(digestWorkerSource(), { eval: true, workerData: given });
    });
    const replies = await digestAll(pool, batch);
    expect(sent.map((given) => given.known.length)).toEqual([0]);
    expect(replies[0]!.hashes).toEqual(first[0]!.hashes);
    // Encoded anyway (the main thread's store.has() drops them); a smaller list is sent whole and spares the work.
    expect(replies[0]!.lengths.every((length) => length !== 0)).toBe(true);
  });
});
