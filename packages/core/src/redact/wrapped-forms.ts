import { WRAP_WIDTHS } from './secret-variants.js';

/**
 * Wrapped base64 forms found from their starts instead of listed. A
 * fragment of L characters has up to 2 x (76 + 64) wrapped forms
 * (wrappedForms: the first break after each of its first `width`
 * characters, then one every `width`, `\n` or `\r\n`), each about as long
 * as the fragment: for a runner's 1 KB token, 840 forms, 1.2 MB of text
 * built when the secret is registered and encoded and indexed when a long
 * text is first redacted. Forms with the same first break and break share
 * their start; the matcher searches for that start (the first piece, the
 * break and at most START_TAIL characters after it), and a start found is
 * followed through the rest of the fragment, piece by piece, at each width.
 * The same occurrences as the listed forms, found by the same one pass over
 * the text. Pure.
 */

/** Characters of the second piece in a start: enough that a start is rarely a false candidate, and at least the matcher's 16-byte window. */
const START_TAIL = 16;

const WIDEST: number = WRAP_WIDTHS.reduce<number>((widest, width) => Math.max(widest, width), 0);

/** The length of a fragment's shortest wrapped form (the widest width, the first break as late as it goes); 0 when it has none. */
export function shortestWrappedLength(fragmentLength: number): number {
  if (fragmentLength < 2) return 0;
  const firstBreak = Math.min(fragmentLength - 1, WIDEST);
  return fragmentLength + 1 + Math.floor((fragmentLength - 1 - firstBreak) / WIDEST);
}

/** A start searched for: the fragment, where its first break is and which break it is. */
export interface WrapStart {
  fragment: Uint8Array;
  firstBreak: number;
  /** 1 for `\n`, 2 for `\r\n`. */
  breakBytes: number;
}

/** The starts of a base64 fragment's wrapped forms, each with the literal the matcher searches for (ASCII, so bytes are characters). */
export function wrapStarts(fragment: string): { literal: Buffer; start: WrapStart }[] {
  const bytes = Buffer.from(fragment, 'latin1');
  const starts: { literal: Buffer; start: WrapStart }[] = [];
  for (let firstBreak = 1; firstBreak < Math.min(fragment.length, WIDEST + 1); firstBreak++) {
    for (const separator of ['\n', '\r\n']) {
      const literal = Buffer.from(fragment.slice(0, firstBreak) + separator + fragment.slice(firstBreak, firstBreak + START_TAIL), 'latin1');
      starts.push({ literal, start: { fragment: bytes, firstBreak, breakBytes: separator.length } });
    }
  }
  return starts;
}

/**
 * The end of the longest wrapped form of the start's fragment that begins
 * at `at` (where its start was found) and ends by `to`, at least `minLength`
 * long; -1 when there is none. The start matched, so the first piece and
 * break are there: the rest is compared piece by piece at each width the
 * first break allows.
 */
export function wrappedFormEnd(haystack: Uint8Array, at: number, to: number, start: WrapStart, minLength: number): number {
  const { fragment, firstBreak, breakBytes } = start;
  let longest = -1;
  for (const width of WRAP_WIDTHS) {
    if (firstBreak > width) continue;
    const end = followPieces(haystack, at + firstBreak, to, fragment, firstBreak, width, breakBytes);
    if (end > longest && end - at >= minLength) longest = end;
  }
  return longest;
}

/** From a break at `position` (before fragment[offset]): break, piece of `width`, break, …, to the fragment's end. */
function followPieces(haystack: Uint8Array, position: number, to: number, fragment: Uint8Array, offset: number, width: number, breakBytes: number): number {
  while (offset < fragment.length) {
    if (position + breakBytes > to) return -1;
    if (breakBytes === 2 ? haystack[position] !== 0x0d || haystack[position + 1] !== 0x0a : haystack[position] !== 0x0a) return -1;
    position += breakBytes;
    const pieceEnd = Math.min(offset + width, fragment.length);
    if (position + (pieceEnd - offset) > to) return -1;
    for (; offset < pieceEnd; offset++, position++) if (haystack[position] !== fragment[offset]) return -1;
  }
  return position;
}
