/**
 * A test's identity (suite + classname + name) as a hash of the bytes the
 * report wrote, in two 32-bit lanes with different multipliers, shifts and
 * seeds, each finished with its own avalanche, so retries can be recognised
 * across millions of tests without keeping or even decoding their names.
 * The retry tally keeps 56 of the 64 bits (see test-tally.ts). Pure.
 */
export class TestIdentity {
  /** Lane states while hashing. */
  a = 0;
  b = 0;
  /** The identity, after `finish()`. */
  high = 0;
  low = 0;

  constructor() {
    this.reset();
  }

  reset(): this {
    this.a = 0x811c9dc5;
    this.b = 0x9747b28c;
    return this;
  }

  /** Continues from another identity's state (a suite's, for the tests in it). */
  from(other: { a: number; b: number }): this {
    this.a = other.a;
    this.b = other.b;
    return this;
  }

  /**
   * `words`, when given, is a little-endian 32-bit view of `buffer` from its
   * first byte: whole words are then read with one load each (two, shifted,
   * when the value does not start on a word boundary) instead of four. The
   * hash is the same either way.
   */
  bytes(buffer: Uint8Array, start: number, end: number, words?: Uint32Array): this {
    let a = this.a;
    let b = this.b;
    let index = start;
    const shift = (start & 3) * 8;
    if (words !== undefined && end - start >= 8) {
      let word = start >>> 2;
      // Stop where the next word would reach past the view.
      const stop = Math.min(end, (words.length - 1) * 4);
      let current = words[word]! >>> shift;
      for (; index + 4 <= stop; index += 4) {
        const next = words[++word]!;
        const value = shift === 0 ? current : current | (next << (32 - shift));
        current = shift === 0 ? next : next >>> shift;
        a = Math.imul(a ^ value, 0x01000193);
        a ^= a >>> 15;
        b = Math.imul(b ^ value, 0x5bd1e995);
        b ^= b >>> 13;
      }
    }
    for (; index + 4 <= end; index += 4) {
      const value = buffer[index]! | (buffer[index + 1]! << 8) | (buffer[index + 2]! << 16) | (buffer[index + 3]! << 24);
      a = Math.imul(a ^ value, 0x01000193);
      a ^= a >>> 15;
      b = Math.imul(b ^ value, 0x5bd1e995);
      b ^= b >>> 13;
    }
    for (; index < end; index++) {
      const byte = buffer[index]!;
      a = Math.imul(a ^ byte, 0x01000193);
      b = Math.imul(b ^ byte, 0x5bd1e995);
      b ^= b >>> 13;
    }
    this.a = a;
    this.b = b;
    return this;
  }

  /** UTF-16 code units of a string (readers that have strings, not bytes). */
  text(value: string): this {
    let a = this.a;
    let b = this.b;
    for (let index = 0; index < value.length; index++) {
      const unit = value.charCodeAt(index);
      a = Math.imul(a ^ unit, 0x01000193);
      b = Math.imul(b ^ unit, 0x5bd1e995);
      b ^= b >>> 13;
    }
    this.a = a;
    this.b = b;
    return this;
  }

  /** Between fields, so "ab"+"c" and "a"+"bc" differ. */
  separator(): this {
    this.a = Math.imul(this.a ^ 0x1f, 0x01000193);
    const b = Math.imul(this.b ^ 0x1f, 0x5bd1e995);
    this.b = b ^ (b >>> 13);
    return this;
  }

  /** Final avalanche of both lanes into `high` and `low` (signed 32-bit: small integers to V8, no boxed numbers per test). */
  finish(): this {
    this.high = fmix(this.a, 0x85ebca6b, 0xc2b2ae35);
    this.low = fmix(this.b ^ 0x2545f491, 0x7feb352d, 0x846ca68b);
    return this;
  }
}

function fmix(value: number, m1: number, m2: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, m1);
  h ^= h >>> 13;
  h = Math.imul(h, m2);
  return h ^ (h >>> 16);
}

/** The identity of a test named by strings (JSON, TRX and test2json readers). */
export function identityOf(suite: string, classname: string, name: string): { high: number; low: number } {
  const { high, low } = new TestIdentity().text(suite).separator().text(classname).separator().text(name).finish();
  return { high, low };
}
