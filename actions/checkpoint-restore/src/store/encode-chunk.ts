/**
 * A chunk's stored form: a tag byte saying how it is compressed, then the
 * bytes (codec.ts reads it back). Used on the main thread (codec.ts) and in
 * the digest workers, which start from these functions' source text
 * (tree/digest-batch.ts): so they use only their arguments, each other and
 * what `load` gives them; no imports, no other module-level names.
 */

export type StoredCodec = 'zstd' | 'gzip' | 'none';

/** Node's `require`, passed in: a worker's script has it as a global, an ES module does not (codec.ts passes its imports). */
export type Load = (id: string) => unknown;

/**
 * Whether a chunk looks like random bytes (already compressed or encrypted
 * files): four samples of 512 bytes, at its start, its end and two points
 * between, each with a collision entropy (-log2 of the sum of each byte
 * value's squared share) above 7 bits. Random bytes give about 7.4 (ten
 * standard deviations above), text 4-5, base64 at most 6, machine code about
 * 6. Compressing such a chunk costs about 0.8 ns a byte for nothing, so it is
 * stored as it is; a chunk with any compressible sample is compressed. The sum
 * of squared counts is kept while counting (one pass, no logarithm).
 */
export function looksIncompressible(plain: Uint8Array): boolean {
  const sample = 512;
  // 2^-7 of sample²: a sum of squared counts at or above it is 7 bits of collision entropy or less.
  const compressibleFrom = (sample * sample) / 128;
  if (plain.length < 4 * sample) return false;
  const counts = new Uint16Array(256);
  for (let index = 0; index < 4; index++) {
    const from = Math.floor(((plain.length - sample) * index) / 3);
    counts.fill(0);
    let squares = 0;
    for (let at = from; at < from + sample; at++) squares += 2 * counts[plain[at]!]!++ + 1;
    if (squares >= compressibleFrom) return false;
  }
  return true;
}

/** Tag byte and body: compressed with `codec` when that makes it smaller and it does not look incompressible, the plain bytes otherwise. */
export function encodeStored(load: Load, codec: StoredCodec, tags: Readonly<Record<StoredCodec, number>>, plain: Uint8Array): { tag: number; body: Uint8Array } {
  if (codec !== 'none' && plain.length > 0 && !looksIncompressible(plain)) {
    const zlib = load('node:zlib') as typeof import('node:zlib') & { zstdCompressSync?: (data: Uint8Array, options: object) => Buffer };
    // One output buffer as long as the chunk (zlib's default fills 128 KiB / 16 KiB pieces and joins them in a new buffer:
    // ~15% of zstd's time on a 100 KB chunk, more for gzip); only output that does not shrink the chunk needs a second.
    const chunkSize = plain.length + 64;
    const packed = codec === 'zstd' ? zlib.zstdCompressSync!(plain, { chunkSize }) : zlib.gzipSync(plain, { level: 1, chunkSize });
    if (packed.length < plain.length) return { tag: tags[codec], body: packed };
  }
  return { tag: tags.none, body: plain };
}

/**
 * Writes a chunk's stored form (tag byte, then body) into `output` at `at` and
 * returns its length, or -1 when the chunk is stored as it is (its plain bytes
 * are the caller's already). `output` must have room for the tag byte and as
 * many bytes as the chunk: a body is only kept when it is shorter than that.
 */
export type EncodeInto = (plain: Uint8Array, output: Uint8Array, at: number) => number;

/**
 * The digest workers' encoder (one per thread, for its life). For zstd it
 * keeps one compression context (reusableZstd) and compresses straight into
 * `output`; otherwise, or where that context is unavailable, it encodes with
 * encodeStored and copies the body in. Both give the same bytes.
 */
export function storedEncoder(load: Load, codec: StoredCodec, tags: Readonly<Record<StoredCodec, number>>): EncodeInto {
  const zstd = codec === 'zstd' ? reusableZstd(load) : undefined;
  return (plain, output, at) => {
    if (zstd && plain.length > 0 && !looksIncompressible(plain)) {
      // Room for a body one byte shorter than the chunk at most: longer output does not fit, and the chunk is stored plain.
      const length = zstd(plain, output, at + 1, Math.min(plain.length, output.length - at - 1));
      if (length < 0) return -1;
      output[at] = tags.zstd;
      return 1 + length;
    }
    const { tag, body } = encodeStored(load, codec, tags, plain);
    if (tag === tags.none) return -1;
    output[at] = tag;
    output.set(body, at + 1);
    return 1 + body.length;
  };
}

/** What reusableZstd uses of a `zlib.ZstdCompress` stream: Node's internals, checked before use. */
interface ZstdEngine {
  destroyed: boolean;
  _handle?: { writeSync?: unknown; reset?: unknown } | null;
  _writeState?: unknown;
  on(event: 'error', listener: (error: Error) => void): void;
}
type WriteSync = (flush: number, input: Uint8Array, inOffset: number, inLength: number, output: Uint8Array, outOffset: number, outLength: number) => void;

/**
 * zstd with one compression context for many chunks, writing into the
 * caller's memory: returns the body's length, or -1 when it needs more than
 * `room` bytes. `zlib.zstdCompressSync` creates and frees a context per call
 * (a ZstdCompress stream, its tables set up afresh) and returns a new buffer:
 * on a save's 100 KB chunks that was 2.4x the time of compressing with one
 * context (187-227 ms against 80 ms for 300 MB of source files, Node 24), and
 * the buffers were copied into the batch's output and then collected. Node
 * has no public call that keeps a context between synchronous calls, so this
 * drives the stream's native handle the way `zstdCompressSync` does
 * (`handle.writeSync`, then the unread input and unused output in
 * `_writeState`), and resets the session after an output that did not fit.
 * Those are Node internals: unless they are there and a sample compresses
 * to exactly `zstdCompressSync`'s bytes, this answers undefined and the
 * caller uses `zstdCompressSync`.
 */
export function reusableZstd(load: Load): ((plain: Uint8Array, output: Uint8Array, at: number, room: number) => number) | undefined {
  const zlib = load('node:zlib') as { ZstdCompress?: new () => ZstdEngine; zstdCompressSync?: (data: Uint8Array) => Buffer; constants: Record<string, number> };
  const endFrame = zlib.constants.ZSTD_e_end;
  if (typeof zlib.ZstdCompress !== 'function' || typeof zlib.zstdCompressSync !== 'function' || endFrame === undefined) return undefined;
  let engine: ZstdEngine;
  try {
    engine = new zlib.ZstdCompress();
  } catch {
    return undefined;
  }
  const handle = engine._handle;
  const state = engine._writeState;
  if (!handle || typeof handle.writeSync !== 'function' || typeof handle.reset !== 'function' || !(state instanceof Uint32Array)) return undefined;
  const write = (handle.writeSync as WriteSync).bind(handle);
  const reset = (handle.reset as () => void).bind(handle);
  // A zstd error destroys the stream at once (its handle closed: one more call on that handle crashes the process) and
  // emits 'error' on the next tick, so each call checks the stream itself; the listener keeps the event from going unhandled.
  let failure: Error | undefined;
  engine.on('error', (error) => (failure = error));
  const failed = () => engine.destroyed || engine._handle !== handle;
  const stop = () => failure ?? new Error('zstd failed to compress a chunk (Node destroyed its compression stream)');
  const compress = (plain: Uint8Array, output: Uint8Array, at: number, room: number): number => {
    if (failed()) throw stop();
    // Node's handle checks its bounds by aborting the process: a range outside `output` is answered here instead.
    if (!(at >= 0 && room > 0 && at + room <= output.length)) return -1;
    // Cleared first, so a write that left it untouched can never pass for one that compressed this chunk.
    state[0] = 0;
    state[1] = plain.length;
    write(endFrame, plain, 0, plain.length, output, at, room);
    if (failed()) throw stop();
    // state: [output left unused, input left unread]. Done when all input is read and output is left over; a full
    // output may hold only part of the frame (what zstdCompressSync would continue in a second buffer).
    if (state[1] === 0 && state[0]! > 0) return room - state[0]!;
    reset();
    return -1;
  };
  const sample = new TextEncoder().encode('checkpoint sample: the same bytes as zstdCompressSync, or no reuse. '.repeat(64));
  const reference = zlib.zstdCompressSync(sample);
  const scratch = new Uint8Array(sample.length);
  try {
    for (let round = 0; round < 2; round++) {
      const length = compress(sample, scratch, 0, scratch.length);
      if (length !== reference.length || Buffer.compare(scratch.subarray(0, length), reference) !== 0) return undefined;
    }
    // A frame that does not fit must leave the context ready for the next one.
    if (compress(sample, scratch, 0, 8) !== -1 || compress(sample, scratch, 0, scratch.length) !== reference.length) return undefined;
    if (Buffer.compare(scratch.subarray(0, reference.length), reference) !== 0) return undefined;
  } catch {
    return undefined;
  }
  return compress;
}
