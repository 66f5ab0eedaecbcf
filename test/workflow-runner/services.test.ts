import { afterEach, describe, expect, test } from '@jest/globals';
import { startCacheService, type CacheService } from '../harness/cache-service/server.js';
import { fixture } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';
import { checkout } from './stand-ins/checkout.js';

let cache: CacheService | undefined;
afterEach(async () => cache?.close());

describe('workflow runner: loopback services and local actions (fixtures/services.yml)', () => {
  test('ACTIONS_* reach action steps only, the runtime token is masked, ./action resolves in the checkout', async () => {
    cache = await startCacheService('runtime-token-for-workflow-runner-tests');
    const run = await runWorkflow({
      workflow: fixture('services.yml'),
      repository: fixture('probe-repo'),
      standIns: { 'actions/checkout': checkout },
      services: { ACTIONS_RESULTS_URL: cache.url, ACTIONS_RUNTIME_TOKEN: cache.token, ACTIONS_CACHE_SERVICE_V2: 'true' },
      github: { apiUrl: 'http://127.0.0.1:1/api' },
    });
    const probe = run.job('probe');
    expect(probe.result).toBe('success');
    expect(probe.log).toContain('runtime token: ***');
    expect(probe.log).not.toContain(cache.token);
    expect(probe.log).toContain('script sees: [] [] api=http://127.0.0.1:1/api');
    expect(probe.log).toContain('action saw: ACTIONS_RUNTIME_TOKEN,ACTIONS_RESULTS_URL,ACTIONS_CACHE_SERVICE_V2 / hello octocat');
  });
});
