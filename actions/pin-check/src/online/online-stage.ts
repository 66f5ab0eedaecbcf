import { GatesError, type Runner } from '@gates/core';
import type { PinPolicy } from '../policy.js';
import type { RepositoryFacts } from '../repository-facts.js';
import { skippedOnline, type OnlineFacts } from './online-facts.js';

export interface OnlineOptions {
  token: string;
  env: NodeJS.ProcessEnv;
  runner: Runner;
  timeoutMs: number;
  /** Total time for every online lookup of the run (`api-budget`). */
  budgetMs: number;
}

/** The checks that need the API, named in the summary when they are skipped (never a silent pass). */
export const ONLINE_CHECKS = 'unknown references, imposter commits, version comments against tags, commits between releases, refs that are both a tag and a branch, deprecated runtimes, and resolving tags for fix mode';

/**
 * Decides whether online checks run (policy `online`, a token) and runs
 * them. `required` without a token, or with a failed lookup, is exit 3:
 * the gate fails closed rather than passing unchecked.
 */
export async function gatherOnlineFacts(facts: RepositoryFacts, policy: PinPolicy, options: OnlineOptions): Promise<OnlineFacts> {
  if (policy.online === 'off') return skippedOnline('policy says `online: off`');
  if (!options.token) {
    if (policy.online === 'required') throw new GatesError('GATES_E_API_NO_TOKEN', { what: 'pin-check with policy `online: required`' });
    return skippedOnline('no token was given');
  }
  // Loaded only when the API is used: offline runs (most pull requests from forks) never parse it, nor the core's API client.
  const { checkOnline } = await import('./check-online.js');
  return checkOnline(facts, policy, options);
}

/** One line for the summary's head: what ran online, or what was skipped and why. */
export function describeOnline(online: OnlineFacts): string {
  if (online.skipped) return `Online checks skipped (${online.skipped}): ${ONLINE_CHECKS}. Offline rules ran in full.`;
  const failed = [...online.references.values()].filter((reference) => reference.error).length;
  const rate = online.rateLimit ? `; rate limit ${online.rateLimit.remaining}/${online.rateLimit.limit} left` : '';
  const stopped = online.stopped ? ` The API client stopped after ${online.stopped}.` : '';
  return `Online checks: ${online.references.size} reference(s) looked up with ${online.calls} API call(s)${rate}` + (failed ? `; ${failed} could not be checked.${stopped}` : '.');
}
