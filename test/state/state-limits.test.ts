import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveStateMode } from '@gates/core';
import { SHA } from '../fixtures/action-repositories.js';
import { ARTIFACTS_PER_JOB, startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { Job } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

/**
 * Where the state transport cannot carry a decision, it says so and fails;
 * it never keeps the decision on the runner while later jobs look elsewhere
 * (issue 18): `state: cache` is refused before the action runs, and a job
 * past the artifact service's 500 artifacts fails the step that could not
 * publish.
 */
const PINNED = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA.checkout422} # v4.2.2\n`;

let results: ResultsService;
beforeAll(async () => {
  results = await startResultsService();
});
afterAll(async () => {
  await results.close();
});

function job(run: string, backend: string, files: Record<string, string> = {}): Promise<Job> {
  return Job.start({
    workspace: makeWorkspace({ '.github/workflows/ci.yml': PINNED, ...files }),
    env: { GITHUB_RUN_ID: run, GITHUB_JOB: 'gates', ACTIONS_RESULTS_URL: results.url, ACTIONS_RUNTIME_TOKEN: results.runtimeToken({ runBackendId: `backend-${run}`, jobBackendId: backend }) },
  });
}

describe('state: cache fails closed at config time', () => {
  test('resolveStateMode refuses cache everywhere, with its own code', () => {
    const onActions = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' };
    expect(() => resolveStateMode('cache', onActions)).toThrow(expect.objectContaining({ code: 'GATES_E_STATE_CACHE' }));
    expect(() => resolveStateMode('cache', {})).toThrow(expect.objectContaining({ code: 'GATES_E_STATE_CACHE' }));
    expect(resolveStateMode('auto', onActions)).toBe('artifact');
  });

  test.each([
    ['the input', { state: 'cache' }, {}],
    ['the root config', {}, { '.github/gates.yml': 'version: 1\nstate: cache\n' }],
  ])('state: cache from %s: exit 2 before the action runs, nothing recorded or published', async (_where, inputs, files) => {
    const steps = await job('3001', `job-cache-${Object.keys(files).length}`, files);
    try {
      const run = await steps.run('pin-check', { inputs });
      expect(run.exitCode).toBe(2);
      expect(run.log + run.errorLog).toContain('GATES_E_STATE_CACHE');
      expect(run.log + run.errorLog).toContain('cannot list a run');
      expect(existsSync(join(run.stateRoot, 'audit', 'ledger.jsonl'))).toBe(false);
      expect(results.requests.filter((line) => /CreateArtifact/.test(line))).toEqual([]);
    } finally {
      await steps.close();
    }
  });
});

describe(`the artifact service's ${ARTIFACTS_PER_JOB} artifacts per job`, () => {
  test('the step whose segment the service refuses fails clearly (exit 3); what was published before it travels', async () => {
    // The job has made 499 artifacts already (its own uploads): one more fits.
    const backend = 'job-at-the-limit';
    for (let index = 0; index < ARTIFACTS_PER_JOB - 1; index++) results.artifacts.push({ id: 90_000 + index, runBackendId: 'backend-3002', jobBackendId: backend, name: `build-output-${index}`, attempt: 1, size: 1, finalized: true, createdAt: new Date() });
    const steps = await job('3002', backend);
    try {
      const first = await steps.run('pin-check');
      expect(first.exitCode).toBe(0);
      const second = await steps.run('pin-check');
      expect(second.exitCode).toBe(3);
      expect(second.log + second.errorLog).toContain('GATES_E_STATE_REFUSED');
      expect(second.log + second.errorLog).toContain('500 artifacts');
      // Its record stands on this runner: the failure is about travel, not the verdict.
      expect(second.outputs.verdict).toBe('pass');
    } finally {
      await steps.close();
    }
    const later = await job('3002', 'job-later');
    try {
      const guard = await later.run('pin-check');
      expect(guard.exitCode).toBe(0);
      expect(guard.summary).toContain('1 segment(s) of this run merged');
    } finally {
      await later.close();
    }
    expect(results.artifacts.filter((artifact) => artifact.jobBackendId === backend)).toHaveLength(ARTIFACTS_PER_JOB);
  }, 60_000);
});
