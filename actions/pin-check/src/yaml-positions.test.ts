import { describe, expect, test } from '@jest/globals';
import { lineIndex, mappingEntries, mappingGet, parseWithPositions, sequenceItems } from './yaml-positions.js';

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

  test('lineIndex maps offsets to 1-based line and column', () => {
    const position = lineIndex('ab\ncd\r\nef');
    expect([0, 1, 3, 4, 7].map((offset) => position(offset))).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 2, column: 1 }, { line: 2, column: 2 }, { line: 3, column: 1 },
    ]);
  });
});
