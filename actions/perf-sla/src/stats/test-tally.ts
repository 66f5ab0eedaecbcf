import type { TestCase, TestStatus } from '../reports/test-case.js';

export type RetryMode = 'merge' | 'separate';

const STATUSES: readonly TestStatus[] = ['passed', 'failed', 'error', 'skipped'];
const STATUS_CODE: Record<TestStatus, number> = { passed: 0, failed: 1, error: 2, skipped: 3 };
const STATUS_BITS = 3;
/** The identity's low word keeps its top 24 bits; its low byte holds the record's state. */
const KEY_BITS = ~0xff;
/** The record folds an earlier attempt that failed (Surefire's flakyFailure, Jest's invocations). */
const EARLIER_FAILED = 4;
/** The record folds more than one attempt. */
const RETRIED = 8;

const INITIAL_RECORDS = 1 << 14;
/** A hint never sizes the log beyond this many records (32 MB); past it, it grows as records arrive. */
const MAX_PRESIZED = 1 << 22;
const RADIX = 1 << 11;
/** The high word's digits for the radix sort, lowest first: 11 + 11 + 10 bits. */
const DIGIT_SHIFTS = [0, 11, 22];
const DIGIT_MASKS = [RADIX - 1, RADIX - 1, (1 << 10) - 1];

interface Counts {
  tests: number;
  byStatus: Record<TestStatus, number>;
  flaky: number;
  retried: number;
}

/** One test per identity, in identity order: the identity's high word, then its low key with the test's final status. */
interface Settled extends Counts {
  high: Int32Array;
  low: Int32Array;
}

/**
 * Test counts of a run. With `merge` (the default), records of the same test
 * (same suite, classname and name anywhere in the run) are attempts of one
 * test: it counts once, with the status of its last attempt, and is flaky
 * when it passed in the end after an earlier attempt failed. With `separate`,
 * every record is a test of its own.
 *
 * Merging keeps per record only 56 bits of its test's identity (see
 * test-identity.ts) and a byte of state, appended to a log (8 bytes a
 * record, written in order: no random memory access while reports stream
 * by). The counts are settled when first asked for: a stable radix sort
 * of the pairs puts each test's attempts together in the order they were
 * read. 1.8 million records cost 14 MB, and 16 bytes each more while
 * they are settled; no names. Two different tests share an identity with
 * odds of about n² / 2^57: 3 in 100,000 runs of 2 million tests, 1 in a
 * billion runs of 10,000; the pair would then count as one test with two
 * attempts. Pure.
 */
export class TestTally {
  /** Records and the attempts folded into them: every execution. */
  attempts = 0;
  private log: Int32Array;
  private records = 0;
  private settled: Settled | undefined;
  /** With `separate`, counted as records arrive. */
  private readonly direct: Counts = { tests: 0, byStatus: { passed: 0, failed: 0, error: 0, skipped: 0 }, flaky: 0, retried: 0 };

  /** `expectedRecords`: a hint (from the reports' sizes) so the log does not grow, copying, while it fills. */
  constructor(
    readonly mode: RetryMode = 'merge',
    expectedRecords = 0,
  ) {
    const records = mode === 'merge' ? Math.min(MAX_PRESIZED, Math.max(INITIAL_RECORDS, Math.ceil(expectedRecords))) : 0;
    this.log = new Int32Array(records * 2);
  }

  get tests(): number {
    return this.counts().tests;
  }

  get byStatus(): Readonly<Record<TestStatus, number>> {
    return this.counts().byStatus;
  }

  get flaky(): number {
    return this.counts().flaky;
  }

  /** Tests with more than one attempt. */
  get retried(): number {
    return this.counts().retried;
  }

  record(test: TestCase): void {
    this.attempts += 1 + test.foldedAttempts;
    const state = STATUS_CODE[test.status] | (test.earlierFailed ? EARLIER_FAILED : 0) | (test.foldedAttempts > 0 ? RETRIED : 0);
    if (this.mode === 'separate') {
      countTest(this.direct, state);
      return;
    }
    if (this.records * 2 === this.log.length) {
      const grown = new Int32Array(Math.max(INITIAL_RECORDS * 2, this.log.length * 2));
      grown.set(this.log);
      this.log = grown;
    }
    this.log[this.records * 2] = test.idHigh || 1;
    this.log[this.records * 2 + 1] = (test.idLow & KEY_BITS) | state;
    this.records++;
    this.settled = undefined;
  }

  /** The status a test ended with, by identity; undefined for a test not recorded (or when records are not merged). */
  finalStatus(idHigh: number, idLow: number): TestStatus | undefined {
    if (this.mode === 'separate') return undefined;
    const { high, low } = this.settle();
    const wantHigh = (idHigh || 1) >>> 0;
    const wantLow = (idLow & KEY_BITS) >>> 0;
    let from = 0;
    let to = high.length;
    while (from < to) {
      const middle = (from + to) >>> 1;
      const atHigh = high[middle]! >>> 0;
      const atLow = (low[middle]! & KEY_BITS) >>> 0;
      if (atHigh < wantHigh || (atHigh === wantHigh && atLow < wantLow)) from = middle + 1;
      else to = middle;
    }
    if (from === high.length || high[from]! >>> 0 !== wantHigh || (low[from]! & KEY_BITS) >>> 0 !== wantLow) return undefined;
    return STATUSES[low[from]! & STATUS_BITS];
  }

  private counts(): Counts {
    return this.mode === 'separate' ? this.direct : this.settle();
  }

  private settle(): Settled {
    if (this.settled) return this.settled;
    const pairs = sortByHigh(this.log, this.records);
    const settled: Settled = { tests: 0, byStatus: { passed: 0, failed: 0, error: 0, skipped: 0 }, flaky: 0, retried: 0, high: new Int32Array(0), low: new Int32Array(0) };
    const highs = new Int32Array(this.records);
    const lows = new Int32Array(this.records);
    const end = this.records * 2;
    for (let start = 0; start < end; ) {
      const high = pairs[start]!;
      let runEnd = start + 2;
      while (runEnd < end && pairs[runEnd] === high) runEnd += 2;
      // Different tests rarely share a high word: order such a run by low key, stably, so each test's attempts are together.
      if (runEnd - start > 2) sortRunByLowKey(pairs, start, runEnd);
      for (let first = start; first < runEnd; ) {
        const key = pairs[first + 1]! & KEY_BITS;
        let last = first;
        let flags = 0;
        while (last + 2 < runEnd && (pairs[last + 3]! & KEY_BITS) === key) {
          const state = pairs[last + 1]!;
          const status = state & STATUS_BITS;
          flags |= (state & (EARLIER_FAILED | RETRIED)) | RETRIED | (status === 1 || status === 2 ? EARLIER_FAILED : 0);
          last += 2;
        }
        const state = (pairs[last + 1]! & 0xff) | flags;
        highs[settled.tests] = high;
        lows[settled.tests] = key | (state & STATUS_BITS);
        countTest(settled, state);
        first = last + 2;
      }
      start = runEnd;
    }
    settled.high = highs.slice(0, settled.tests);
    settled.low = lows.slice(0, settled.tests);
    this.settled = settled;
    return settled;
  }
}

/** One test with its final state (status and flags). */
function countTest(counts: Counts, state: number): void {
  const status = STATUSES[state & STATUS_BITS]!;
  counts.tests++;
  counts.byStatus[status]++;
  if (status === 'passed' && state & EARLIER_FAILED) counts.flaky++;
  if (state & RETRIED) counts.retried++;
}

/**
 * The log's (high, low) pairs ordered by high word (unsigned), stably: LSD
 * radix passes of 11, 11 and 10 bits, reading pairs in order and writing to
 * 2,048 places at a time (cache-friendly, unlike following a permutation).
 * Every pass's histogram is counted in one read of the log first: one
 * count and three scatters read the log four times, where four 8-bit passes
 * read it eight times.
 */
function sortByHigh(log: Int32Array, records: number): Int32Array {
  const end = records * 2;
  const counts = new Int32Array(DIGIT_SHIFTS.length * RADIX);
  for (let pair = 0; pair < end; pair += 2) {
    const high = log[pair]!;
    for (let digit = 0; digit < DIGIT_SHIFTS.length; digit++) counts[digit * RADIX + ((high >>> DIGIT_SHIFTS[digit]!) & DIGIT_MASKS[digit]!)]!++;
  }
  let from: Int32Array = log;
  let to: Int32Array = new Int32Array(end);
  const spare: Int32Array = new Int32Array(end);
  for (let digit = 0; digit < DIGIT_SHIFTS.length; digit++) {
    const shift = DIGIT_SHIFTS[digit]!;
    const mask = DIGIT_MASKS[digit]!;
    const base = digit * RADIX;
    // Counts become each value's first place.
    let sum = 0;
    for (let value = 0; value <= mask; value++) {
      const count = counts[base + value]!;
      counts[base + value] = sum;
      sum += count;
    }
    for (let pair = 0; pair < end; pair += 2) {
      const high = from[pair]!;
      const at = counts[base + ((high >>> shift) & mask)]!++ * 2;
      to[at] = high;
      to[at + 1] = from[pair + 1]!;
    }
    // The log itself is never written: it is kept for records that may still come.
    const written = to;
    to = from === log ? spare : from;
    from = written;
  }
  return from;
}

/** Insertion sort of a short run of pairs by unsigned low key; stable. */
function sortRunByLowKey(pairs: Int32Array, start: number, end: number): void {
  for (let index = start + 2; index < end; index += 2) {
    const high = pairs[index]!;
    const low = pairs[index + 1]!;
    const key = (low & KEY_BITS) >>> 0;
    let at = index - 2;
    while (at >= start && (pairs[at + 1]! & KEY_BITS) >>> 0 > key) {
      pairs[at + 2] = pairs[at]!;
      pairs[at + 3] = pairs[at + 1]!;
      at -= 2;
    }
    pairs[at + 2] = high;
    pairs[at + 3] = low;
  }
}
