import { dirname, isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { suiteRoot } from '../files/suite-root.js';

/**
 * Where the docs of the gates being run live, so a link opens that very version's docs:
 * - as an action (`uses: owner/repo/pin-check@ref`): the action's repository and ref, which actions/runner sets
 *   for every action from a repository (GITHUB_ACTION_REPOSITORY/_REF), on the job's server (GHES stays GHES);
 * - as a local action (`uses: ./pin-check`, which leaves those empty) from a checkout of the repository itself:
 *   that repository at GITHUB_SHA;
 * - anywhere else (the CLI): the installation's README files, as file URLs.
 */
export function docsRoot(env: NodeJS.ProcessEnv = process.env): string {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (env.GITHUB_ACTION_REPOSITORY) return `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${env.GITHUB_ACTION_REF || 'HEAD'}`;
  const root = installedRoot();
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY && env.GITHUB_SHA && env.GITHUB_WORKSPACE) {
    const inside = relative(env.GITHUB_WORKSPACE, root);
    if (!inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside)) {
      return `${server}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}${inside ? `/${inside.split(sep).join('/')}` : ''}`;
    }
  }
  return pathToFileURL(root).href;
}

/** The repository of the gates being run (SARIF's `informationUri`): docsRoot without the ref. */
export function projectUrl(env: NodeJS.ProcessEnv = process.env): string {
  return docsRoot(env).replace(/\/blob\/[^/]+(\/.*)?$/, '');
}

/** The gates installation; failing that, where a bundle (`dist/<name>/index.js`) expects it, two levels up. */
function installedRoot(): string {
  // dirname, not `new URL('../..', import.meta.url)`: ncc takes that for an asset to copy into the bundle.
  return suiteRoot() ?? dirname(dirname(dirname(fileURLToPath(import.meta.url))));
}
