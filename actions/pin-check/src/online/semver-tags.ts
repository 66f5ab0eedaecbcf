import semver from 'semver';

/**
 * Of the tags at `commit`, the one a version comment should name: the most
 * specific version (v4.2.2 over v4.2 over v4), preferring the family of the
 * ref being pinned (pinning `v4` should say `v4.x.y`, not an unrelated tag).
 * Pure.
 */
export function mostSpecificTag(ref: string, tags: readonly { name: string; commit: string }[], commit: string): string | undefined {
  const atCommit = tags.filter((tag) => tag.commit === commit).map((tag) => tag.name);
  if (atCommit.length === 0) return undefined;
  const family = atCommit.filter((name) => name === ref || name.startsWith(`${ref}.`));
  const pool = family.length > 0 ? family : atCommit;
  return [...pool].sort(bySpecificity)[0];
}

function bySpecificity(a: string, b: string): number {
  const parts = (name: string) => name.replace(/^v/, '').split(/[.+-]/).length;
  const versionA = semver.coerce(a);
  const versionB = semver.coerce(b);
  if (versionA && versionB && semver.neq(versionA, versionB)) return semver.rcompare(versionA, versionB);
  return parts(b) - parts(a) || a.localeCompare(b);
}
