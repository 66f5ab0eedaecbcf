/** Byte-level helpers of the XML scanner (xml-scanner.ts): byte classes and a search tuned for short distances. Pure. */

/** Byte classes as tables: one load per byte in the tag loops instead of a chain of comparisons. */
const SPACE = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09]) SPACE[byte] = 1;
/** Name characters: ASCII letters, digits, `_ - . :` and any non-ASCII byte (UTF-8 names). */
const NAME = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
  NAME[byte] = (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x30 && byte <= 0x3a) || byte === 0x5f || byte === 0x2d || byte === 0x2e || byte >= 0x80 ? 1 : 0;
}

/**
 * `buffer.indexOf(byte, from)`, reading the first bytes itself: between tags
 * there are a few bytes of indentation, and a native search costs more to
 * call than they cost to read. Long text (a `system-out`) is still one
 * native search.
 */
export function findByte(buffer: Buffer, byte: number, from: number): number {
  const near = Math.min(buffer.length, from + NEAR_BYTES);
  for (let index = from; index < near; index++) if (buffer[index] === byte) return index;
  return near === buffer.length ? -1 : buffer.indexOf(byte, near);
}

const NEAR_BYTES = 32;

export function isSpace(byte: number): boolean {
  return SPACE[byte] === 1;
}

export function isNameByte(byte: number): boolean {
  return NAME[byte] === 1;
}
