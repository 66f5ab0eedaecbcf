/** A parsed `uses:` value. Pure. */
export type UsesReference =
  | { kind: 'local'; path: string }
  | { kind: 'docker'; image: string }
  | { kind: 'expression' }
  | { kind: 'remote'; owner: string; repo: string; path: string; ref: string }
  | { kind: 'invalid'; reason: string };

export type RefKind = 'sha' | 'short-sha' | 'semver-tag' | 'branch-or-tag';

export function parseUses(value: string): UsesReference {
  const trimmed = value.trim();
  if (trimmed.includes('${{')) return { kind: 'expression' };
  if (trimmed.startsWith('./') || trimmed.startsWith('.\\')) return { kind: 'local', path: trimmed };
  if (trimmed.startsWith('docker://')) return { kind: 'docker', image: trimmed.slice('docker://'.length) };
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return { kind: 'invalid', reason: 'expected owner/repo[/path]@ref' };
  // Offsets rather than split and rest-destructuring: this runs for every uses: of a repository.
  const ownerEnd = trimmed.indexOf('/');
  const repoEnd = ownerEnd === -1 ? -1 : trimmed.indexOf('/', ownerEnd + 1);
  const nameEnd = repoEnd === -1 || repoEnd > at ? at : repoEnd;
  if (ownerEnd <= 0 || ownerEnd >= at || nameEnd === ownerEnd + 1) return { kind: 'invalid', reason: 'expected owner/repo[/path]@ref' };
  const path = nameEnd === at ? '' : trimmed.slice(nameEnd + 1, at);
  return { kind: 'remote', owner: trimmed.slice(0, ownerEnd), repo: trimmed.slice(ownerEnd + 1, nameEnd), path, ref: trimmed.slice(at + 1) };
}

/** `v4.1.1`, `4.1`, `v4` — something worth resolving as a tag. */
export function looksLikeVersion(text: string): boolean {
  return /^v?\d+(\.\d+){0,3}([-+][\w.-]+)?$/.test(text);
}

export function classifyRef(ref: string): RefKind {
  if (/^[0-9a-f]{40}$/.test(ref) || /^[0-9a-f]{64}$/.test(ref)) return 'sha';
  if (/^[0-9a-f]{7,39}$/.test(ref)) return 'short-sha';
  if (/^v?\d+(\.\d+){0,2}([-+][\w.-]+)?$/.test(ref)) return 'semver-tag';
  return 'branch-or-tag';
}
