import { ShiftTable, SKIP_MIN_LITERAL } from './skip-scan.js';

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
 * When every literal is long (secrets and their encodings usually are), a
 * shift table lets the scan jump over most positions instead (skip-scan.ts).
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
  /** The same as an open-addressing table in typed arrays: a lookup without a Map call in the hot loop. */
  private readonly table: KeyTable;
  private readonly lists: Candidate[][];
  /** Starts and keys that passed the filter in the word loop, looked up after it. */
  private pending: Int32Array = new Int32Array(1024);
  /** Set when every literal is at least SKIP_MIN_LITERAL long. */
  private readonly skipper: ShiftTable | undefined;
  readonly longest: number;
  readonly count: number;

  constructor(literals: readonly Uint8Array[]) {
    let longest = 0;
    let shortest = Number.POSITIVE_INFINITY;
    literals.forEach((bytes, index) => {
      if (bytes.length < KEY_BYTES) throw new RangeError(`literal ${index} is shorter than ${KEY_BYTES} bytes`);
      longest = Math.max(longest, bytes.length);
      shortest = Math.min(shortest, bytes.length);
      const key = keyAt(bytes, 0);
      const hash = hashKey(key);
      this.filter[hash >>> 3]! |= 1 << (hash & 7);
      const list = this.byKey.get(key) ?? [];
      list.push({ bytes, index });
      this.byKey.set(key, list);
    });
    for (const list of this.byKey.values()) list.sort((a, b) => b.bytes.length - a.bytes.length);
    this.lists = [...this.byKey.values()];
    this.table = new KeyTable([...this.byKey.keys()]);
    this.longest = longest;
    this.count = literals.length;
    this.skipper = literals.length > 0 && shortest >= SKIP_MIN_LITERAL ? new ShiftTable(literals, shortest) : undefined;
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
    if (this.skipper) {
      this.skipper.scan(haystack, from, to, (start) => {
        const list = this.table.find(keyAt(haystack, start));
        if (list >= 0) this.compare(haystack, start, to, this.lists[list]!, onMatch);
      });
      return;
    }
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
      const list = this.table.find(key);
      if (list >= 0) this.compare(haystack, start, to, this.lists[list]!, onMatch);
    }
  }

  /**
   * Starts from wordsStart + 1 to the last start whose key ends inside the
   * words, four per word (little-endian keys). The loop only records the
   * positions that pass the filter; they are looked up and compared
   * afterwards, in order.
   */
  private visitWords(haystack: Uint8Array, words: Uint32Array, wordsStart: number, to: number, onMatch: (literal: number, start: number, end: number) => void): void {
    const filter = this.filter;
    const shift = 32 - FILTER_BITS;
    let pending = this.pending;
    let count = 0;
    let previous = words[0]! | 0;
    for (let index = 1; index < words.length; index++) {
      const word = words[index]! | 0;
      if (count + 8 > pending.length) pending = this.grow(count);
      // Keys starting 3, 2 and 1 bytes before this word, then the word itself: ascending starts.
      // Unrolled, and a filter hit only records (start, key): any more work in these branches slowed the whole loop by half.
      const base = wordsStart + index * 4;
      const k1 = (previous >>> 8) | (word << 24);
      const k2 = (previous >>> 16) | (word << 16);
      const k3 = (previous >>> 24) | (word << 8);
      let hash = Math.imul(k1, 0x9e3779b1) >>> shift;
      if (filter[hash >>> 3]! & (1 << (hash & 7))) (pending[count++] = base - 3), (pending[count++] = k1);
      hash = Math.imul(k2, 0x9e3779b1) >>> shift;
      if (filter[hash >>> 3]! & (1 << (hash & 7))) (pending[count++] = base - 2), (pending[count++] = k2);
      hash = Math.imul(k3, 0x9e3779b1) >>> shift;
      if (filter[hash >>> 3]! & (1 << (hash & 7))) (pending[count++] = base - 1), (pending[count++] = k3);
      hash = Math.imul(word, 0x9e3779b1) >>> shift;
      if (filter[hash >>> 3]! & (1 << (hash & 7))) (pending[count++] = base), (pending[count++] = word);
      previous = word;
    }
    for (let at = 0; at < count; at += 2) {
      const list = this.table.find(pending[at + 1]!);
      if (list >= 0) this.compare(haystack, pending[at]!, to, this.lists[list]!, onMatch);
    }
  }

  private grow(count: number): Int32Array {
    const larger = new Int32Array(this.pending.length * 2);
    larger.set(this.pending.subarray(0, count));
    this.pending = larger;
    return larger;
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

/** Four-byte keys to list indexes: linear probing over typed arrays, at most a quarter full. */
class KeyTable {
  readonly keys: Int32Array;
  readonly values: Int32Array;
  readonly shift: number;
  readonly mask: number;

  constructor(keys: readonly number[]) {
    let bits = 4;
    while (1 << bits < keys.length * 4) bits++;
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    keys.forEach((key, index) => {
      let slot = Math.imul(key, 0x85ebca6b) >>> this.shift;
      while (this.values[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = index;
    });
  }

  /** The list index of a key, or -1. */
  find(key: number): number {
    for (let slot = Math.imul(key, 0x85ebca6b) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const value = this.values[slot]!;
      if (value === -1 || this.keys[slot] === key) return value;
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
