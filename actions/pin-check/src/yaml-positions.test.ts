import { describe, expect, test } from '@jest/globals';
import { lineIndex, mappingEntries, mappingGet, parseWithPositions, sequenceItems, type YamlNode } from './yaml-positions.js';
import { compileShape, LEAF_SPEC } from './yaml-shape.js';

const slice = (text: string, node: { start: number; end: number } | undefined) => (node ? text.slice(node.start, node.end) : undefined);

describe('parseWithPositions', () => {
  test('scalar offsets cover exactly the value as written: quotes kept, trailing spaces and comments excluded', () => {
    const text = 'steps:\n  - uses: a/b@v1   # pinned\n  - uses: "c/d@v2"\n  - uses:\n      e/f@v3\n  - { uses: g/h@v4, with: { x: 1 } }\n';
    const { root } = parseWithPositions(text);
    const uses = sequenceItems(mappingGet(root, 'steps')).map((step) => slice(text, mappingGet(step, 'uses')));
    expect(uses).toEqual(['a/b@v1', '"c/d@v2"', 'e/f@v3', 'g/h@v4']);
  });

  test('aliases resolve to the anchored node, so its children are reachable', () => {
    const text = 'defs:\n  - &checkout\n    uses: actions/checkout@v4\nsteps:\n  - *checkout\n';
    const { root } = parseWithPositions(text);
    const step = sequenceItems(mappingGet(root, 'steps'))[0];
    expect(slice(text, mappingGet(step, 'uses'))).toBe('actions/checkout@v4');
  });

  test('block scalars start at their header; mapping entries come in source order', () => {
    const text = 'run: |\n  echo one\n  echo two\nname: x\n';
    const { root } = parseWithPositions(text);
    expect(text[mappingGet(root, 'run')!.start]).toBe('|');
    expect(mappingEntries(root).map(([key]) => key.value)).toEqual(['run', 'name']);
  });

  test('errors carry a 1-based line and column; duplicate keys are errors', () => {
    expect(parseWithPositions('a: 1\nb: [1, 2\n').problem).toMatchObject({ line: 3, column: 1 });
    expect(parseWithPositions('a: 1\na: 2\n').problem).toMatchObject({ message: expect.stringContaining('duplicated mapping key'), line: 2 });
  });

  test('a key without a value does not shift the keys after it', () => {
    const text = 'm: {a, b: c, d}\n? e\nf: g\n';
    const { root } = parseWithPositions(text);
    expect(mappingGet(mappingGet(root, 'm'), 'b')?.value).toBe('c');
    expect(mappingEntries(mappingGet(root, 'm')).map(([key, value]) => [key.value, value.value])).toEqual([['a', null], ['b', 'c'], ['d', null]]);
    expect(mappingGet(root, 'f')?.value).toBe('g');
  });

  test('scalars are their text, as GitHub reads run: and uses:', () => {
    const { root } = parseWithPositions('run: true\nuses: 123\nwhen: 2001-12-14\n');
    expect(mappingEntries(root).map(([key, value]) => [key.value, value.value])).toEqual([['run', 'true'], ['uses', '123'], ['when', '2001-12-14']]);
  });

  test('lineIndex maps offsets to 1-based line and column', () => {
    const position = lineIndex('ab\ncd\r\nef');
    expect([0, 1, 3, 4, 7].map((offset) => position(offset))).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 2, column: 1 }, { line: 2, column: 2 }, { line: 3, column: 1 },
    ]);
  });

  test('lineIndex answers offsets in any order', () => {
    const text = 'ab\ncd\r\nef\n\ngh';
    const expected = (offset: number) => {
      const before = text.slice(0, offset);
      return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
    };
    const position = lineIndex(text);
    for (const offset of [12, 3, 3, 0, 9, 2, 11, 7, 12, 5]) expect(position(offset)).toEqual(expected(offset));
  });
});

describe('parseWithPositions with a shape', () => {
  const STEPS = compileShape({ keys: { steps: { items: { keys: { uses: LEAF_SPEC } } } } });
  const count = (node: YamlNode | undefined): number => (node ? 1 + node.children.reduce((sum, child) => sum + count(child), 0) : 0);
  const text = 'name: ci\nenv: { A: 1, B: [2, 3] }\nsteps:\n  - name: one\n    uses: a/b@v1\n    with: { x: 1, y: [1, 2, 3] }\n  - { uses: c/d@v2, with: { z: 1 } }\n';

  test('keeps only the nodes it names, at the same offsets as the full tree', () => {
    const shaped = parseWithPositions(text, STEPS).root;
    const full = parseWithPositions(text).root;
    const uses = (root: YamlNode | undefined) => sequenceItems(mappingGet(root, 'steps')).map((step) => slice(text, mappingGet(step, 'uses')));
    expect(uses(shaped)).toEqual(['a/b@v1', 'c/d@v2']);
    expect(uses(shaped)).toEqual(uses(full));
    expect(mappingGet(shaped, 'env')).toBeUndefined();
    expect(count(shaped)).toBeLessThan(count(full) / 2);
  });

  test('an alias to a collection outside the shape makes it read the document whole', () => {
    const aliased = 'defs: &s\n  - uses: e/f@v3\nsteps: *s\n';
    const { root } = parseWithPositions(aliased, STEPS);
    expect(sequenceItems(mappingGet(root, 'steps')).map((step) => slice(aliased, mappingGet(step, 'uses')))).toEqual(['e/f@v3']);
  });

  test('pairs kept as they close: keys without a value, explicit keys and skipped entries pair as in the full tree', () => {
    const shape = compileShape({ keys: { m: { keys: { b: LEAF_SPEC, d: LEAF_SPEC, f: LEAF_SPEC } }, f: LEAF_SPEC, h: LEAF_SPEC } });
    const tricky = 'm: {a, b: c, d, e: x, f: [1]}\n? e\nf: g\n? h\n: i\nj: k\n';
    const entries = (node: YamlNode | undefined) => mappingEntries(node).map(([key, value]) => [key.value, value.value, slice(tricky, value)]);
    const shaped = parseWithPositions(tricky, shape).root;
    const full = parseWithPositions(tricky).root;
    // The shaped tree keeps the entries it names whose value is there; the full tree gives a key without one an empty value.
    expect(entries(mappingGet(shaped, 'm'))).toEqual([['b', 'c', 'c'], ['f', ['1'], '[1]']]);
    expect(entries(mappingGet(full, 'm')).filter(([, value]) => value !== null)).toEqual([['b', 'c', 'c'], ['e', 'x', 'x'], ['f', ['1'], '[1]']]);
    expect(entries(shaped)).toEqual([['m', { b: 'c', a: null, d: null, e: 'x', f: ['1'] }, slice(tricky, mappingGet(full, 'm'))], ['f', 'g', 'g'], ['h', 'i', 'i']]);
    expect(entries(shaped)).toEqual(entries(full).filter(([key]) => ['m', 'f', 'h'].includes(key as string)));
  });

  test('a mapping shape met by a sequence keeps no items (the model reads none there), and a wrapped flow mapping its pairs', () => {
    const shape = compileShape({ keys: { steps: { items: { keys: { uses: LEAF_SPEC } } }, jobs: { anyKey: LEAF_SPEC } } });
    const { root } = parseWithPositions('jobs: [uses, a]\nsteps:\n  - { uses: a/b@v1 }\n', shape);
    expect(mappingGet(root, 'jobs')?.kind).toBe('sequence');
    expect(mappingGet(root, 'jobs')?.children).toEqual([]);
    expect(mappingGet(sequenceItems(mappingGet(root, 'steps'))[0], 'uses')?.value).toBe('a/b@v1');
  });

  test('a shape expects a mapping or a sequence, and keys never match Object members', () => {
    expect(() => compileShape({ keys: { a: LEAF_SPEC }, items: LEAF_SPEC })).toThrow('not both');
    const shape = compileShape({ keys: { a: LEAF_SPEC } });
    expect(shape.valueShape('constructor')).toBeUndefined();
    expect(shape.valueShape('a')).toBeDefined();
  });
});
