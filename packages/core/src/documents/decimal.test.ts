import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { canonicalDecimal, exactNumber, JsonNumber, sameNumber } from './decimal.js';

describe('canonicalDecimal', () => {
  test.each([
    ['0', '0'],
    ['-0', '0'],
    ['0.000', '0'],
    ['-0e-7', '0'],
    ['1', '1e0'],
    ['1.0', '1e0'],
    ['1e0', '1e0'],
    ['10e-1', '1e0'],
    ['0.1e1', '1e0'],
    ['100', '1e2'],
    ['1E+2', '1e2'],
    ['-1.50', '-15e-1'],
    ['0.00120', '12e-4'],
    ['9007199254740993', '9007199254740993e0'],
    ['9007199254740992', '9007199254740992e0'],
    ['1e999999999999999999999', '1e999999999999999999999'],
    ['123.456e-999999999999999999999', '123456e-1000000000000000000002'],
  ])('%s is %s', (text, canonical) => {
    expect(canonicalDecimal(text)).toBe(canonical);
  });

  test.each(['', '-', '1.', '.5', '1e', '+1', '0x10', 'NaN', 'Infinity', '1 '])('%j is not a decimal number', (text) => {
    expect(() => canonicalDecimal(text)).toThrow(TypeError);
  });

  // Spellings of an integer: plain, with a zero fraction, scaled by a power of ten both ways.
  const spellings = (value: bigint) =>
    fc.integer({ min: 0, max: 30 }).map((shift) => {
      const sign = value < 0n ? '-' : '';
      const digits = (value < 0n ? -value : value).toString();
      return [`${sign}${digits}`, `${sign}${digits}.${'0'.repeat(shift + 1)}`, `${sign}${digits}${'0'.repeat(shift)}e-${shift}`, `${sign}0.${'0'.repeat(shift)}${digits}e${shift + digits.length}`];
    });

  test('integers: same form exactly when BigInt says they are equal, whatever the spelling', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), (a, b) => {
        expect(canonicalDecimal(a.toString()) === canonicalDecimal(b.toString())).toBe(a === b);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).chain(spellings), (forms) => {
        expect(new Set(forms.map(canonicalDecimal)).size).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });

  test('integers next to each other past 2^53 keep apart (a double would merge them)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n ** 53n, max: 2n ** 64n }), (a) => {
        expect(canonicalDecimal(String(a))).not.toBe(canonicalDecimal(String(a + 1n)));
      }),
    );
  });

  test('every double keeps its value through its shortest form', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(Number(canonicalDecimal(String(value)))).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe('exactNumber', () => {
  test.each(['0', '-0', '1', '1.0', '1e3', '0.1', '1.5e-7', '123.456000', '0.30000000000000004', '-2.5', '1e21', '9007199254740991', '2.2250738585072014e-308'])(
    '%s: the double holds it, a plain number',
    (text) => {
      const value = exactNumber(text);
      expect(typeof value).toBe('number');
      expect(canonicalDecimal(String(value))).toBe(canonicalDecimal(text));
    },
  );

  test.each(['9007199254740993', '-9223372036854775807', '18446744073709551615', '0.10000000000000000001', '1e400', '-1e400', '1e-400', '4.9e-325', '1.00000000000000000000001'])('%s: kept as text', (text) => {
    const value = exactNumber(text);
    expect(value).toBeInstanceOf(JsonNumber);
    expect((value as JsonNumber).text).toBe(text);
  });

  test('a plain number is returned only when its value is the text\'s (property, against the canonical form)', () => {
    const decimal = fc.tuple(fc.boolean(), fc.stringMatching(/^(?:0|[1-9]\d{0,24})$/), fc.option(fc.stringMatching(/^\d{1,24}$/)), fc.option(fc.integer({ min: -330, max: 330 }))).map(([negative, whole, fraction, exponent]) => `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}${exponent === null ? '' : `e${exponent}`}`);
    fc.assert(
      fc.property(decimal, (text) => {
        const [digitCount, integer] = digitsOf(text);
        const value = exactNumber(text, digitCount, integer);
        if (typeof value === 'number') expect(canonicalDecimal(String(value))).toBe(canonicalDecimal(text));
        else expect(value.canonical).toBe(canonicalDecimal(text));
      }),
      { numRuns: 5000 },
    );
  });
});

/** What the reader passes: digits before and after the point, and whether there is neither point nor exponent. */
function digitsOf(text: string): [number, boolean] {
  const mantissa = text.replace(/^-/, '').split(/[eE]/)[0]!;
  return [mantissa.replace('.', '').length, !/[.eE]/.test(text)];
}

describe('sameNumber', () => {
  test.each([
    [1, 1, true],
    [0, -0, true],
    [new JsonNumber('9007199254740993'), new JsonNumber('9007199254740993'), true],
    [new JsonNumber('9007199254740993'), new JsonNumber('9007199254740992'), false],
    [new JsonNumber('9007199254740993'), 9007199254740992, false],
    [new JsonNumber('9007199254740992'), 9007199254740992, true],
    [new JsonNumber('1000000000000000000000'), 1e21, true],
    [new JsonNumber('1e400'), new JsonNumber('10e399'), true],
    [new JsonNumber('1e400'), Infinity, false],
    [NaN, NaN, true],
  ] as const)('%p and %p: %p', (a, b, same) => {
    expect(sameNumber(a, b)).toBe(same);
    expect(sameNumber(b, a)).toBe(same);
  });
});
