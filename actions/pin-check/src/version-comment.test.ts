import { describe, expect, test } from '@jest/globals';
import { branchInComment, versionInComment } from './version-comment.js';

describe('versionInComment', () => {
  test.each([
    ['v4.1.1', 'v4.1.1'],
    ['4.1.1', '4.1.1'],
    ['v4', 'v4'],
    ['tag=v4.1.1', 'v4.1.1'],
    ['version: v4.1.1', 'v4.1.1'],
    ['pin @v4.1.1', 'v4.1.1'],
    ['pinned to v4.1.1', 'v4.1.1'],
    ['ratchet:actions/checkout@v4.1.1', 'v4.1.1'],
    ['v4.0.0rc1', 'v4.0.0rc1'],
    ['v4.0.0-beta.2', 'v4.0.0-beta.2'],
    ['create-github-app-token/v0.2.2', 'create-github-app-token/v0.2.2'],
    ['v4.2.2, the last node20 release', 'v4.2.2'],
    ['releases/v4', 'releases/v4'],
  ])('# %s names %s', (comment, tag) => {
    const found = versionInComment(comment)!;
    expect(found.tag).toBe(tag);
    expect(comment.slice(found.start, found.end)).toBe(tag);
  });

  test.each(['pinned on release day', 'main', 'see https://example.org', 'TODO: bump', ''])('# %s names no version', (comment) => {
    expect(versionInComment(comment)).toBeUndefined();
  });
});

describe('branchInComment', () => {
  test('main, master and the like are branches; versions and free text are not', () => {
    expect(branchInComment('main')).toEqual({ tag: 'main', start: 0, end: 4 });
    expect(branchInComment('tag=master')).toEqual({ tag: 'master', start: 4, end: 10 });
    expect(branchInComment('v4.1.1')).toBeUndefined();
    expect(branchInComment('maintained fork')).toBeUndefined();
  });
});

describe('comments read once', () => {
  test('a comment asked about again gives the same answer, in a token no caller can change', () => {
    const first = versionInComment('tag=v9.8.7')!;
    expect(versionInComment('tag=v9.8.7')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(branchInComment('tag=v9.8.7')).toBeUndefined();
    expect(branchInComment('main')).toBe(branchInComment('main'));
    expect(versionInComment('main')).toBeUndefined();
  });
});
