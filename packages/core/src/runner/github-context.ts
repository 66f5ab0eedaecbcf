import type { RepositoryLinks } from '../report/summary.js';

/** Links to files at the commit being checked, when running on GitHub. */
export function repositoryLinks(env: NodeJS.ProcessEnv): RepositoryLinks | undefined {
  const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!repository || !sha) return undefined;
  return { serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''), repository, sha };
}

/** The identifiers a ledger record keeps of the run: ids, never secrets. */
export function runIdentity(env: NodeJS.ProcessEnv): Record<string, string> {
  const keys = ['GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_REF', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_ACTOR', 'GITHUB_TRIGGERING_ACTOR', 'GITHUB_EVENT_NAME'];
  const identity: Record<string, string> = {};
  for (const key of keys) if (env[key]) identity[key.replace(/^GITHUB_/, '').toLowerCase()] = env[key]!;
  return identity;
}

export function isDebug(env: NodeJS.ProcessEnv): boolean {
  return env.RUNNER_DEBUG === '1' || /^true$/i.test(env.INPUT_DEBUG ?? '');
}
