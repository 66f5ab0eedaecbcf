import type { RequestFacts } from './request.js';

type RepositoryRef = { full_name?: string; fork?: boolean } | null;

/** The parts of a webhook event payload rbac-guard reads (GITHUB_EVENT_PATH). */
export interface EventPayload {
  repository?: RepositoryRef;
  pull_request?: {
    number?: number;
    user?: { login?: string };
    head?: { repo?: RepositoryRef };
    base?: { repo?: RepositoryRef };
  };
  /** issue_comment: `issue.pull_request` is present when the issue is a pull request. */
  issue?: { number?: number; user?: { login?: string }; pull_request?: unknown };
  /** workflow_run: the run that triggered this one, whose head may be a fork's. */
  workflow_run?: { head_repository?: RepositoryRef; repository?: RepositoryRef };
}

/** Events whose payload carries the pull request (`pull_request` at the top). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/**
 * The request as the runner describes it. Pure: env and payload in. On a
 * re-run GITHUB_ACTOR stays the original author, so the subject checked is
 * GITHUB_TRIGGERING_ACTOR (falling back to GITHUB_ACTOR where it is unset).
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
    ...pullRequestOf(event, payload),
    now,
  };
}

/**
 * Whether the code under test comes from a fork, failing closed: a pull
 * request event without its pull request in the payload counts as a fork; a
 * comment on a pull request says nothing about the head (`unknown`: looked
 * up through the API when a grant depends on it); a workflow_run is a
 * fork's when the run's head repository is another (or gone).
 */
function pullRequestOf(event: string, payload: EventPayload): Pick<RequestFacts, 'fromFork' | 'pullRequest' | 'pullRequestAuthor'> {
  const pull = payload.pull_request;
  if (pull) return { fromFork: isFork(pull.head?.repo, pull.base?.repo ?? payload.repository), pullRequest: numberOf(pull.number), pullRequestAuthor: stringOf(pull.user?.login) };
  if (PULL_REQUEST_EVENTS.has(event)) return { fromFork: true };
  if (event === 'issue_comment' && payload.issue?.pull_request) {
    return { fromFork: 'unknown', pullRequest: numberOf(payload.issue.number), pullRequestAuthor: stringOf(payload.issue.user?.login) };
  }
  if (event === 'workflow_run') {
    const run = payload.workflow_run;
    return { fromFork: run ? isFork(run.head_repository, run.repository ?? payload.repository) : true };
  }
  return { fromFork: false };
}

/** A head repository that differs from the base, is marked a fork, or is gone (deleted fork) is a fork. */
export function isFork(head: RepositoryRef | undefined, base: RepositoryRef | undefined): boolean {
  if (typeof head?.full_name !== 'string') return true;
  if (head.fork === true) return true;
  // Payload fields are read for their type, not assumed: a name that is not a string names no repository.
  return head.full_name.toLowerCase() !== stringOf(base?.full_name)?.toLowerCase();
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
