import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { pullStateRoutes } from '../harness/github-api/pull-state-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { webhookPayload } from '../harness/rbac-scenario.js';
import { Job } from '../harness/run-bundle.js';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { makeWorkspace } from '../harness/workspace.js';

/**
 * Issue 24: `mode: cleanup` lists the previews recorded "from the ledger
 * segments the state transport carries". A preview job and a cleanup job of
 * one run, each on its own runner, sharing only the results service and the API.
 */
const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
const TOKEN = 'ghs_envGuardCleanupAcrossJobs0123456789';

let results: ResultsService;
let api: GitHubApiServer;
beforeAll(async () => {
  results = await startResultsService();
  api = await startGitHubApiServer(pullStateRoutes({ 7: 'closed' }), { token: TOKEN });
});
afterAll(async () => {
  await api.close();
  await results.close();
});

function pullRequest(number: number) {
  const payload = webhookPayload('pull_request', 'closed') as { number: number; pull_request: { number: number; head: { repo: unknown }; base: { repo: unknown } } };
  payload.number = payload.pull_request.number = number;
  payload.pull_request.head.repo = payload.pull_request.base.repo;
  return { name: 'pull_request', payload };
}

async function job(name: string, event?: { name: string; payload: unknown }): Promise<Job> {
  return Job.start({
    workspace: makeWorkspace({}),
    token: TOKEN,
    apiUrl: api.url,
    ...(event ? { event } : {}),
    env: { GITHUB_RUN_ID: '3001', GITHUB_JOB: name, GITHUB_SHA: SHA, ACTIONS_RESULTS_URL: results.url, ACTIONS_RUNTIME_TOKEN: results.runtimeToken({ runBackendId: 'backend-3001', jobBackendId: `job-${name}` }) },
  });
}

describe('env-guard cleanup across the jobs of a run', () => {
  test('a cleanup job finds the preview another job of the run recorded, through its segment', async () => {
    const preview = await job('preview', pullRequest(7));
    const cleanup = await job('cleanup');
    try {
      const checked = await preview.run('env-guard', { inputs: { environment: 'pr-7' } });
      expect(checked.outputs).toMatchObject({ allowed: 'true', namespace: 'octo-repo-pr7-ffac537' });
      const stale = await cleanup.run('env-guard', { inputs: { mode: 'cleanup' } });
      expect(stale.summary).toContain('1 segment(s) of this run merged');
      expect(stale.exitCode).toBe(0);
      expect(JSON.parse(stale.outputs['stale-namespaces']!)).toEqual(['octo-repo-pr7-ffac537']);
    } finally {
      await preview.close();
      await cleanup.close();
    }
  }, 60_000);
});
