import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { JsonNumber } from './decimal.js';
import { JsonReadError, lineColumn, readJson } from './json-reader.js';

function errorOf(text: string): JsonReadError {
  try {
    readJson(text, 'exact');
  } catch (error) {
    if (error instanceof JsonReadError) return error;
    throw error;
  }
  throw new Error(`no error for ${text}`);
}

describe('readJson', () => {
  test('gives what JSON.parse gives, in both number modes, for any JSON text (property)', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), fc.constantFrom(0, 2), (text, indent) => {
        const spaced = indent ? JSON.stringify(JSON.parse(text), null, indent) : text;
        expect(readJson(spaced, 'plain')).toStrictEqual(JSON.parse(spaced));
        // Doubles print their shortest form, which every double holds: exact mode gives plain numbers too.
        expect(readJson(spaced, 'exact')).toStrictEqual(JSON.parse(spaced));
      }),
      { numRuns: 1000 },
    );
  });

  test('accepts and refuses what JSON.parse does (property over JSON-ish text)', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"\\u00e9"', '"\\x"', '1', '-0', '1.5e3', '01', '1.', 'true', 'nul', ' ', '\n', '"\t"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')), (text) => {
        let expected: unknown;
        try {
          expected = JSON.parse(text);
        } catch {
          expected = 'error';
        }
        let actual: unknown;
        try {
          actual = readJson(text, 'plain');
        } catch (error) {
          // A duplicate key is an error here and the last value for JSON.parse.
          actual = error instanceof JsonReadError && error.kind === 'syntax' ? 'error' : expected;
        }
        expect(actual).toStrictEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  test('numbers a double would change keep their text in exact mode, and only there', () => {
    const text = '{"id": 9007199254740993, "small": 9007199254740991, "long": 0.10000000000000000001, "huge": 1e400, "one": 1.0, "neg": -0}';
    const exact = readJson(text, 'exact') as Record<string, unknown>;
    expect(exact.id).toEqual(new JsonNumber('9007199254740993'));
    expect(exact.long).toEqual(new JsonNumber('0.10000000000000000001'));
    expect(exact.huge).toEqual(new JsonNumber('1e400'));
    expect(exact.small).toBe(9007199254740991);
    expect(exact.one).toBe(1);
    expect(exact.neg).toBe(-0);
    expect(readJson(text, 'plain')).toStrictEqual(JSON.parse(text));
  });

  test('a key twice in one object is an error at the second; the same key in two objects is not', () => {
    const text = '{\n  "a": {"x": 1},\n  "b": {"x": 2},\n  "a": 3\n}';
    const error = errorOf(text);
    expect(error.kind).toBe('duplicate-key');
    expect(error.key).toBe('a');
    expect(lineColumn(text, error.offset)).toEqual({ line: 4, column: 3 });
    // Escapes are decoded before keys are compared: "\u0061" is "a".
    expect(errorOf('{"a": 1, "\\u0061": 2}').kind).toBe('duplicate-key');
    expect(errorOf('[{"k": 1}, {"k": 2, "k": 2}]').offset).toBe(20);
  });

  test('__proto__ is a key like any other: an own property, the prototype untouched, and a duplicate counts', () => {
    const value = readJson('{"__proto__": {"admin": true}, "a": {"__proto__": 1}}', 'exact') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')!.value).toEqual(JSON.parse('{"admin": true}'));
    expect(errorOf('{"__proto__": 1, "__proto__": 2}').kind).toBe('duplicate-key');
    // Keys of Object.prototype are not taken for duplicates.
    expect(readJson('{"toString": 1, "constructor": 2, "hasOwnProperty": 3}')).toStrictEqual(JSON.parse('{"toString": 1, "constructor": 2, "hasOwnProperty": 3}'));
  });

  test('nesting deeper than the call stack is read, as JSON.parse reads it', () => {
    const depth = 200_000;
    let value = readJson(`${'['.repeat(depth)}1${']'.repeat(depth)}`) as unknown;
    for (let level = 0; level < depth; level++) value = (value as unknown[])[0];
    expect(value).toBe(1);
  });

  test('a leading byte order mark is skipped', () => {
    expect(readJson('\ufeff{"a": 1}')).toEqual({ a: 1 });
  });

  test.each([
    ['', 0, 'the text ends'],
    ['[1, 2', 5, 'a comma or ] was expected: the text ends'],
    ['{"a": 1,}', 8, 'a key (a string) was expected, found "}"'],
    ['{"a" 1}', 5, 'a colon after the key was expected'],
    ['"a\nb"', 2, 'control characters must be escaped'],
    ['"\\q"', 1, 'a valid escape sequence was expected'],
    ['01', 1, 'the end of the document was expected'],
    ['1.e3', 2, 'a digit was expected after the decimal point'],
    ['-', 1, 'a digit was expected'],
    ['1e+', 3, 'a digit was expected in the exponent'],
    ['tru', 0, 'a value was expected'],
    ['a: 1', 0, 'a value was expected, found "a"'],
  ])('%j is a syntax error at %d (%s)', (text, offset, message) => {
    const error = errorOf(text);
    expect(error.kind).toBe('syntax');
    expect(error.offset).toBe(offset);
    expect(error.message).toContain(message);
  });
});

describe('lineColumn', () => {
  test.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nbc', 2, 2, 1],
    ['a\n\nbc\nd', 5, 3, 3],
  ])('%j at %d is line %d, column %d', (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});
