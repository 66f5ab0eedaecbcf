import { GatesError } from '../errors/gates-error.js';

export const STATE_MODES = ['auto', 'artifact', 'cache', 'local'] as const;
export type StateMode = (typeof STATE_MODES)[number];

/**
 * Where the run's state travels: `auto` is `artifact` where the runner gives
 * the results service, else `local` (a terminal, the CLI). Pure.
 *
 * `cache` is refused, not quietly kept local: the Actions cache restores one
 * entry per key prefix and cannot list a run's entries, so segments that
 * parallel jobs published could not all be found, and a later job would
 * decide without them. A name a user may well try deserves its own error.
 */
export function resolveStateMode(requested: StateMode, env: NodeJS.ProcessEnv): Exclude<StateMode, 'auto' | 'cache'> {
  if (requested === 'cache') throw new GatesError('GATES_E_STATE_CACHE', {});
  const onActions = Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
  if (requested === 'auto') return onActions ? 'artifact' : 'local';
  if (requested !== 'local' && !onActions) {
    throw new GatesError('GATES_E_USAGE', { detail: `state: ${requested} needs the Actions results service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL), which only a GitHub Actions job has; use state: auto or local here` });
  }
  return requested;
}

/** The retention the runner sets for the run's artifacts (GITHUB_RETENTION_DAYS), or undefined to let the service decide. */
export function retentionDays(env: NodeJS.ProcessEnv): number | undefined {
  const days = Number(env.GITHUB_RETENTION_DAYS);
  return Number.isSafeInteger(days) && days > 0 ? days : undefined;
}
