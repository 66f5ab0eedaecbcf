import { dirOf, pathIn } from './workspaces.js';
import type { RepositoryFacts } from './repository-facts.js';

const PACKAGE_JSON = /(^|\/)package\.json$/;

/**
 * Compares each package.json that has a package-lock.json beside it. The
 * comparison needs semver, so it is loaded here, and only for repositories
 * that have such a pair: most pin-check runs never pay its start-up.
 */
export async function addNpmLockFacts(facts: RepositoryFacts): Promise<void> {
  const texts = new Map(facts.manifests.map((file) => [file.path, file.text]));
  const pairs: [string, string][] = [];
  for (const path of texts.keys()) {
    const lockfile = pathIn(dirOf(path), 'package-lock.json');
    if (PACKAGE_JSON.test(path) && texts.has(lockfile)) pairs.push([path, lockfile]);
  }
  if (pairs.length === 0) return;
  const { npmLockDrift } = await import('./npm-lock-drift.js');
  for (const [manifest, lockfile] of pairs) {
    try {
      facts.npmLocks.push({ manifest, lockfile, drift: npmLockDrift(texts.get(manifest)!, texts.get(lockfile)!) });
    } catch (error) {
      facts.npmLocks.push({ manifest, lockfile, invalid: (error as Error).message.split('\n')[0] });
    }
  }
}
