import * as crypto from 'node:crypto';
import * as workerThreads from 'node:worker_threads';
import { Worker } from 'node:worker_threads';
import * as zlib from 'node:zlib';
import { GatesError } from '@gates/core';
import { storedEncoder, type EncodeInto } from '../store/encode-chunk.js';
import { digestBatch, digestWorkerSource, type DigestReply, type DigestRequest, type DigestSetup } from './digest-batch.js';
import { usableCores } from './usable-cores.js';

/** At most this many workers: past it the main thread (reading, cutting, writing) is the bound, and each worker costs memory. */
const MAX_WORKERS = 4;
/** The variable that sets the number of digest workers. */
export const WORKERS_VARIABLE = 'GATES_CHECKPOINT_WORKERS';
/**
 * Past this many chunks in the store the workers are not sent its list (a
 * copy per worker: 1M hashes took 1.4 s and 200 MiB per worker to send):
 * they compress every chunk and the main thread, which has the list, keeps
 * only the new ones. A store that big holds some 16 GiB of chunks.
 */
export const MAX_KNOWN_SENT = 262_144;
/**
 * A worker that has not answered for this long is taken as stuck (a batch
 * takes milliseconds): the main thread takes over, as when one dies. Without
 * it a stuck thread would hang the save under the checkpoint lock, whose
 * heartbeat keeps it from being taken as abandoned.
 */
const STALL_MS = 120_000;

/**
 * How many digest workers a save starts: one per core besides the main
 * thread's (which reads, cuts and writes: about as much work per byte as
 * hashing and compressing), at least one. On two cores one worker saved as
 * fast as two, with 140 MiB less memory. `GATES_CHECKPOINT_WORKERS` overrides
 * it (0: everything on the main thread); another value is GATES_E_ENV_INVALID (exit 2).
 */
export function digestWorkerCount(env: NodeJS.ProcessEnv = process.env, cores = usableCores()): number {
  const wanted = env[WORKERS_VARIABLE];
  if (wanted === undefined || wanted === '') return Math.max(1, Math.min(cores - 1, MAX_WORKERS));
  if (!/^[0-9]$/.test(wanted) || Number(wanted) > MAX_WORKERS) throw new GatesError('GATES_E_ENV_INVALID', { name: WORKERS_VARIABLE, value: JSON.stringify(wanted), expected: `a whole number from 0 to ${MAX_WORKERS}` });
  return Number(wanted);
}

/**
 * Worker threads that hash and encode batches of chunks (digest-batch.ts).
 * They start with the first batch sent to them, not with the pool: a save
 * whose chunks fit one batch is digested on the main thread (ChunkBatches),
 * and starting and stopping a thread cost more than that batch (about 50 ms
 * of a 130 ms save of a small tree, measured through the bundle).
 * Requests go round-robin; each is answered by a promise. A worker that
 * cannot start or dies mid-batch does not fail the save: its batches (still
 * in shared memory) and every later one are digested on the main thread
 * instead, with the same result. An error the worker reports (a compressor
 * that threw) fails the save like it would on the main thread.
 */
export class DigestPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { request: DigestRequest; settle: (reply: DigestReply) => void; fail: (error: Error) => void }>();
  private readonly known: Set<string>;
  private broken = false;
  private fellBack = false;
  private started = false;
  private nextWorker = 0;

  private startedWorkers = 0;
  private stallTimer?: NodeJS.Timeout;
  /** The main thread's encoder, made with its first batch (a zstd context kept for the save, like each worker's). */
  private encodeHere?: EncodeInto;

  constructor(
    private setup: DigestSetup,
    private readonly count: number,
    /** Starts one worker (tests start ones that fail). */
    private readonly launch: (setup: DigestSetup) => Worker = startDigestWorker,
    private readonly stallMs = STALL_MS,
  ) {
    this.known = new Set(setup.known);
    if (setup.known.length > MAX_KNOWN_SENT) this.setup = { ...setup, known: [] };
  }

  /** What a save reports of its threads: how many started, and whether the main thread had to take over. */
  report(): { workers: number; fellBack: boolean } {
    return { workers: this.startedWorkers, fellBack: this.fellBack };
  }

  /** Whether batches go to worker threads (false: all are digested on the main thread); before the first one, whether they will. */
  get threaded(): boolean {
    return !this.broken && (this.started ? this.workers.length > 0 : this.count > 0);
  }

  /** How many workers are digesting (0 once the pool has fallen back to the main thread). */
  get workerCount(): number {
    return this.threaded ? this.workers.length : 0;
  }

  /** The batch's digest, from a worker, or from the main thread when `here` (or when there are no workers). */
  digest(request: DigestRequest, here = false): Promise<DigestReply> {
    if (!here && this.threaded && !this.started) this.start();
    if (here || !this.threaded) return Promise.resolve(this.digestHere(request));
    return new Promise((settle, fail) => {
      this.waiting.set(request.id, { request, settle, fail });
      this.workers[this.nextWorker++ % this.workers.length]!.postMessage(request);
      this.watchForStall();
    });
  }

  /**
   * Stops the workers. Batches still waiting (a save that failed part way) are
   * dropped, not digested here: a stopped worker's 'exit' would otherwise take
   * the fallback path and compress up to a dozen batches for a save that has
   * already failed.
   */
  async close(): Promise<void> {
    clearTimeout(this.stallTimer);
    this.broken = true;
    this.waiting.clear();
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private start(): void {
    this.started = true;
    for (let index = 0; index < this.count && !this.broken; index++) this.startWorker();
  }

  private startWorker(): void {
    let worker: Worker;
    try {
      worker = this.launch(this.setup);
    } catch {
      this.fallBack();
      return;
    }
    this.startedWorkers++;
    worker.on('message', (reply: DigestReply) => this.answer(reply));
    worker.on('error', () => this.fallBack());
    worker.on('exit', () => this.fallBack());
    this.workers.push(worker);
  }

  private answer(reply: DigestReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    this.watchForStall();
    if (reply.error !== undefined) waiting.fail(new Error(reply.error));
    else waiting.settle(reply);
  }

  /** A worker failed or left: the batches it held are digested here (their bytes are still in shared memory), and so is every later one. */
  private fallBack(): void {
    if (this.broken) return;
    clearTimeout(this.stallTimer);
    this.broken = true;
    this.fellBack = true;
    const workers = this.workers.splice(0);
    for (const worker of workers) {
      worker.removeAllListeners();
      // A second worker failing at the same time (two out-of-memory kills) still emits 'error': with no listener that would be an uncaught exception.
      worker.on('error', () => undefined);
      void worker.terminate();
    }
    // In request order: a chunk repeated across batches is encoded by its first batch, as on the main thread.
    const pending = [...this.waiting.values()].sort((a, b) => a.request.id - b.request.id);
    this.waiting.clear();
    for (const { request, settle, fail } of pending) {
      try {
        settle(this.digestHere(request));
      } catch (error) {
        fail(error as Error);
      }
    }
  }

  /** (Re)starts the stall clock while any batch waits on a worker: every answer restarts it. */
  private watchForStall(): void {
    clearTimeout(this.stallTimer);
    if (this.waiting.size === 0) return;
    this.stallTimer = setTimeout(() => this.fallBack(), this.stallMs);
    // The workers keep the process alive while they run; the clock alone must not.
    this.stallTimer.unref();
  }

  /**
   * Digests a batch on the main thread. Once the pool has fallen back, into an
   * output buffer of its own: a worker given up on may still be running (a
   * stalled one, or one whose termination has not landed), and it writes
   * into the output it was sent, which the batches reuse.
   */
  private digestHere(request: DigestRequest): DigestReply {
    const own = this.fellBack ? { ...request, output: new SharedArrayBuffer(request.output.byteLength) } : request;
    this.encodeHere ??= storedEncoder(loadHere, this.setup.codec, this.setup.tags);
    return digestBatch(loadHere, this.encodeHere, this.setup, this.known, own);
  }
}

function startDigestWorker(setup: DigestSetup): Worker {
  return new Worker(digestWorkerSource(), { eval: true, workerData: setup });
}

/** The modules digest-batch.ts loads, for running it on the main thread (an ES module has no `require`). */
const HERE: Record<string, unknown> = { 'node:crypto': crypto, 'node:zlib': zlib, 'node:worker_threads': workerThreads };

function loadHere(id: string): unknown {
  const found = HERE[id];
  if (!found) throw new Error(`digest-batch loads ${id}, which the main thread does not provide`);
  return found;
}
