/**
 * Whether an npm lockfile matches its package.json, offline: every dependency
 * locked at a version its range accepts. Its own module because it needs
 * semver, which is loaded only when a repository has an npm lockfile. Pure.
 */
import semver from 'semver';

export interface LockDrift {
  name: string;
  range: string;
  locked?: string;
}

/** Dependencies of package.json that package-lock.json lacks or locks at a version outside the range. */
export function npmLockDrift(manifestText: string, lockText: string): LockDrift[] {
  const manifest = JSON.parse(manifestText) as Record<string, Record<string, string> | undefined>;
  const lock = JSON.parse(lockText) as { packages?: Record<string, { version?: string }>; dependencies?: Record<string, { version?: string }> };
  const drift: LockDrift[] = [];
  for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(manifest[key] ?? {})) {
      // git, file, workspace, alias and URL specs cannot be checked offline.
      if (!semver.validRange(range)) continue;
      const locked = lock.packages?.[`node_modules/${name}`]?.version ?? lock.dependencies?.[name]?.version;
      if (!locked || !semver.satisfies(locked, range, { includePrerelease: true })) drift.push({ name, range, locked });
    }
  }
  return drift;
}
