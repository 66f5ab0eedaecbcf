import { errorBody, recordedExample } from './recorded.js';
import type { Route } from './server.js';

/** A pull request's state as the API reports it: closed with or without a merge. */
export type PullState = 'open' | 'closed' | 'merged';

/**
 * `GET /repos/{owner}/{repo}/pulls/{pull_number}` from GitHub's recorded
 * `pull-request` example, with the facts a cleanup reads changed: `state`,
 * `merged`, `closed_at`, `merged_at` (a merged pull request is `closed` and
 * `merged: true`, as GitHub reports it). Unknown numbers answer 404.
 */
export function pullStateRoutes(pulls: Record<number, PullState>): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/pulls/{pull_number}',
      handle: ({ params }) => {
        const number = Number(params.pull_number);
        const state = pulls[number];
        if (!state) return { status: 404, body: errorBody('Not Found', 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request', 404) };
        const body = recordedExample<Record<string, unknown>>('pull-request');
        const closedAt = state === 'open' ? null : '2026-11-30T10:00:00Z';
        Object.assign(body, { number, state: state === 'open' ? 'open' : 'closed', merged: state === 'merged', closed_at: closedAt, merged_at: state === 'merged' ? closedAt : null });
        return { status: 200, body };
      },
    },
  ];
}
