import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseUses, type UsesReference } from './uses-reference.js';

/** parseUses as first written (split and rest-destructuring), the reference for the offset-based version. */
function parseUsesReference(value: string): UsesReference {
  const trimmed = value.trim();
  if (trimmed.includes('${{')) return { kind: 'expression' };
  if (trimmed.startsWith('./') || trimmed.startsWith('.\\')) return { kind: 'local', path: trimmed };
  if (trimmed.startsWith('docker://')) return { kind: 'docker', image: trimmed.slice('docker://'.length) };
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return { kind: 'invalid', reason: 'expected owner/repo[/path]@ref' };
  const [owner, repo, ...rest] = trimmed.slice(0, at).split('/');
  if (!owner || !repo) return { kind: 'invalid', reason: 'expected owner/repo[/path]@ref' };
  return { kind: 'remote', owner, repo, path: rest.join('/'), ref: trimmed.slice(at + 1) };
}

describe('parseUses', () => {
  test('owner, repo, path and ref of remote references; local, docker and expression forms', () => {
    expect(parseUses('github/codeql-action/init@v3')).toEqual({ kind: 'remote', owner: 'github', repo: 'codeql-action', path: 'init', ref: 'v3' });
    expect(parseUses(' org/repo/.github/workflows/ci.yml@main ')).toEqual({ kind: 'remote', owner: 'org', repo: 'repo', path: '.github/workflows/ci.yml', ref: 'main' });
    expect(parseUses('actions/checkout@v4')).toEqual({ kind: 'remote', owner: 'actions', repo: 'checkout', path: '', ref: 'v4' });
    expect(parseUses('./.github/actions/setup')).toEqual({ kind: 'local', path: './.github/actions/setup' });
    expect(parseUses('docker://alpine:3.20')).toEqual({ kind: 'docker', image: 'alpine:3.20' });
    expect(parseUses('${{ matrix.action }}')).toEqual({ kind: 'expression' });
    for (const invalid of ['checkout@v4', '/repo@v1', 'owner//repo@v1', 'owner/@v1', 'owner/repo@', 'owner/repo']) expect(parseUses(invalid).kind).toBe('invalid');
  });

  test('equals the split-based reference on any text', () => {
    const piece = fc.constantFrom('a', 'bc', '/', '/', '@', '.', '-', ' ', './', 'docker://', '${{', 'v1.2');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')), (value) => {
      expect(parseUses(value)).toEqual(parseUsesReference(value));
    }), { numRuns: 5000 });
  });
});
