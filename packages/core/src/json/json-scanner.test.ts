import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { JsonScanner, JsonSyntaxError, type JsonPath } from './json-scanner.js';

/** Captures the elements of `items` and the scalar `count`, enters the root and `items`, skips the rest; in pieces of the given sizes. */
function scan(json: string | Buffer, sizes: number[] = [1 << 20]): { path: string; value: unknown; offset: number }[] {
  const seen: { path: string; value: unknown; offset: number }[] = [];
  const scanner = new JsonScanner({
    select: (path: JsonPath) => (path.length === 0 || (path.length === 1 && path[0] === 'items') ? 'enter' : path[0] === 'items' || path[0] === 'count' ? 'capture' : 'skip'),
    value: (path, value, offset) => seen.push({ path: path.join('/'), value, offset }),
    leave: (path) => seen.push({ path: `leave:${path.join('/')}`, value: undefined, offset: -1 }),
  });
  const bytes = Buffer.isBuffer(json) ? json : Buffer.from(json);
  for (let at = 0, index = 0; at < bytes.length; index++) {
    const size = Math.max(1, sizes[index % sizes.length]!);
    scanner.push(bytes.subarray(at, at + size));
    at += size;
  }
  scanner.end();
  return seen;
}

const SAMPLE = JSON.stringify({
  skipped: { deep: [1, { x: 'a "quoted" \\ string with } and ]' }], other: null },
  count: 3,
  items: [{ name: 'ünï', n: 1.5e3, tags: ['a', 'b'] }, 'text with \\"escapes\\" and \\u00e9', -0.25, true, null, [1, [2]]],
  tail: 'x'.repeat(300),
});

function errorOf(json: string): { message: string; offset: number } {
  try {
    scan(json);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { message: error.message, offset: error.offset };
    throw error;
  }
  throw new Error('no error');
}

describe('JsonScanner', () => {
  test('selected values come out parsed, with their paths and offsets; skipped ones are not built', () => {
    const seen = scan(SAMPLE);
    const parsed = JSON.parse(SAMPLE) as { items: unknown[] };
    expect(seen.filter((entry) => !entry.path.startsWith('leave')).map((entry) => [entry.path, entry.value])).toEqual([['count', 3], ...parsed.items.map((item, index) => [`items/${index}`, item])]);
    expect(seen.filter((entry) => entry.path.startsWith('leave')).map((entry) => entry.path)).toEqual(['leave:items', 'leave:']);
    const first = seen.find((entry) => entry.path === 'items/0')!;
    expect(SAMPLE.slice(first.offset, first.offset + 8)).toBe('{"name":');
  });

  test('property: any chunking gives the same values (tokens and strings split at every byte)', () => {
    const whole = scan(SAMPLE);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 5 }), (sizes) => {
        expect(scan(SAMPLE, sizes)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  test('a UTF-8 byte order mark is allowed; offsets count it', () => {
    const seen = scan(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"count": 1}')]));
    expect(seen[0]).toMatchObject({ path: 'count', value: 1, offset: 13 });
  });

  test.each([
    ['{"items": [1, 2', 'ends inside a value', 15],
    ['{"items": [1 2]}', 'expected ","', 13],
    ['{"count": nope}', 'not a JSON value', 10],
    ['{"items": [{"a": }]}', 'invalid JSON', 11],
    ['{count: 1}', 'expected a key in quotes', 1],
    ['{} {}', 'content after the JSON value', 3],
    ['', 'no JSON value', 0],
  ])('%j is an error: %s (at byte %d)', (json, message, offset) => {
    expect(errorOf(json)).toEqual({ message: expect.stringContaining(message), offset });
  });
});
