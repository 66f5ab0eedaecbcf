import { describe, expect, test } from '@jest/globals';
import type { Finding } from '@gates/core';
import { placesByFile, type FindingGroup } from './finding-groups.js';

const at = (file: string | undefined, line?: number): Finding => ({ ruleId: 'unpinned-uses', severity: 'error', message: 'actions/checkout@v4 is pinned to a tag', file, line });

describe('placesByFile', () => {
  test('lines by file in first-seen order, also when a file comes back after another (findings not sorted by file)', () => {
    const findings = [at('a.yml', 3), at('a.yml', 9), at('b.yml', 1), at('a.yml', 12), at(undefined), at('b.yml', 4)];
    const group: FindingGroup = { ruleId: 'unpinned-uses', sample: findings[0]!, findings };
    expect([...placesByFile(group)]).toEqual([
      ['a.yml', [3, 9, 12]],
      ['b.yml', [1, 4]],
      ['', [0]],
    ]);
  });
});
