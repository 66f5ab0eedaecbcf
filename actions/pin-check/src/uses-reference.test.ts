import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseUses } from './uses-reference.js';

describe('parseUses', () => {
  test('owner, repo, path and ref of remote references; local, self-repository, docker and expression forms', () => {
    expect(parseUses('github/codeql-action/init@v3')).toEqual({ kind: 'remote', owner: 'github', repo: 'codeql-action', path: 'init', ref: 'v3', refKind: 'semver-tag' });
    expect(parseUses('org/repo/.github/workflows/ci.yml@main')).toEqual({ kind: 'remote', owner: 'org', repo: 'repo', path: '.github/workflows/ci.yml', ref: 'main', refKind: 'branch-or-tag' });
    expect(parseUses('actions/checkout@v4')).toEqual({ kind: 'remote', owner: 'actions', repo: 'checkout', path: '', ref: 'v4', refKind: 'semver-tag' });
    expect(parseUses('./.github/actions/setup')).toEqual({ kind: 'local', path: './.github/actions/setup' });
    expect(parseUses('./.github/workflows/reusable.yml')).toEqual({ kind: 'local', path: './.github/workflows/reusable.yml' });
    expect(parseUses('$/.github/actions/hello-world-action')).toEqual({ kind: 'self', path: '.github/actions/hello-world-action' });
    expect(parseUses('$/.github/workflows/reusable.yml')).toEqual({ kind: 'self', path: '.github/workflows/reusable.yml' });
    expect(parseUses('docker://alpine:3.20')).toEqual({ kind: 'docker', image: 'alpine:3.20' });
    expect(parseUses('${{ matrix.action }}')).toEqual({ kind: 'expression' });
  });

  test('everything else is invalid, with why', () => {
    for (const invalid of ['checkout@v4', '/repo@v1', 'owner//repo@v1', 'owner/@v1', 'owner/repo@', 'owner/repo', 'docker://', '$/', 'o/r@v1@v2', 'o/r/a//b@v1']) {
      expect(parseUses(invalid).kind).toBe('invalid');
    }
    expect(parseUses('$/actions/foo@v1')).toEqual({ kind: 'invalid', reason: "a self-repository reference ($/path) takes no @ref: it runs the workflow's own commit" });
    expect(parseUses('actions/checkout@v4\n')).toEqual({ kind: 'invalid', reason: 'it contains a line break (a block scalar keeps it); GitHub reads it as part of the reference' });
    expect(parseUses(' actions/checkout@v4')).toEqual({ kind: 'invalid', reason: 'it contains spaces' });
  });

  test('a remote reference is exactly its parts put back together, and its owner and repo are names', () => {
    const piece = fc.constantFrom('a', 'bc', '/', '/', '@', '.', '-', ' ', '\n', './', '$/', 'docker://', '${{', 'v1.2', '_');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')), (value) => {
      const parsed = parseUses(value);
      if (parsed.kind !== 'remote') return;
      expect(`${parsed.owner}/${parsed.repo}${parsed.path ? `/${parsed.path}` : ''}@${parsed.ref}`).toBe(value);
      expect(parsed.owner).toMatch(/^[\w.-]+$/);
      expect(parsed.repo).toMatch(/^[\w.-]+$/);
      expect(parsed.ref).not.toMatch(/[\s@]/);
    }), { numRuns: 5000 });
  });
});
