/**
 * Numbers compared by their exact decimal value, not as JavaScript doubles:
 * two 64-bit ids that differ only past 2^53 (9007199254740993 and
 * 9007199254740992) are one double, and a drift detector must not call
 * them one value.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * The canonical form of a decimal number's value: sign, significant digits
 * (no leading or trailing zeros) and a power of ten, e.g. `-15e-1` for
 * `-1.50`. Two texts have the same form exactly when they denote the same
 * value: `1`, `1.0`, `1e0` and `10e-1` are `1e0`; zero, with or without a
 * sign, is `0`. The exponent is a BigInt sum, so `1e999999999999999999`
 * keeps its exponent exactly.
 */
export function canonicalDecimal(text: string): string {
  const match = DECIMAL.exec(text);
  if (!match) throw new TypeError(`not a decimal number: ${text.slice(0, 40)}`);
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const digits = whole! + fraction;
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 0x30) start++;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 0x30) end--;
  if (start === end) return '0';
  const scale = BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - end);
  return `${sign}${digits.slice(start, end)}e${scale}`;
}

/**
 * A number a double cannot hold exactly as written (past 2^53, more digits
 * than a double keeps, beyond its range), kept as its source text: compared
 * by `canonical`, written back as `text`.
 */
export class JsonNumber {
  private key: string | undefined;

  constructor(readonly text: string) {}

  /** The text, where a string is wanted (yaml turns a number key into one). */
  toString(): string {
    return this.text;
  }

  /** canonicalDecimal(text), computed once. */
  get canonical(): string {
    this.key ??= canonicalDecimal(this.text);
    return this.key;
  }
}

/**
 * A number's source text as a value: a plain number when the double's
 * shortest form denotes the same value as the text (`1.0`, `1e3`, `0.1`,
 * `-0`: nothing is lost, and the baseline writes it as JSON.stringify
 * would), a JsonNumber otherwise (`9007199254740993`, `1e400`,
 * `0.10000000000000000001`). `digitCount` (digits before and after the
 * point) and `integer` (no point, no exponent) come from the reader, which
 * counted them anyway: they skip the costly checks for most numbers.
 */
export function exactNumber(text: string, digitCount = Infinity, integer = false): number | JsonNumber {
  const value = Number(text);
  // Up to 15 significant digits, in the normal range, a decimal and its double's shortest form are the same value (DBL_DIG).
  const magnitude = Math.abs(value);
  if (digitCount <= 15 && magnitude >= MIN_NORMAL && magnitude !== Infinity) return value;
  if (Number.isFinite(value)) {
    const shortest = String(value);
    if (shortest === text) return value;
    // An integer's text differs from its shortest form only when the double lost digits (or reads 1e+21): keep the text.
    if (!integer && canonicalDecimal(shortest) === canonicalDecimal(text)) return value;
  }
  return new JsonNumber(text);
}

const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * Whether two numbers have the same value. Plain numbers compare as doubles
 * (each stands for its shortest form, so equal doubles are equal values);
 * with a JsonNumber on either side, by canonical decimal form.
 */
export function sameNumber(a: number | JsonNumber, b: number | JsonNumber): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (Number.isNaN(a) && Number.isNaN(b));
  return numberKey(a) === numberKey(b);
}

function numberKey(value: number | JsonNumber): string {
  if (typeof value !== 'number') return value.canonical;
  // A YAML .inf or .nan has no decimal form; it equals only itself.
  return Number.isFinite(value) ? canonicalDecimal(String(value)) : String(value);
}
