/**
 * A parsed `uses:` value, in the forms GitHub documents: `owner/repo[/path]@ref`,
 * `./path` (this repository as checked out), `$/path` (this repository at the
 * commit that is running, no checkout needed), `docker://image`. Anything
 * else is invalid, with why. Pure.
 */
export type UsesReference =
  | { kind: 'local'; path: string }
  | { kind: 'self'; path: string }
  | { kind: 'docker'; image: string }
  | { kind: 'expression' }
  | { kind: 'remote'; owner: string; repo: string; path: string; ref: string; refKind: RefKind }
  | { kind: 'invalid'; reason: string };

export type RefKind = 'sha' | 'short-sha' | 'semver-tag' | 'branch-or-tag';

const REMOTE = 'expected owner/repo[/path]@ref, ./path, $/path or docker://image';
const NAME = /^[\w.-]+$/;

export function parseUses(value: string): UsesReference {
  if (value.includes('${{')) return { kind: 'expression' };
  if (/\s/.test(value)) return { kind: 'invalid', reason: /[\r\n]/.test(value) ? 'it contains a line break (a block scalar keeps it); GitHub reads it as part of the reference' : 'it contains spaces' };
  if (value.startsWith('./') || value.startsWith('.\\')) return { kind: 'local', path: value };
  if (value.startsWith('$/')) {
    if (value.includes('@')) return { kind: 'invalid', reason: 'a self-repository reference ($/path) takes no @ref: it runs the workflow\'s own commit' };
    return value.length > 2 ? { kind: 'self', path: value.slice(2) } : { kind: 'invalid', reason: 'a self-repository reference needs a path after $/' };
  }
  if (value.startsWith('docker://')) return value.length > 'docker://'.length ? { kind: 'docker', image: value.slice('docker://'.length) } : { kind: 'invalid', reason: 'docker:// needs an image' };
  const at = value.indexOf('@');
  if (at <= 0 || at === value.length - 1 || value.indexOf('@', at + 1) !== -1) return { kind: 'invalid', reason: REMOTE };
  // Offsets rather than split and rest-destructuring: this runs for every uses: of a repository.
  const ownerEnd = value.indexOf('/');
  if (ownerEnd <= 0 || ownerEnd > at) return { kind: 'invalid', reason: REMOTE };
  const repoEnd = value.indexOf('/', ownerEnd + 1);
  const nameEnd = repoEnd === -1 || repoEnd > at ? at : repoEnd;
  const owner = value.slice(0, ownerEnd);
  const repo = value.slice(ownerEnd + 1, nameEnd);
  const path = nameEnd === at ? '' : value.slice(nameEnd + 1, at);
  const emptySegment = nameEnd !== at && path.split('/').includes('');
  if (!NAME.test(owner) || !NAME.test(repo) || emptySegment) return { kind: 'invalid', reason: REMOTE };
  const ref = value.slice(at + 1);
  return { kind: 'remote', owner, repo, path, ref, refKind: classifyRef(ref) };
}

/** A value for a message: in double quotes, line breaks and control characters escaped, so it stays on one line. */
export function quoteValue(value: string): string {
  return JSON.stringify(value);
}

export function classifyRef(ref: string): RefKind {
  if (/^[0-9a-f]{40}$/.test(ref) || /^[0-9a-f]{64}$/.test(ref)) return 'sha';
  if (/^[0-9a-f]{7,39}$/.test(ref)) return 'short-sha';
  if (/^v?\d+(\.\d+){0,2}([-+][\w.-]+)?$/.test(ref)) return 'semver-tag';
  return 'branch-or-tag';
}
