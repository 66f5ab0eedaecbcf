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

/** 2^18 bits = 32 KiB: stays in the L1/L2 cache, and a few thousand keys fill about 1% of it. */
const FILTER_BITS = 18;

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
    let lastStart = -1;
    // Candidates are longest first, so the first visit at a position is the longest literal there.
    this.visit(haystack, from, to, (literal, start, end) => {
      if (start === lastStart) return;
      lastStart = start;
      matches.push({ start, end, literal });
    });
    return matches;
  }

  /** Calls `onMatch` for every literal that occurs, at every position, longest first at each position. */
  visit(haystack: Uint8Array, from: number, to: number, onMatch: (literal: number, start: number, end: number) => void): void {
    if (this.count === 0 || to - from < KEY_BYTES) return;
    // Aligned 32-bit words carry four bytes per load (about 1.6x the byte loop); the unaligned ends go byte by byte.
    const firstWord = Math.ceil((haystack.byteOffset + from) / 4);
    const endWord = Math.floor((haystack.byteOffset + to) / 4);
    if (!LITTLE_ENDIAN || endWord - firstWord < 4) return this.visitBytes(haystack, from, to - KEY_BYTES, to, onMatch);
    const wordsStart = firstWord * 4 - haystack.byteOffset;
    const wordsEnd = endWord * 4 - haystack.byteOffset;
    this.visitBytes(haystack, from, wordsStart, to, onMatch);
    this.visitWords(haystack, new Uint32Array(haystack.buffer, firstWord * 4, endWord - firstWord), wordsStart, to, onMatch);
    this.visitBytes(haystack, wordsEnd - 3, to - KEY_BYTES, to, onMatch);
  }

  /** Starts in [firstStart, lastStart], one byte at a time. */
  private visitBytes(haystack: Uint8Array, firstStart: number, lastStart: number, to: number, onMatch: (literal: number, start: number, end: number) => void): void {
    const filter = this.filter;
    for (let start = firstStart; start <= lastStart; start++) {
      const key = haystack[start]! | (haystack[start + 1]! << 8) | (haystack[start + 2]! << 16) | (haystack[start + 3]! << 24);
      const hash = Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
      if ((filter[hash >>> 3]! & (1 << (hash & 7))) === 0) continue;
      const candidates = this.byKey.get(key);
      if (candidates) this.compare(haystack, start, to, candidates, onMatch);
    }
  }

  /** Starts from wordsStart + 1 to the last start whose key ends inside the words, four per word (little-endian keys). */
  private visitWords(haystack: Uint8Array, words: Uint32Array, wordsStart: number, to: number, onMatch: (literal: number, start: number, end: number) => void): void {
    const filter = this.filter;
    const shift = 32 - FILTER_BITS;
    let previous = words[0]! | 0;
    for (let index = 1; index < words.length; index++) {
      const word = words[index]! | 0;
      const base = wordsStart + index * 4;
      // Keys starting 3, 2 and 1 bytes before this word, then the word itself: ascending starts.
      const k1 = (previous >>> 8) | (word << 24);
      const k2 = (previous >>> 16) | (word << 16);
      const k3 = (previous >>> 24) | (word << 8);
      let hash = Math.imul(k1, 0x9e3779b1) >>> shift;
      if (filter[hash >>> 3]! & (1 << (hash & 7))) this.probe(haystack, base - 3, to, k1, onMatch);
      hash = Math.imul(k2, 0x9e3779b1) >>> shift;
      if (filter[hash >>> 3]! & (1 << (hash & 7))) this.probe(haystack, base - 2, to, k2, onMatch);
      hash = Math.imul(k3, 0x9e3779b1) >>> shift;
      if (filter[hash >>> 3]! & (1 << (hash & 7))) this.probe(haystack, base - 1, to, k3, onMatch);
      hash = Math.imul(word, 0x9e3779b1) >>> shift;
      if (filter[hash >>> 3]! & (1 << (hash & 7))) this.probe(haystack, base, to, word, onMatch);
      previous = word;
    }
  }

  private probe(haystack: Uint8Array, start: number, to: number, key: number, onMatch: (literal: number, start: number, end: number) => void): void {
    const candidates = this.byKey.get(key | 0);
    if (candidates) this.compare(haystack, start, to, candidates, onMatch);
  }

  private compare(haystack: Uint8Array, start: number, to: number, candidates: Candidate[], onMatch: (literal: number, start: number, end: number) => void): void {
    outer: for (const candidate of candidates) {
      const bytes = candidate.bytes;
      if (start + bytes.length > to) continue;
      for (let offset = KEY_BYTES; offset < bytes.length; offset++) {
        if (haystack[start + offset] !== bytes[offset]) continue outer;
      }
      onMatch(candidate.index, start, start + bytes.length);
    }
  }
}

/** Word keys are read little-endian, as keyAt builds them; a big-endian host takes the byte loop. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function keyAt(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) | 0;
}

function hashKey(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS);
}
