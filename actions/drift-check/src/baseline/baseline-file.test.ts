import { describe, expect, test } from '@jest/globals';
import { GatesError, parseDocument, structuralDiff } from '@gates/core';
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

  test('an ignored array element becomes null, and a key with "/" or "~" is named by its escaped segment', async () => {
    const current = await parse('{"list": [1, {"t": 2, "keep": 3}, 4], "a/b": {"~x": 5, "y": 6}}');
    expect(JSON.parse(baselineText(current, new Set(['/list/0', '/list/1/t', '/a~1b/~0x'])))).toEqual({ 'a/b': { y: 6 }, list: [null, { keep: 3 }, 4] });
  });

  test('a document nested 3,000 levels deep is synced with an ignored pointer, walking only the pointer\'s path', async () => {
    const depth = 3_000;
    const current = await parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
    const text = baselineText(current, new Set(['/a/a/b']));
    expect(text.startsWith('{\n  "a": {\n    "a": {')).toBe(true);
    expect(text).toContain(`${' '.repeat(2 * depth)}"a": 1\n`);
  });

  test('a document too deep for its baseline text is a usage error naming it, not an internal error (the walk was recursive: a stack overflow, exit 4)', async () => {
    const depth = 20_000;
    const current = await parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
    for (const ignore of [new Set<string>(), new Set(['/a/a/b'])]) {
      let thrown: unknown;
      try {
        baselineText(current, ignore, 'file deep.json');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(GatesError);
      expect((thrown as GatesError).code).toBe('GATES_E_DOCUMENT_INVALID');
      expect((thrown as GatesError).message).toContain('file deep.json');
    }
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
