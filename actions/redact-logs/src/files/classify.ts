/** What a file is, from its first bytes. Pure. */
export type ContentKind = 'text' | 'binary' | 'gzip' | 'zip';

/** Bytes read to decide. */
export const SNIFF_BYTES = 8192;

export function classifyContent(head: Uint8Array): ContentKind {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) return 'zip';
  return isBinary(head) ? 'binary' : 'text';
}

/**
 * A NUL byte, or many control characters, mean binary. Text in other
 * encodings than UTF-8 (latin1 logs) stays text: redaction works on bytes.
 */
export function isBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    // Tab, LF, VT, FF, CR and ESC (ANSI colours) are ordinary in logs.
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 11 && byte !== 12 && byte !== 13 && byte !== 27) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}
