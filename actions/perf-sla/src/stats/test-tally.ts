import type { TestCase, TestStatus } from '../reports/test-case.js';

export type RetryMode = 'merge' | 'separate';

const STATUSES: readonly TestStatus[] = ['passed', 'failed', 'error', 'skipped'];
const STATUS_CODE: Record<TestStatus, number> = { passed: 0, failed: 1, error: 2, skipped: 3 };
const STATUS_BITS = 3;
const STATE_BITS = 0xff;
/** The identity's low word keeps its top 24 bits; its low byte holds the state. */
const KEY_BITS = ~0xff;
/** An attempt before the last one failed: passed at the end, the test is flaky. */
const EARLIER_FAILED = 4;
/** More than one attempt. */
const RETRIED = 8;
/** Flags callers set on a test (see `mark`). */
export const BREACHED = 16;

const INITIAL_CAPACITY = 1 << 14;
/** A hint never sizes the table beyond this (32 MB); past it, it grows as tests arrive. */
const MAX_PRESIZED = 1 << 22;
const MAX_LOAD = 0.7;

/**
 * Test counts of a run. With `merge` (the default), records of the same test
 * (same suite, classname and name anywhere in the run) are attempts of one
 * test: it counts once, with the status of its last attempt, and is flaky
 * when it passed in the end after an earlier attempt failed. With `separate`,
 * every record is a test of its own.
 *
 * Merging keeps per test only 56 bits of its identity (see
 * test-identity.ts) and a byte of state, packed in two 32-bit words of an
 * open-addressing table at most 70% full: 8 bytes a slot, 11–23 bytes a test
 * (the table doubles as it fills), so 1.8 million tests cost 32 MB and no
 * names. Two different tests share an identity with odds of about
 * n² / 2^57: 3 in 100,000 runs of 2 million tests, 1 in a billion runs of
 * 10,000; the pair would then count as one test with two attempts. Pure.
 */
export class TestTally {
  tests = 0;
  /** Records and the attempts folded into them: every execution. */
  attempts = 0;
  readonly byStatus: Record<TestStatus, number> = { passed: 0, failed: 0, error: 0, skipped: 0 };
  flaky = 0;
  /** Tests with more than one attempt. */
  retried = 0;
  /** Per slot: the identity's high word (0: empty), then its low word's top 24 bits with the state in the low byte. */
  private slots = new Int32Array(INITIAL_CAPACITY * 2);
  private size = 0;

  /** `expectedTests`: a hint (from the reports' sizes) so the table does not grow, rehashing, while it fills. */
  constructor(
    readonly mode: RetryMode = 'merge',
    expectedTests = 0,
  ) {
    let capacity = INITIAL_CAPACITY;
    while (capacity * MAX_LOAD < expectedTests && capacity < MAX_PRESIZED) capacity *= 2;
    if (mode === 'merge') this.slots = new Int32Array(capacity * 2);
  }

  /** Counts a record; returns its test's slot (for `mark`/`marked`), or -1 when records are not merged. */
  record(test: TestCase): number {
    this.attempts += 1 + test.foldedAttempts;
    let state = STATUS_CODE[test.status] | (test.earlierFailed ? EARLIER_FAILED : 0) | (test.foldedAttempts > 0 ? RETRIED : 0);
    if (this.mode === 'separate') {
      this.tests++;
      this.count(state, 1);
      return -1;
    }
    const high = test.idHigh || 1;
    const low = test.idLow & KEY_BITS;
    let slot = this.find(high, low);
    if (this.slots[slot] === 0) {
      if (this.size + 1 > (this.slots.length / 2) * MAX_LOAD) {
        this.grow();
        slot = this.find(high, low);
      }
      this.slots[slot] = high;
      this.size++;
      this.tests++;
    } else {
      const previous = this.slots[slot + 1]! & STATE_BITS;
      this.count(previous, -1);
      const previousFailed = (previous & STATUS_BITS) === 1 || (previous & STATUS_BITS) === 2;
      state |= RETRIED | (previous & (EARLIER_FAILED | BREACHED)) | (previousFailed ? EARLIER_FAILED : 0);
    }
    this.slots[slot + 1] = low | state;
    this.count(state, 1);
    return slot;
  }

  /** The status a test ended with, by identity; undefined for a test not recorded (or when records are not merged). */
  finalStatus(idHigh: number, idLow: number): TestStatus | undefined {
    if (this.mode === 'separate') return undefined;
    const slot = this.find(idHigh || 1, idLow & KEY_BITS);
    if (this.slots[slot] === 0) return undefined;
    return STATUSES[this.slots[slot + 1]! & STATUS_BITS];
  }

  mark(slot: number, flag: number): void {
    if (slot >= 0) this.slots[slot + 1] = this.slots[slot + 1]! | flag;
  }

  marked(slot: number, flag: number): boolean {
    return slot >= 0 && (this.slots[slot + 1]! & flag) !== 0;
  }

  private count(state: number, delta: number): void {
    const status = STATUSES[state & STATUS_BITS]!;
    this.byStatus[status] += delta;
    if (status === 'passed' && state & EARLIER_FAILED) this.flaky += delta;
    if (state & RETRIED) this.retried += delta;
  }

  /** Linear probing from the identity's high word; the slot (index of its first word) of the key, or the empty slot where it would go. */
  private find(high: number, low: number): number {
    const slots = this.slots;
    const mask = slots.length - 2;
    for (let slot = (high << 1) & mask; ; slot = (slot + 2) & mask) {
      const stored = slots[slot]!;
      if (stored === 0 || (stored === high && (slots[slot + 1]! & KEY_BITS) === low)) return slot;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) {
      const high = old[slot]!;
      if (high === 0) continue;
      const target = this.find(high, old[slot + 1]! & KEY_BITS);
      this.slots[target] = high;
      this.slots[target + 1] = old[slot + 1]!;
    }
  }
}
