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
