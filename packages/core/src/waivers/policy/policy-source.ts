import { GatesError } from '../../errors/gates-error.js';
import type { EventPayload } from '../../github/event-origin.js';

/**
 * Where the waiver policy is read from: the checkout, or the pull request's
 * base commit (through the API), when the checkout is the pull request's own
 * code and could have relaxed the policy it is judged by.
 */
export type PolicySource = { from: 'checkout' } | { from: 'base'; event: string; sha: string };

/**
 * Events whose checkout (the default `actions/checkout` ref) is the pull
 * request's head or merge commit: code the pull request's author wrote.
 * `pull_request_target` checks out the base by default, but workflows that
 * build the head check that out too; reading the base costs one call.
 */
export const BASE_POLICY_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/** A commit id as GitHub writes it: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * The policy source for this run, from GITHUB_EVENT_NAME and the event
 * payload. Pure. A pull request event whose payload has no usable base
 * commit fails closed (exit 3): the checkout's policy is never the fallback.
 */
export function policySource(event: string | undefined, payload: EventPayload): PolicySource {
  if (!event || !BASE_POLICY_EVENTS.has(event)) return { from: 'checkout' };
  const sha = payload.pull_request?.base?.sha;
  if (typeof sha !== 'string' || !COMMIT_SHA.test(sha)) {
    throw new GatesError('GATES_E_WAIVER_POLICY_UNAVAILABLE', { event, reason: 'the event payload (GITHUB_EVENT_PATH) has no pull_request.base.sha naming the base commit' });
  }
  return { from: 'base', event, sha };
}
