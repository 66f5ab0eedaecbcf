import { describe, expect, test } from '@jest/globals';
import { parseDocument, structuralDiff } from '@gates/core';
import { baselineText } from './baseline-file.js';

const parse = (text: string) => parseDocument({ label: 'document', bytes: Buffer.from(text) });

describe('sync round trip', () => {
  test('a key named __proto__ is kept by a sync, so the next check finds no drift', async () => {
    // JSON.parse makes __proto__ an own key; assigning it to a plain object would set the prototype instead.
    const current = await parse('{"routes": {"__proto__": {"to": "admin"}, "home": "/"}, "__proto__": 1}');
    const synced = await parse(baselineText(current, new Set()));
    expect(structuralDiff(synced, current, new Set()).counts).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(Object.getPrototypeOf(synced)).toBe(Object.prototype);
  });

  test('ignored pointers are left out of the baseline, the rest sorted', async () => {
    const current = await parse('{"b": 1, "a": {"version": "1.2.3", "name": "x"}}');
    expect(baselineText(current, new Set(['/a/version']))).toBe('{\n  "a": {\n    "name": "x"\n  },\n  "b": 1\n}\n');
  });
});

describe('exact numbers in the baseline', () => {
  const exact = (text: string) => parseDocument({ label: 'document', bytes: Buffer.from(text) }, { numbers: 'exact' });

  test('a number a double would change is written as the document spelled it, so the next check finds no drift', async () => {
    const current = await exact('{"id": 9007199254740993, "snowflake": 1234567890123456789, "ratio": 0.10000000000000000001, "one": 1.0}');
    const text = baselineText(current, new Set());
    expect(text).toBe('{\n  "id": 9007199254740993,\n  "one": 1,\n  "ratio": 0.10000000000000000001,\n  "snowflake": 1234567890123456789\n}\n');
    expect(structuralDiff(await exact(text), current, new Set()).counts).toEqual({ added: 0, removed: 0, changed: 0 });
    // And a neighbour past 2^53 is drift against it.
    expect(structuralDiff(await exact(text), await exact(text.replace('9007199254740993', '9007199254740992')), new Set()).changes).toEqual([{ path: '/id', kind: 'changed' }]);
  });
});
