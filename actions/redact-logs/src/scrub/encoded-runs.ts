/**
 * Runs of encoded text that may hide a credential no rule can see as it is:
 * base64 and base64url (a docker config, a kubeconfig, a JWT payload, a
 * Basic header), hex, and percent-encoding. Each run is decoded so the rules
 * can run over the plain text; a find there scrubs the whole run. Pure.
 *
 * Finding runs is one pass over every byte of every file, so it must cost
 * little: a run needs MIN_RUN run characters in a row, so the scan looks at
 * the last byte of each MIN_RUN-byte stretch first and skips the stretch
 * when that byte cannot be in a run (the skip of Boyer–Moore's bad
 * character). Most candidates are then rejected from their first few
 * characters, before any decoding: base64 of text has a character from a
 * narrow range at every fourth place, hex of text a digit 2–7 at every
 * other. (Measured on the bench log: about 3x a byte-by-byte loop.)
 */

/** Shorter runs decode to fewer than 18 bytes: no credential format the rules know fits. */
export const MIN_RUN = 24;
/** Longer runs are not decoded (the scanner's overlap must hold a run whole). */
export const MAX_RUN = 32 * 1024;

export type Encoding = 'base64' | 'hex' | 'percent';

export interface EncodedRun {
  start: number;
  end: number;
  encoding: Encoding;
}

const RUN = new Uint8Array(256);
const HEX = new Uint8Array(256);
/** The first base64 character of a group of four that encodes a printable ASCII byte (0x20–0x7e): I–Z, a–f. */
const TEXT_QUAD = new Uint8Array(256);
/** A hex digit that can be the high nibble of printable ASCII: 2–7. */
const TEXT_NIBBLE = new Uint8Array(256);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-%') RUN[char.charCodeAt(0)] = 1;
for (const char of '0123456789abcdefABCDEF') HEX[char.charCodeAt(0)] = 1;
for (const char of 'IJKLMNOPQRSTUVWXYZabcdef') TEXT_QUAD[char.charCodeAt(0)] = 1;
for (const char of '234567') TEXT_NIBBLE[char.charCodeAt(0)] = 1;
const PERCENT = 0x25;
const EQUALS = 0x3d;

/** Calls `visit` with each run in [from, to) that is worth decoding. */
export function findEncodedRuns(bytes: Uint8Array, from: number, to: number, visit: (run: EncodedRun) => void): void {
  let at = from;
  while (at + MIN_RUN <= to) {
    const last = at + MIN_RUN - 1;
    if (RUN[bytes[last]!] !== 1) {
      at = last + 1;
      continue;
    }
    let back = last - 1;
    while (back >= at && RUN[bytes[back]!] === 1) back--;
    if (back >= at) {
      at = back + 1;
      continue;
    }
    let end = last + 1;
    while (end < to && RUN[bytes[end]!] === 1) end++;
    const run = classify(bytes, at, end, to);
    if (run) visit(run);
    at = end + 1;
  }
}

function classify(bytes: Uint8Array, start: number, end: number, to: number): EncodedRun | undefined {
  if (end - start > MAX_RUN) return undefined;
  // One pass, no allocation: most runs (paths, words joined by dashes) end here.
  let hex = true;
  for (let index = start; index < end; index++) {
    const byte = bytes[index]!;
    if (byte === PERCENT) return percentRun(bytes, start, end, to);
    if (hex && HEX[byte] !== 1) hex = false;
  }
  if (hex) return (end - start) % 2 === 0 && textLike(bytes, start, end, 2, TEXT_NIBBLE) ? { start, end, encoding: 'hex' } : undefined;
  while (end < to && end - start < MAX_RUN && bytes[end] === EQUALS) end++;
  // DER (a PKCS#12 file, a key) starts with a SEQUENCE: "MI" in base64.
  const der = bytes[start] === 0x4d && (bytes[start + 1] === 0x49 || bytes[start + 1] === 0x47);
  return der || textLike(bytes, start, end, 4, TEXT_QUAD) ? { start, end, encoding: 'base64' } : undefined;
}

/** At most one miss in the first eight groups: UTF-8 text has a few bytes outside ASCII. */
function textLike(bytes: Uint8Array, start: number, end: number, step: number, table: Uint8Array): boolean {
  let misses = 0;
  for (let index = start, groups = 0; index < end && groups < 8; index += step, groups++) if (table[bytes[index]!] !== 1 && ++misses > 1) return false;
  return true;
}

/** A percent-encoded run goes on across the characters URLs leave as they are; it needs two escapes to be worth decoding. */
function percentRun(bytes: Uint8Array, start: number, end: number, to: number): EncodedRun | undefined {
  const urlChar = (byte: number) => RUN[byte] === 1 || byte === 0x2e || byte === 0x7e || byte === 0x3d || byte === 0x26 || byte === 0x3a || byte === 0x40;
  while (end < to && end - start < MAX_RUN && urlChar(bytes[end]!)) end++;
  let escapes = 0;
  for (let index = start; index + 2 < end; index++) if (bytes[index] === PERCENT && HEX[bytes[index + 1]!] === 1 && HEX[bytes[index + 2]!] === 1) escapes++;
  return escapes >= 2 ? { start, end, encoding: 'percent' } : undefined;
}

/** The run's bytes decoded; undefined when decoding changes nothing. */
export function decodeRun(bytes: Uint8Array, run: EncodedRun): Buffer | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + run.start, run.end - run.start).toString('latin1');
  if (run.encoding === 'hex') return Buffer.from(text, 'hex');
  // Node's base64 decoder reads the URL-safe alphabet too.
  if (run.encoding === 'base64') return Buffer.from(text, 'base64');
  return percentDecode(text);
}

function percentDecode(text: string): Buffer | undefined {
  const out: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === PERCENT && index + 2 < text.length && HEX[text.charCodeAt(index + 1)] === 1 && HEX[text.charCodeAt(index + 2)] === 1) {
      out.push(parseInt(text.slice(index + 1, index + 3), 16));
      index += 2;
    } else out.push(code === 0x2b ? 0x20 : code);
  }
  return Buffer.from(out);
}

/** Printable: what rules can match in. Binary content goes only to rules for binary formats. */
export function isPrintable(bytes: Uint8Array): boolean {
  let other = 0;
  for (const byte of bytes) if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13) || byte === 0x7f) other++;
  return other <= bytes.length / 20;
}
