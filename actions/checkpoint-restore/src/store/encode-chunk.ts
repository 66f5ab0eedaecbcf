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
