import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json.js';
import { JsonNumber } from './decimal.js';
import { readJson, type ExactJson } from './json-reader.js';

/** What canonicalJson wrote before JsonNumbers: JSON.stringify of the document rebuilt with sorted keys. Baselines already committed must not change. */
function stringifySorted(document: unknown): string {
  const sorted = (_key: string, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) Object.defineProperty(copy, key, { value: (value as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
    return copy;
  };
  return `${JSON.stringify(document, sorted, 2)}\n`;
}

describe('canonicalJson', () => {
  test('writes plain documents byte for byte as JSON.stringify with sorted keys did (property)', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('__proto__', '0', '2', '10', '01', '4294967295', '4294967294', '-1', 'a'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node')), fc.dictionary(key, tie('node'))),
      leaf: fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string()),
    })).node;
    fc.assert(
      fc.property(value, (document) => {
        expect(canonicalJson(document as ExactJson)).toBe(stringifySorted(document));
      }),
      { numRuns: 1000 },
    );
  });

  test('a number a double would change is written as its text; the others as JSON.stringify writes them', () => {
    const document = readJson('{"b": [9007199254740993, 1.0, 1e3, -0], "a": 0.10000000000000000001, "c": 1e400}', 'exact');
    expect(canonicalJson(document)).toBe('{\n  "a": 0.10000000000000000001,\n  "b": [\n    9007199254740993,\n    1,\n    1000,\n    0\n  ],\n  "c": 1e400\n}\n');
    expect(canonicalJson(new JsonNumber('18446744073709551615'))).toBe('18446744073709551615\n');
  });

  test('nesting deeper than JSON.stringify manages is written', () => {
    // JSON.stringify gives up near 4,000 levels with indentation; the indentation makes the text grow as depth².
    const depth = 6_000;
    let document: ExactJson = 1;
    for (let level = 0; level < depth; level++) document = [document];
    let read = readJson(canonicalJson(document));
    for (let level = 0; level < depth; level++) read = (read as ExactJson[])[0]!;
    expect(read).toBe(1);
  });
});
