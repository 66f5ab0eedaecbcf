/** The identity's low word keeps its top 24 bits (as the tally does). */
const KEY_BITS = ~0xff;
const INITIAL_CAPACITY = 1 << 10;
const MAX_LOAD = 0.7;

/**
 * A set of test identities (56 of their 64 bits, see test-identity.ts) in
 * an open-addressing table of two 32-bit words a slot, at most 70% full:
 * for the few tests a run flags (those that broke a budget), so it starts
 * small and grows. Pure.
 */
export class IdentitySet {
  private slots = new Int32Array(INITIAL_CAPACITY * 2);
  size = 0;

  /** Adds the identity; whether it was new. */
  add(idHigh: number, idLow: number): boolean {
    const high = idHigh || 1;
    const low = idLow & KEY_BITS;
    let slot = this.find(high, low);
    if (this.slots[slot] !== 0) return false;
    if (this.size + 1 > (this.slots.length / 2) * MAX_LOAD) {
      this.grow();
      slot = this.find(high, low);
    }
    this.slots[slot] = high;
    this.slots[slot + 1] = low;
    this.size++;
    return true;
  }

  /** Linear probing from the high word; the slot (index of its first word) of the key, or the empty slot where it would go. */
  private find(high: number, low: number): number {
    const slots = this.slots;
    const mask = slots.length - 2;
    for (let slot = (high << 1) & mask; ; slot = (slot + 2) & mask) {
      const stored = slots[slot]!;
      if (stored === 0 || (stored === high && slots[slot + 1] === low)) return slot;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) {
      const high = old[slot]!;
      if (high === 0) continue;
      const target = this.find(high, old[slot + 1]!);
      this.slots[target] = high;
      this.slots[target + 1] = old[slot + 1]!;
    }
  }
}
