/**
 * A Wu–Manber shift table over four-byte grams, for when every literal is
 * long: the scan looks at the last four bytes of a window as long as the
 * shortest literal (at most WINDOW_MAX) and, unless those bytes end a gram of
 * some literal's first `window` bytes, jumps ahead by as much as the window
 * allows. With secrets of 20+ bytes most steps skip a dozen bytes, where the
 * per-position filter looks at every byte. Only the windows whose gram ends a
 * literal prefix report a candidate start, in ascending order. Pure.
 */

/** Below this shortest length the possible jumps are too short to pay for the table. */
export const SKIP_MIN_LITERAL = 8;
/** A longer window jumps further but fills the table with more grams: 16 balances the two for thousands of literals. */
const WINDOW_MAX = 16;
/** 2^20 one-byte shifts = 1 MiB. */
const TABLE_BITS = 20;

export class ShiftTable {
  readonly window: number;
  private readonly shifts = new Uint8Array(1 << TABLE_BITS);

  constructor(literals: readonly Uint8Array[], shortest: number) {
    this.window = Math.min(shortest, WINDOW_MAX);
    const window = this.window;
    // No gram of any literal's first `window` bytes ends here: a window can move by its length less the gram's.
    this.shifts.fill(window - 3);
    for (const bytes of literals) {
      for (let end = 3; end < window; end++) {
        const hash = gramHash(bytes[end - 3]! | (bytes[end - 2]! << 8) | (bytes[end - 1]! << 16) | (bytes[end]! << 24));
        const shift = window - 1 - end;
        if (shift < this.shifts[hash]!) this.shifts[hash] = shift;
      }
    }
  }

  /**
   * Calls `candidate(start)` for every start in [from, to - window] where a
   * literal could begin, ascending; every real occurrence is among them.
   */
  scan(haystack: Uint8Array, from: number, to: number, candidate: (start: number) => void): void {
    const shifts = this.shifts;
    const back = this.window - 1;
    for (let end = from + back; end < to; ) {
      const gram = haystack[end - 3]! | (haystack[end - 2]! << 8) | (haystack[end - 1]! << 16) | (haystack[end]! << 24);
      const shift = shifts[gramHash(gram)]!;
      if (shift > 0) {
        end += shift;
        continue;
      }
      candidate(end - back);
      end++;
    }
  }
}

function gramHash(gram: number): number {
  return Math.imul(gram, 0x9e3779b1) >>> (32 - TABLE_BITS);
}
