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
/** At most 2^20 one-byte shifts = 1 MiB: for thousands of literals (redact-logs' known forms). */
const MAX_TABLE_BITS = 20;
/**
 * Slots per gram of the literals' distinct windows: a table at most 1/32 full (as 1 MiB is for about 2,500
 * windows) rarely stops a scan on a slot another gram set. A secret's forms need a few KiB to 64 KiB instead of
 * the 1 MiB table filled when a long text is first redacted (256 fresh pages).
 */
const SLOTS_PER_GRAM = 32;
const MIN_TABLE_BITS = 10;

export class ShiftTable {
  readonly window: number;
  private readonly shifts: Uint8Array;
  /** 32 less the table's bits: a gram's hash is the top bits of its product. */
  private readonly hashShift: number;

  constructor(literals: readonly Uint8Array[], shortest: number) {
    this.window = Math.min(shortest, WINDOW_MAX);
    const window = this.window;
    const bits = tableBits(literals, window);
    this.shifts = new Uint8Array(1 << bits);
    this.hashShift = 32 - bits;
    const hashShift = this.hashShift;
    // No gram of any literal's first `window` bytes ends here: a window can move by its length less the gram's.
    this.shifts.fill(window - 3);
    for (const bytes of literals) {
      for (let end = 3; end < window; end++) {
        const hash = gramHash(bytes[end - 3]! | (bytes[end - 2]! << 8) | (bytes[end - 1]! << 16) | (bytes[end]! << 24), hashShift);
        const shift = window - 1 - end;
        if (shift < this.shifts[hash]!) this.shifts[hash] = shift;
      }
    }
  }

  /** The table's bytes (one shift per slot). */
  get size(): number {
    return this.shifts.length;
  }

  /**
   * Calls `candidate(start)` for every start in [from, to - window] where a
   * literal could begin, ascending; every real occurrence is among them.
   */
  scan(haystack: Uint8Array, from: number, to: number, candidate: (start: number) => void): void {
    const shifts = this.shifts;
    const hashShift = this.hashShift;
    const back = this.window - 1;
    for (let end = from + back; end < to; ) {
      const gram = haystack[end - 3]! | (haystack[end - 2]! << 8) | (haystack[end - 1]! << 16) | (haystack[end]! << 24);
      const shift = shifts[gramHash(gram, hashShift)]!;
      if (shift > 0) {
        end += shift;
        continue;
      }
      candidate(end - back);
      end++;
    }
  }
}

/**
 * The table's bits for these literals' grams. Literals often share their first `window` bytes (a secret's
 * forms, the starts of its wrapped forms): their distinct windows are counted, below the size at which the
 * literals alone fill the largest table.
 */
function tableBits(literals: readonly Uint8Array[], window: number): number {
  const grams = window - 3;
  if (literals.length * grams * SLOTS_PER_GRAM >= 2 ** MAX_TABLE_BITS) return MAX_TABLE_BITS;
  const windows = new Set<number>();
  for (const bytes of literals) {
    // FNV-1a of the window, kept in 30 bits (small integers in the set); a collision only undercounts by one.
    let hash = 0x811c9dc5;
    for (let at = 0; at < window; at++) hash = Math.imul(hash ^ bytes[at]!, 0x01000193);
    windows.add(hash & 0x3fffffff);
  }
  let bits = MIN_TABLE_BITS;
  while (bits < MAX_TABLE_BITS && 2 ** bits < windows.size * grams * SLOTS_PER_GRAM) bits++;
  return bits;
}

function gramHash(gram: number, hashShift: number): number {
  return Math.imul(gram, 0x9e3779b1) >>> hashShift;
}
