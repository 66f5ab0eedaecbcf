import { gunzipSync } from 'node:zlib';
import * as zlib from 'node:zlib';
import { DEFAULT_CHUNK_SIZES } from '../chunking/content-chunker.js';
import { encodeStored, type StoredCodec } from './encode-chunk.js';

/**
 * How a stored chunk is compressed: its first byte says, so a store can hold
 * chunks written by Node 24 (zstd) and Node 20 (gzip) side by side.
 * zstd is Node's own (`zlib.zstdCompressSync`, Node ≥ 22.15); where it is
 * absent gzip at level 1 (speed over ratio: a checkpoint is on the critical
 * path of a rollback). A chunk that does not shrink is stored as it is.
 */
export type CodecName = StoredCodec;

const TAG: Record<CodecName, number> = { none: 0, gzip: 1, zstd: 2 };

/** Each codec's tag byte (the digest workers encode chunks too: digest-batch.ts). */
export const CODEC_TAGS: Readonly<Record<CodecName, number>> = TAG;

/** The most a stored chunk can be: its plain bytes (at most the chunker's maximum) behind the tag byte; compressed only when that is smaller. */
export const MAX_STORED_CHUNK_BYTES = DEFAULT_CHUNK_SIZES.max + 1;

type OutputOptions = { maxOutputLength: number; chunkSize: number };
type Zstd = { compress(data: Uint8Array): Buffer; decompress(data: Uint8Array, options: OutputOptions): Buffer };

/** Node's zstd, or undefined on a Node without it (20). */
function builtinZstd(): Zstd | undefined {
  const api = zlib as unknown as {
    zstdCompressSync?: (data: Uint8Array, options?: object) => Buffer;
    zstdDecompressSync?: (data: Uint8Array, options?: object) => Buffer;
  };
  if (!api.zstdCompressSync || !api.zstdDecompressSync) return undefined;
  const compress = api.zstdCompressSync;
  const decompress = api.zstdDecompressSync;
  return { compress: (data) => compress(data), decompress: (data, options) => decompress(data, options) };
}

const ZSTD = builtinZstd();

export function zstdAvailable(): boolean {
  return ZSTD !== undefined;
}

/** `auto`: zstd where this Node has it, gzip otherwise. */
export function chooseCodec(wanted: CodecName | 'auto'): CodecName {
  if (wanted === 'auto') return ZSTD ? 'zstd' : 'gzip';
  if (wanted === 'zstd' && !ZSTD) throw new Error(`zstd is not available in Node ${process.versions.node} (it needs Node 22.15 or later)`);
  return wanted;
}

/** Each tag as a one-byte buffer, indexed by its value (encodeStored answers with the value). */
const TAG_BYTES: Buffer[] = [];
for (const value of Object.values(TAG)) TAG_BYTES[value] = Buffer.from([value]);

/** A codec's tag byte as a buffer, to write in front of a body (a chunk stored as it is: 'none'). */
export function tagBytes(codec: CodecName): Buffer {
  return TAG_BYTES[TAG[codec]]!;
}

/** The stored form of a chunk, tag byte then the (compressed) bytes, as two parts: a writer writes both without copying the body behind the tag. */
export function encodeChunkParts(plain: Uint8Array, codec: CodecName): { tag: Buffer; body: Uint8Array } {
  const { tag, body } = encodeStored(loadZlib, codec, TAG, plain);
  return { tag: TAG_BYTES[tag]!, body };
}

function loadZlib(id: string): unknown {
  if (id !== 'node:zlib') throw new Error(`encode-chunk loads ${id}, which codec.ts does not provide`);
  return zlib;
}

/**
 * The chunk's plain bytes; never more than `maxLength` (a crafted chunk cannot
 * inflate without bound). The output goes to one buffer of `maxLength + 1`
 * bytes allocated up front (`chunkSize`), so pass the exact size when it is
 * known (a manifest's chunk size, at most 256 KiB): zlib's default fills
 * 16 KiB (gzip) or 128 KiB (zstd) pieces and joins them in a new buffer, and
 * that made decompressing a 100 KB chunk 2-5x slower (and its garbage a
 * restore's main cost in GC). The one extra byte keeps the output from
 * filling the buffer exactly, which would start a second one.
 */
export function decodeChunk(stored: Uint8Array, maxLength: number): Buffer {
  const body = stored.subarray(1);
  const output: OutputOptions = { maxOutputLength: Math.max(maxLength, 1), chunkSize: Math.max(zlib.constants.Z_MIN_CHUNK, maxLength + 1) };
  switch (stored[0]) {
    case TAG.none:
      return Buffer.from(body.buffer, body.byteOffset, body.length);
    case TAG.gzip:
      return gunzipSync(body, output);
    case TAG.zstd:
      if (!ZSTD) throw new Error(`it is zstd-compressed and Node ${process.versions.node} has no zstd (run the restore on Node 22.15 or later)`);
      return ZSTD.decompress(body, output);
    default:
      throw new Error(`unknown compression tag ${stored[0]}`);
  }
}
