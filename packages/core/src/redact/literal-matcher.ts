/**
 * Finds every occurrence of many byte strings (the known secrets in all their
 * encodings, often thousands) in one pass over bytes. A regex alternation of
 * the literals, or one indexOf per literal, is an order of magnitude slower
 * (see bench/). Pure: no I/O.
 *
 * How: every literal is at least KEY_BYTES long. At each position the last
 * four bytes form a 32-bit key, rolled in one shift per byte; a hash of the key
 * indexes a bitset of the literals' first four bytes. Only the rare positions
 * whose bit is set look the key up in a map and compare whole literals.
 */

/** Literals shorter than this are refused by the matcher (and by policy: they would mask ordinary words). */
export const KEY_BYTES = 4;

const FILTER_BITS = 20;

export interface LiteralMatch {
  start: number;
  end: number;
  /** Index of the literal in the list the matcher was built from. */
  literal: number;
}

interface Candidate {
  bytes: Uint8Array;
  index: number;
}

export class LiteralMatcher {
  private readonly filter = new Uint8Array(1 << (FILTER_BITS - 3));
  /** Literals by their first four bytes, longest first so the first hit at a position is the longest. */
  private readonly byKey = new Map<number, Candidate[]>();
  readonly longest: number;
  readonly count: number;

  constructor(literals: readonly Uint8Array[]) {
    let longest = 0;
    literals.forEach((bytes, index) => {
      if (bytes.length < KEY_BYTES) throw new RangeError(`literal ${index} is shorter than ${KEY_BYTES} bytes`);
      longest = Math.max(longest, bytes.length);
      const key = keyAt(bytes, 0);
      const hash = hashKey(key);
      this.filter[hash >>> 3]! |= 1 << (hash & 7);
      const list = this.byKey.get(key) ?? [];
      list.push({ bytes, index });
      this.byKey.set(key, list);
    });
    for (const list of this.byKey.values()) list.sort((a, b) => b.bytes.length - a.bytes.length);
    this.longest = longest;
    this.count = literals.length;
  }

  /**
   * Every position where a literal starts, with the longest literal there.
   * Overlapping matches are all reported; callers merge them.
   */
  findAll(haystack: Uint8Array, from = 0, to = haystack.length): LiteralMatch[] {
    const matches: LiteralMatch[] = [];
    if (this.count === 0 || to - from < KEY_BYTES) return matches;
    const filter = this.filter;
    let key = (haystack[from]! << 8) | (haystack[from + 1]! << 16) | (haystack[from + 2]! << 24);
    for (let position = from + 3; position < to; position++) {
      key = (key >>> 8) | (haystack[position]! << 24);
      const hash = Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
      if ((filter[hash >>> 3]! & (1 << (hash & 7))) === 0) continue;
      const start = position - 3;
      const hit = this.longestAt(haystack, start, to, key | 0);
      if (hit) matches.push({ start, end: start + hit.bytes.length, literal: hit.index });
    }
    return matches;
  }

  private longestAt(haystack: Uint8Array, start: number, to: number, key: number): Candidate | undefined {
    const candidates = this.byKey.get(key);
    if (!candidates) return undefined;
    outer: for (const candidate of candidates) {
      const bytes = candidate.bytes;
      if (start + bytes.length > to) continue;
      for (let offset = KEY_BYTES; offset < bytes.length; offset++) {
        if (haystack[start + offset] !== bytes[offset]) continue outer;
      }
      return candidate;
    }
    return undefined;
  }
}

function keyAt(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) | 0;
}

function hashKey(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
}
