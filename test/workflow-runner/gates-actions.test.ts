import { afterEach, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { ACTION_REPOSITORIES } from '../fixtures/action-repositories.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { fixture, workflowsWith } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';
import { checkout } from './stand-ins/checkout.js';

const DEMO = join(REPO_ROOT, 'examples', 'demo-repo');
const TOKEN = 'ghs_workflowRunnerApiToken9f8e7d6c5b4a3210';

let api: GitHubApiServer | undefined;
afterEach(async () => api?.close());

describe('workflow runner: this repository\'s actions through their committed bundles (fixtures/gates-actions.yml)', () => {
  test('org/gates/pin-check@v1 and the dispatcher run with every action.yml default, github.token included', async () => {
    api = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: TOKEN });
    const run = await runWorkflow({
      workflow: fixture('gates-actions.yml'),
      repository: DEMO,
      standIns: { 'actions/checkout': checkout },
      github: { apiUrl: api.url, token: TOKEN },
    });
    const pins = run.job('pins');
    expect(pins.steps.map((step) => `${step.id}:${step.outcome}`)).toEqual(['__actions_checkout:success', 'pins:success', 'dispatched:success', '__run:success']);
    // The demo repository has unpinned references; fail-on: never keeps the step green.
    expect(pins.steps[1]!.outputs.verdict).toBe('pass');
    expect(Number(pins.steps[1]!.outputs['unpinned-count'])).toBeGreaterThan(0);
    expect(pins.log).toMatch(/direct=pass\/\d+ dispatched=pass/);
    expect(run.results.pins!.outputs).toEqual({ verdict: 'pass' });
    // The token default (${{ github.token }}) reached the bundle: it went online, with it, and never showed it.
    expect(api.requests.length).toBeGreaterThan(0);
    expect(api.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true);
    expect(pins.log).not.toContain(TOKEN);
    expect(pins.summary).toContain('pin-check');
  });

  test('a local action before any checkout fails the step as the runner does', async () => {
    api = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: TOKEN });
    const run = await runWorkflow({ workflow: fixture('gates-actions.yml'), repository: DEMO, standIns: { 'actions/checkout': checkout }, github: { apiUrl: api.url, token: TOKEN } });
    const local = run.job('local-without-checkout');
    expect(local.result).toBe('failure');
    expect(local.log).toMatch(/Can't find 'action\.yml', 'action\.yaml' or 'Dockerfile' under '.*\/pin-check'\. Did you forget to run actions\/checkout/);
  });

  test('a third-party action without a declared stand-in stops the run with a clear message', async () => {
    await expect(runWorkflow({ workflow: fixture('gates-actions.yml'), repository: DEMO })).rejects.toThrow(
      /actions\/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 is a third-party action; declare a stand-in for "actions\/checkout"/,
    );
  });

  test('an input the action does not declare draws the runner\'s warning and is still delivered', async () => {
    const planted = workflowsWith({ 'planted.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: org/gates/pin-check@v1\n        with:\n          fail_on: never\n          token: ""\n' }, 'planted.yml');
    const run = await runWorkflow({ workflow: planted });
    expect(run.job('a').annotations[0]).toMatchObject({ level: 'warning', message: expect.stringMatching(/^Unexpected input\(s\) 'fail_on', valid inputs are \['config', /) });
  });
});
