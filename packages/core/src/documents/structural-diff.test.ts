import { describe, expect, test } from '@jest/globals';
import { JsonNumber } from './decimal.js';
import { readJson } from './json-reader.js';
import { structuralDiff } from './structural-diff.js';

const exact = (text: string) => readJson(text, 'exact');
const diff = (before: string, after: string) => structuralDiff(exact(before), exact(after), new Set());

describe('structuralDiff: numbers by exact value', () => {
  test('ids that differ only past 2^53 are a change (as doubles they are one number)', () => {
    const result = diff('{"id": 9007199254740993, "same": 18446744073709551615}', '{"id": 9007199254740992, "same": 18446744073709551615}');
    expect(result.changes).toEqual([{ path: '/id', kind: 'changed' }]);
    expect(result.total).toBe(2);
  });

  test('decimals that differ past a double\'s 17 digits are a change', () => {
    expect(diff('[0.10000000000000000001]', '[0.10000000000000000002]').counts.changed).toBe(1);
    expect(diff('[1e400]', '[2e400]').counts.changed).toBe(1);
  });

  test('spellings of one value are one number: 1, 1.0, 1e0; 0 and -0; a long integer and its exponent form', () => {
    expect(diff('[1, 0, 9007199254740993, 1e400, 100]', '[1.0e0, -0.0, 9007199254740993.000, 10e399, 1E2]').counts).toEqual({ added: 0, removed: 0, changed: 0 });
    // A JsonNumber on one side and a plain number on the other compare by value too.
    expect(structuralDiff([new JsonNumber('1000000000000000000000')], [1e21], new Set()).counts.changed).toBe(0);
    expect(structuralDiff([new JsonNumber('9007199254740993')], [9007199254740992], new Set()).counts.changed).toBe(1);
  });

  test('a number is not its string, and a JsonNumber is a leaf, not an object', () => {
    expect(diff('{"a": 9007199254740993}', '{"a": "9007199254740993"}').changes).toEqual([{ path: '/a', kind: 'changed' }]);
    expect(diff('{"a": 9007199254740993}', '{"a": {"text": "9007199254740993"}}').changes).toEqual([{ path: '/a', kind: 'changed' }]);
    expect(diff('{}', '{"a": 9007199254740993}').counts.added).toBe(1);
  });
});
