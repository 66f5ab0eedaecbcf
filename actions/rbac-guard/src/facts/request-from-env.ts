import { eventOrigin, type EventPayload } from '@gates/core';
import type { RequestFacts } from './request.js';

export type { EventPayload } from '@gates/core';

/**
 * The request as the runner describes it. Pure: env and payload in. On a
 * re-run GITHUB_ACTOR stays the original author, so the subject checked is
 * GITHUB_TRIGGERING_ACTOR (falling back to GITHUB_ACTOR where it is unset).
 * Where the code comes from (a fork's or not) is the core's eventOrigin.
 */
export function requestFromEnvironment(env: NodeJS.ProcessEnv, payload: EventPayload, command: string, environment: string | undefined, now: Date): RequestFacts {
  const actor = env.GITHUB_ACTOR ?? '';
  const event = env.GITHUB_EVENT_NAME ?? 'unknown';
  return {
    command,
    environment: environment || undefined,
    event,
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA,
    actor,
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR || actor,
    ...eventOrigin(event, payload),
    now,
  };
}
