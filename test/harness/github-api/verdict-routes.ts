import type { Route } from './server.js';
import { errorBody } from './recorded.js';

/**
 * Commit statuses, check runs and workflow runs, as the REST API shapes them
 * (`@octokit/openapi`: status, check-run, workflow-run): what `publish:`
 * writes and what rbac-guard reads to trust a published verdict. Who wrote a
 * status or check run follows from the token that posted it, as on GitHub:
 * a job's GITHUB_TOKEN writes as the GitHub Actions app (`github-actions[bot]`),
 * any other token as its user.
 */
export interface VerdictBoard {
  /** Token → who it writes as; a token not listed is refused (401 from the server's own check, or 403 here). */
  writers: Record<string, { login: string; type: 'Bot' | 'User'; app?: string }>;
  statuses: { sha: string; body: Record<string, unknown> }[];
  checkRuns: Record<string, unknown>[];
  /** Workflow runs by id: their workflow file and the commit they built. */
  runs: Record<string, { path: string; head_sha: string }>;
}

export function verdictRoutes(board: VerdictBoard): Route[] {
  const writer = (authorization: string | undefined) => board.writers[(authorization ?? '').replace(/^(token|Bearer) /, '')];
  let nextId = 1000;
  return [
    {
      method: 'POST',
      pattern: '/repos/{owner}/{repo}/statuses/{sha}',
      handle: ({ params, body, authorization }) => {
        const who = writer(authorization);
        if (!who) return { status: 403, body: errorBody('Resource not accessible by integration', 'https://docs.github.com/rest/commits/statuses#create-a-commit-status', 403) };
        const input = body as Record<string, unknown>;
        const status = { id: nextId++, node_id: 'SC_kwDO', url: '', avatar_url: '', state: input.state, description: input.description ?? null, target_url: input.target_url ?? null, context: input.context ?? 'default', created_at: new Date().toISOString(), updated_at: new Date().toISOString(), creator: { login: who.login, id: 41898282, type: who.type } };
        board.statuses.unshift({ sha: params.sha!, body: status });
        return { status: 201, body: status };
      },
    },
    {
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/commits/{ref}/statuses',
      paginated: true,
      handle: ({ params }) => ({ status: 200, body: board.statuses.filter((status) => status.sha === params.ref).map((status) => status.body) }),
    },
    {
      method: 'POST',
      pattern: '/repos/{owner}/{repo}/check-runs',
      handle: ({ body, authorization }) => {
        const who = writer(authorization);
        if (!who?.app) return { status: 403, body: errorBody('Resource not accessible by integration', 'https://docs.github.com/rest/checks/runs#create-a-check-run', 403) };
        const input = body as Record<string, unknown>;
        const run = { id: nextId++, node_id: 'CR_kwDO', head_sha: input.head_sha, external_id: input.external_id ?? '', url: '', html_url: '', details_url: input.details_url ?? null, status: input.status ?? 'queued', conclusion: input.conclusion ?? null, started_at: new Date().toISOString(), completed_at: new Date().toISOString(), output: { ...(input.output as object), annotations_count: 0, annotations_url: '' }, name: input.name, check_suite: { id: 1 }, app: { id: 15368, slug: who.app, name: 'GitHub Actions' }, pull_requests: [] };
        board.checkRuns.unshift(run);
        return { status: 201, body: run };
      },
    },
    {
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
      handle: ({ params, query }) => {
        const runs = board.checkRuns.filter((run) => run.head_sha === params.ref && (!query.get('check_name') || run.name === query.get('check_name')));
        return { status: 200, body: { total_count: runs.length, check_runs: runs } };
      },
    },
    {
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/actions/runs/{run_id}',
      handle: ({ params }) => {
        const run = board.runs[params.run_id!];
        if (!run) return { status: 404, body: errorBody('Not Found', 'https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run', 404) };
        return { status: 200, body: { id: Number(params.run_id), name: 'gates', path: run.path, head_sha: run.head_sha, status: 'completed', conclusion: 'success', run_attempt: 1 } };
      },
    },
  ];
}
