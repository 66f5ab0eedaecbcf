import { createHash } from 'node:crypto';

/**
 * The bytes of a pack file: many stored chunks (each as codec.ts encodes it:
 * tag byte, then the compressed bytes) appended one after another, then an
 * index, then a fixed footer. Pure: no I/O.
 *
 *   [chunk bytes ...]
 *   [index: per chunk 32 bytes SHA-256 of its plain bytes, 8 bytes offset, 4 bytes stored length (big-endian)]
 *   [footer: 8 bytes index offset, 4 bytes chunk count, 4 zero bytes, 8 bytes "GATESPK1"]
 *
 * The index travels inside the pack (one file, one rename: a pack is either
 * there whole or not at all) and is named by the SHA-256 of its index bytes,
 * so the same chunks at the same places always make the same name. The
 * index is not trusted: every chunk is hashed when it is read, and an entry
 * that points outside the pack's chunk bytes is marked damaged.
 */
export const PACK_MAGIC = Buffer.from('GATESPK1', 'latin1');
export const FOOTER_BYTES = 24;
export const ENTRY_BYTES = 44;

export interface PackEntry {
  hash: string;
  offset: number;
  length: number;
}

/** The index and footer that close a pack whose chunk bytes end at `indexOffset`. */
export function encodeIndex(entries: readonly PackEntry[], indexOffset: number): { bytes: Buffer; name: string } {
  const bytes = Buffer.alloc(entries.length * ENTRY_BYTES + FOOTER_BYTES);
  let at = 0;
  for (const entry of entries) {
    bytes.write(entry.hash, at, 32, 'hex');
    bytes.writeBigUInt64BE(BigInt(entry.offset), at + 32);
    bytes.writeUInt32BE(entry.length, at + 40);
    at += ENTRY_BYTES;
  }
  bytes.writeBigUInt64BE(BigInt(indexOffset), at);
  bytes.writeUInt32BE(entries.length, at + 8);
  PACK_MAGIC.copy(bytes, at + 16);
  return { bytes, name: packName(bytes.subarray(0, at)) };
}

export function packName(indexBytes: Uint8Array): string {
  return createHash('sha256').update(indexBytes).digest('hex');
}

export interface ParsedFooter {
  indexOffset: number;
  count: number;
}

/** The footer of a pack of `fileSize` bytes, or the reason it is not one. */
export function parseFooter(footer: Buffer, fileSize: number): ParsedFooter | string {
  if (fileSize < FOOTER_BYTES || footer.length !== FOOTER_BYTES) return 'it is too short to be a pack';
  if (!footer.subarray(16).equals(PACK_MAGIC)) return 'its footer is not a pack footer';
  const indexOffset = footer.readBigUInt64BE(0);
  const count = footer.readUInt32BE(8);
  if (indexOffset + BigInt(count) * BigInt(ENTRY_BYTES) + BigInt(FOOTER_BYTES) !== BigInt(fileSize)) return 'its index does not fit its size';
  return { indexOffset: Number(indexOffset), count };
}

export interface ParsedIndex {
  /** Where the chunk bytes end and the index starts. */
  indexOffset: number;
  /** Entries that lie inside the pack's chunk bytes. */
  entries: PackEntry[];
  /** Entries that do not (a damaged or tampered index): reading them is refused by name. */
  damaged: PackEntry[];
}

/** The entries of an index (`count` × ENTRY_BYTES), each checked to lie within `[0, indexOffset)`. */
export function parseIndex(bytes: Buffer, footer: ParsedFooter): ParsedIndex {
  const entries: PackEntry[] = [];
  const damaged: PackEntry[] = [];
  for (let at = 0; at + ENTRY_BYTES <= bytes.length; at += ENTRY_BYTES) {
    const offset = bytes.readBigUInt64BE(at + 32);
    const length = bytes.readUInt32BE(at + 40);
    const entry = { hash: bytes.toString('hex', at, at + 32), offset: Number(offset), length };
    if (length >= 1 && offset + BigInt(length) <= BigInt(footer.indexOffset)) entries.push(entry);
    else damaged.push({ ...entry, offset: Number.isSafeInteger(entry.offset) ? entry.offset : -1 });
  }
  return { indexOffset: footer.indexOffset, entries, damaged };
}
