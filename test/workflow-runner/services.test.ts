import { afterEach, describe, expect, test } from '@jest/globals';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { fixture } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';
import { checkout } from './stand-ins/checkout.js';

let results: ResultsService | undefined;
afterEach(async () => results?.close());

describe('workflow runner: loopback services and local actions (fixtures/services.yml)', () => {
  test('ACTIONS_* reach action steps only, each job gets its own masked runtime token, ./action resolves in the checkout', async () => {
    const service = await startResultsService();
    results = service;
    const tokens: string[] = [];
    const run = await runWorkflow({
      workflow: fixture('services.yml'),
      repository: fixture('probe-repo'),
      standIns: { 'actions/checkout': checkout },
      services: (job) => {
        tokens.push(service.runtimeToken({ runBackendId: job.runId, jobBackendId: job.backendId }));
        return { ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: tokens.at(-1)!, ACTIONS_CACHE_SERVICE_V2: 'true' };
      },
      github: { apiUrl: 'http://127.0.0.1:1/api' },
    });
    const probe = run.job('probe');
    expect(probe.result).toBe('success');
    expect(probe.log).toContain('runtime token: ***');
    expect(probe.log).toContain('script sees: [] [] api=http://127.0.0.1:1/api');
    expect(probe.log).toContain('action saw: ACTIONS_RUNTIME_TOKEN,ACTIONS_RESULTS_URL,ACTIONS_CACHE_SERVICE_V2 / hello octocat');
    expect(tokens).toHaveLength(2);
    for (const job of run.jobs) for (const token of tokens) expect(job.log).not.toContain(token);
    // One token per job, scoped to the run and to that job.
    const [first, second] = [run.results.probe!.outputs.scope, run.results['probe-again']!.outputs.scope];
    expect(first).toMatch(/^Actions\.Results:1658821493:[0-9a-f-]{36}$/);
    expect(second).toMatch(/^Actions\.Results:1658821493:/);
    expect(second).not.toBe(first);
  });
});
