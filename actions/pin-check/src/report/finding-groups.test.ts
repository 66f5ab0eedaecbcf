import { describe, expect, test } from '@jest/globals';
import type { Finding } from '@gates/core';
import { placesByFile, type FindingGroup } from './finding-groups.js';

const at = (file: string | undefined, line?: number): Finding => ({ ruleId: 'unpinned-uses', severity: 'error', message: 'actions/checkout@v4 is pinned to a tag', file, line });
const groupOf = (findings: Finding[]): FindingGroup => ({ ruleId: 'unpinned-uses', sample: findings[0]!, findings });

describe('placesByFile', () => {
  test('lines by file in first-seen order, also when a file comes back after another (findings not sorted by file)', () => {
    const places = placesByFile(groupOf([at('a.yml', 3), at('a.yml', 9), at('b.yml', 1), at('a.yml', 12), at(undefined), at('b.yml', 4)]));
    expect([...places.listed]).toEqual([
      ['a.yml', [3, 9, 12]],
      ['b.yml', [1, 4]],
      ['', [0]],
    ]);
    expect(places.files).toBe(3);
  });

  test('past the limit files are counted, not kept: in file order', () => {
    const places = placesByFile(groupOf([at(undefined), at('a.yml', 1), at('a.yml', 2), at('b.yml', 5), at('c.yml', 7), at('c.yml', 8), at('d.yml', 1)]), 2);
    expect([...places.listed]).toEqual([
      ['', [0]],
      ['a.yml', [1, 2]],
    ]);
    expect(places.files).toBe(5);
  });

  test('past the limit, out of file order: a listed file that comes back keeps its lines, an unlisted one that comes back counts once', () => {
    const places = placesByFile(groupOf([at('b.yml', 1), at('a.yml', 2), at('c.yml', 3), at('b.yml', 4), at('c.yml', 5), at('d.yml', 6), at('a.yml', 7)]), 2);
    expect([...places.listed]).toEqual([
      ['b.yml', [1, 4]],
      ['a.yml', [2, 7]],
    ]);
    expect(places.files).toBe(4);
  });

  test('out of order only after the limit (an unlisted file comes back): still counted once', () => {
    const places = placesByFile(groupOf([at('a.yml', 1), at('b.yml', 2), at('c.yml', 3), at('b.yml', 4), at('c.yml', 5)]), 1);
    expect([...places.listed]).toEqual([['a.yml', [1]]]);
    expect(places.files).toBe(3);
  });
});
