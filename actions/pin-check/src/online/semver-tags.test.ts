import { describe, expect, test } from '@jest/globals';
import { actionRuntime } from './action-runtime.js';
import { mostSpecificTag } from './semver-tags.js';

const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);

describe('mostSpecificTag', () => {
  const tags = [
    { name: 'v4', commit: C1 },
    { name: 'v4.2', commit: C1 },
    { name: 'v4.2.2', commit: C1 },
    { name: 'v4.2.1', commit: C2 },
    { name: 'v40.0.0', commit: C1 },
    { name: 'latest', commit: C1 },
  ];

  test('pinning v4 names the most specific v4.x.y tag at the same commit, not v40', () => {
    expect(mostSpecificTag('v4', tags, C1)).toBe('v4.2.2');
    expect(mostSpecificTag('v4.2', tags, C1)).toBe('v4.2.2');
  });

  test('a tag at another commit is never chosen; no tag at the commit gives undefined', () => {
    expect(mostSpecificTag('v4', tags, C2)).toBe('v4.2.1');
    expect(mostSpecificTag('v4', tags, '3'.repeat(40))).toBeUndefined();
  });

  test('outside the ref\'s family, the highest version at the commit is chosen', () => {
    expect(mostSpecificTag('latest', tags, C1)).toBe('latest');
    expect(mostSpecificTag('stable', tags, C1)).toBe('v40.0.0');
  });

  test('path-prefixed tags of monorepos are compared by their version', () => {
    const monorepo = [{ name: 'create-github-app-token/v0.2', commit: C1 }, { name: 'create-github-app-token/v0.2.2', commit: C1 }];
    expect(mostSpecificTag('', monorepo, C1)).toBe('create-github-app-token/v0.2.2');
  });
});

describe('actionRuntime', () => {
  test('reads runs.using, normalised; undefined for broken or runtime-less files', () => {
    expect(actionRuntime("name: x\nruns:\n  using: 'Node20'\n  main: dist/index.js\n")).toBe('node20');
    expect(actionRuntime('runs:\n  using: composite\n  steps: []\n')).toBe('composite');
    expect(actionRuntime('name: [unclosed')).toBeUndefined();
    expect(actionRuntime('name: no runs\n')).toBeUndefined();
  });
});
