/** What a file is, from its first bytes. Pure. */
export type ContentKind = 'text' | 'binary' | 'gzip' | 'zip';

/** Bytes read to decide. */
export const SNIFF_BYTES = 8192;

export function classifyContent(head: Uint8Array): ContentKind {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) return 'zip';
  return isBinary(head) ? 'binary' : 'text';
}

/** Share of control bytes (NUL included) above which content is binary. */
const BINARY_SHARE = 0.1;

/**
 * Many control bytes, NUL included, mean binary: a few do not. (One NUL used
 * to be enough, so a log could switch its own scrubbing off with one byte.)
 * Text in other encodings than UTF-8 (latin1 logs) stays text: redaction
 * works on bytes. Binary content is still searched for known values.
 */
export function isBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    // Tab, LF, VT, FF, CR and ESC (ANSI colours) are ordinary in logs.
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 11 && byte !== 12 && byte !== 13 && byte !== 27) control++;
  }
  return head.length > 0 && control / head.length > BINARY_SHARE;
}
