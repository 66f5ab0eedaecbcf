import { readTextFile } from '../safe-files/read-file.js';
import { GatesError } from '../errors/gates-error.js';

type RepositoryRef = { full_name?: string; fork?: boolean } | null;

/** The parts of a webhook event payload gates reads (GITHUB_EVENT_PATH). */
export interface EventPayload {
  repository?: RepositoryRef;
  pull_request?: {
    number?: number;
    user?: { login?: string };
    head?: { repo?: RepositoryRef };
    /** `sha`: the base branch's commit the pull request is compared with (what it would merge into). */
    base?: { repo?: RepositoryRef; sha?: unknown };
  };
  /** issue_comment: `issue.pull_request` is present when the issue is a pull request. */
  issue?: { number?: number; user?: { login?: string }; pull_request?: unknown };
  /** workflow_run: the run that triggered this one, whose head may be a fork's. */
  workflow_run?: { head_repository?: RepositoryRef; repository?: RepositoryRef };
}

/** Where the code of a run comes from: a fork's or not (`unknown` until looked up), and its pull request. */
export interface EventOrigin {
  fromFork: boolean | 'unknown';
  pullRequest?: number;
  pullRequestAuthor?: string;
}

/** Events whose payload carries the pull request (`pull_request` at the top). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/**
 * Whether the code under test comes from a fork, failing closed: a pull
 * request event without its pull request in the payload counts as a fork; a
 * comment on a pull request says nothing about the head (`unknown`: looked
 * up through the API when it matters); a workflow_run is a fork's when the
 * run's head repository is another (or gone). Pure.
 */
export function eventOrigin(event: string, payload: EventPayload): EventOrigin {
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

/** Webhook payloads are capped at 25 MB by GitHub; anything larger (or a pipe, or /dev/zero) is not one. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

/** The event payload the runner wrote (GITHUB_EVENT_PATH); `{}` without one; exit 2 when it is not a JSON object. */
export function readEventPayload(env: NodeJS.ProcessEnv): EventPayload {
  if (!env.GITHUB_EVENT_PATH) return {};
  let payload: unknown;
  try {
    payload = JSON.parse(readTextFile(env.GITHUB_EVENT_PATH, { maxBytes: MAX_EVENT_BYTES }));
  } catch (error) {
    const reason = error instanceof GatesError ? error.message : (error as Error).message;
    throw new GatesError('GATES_E_USAGE', { detail: `the event payload ${env.GITHUB_EVENT_PATH} cannot be read as JSON: ${reason}` }, { cause: error });
  }
  // The runner always writes an object; anything else is not an event, and nothing is read from it.
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw new GatesError('GATES_E_USAGE', { detail: `the event payload ${env.GITHUB_EVENT_PATH} is not a JSON object` });
  return payload as EventPayload;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
