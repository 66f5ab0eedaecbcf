import { isUtf8 } from 'node:buffer';

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
/** Share of control bytes above which content that is not UTF-8 either is binary. */
const NON_UTF8_CONTROL_SHARE = 0.01;

/**
 * Many control bytes, NUL included, mean binary: a few do not. (One NUL used
 * to be enough, so a log could switch its own scrubbing off with one byte.)
 * Random or encrypted bytes (a key store, a compressed blob) hold about 10%
 * control bytes, right at that line; they are never UTF-8, so some control
 * bytes and no UTF-8 is binary too. Text in other encodings than UTF-8
 * (latin1 logs) has next to no control bytes and stays text: redaction works
 * on bytes. Binary content is still searched for known values.
 */
export function isBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    // Tab, LF, VT, FF, CR and ESC (ANSI colours) are ordinary in logs.
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 11 && byte !== 12 && byte !== 13 && byte !== 27) control++;
  }
  if (head.length === 0) return false;
  const share = control / head.length;
  return share > BINARY_SHARE || (share > NON_UTF8_CONTROL_SHARE && !isUtf8Head(head));
}

/** UTF-8, allowing the sniffed head to end inside a character. */
function isUtf8Head(head: Uint8Array): boolean {
  for (let cut = 0; cut < 4 && cut < head.length; cut++) if (isUtf8(head.subarray(0, head.length - cut))) return true;
  return false;
}
