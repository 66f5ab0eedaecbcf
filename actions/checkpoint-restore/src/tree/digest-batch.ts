import { encodeStored, looksIncompressible, reusableZstd, storedEncoder, type EncodeInto, type Load, type StoredCodec } from '../store/encode-chunk.js';

/**
 * The per-chunk work of a save apart from finding boundaries: each chunk's
 * SHA-256 and, for a chunk the store lacks, its stored form (a tag byte, then
 * the compressed bytes, or the plain ones when compressing does not shrink
 * them: the same encoding as codec.ts). It runs in worker threads
 * (digest-pool.ts), so that on a machine with two cores hashing and
 * compressing overlap with reading and cutting the next files.
 *
 * These functions (with encode-chunk.ts's) are also the worker's program:
 * digest-pool.ts starts each worker from their source text
 * (`Function.prototype.toString`), since a bundled action is one file and has
 * no separate script to start. So they use only their arguments and what
 * `load` gives them: no imports, no other module-level names.
 */

/** A batch of chunks, back to back in memory the main thread shares with the worker. */
export interface DigestRequest {
  id: number;
  buffer: SharedArrayBuffer;
  /** Where each chunk ends; the first starts at 0, each next one where the previous ended. */
  ends: number[];
  /**
   * Where the worker writes the stored forms of the chunks it compresses, back to back in chunk order: shared
   * memory the main thread reuses batch after batch. Replies carried a new buffer each before, and those
   * (4 MiB a batch, outside the JS heap) made the main thread run a full GC every ~35 MB. One byte longer than
   * `buffer`: a chunk is stored compressed only when that is smaller than its plain bytes, and the zstd encoder
   * compresses into it directly with room for a body as long as the chunk (encode-chunk.ts, storedEncoder).
   */
  output: SharedArrayBuffer;
}

export interface DigestReply {
  id: number;
  hashes: string[];
  /**
   * Per chunk: the length of its stored form in the request's `output`; STORED_PLAIN when it is stored as it is (a
   * tag byte, then the plain bytes, which the main thread has in the shared batch: not copied back); 0 when the
   * worker did not encode it (the store has it).
   */
  lengths: number[];
  /** Where the stored forms are: the request's `output`, or a buffer of its own when the main thread took the batch over from a worker. */
  output: SharedArrayBuffer;
  error?: string;
}

/** A chunk stored as it is: its bytes are in the batch already. */
export const STORED_PLAIN = -1;

/** What a worker is started with: how to encode, and which chunks the store has already (they are not encoded again). */
export interface DigestSetup {
  codec: StoredCodec;
  tags: Readonly<Record<StoredCodec, number>>;
  known: string[];
  /** The maximum-size chunk of zeros (chunking/zero-chunk.ts): a sparse file's holes, whose hash is known. */
  zeroChunk: { size: number; sha256: string };
}



/** Hashes and encodes one batch; `known` grows with what this batch encodes (a chunk repeated later is not encoded twice). */
export function digestBatch(load: Load, encodeInto: EncodeInto, setup: DigestSetup, known: Set<string>, request: DigestRequest): DigestReply {
  const { createHash } = load('node:crypto') as typeof import('node:crypto');
  const data = new Uint8Array(request.buffer);
  const output = new Uint8Array(request.output);
  const hashes: string[] = [];
  const lengths: number[] = [];
  let total = 0;
  let start = 0;
  let zeroBytes: Buffer | undefined;
  for (const end of request.ends) {
    const plain = data.subarray(start, end);
    start = end;
    // Zeros (a sparse file's holes) cut into maximum-size chunks whose hash is known: not hashed again, chunk after chunk.
    const zeros = plain.length === setup.zeroChunk.size && plain[0] === 0 && Buffer.compare(plain, (zeroBytes ??= Buffer.alloc(plain.length))) === 0;
    const hash = zeros ? setup.zeroChunk.sha256 : createHash('sha256').update(plain).digest('hex');
    hashes.push(hash);
    if (known.has(hash)) {
      lengths.push(0);
      continue;
    }
    known.add(hash);
    // Written where the previous stored form ended: at most where this chunk starts in the batch, since a stored
    // form is kept only when shorter than its chunk (output is one byte longer than the batch, for the tag byte).
    // -1 (STORED_PLAIN) when the chunk is stored as it is: its bytes are in the batch already.
    const length = encodeInto(plain, output, total);
    lengths.push(length);
    if (length > 0) total += length;
  }
  return { id: request.id, hashes, lengths, output: request.output };
}

/** A worker thread's program: answers each request with its digest, or with the error that stopped it. */
export function digestWorkerMain(load: Load, setup: DigestSetup, digest: typeof digestBatch, encoder: typeof storedEncoder): void {
  const { parentPort } = load('node:worker_threads') as typeof import('node:worker_threads');
  const known = new Set(setup.known);
  const encodeInto = encoder(load, setup.codec, setup.tags);
  parentPort!.on('message', (request: DigestRequest) => {
    let reply: DigestReply;
    try {
      reply = digest(load, encodeInto, setup, known, request);
    } catch (error) {
      parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    parentPort!.postMessage(reply);
  });
}

/**
 * The source a worker is started from (`new Worker(source, { eval: true, workerData: setup })`).
 * Functions of other modules are passed to the worker's main as arguments, not named in its body: a bundler
 * may rewrite a name imported from another module into a module-table lookup the worker does not have.
 */
export function digestWorkerSource(): string {
  const helpers = [looksIncompressible, encodeStored, reusableZstd].map((helper) => helper.toString()).join('\n');
  return `${helpers}\n(${digestWorkerMain.toString()})(require, require('node:worker_threads').workerData, ${digestBatch.toString()}, ${storedEncoder.toString()});\n`;
}
