import type { RequestFacts } from './request.js';

/** The parts of a webhook event payload rbac-guard reads (GITHUB_EVENT_PATH). */
export interface EventPayload {
  pull_request?: {
    number?: number;
    user?: { login?: string };
    head?: { repo?: { full_name?: string; fork?: boolean } | null };
    base?: { repo?: { full_name?: string } };
  };
}

/**
 * The request as the runner describes it. Pure: env and payload in. On a
 * re-run GITHUB_ACTOR stays the original author, so the subject checked is
 * GITHUB_TRIGGERING_ACTOR (falling back to GITHUB_ACTOR where it is unset).
 */
export function requestFromEnvironment(env: NodeJS.ProcessEnv, payload: EventPayload, command: string, environment: string | undefined, now: Date): RequestFacts {
  const actor = env.GITHUB_ACTOR ?? '';
  const pull = payload.pull_request;
  return {
    command,
    environment: environment || undefined,
    event: env.GITHUB_EVENT_NAME ?? 'unknown',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA,
    actor,
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || actor,
    fromFork: pull ? isFork(pull) : false,
    pullRequest: typeof pull?.number === 'number' ? pull.number : undefined,
    pullRequestAuthor: pull?.user?.login,
    now,
  };
}

/** A head repository that differs from the base, is marked a fork, or is gone (deleted fork) is a fork. */
function isFork(pull: NonNullable<EventPayload['pull_request']>): boolean {
  const head = pull.head?.repo;
  if (!head) return true;
  if (head.fork === true) return true;
  return head.full_name !== pull.base?.repo?.full_name;
}
