import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { largest } from '@gates/core';
import { streamJson } from '../../packages/core/src/report/json-stream.js';

/** streamJson's text (undefined where it wrote nothing), or the name of what it threw. */
function streamed(value: unknown, levels?: number): { text: string | undefined; pieces: string[] } | string {
  const pieces: string[] = [];
  try {
    const wrote = streamJson(value, (piece) => pieces.push(piece), levels);
    const text = pieces.join('');
    if (!wrote) expect(text).toBe('');
    return { text: wrote ? text : undefined, pieces };
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
}

/** JSON.stringify's text, or the name of what it threw. */
function stringified(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
}

function expectSame(value: unknown, levels?: number): void {
  const result = streamed(value, levels);
  expect(typeof result === 'string' ? result : result.text).toBe(stringified(value));
}

/** toJSON that writes the key it was called with, or leaves the value out. */
function keyed(tag: string): { toJSON(key: string): unknown } {
  return {
    toJSON(key: string) {
      if (tag === 'gone') return undefined;
      return tag === 'object' ? { key, nested: [key, undefined] } : `${tag}@${key}`;
    },
  };
}

describe('streamJson: JSON.stringify, byte for byte, in pieces', () => {
  test('the report shape: a findings array longer than a run, each finding a piece of a run, not the whole', () => {
    const findings = Array.from({ length: 1000 }, (_, index) => ({ ruleId: 'unpinned-uses', severity: index % 3 ? 'error' : 'warning', message: `m ${index} é😀`, file: `.github/workflows/w${index}.yml`, line: index, column: undefined, waived: index % 7 === 0 ? true : undefined }));
    const report = { tool: 'pin-check', version: '0.1.0', verdict: 'fail', counts: { error: 3, waived: 0 }, notes: [], findings };
    const result = streamed(report);
    if (typeof result === 'string') throw new Error(result);
    expect(result.text).toBe(JSON.stringify(report));
    expect(largest(result.pieces.map((piece) => piece.length), 0)).toBeLessThan(JSON.stringify(findings.slice(0, 200)).length);
  });

  test('what has no text: undefined, functions and symbols left out of objects, null in arrays, nothing at the top', () => {
    const odd = { a: undefined, b: () => 1, c: Symbol('s'), d: [undefined, () => 1, Symbol('t'), 1], e: 'kept' };
    for (const levels of [0, 1, 2, 3]) expectSame(odd, levels);
    for (const nothing of [undefined, () => 1, Symbol('top'), keyed('gone')]) expect(streamed(nothing)).toEqual({ text: undefined, pieces: [] });
    // Holes, past the length of a run too.
    const sparse: unknown[] = [];
    sparse[3] = 'x';
    sparse[300] = { y: 1 };
    expectSame(sparse);
    expectSame({ sparse }, 1);
  });

  test('toJSON gets its own key, at every level and past a run: Dates, key-dependent results, results left out', () => {
    const many = Array.from({ length: 300 }, (_, index) => (index % 50 === 7 ? keyed(index % 100 === 7 ? 'k' : 'object') : { index }));
    const value = { date: new Date(Date.UTC(2026, 0, 2)), invalid: new Date(Number.NaN), key: keyed('k'), gone: keyed('gone'), object: keyed('object'), many, nested: { deep: [keyed('k'), keyed('gone')] } };
    for (const levels of [0, 1, 2, 3, 4]) {
      expectSame(value, levels);
      expectSame(many, levels);
    }
    expectSame(keyed('object'));
    expectSame(Object.assign(() => 1, { toJSON: () => 'a function with a toJSON' }));
  });

  test('numbers, boxed primitives, unicode and lone surrogates, empty arrays and objects, __proto__ as a key', () => {
    const proto = JSON.parse('{"__proto__": {"x": 1}, "constructor": 2}') as unknown;
    const value = {
      numbers: [0, -0, 1e21, 1.5e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_SAFE_INTEGER],
      boxed: [Object(1), Object('s'), Object(false)],
      boxedProperty: Object('t'),
      strings: ['\ud800', '\udfff', 'a\ud83d\ude00b', '\u2028\u2029', '"\\\n\u0000\u001f', 'ünïcödé'],
      '\ud800key': '\udc00',
      empty: [[], {}, [[]], [{}]],
      emptyObject: {},
      emptyArray: [],
      proto,
      nullish: [null, { n: null }],
    };
    for (const levels of [0, 1, 2, 3]) expectSame(value, levels);
    for (const top of [[], {}, null, 'text', 0, -0, Number.NaN, true, Object(2), proto]) expectSame(top);
  });

  test('what JSON.stringify refuses is refused: cycles at any level, bigints', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    const deep: Record<string, unknown> = { findings: [{ x: 1 }] };
    (deep.findings as Record<string, unknown>[])[0]!.back = deep;
    const inArray: unknown[] = [];
    inArray.push([inArray]);
    for (const value of [cycle, deep, inArray, { big: 1n }, [1, 2n], { nested: { big: [3n] } }]) {
      expect(streamed(value)).toBe('threw TypeError');
      expect(stringified(value)).toBe('threw TypeError');
    }
  });

  test('arrays given a toJSON by someone: a run, itself an array, is not written through it', () => {
    Object.defineProperty(Array.prototype, 'toJSON', { value: (key: string) => `array@${key}`, configurable: true, writable: true });
    try {
      // Only an array without Array.prototype is walked then, and its run would have it.
      const bare = Object.setPrototypeOf([1, { a: [2] }, 'three'], null) as unknown[];
      expectSame({ bare, plain: [1, 2] }, 2);
      expectSame(bare, 1);
    } finally {
      delete (Array.prototype as { toJSON?: unknown }).toJSON;
    }
  });

  test('any JSON-like data, with Dates, toJSON, boxed values, holes and odd strings: the same text', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('\ud800', '\udc00', '😀', '"', '\\', '\n', '\u2028', 'é', '__proto__'), fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 6 });
    const leaf = fc.oneof(
      fc.anything({ key: text, maxDepth: 2, withBoxedValues: true, withDate: true, withNullPrototype: true, withSparseArray: true, withObjectString: true, withMap: true, withSet: true, withTypedArray: true }),
      fc.constantFrom(undefined, null, Number.NaN, -0, Number.POSITIVE_INFINITY),
      fc.constantFrom('k', 'object', 'gone').map(keyed),
      fc.func(fc.integer()),
      text,
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('tree'), { maxLength: 5 }), fc.dictionary(text, tie('tree'), { maxKeys: 5 })),
    }));
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 4 }), (value, levels) => expectSame(value, levels)),
      { numRuns: 400 },
    );
    // Long arrays of them: runs of elements end and start among elements with a toJSON.
    fc.assert(
      fc.property(fc.array(tree, { minLength: 100, maxLength: 400 }), (many) => {
        expectSame(many);
        expectSame({ findings: many });
      }),
      { numRuns: 20 },
    );
  });
});
