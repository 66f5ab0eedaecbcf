import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_REPOSITORIES, SHA } from '../fixtures/action-repositories.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';
import { workflowsWith } from '../workflow-runner/fixtures.js';
import { runWorkflow } from '../workflow-runner/run-workflow.js';
import { checkout } from '../workflow-runner/stand-ins/checkout.js';
import { createUploadSarif } from '../workflow-runner/stand-ins/upload-sarif.js';

/**
 * Issue 18's two-job example as a workflow, through the workflow runner: the
 * README's `entrance` job (pin-check) and its `deploy` job (rbac-guard, whose
 * policy needs pin-check's pass) that `needs:` it. Each job has its own
 * runner (RUNNER_TEMP, workspace); what connects them is what connects jobs
 * on GitHub: the results service, given to each job with its own runtime
 * token. The bundle-level tests (test/e2e/state-across-jobs.e2e.test.ts)
 * chain the same steps by hand.
 */
const TOKEN = 'ghs_twoJobsStateToken0123456789abcdefABCD';
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const SECTION = README.slice(README.indexOf('## Use it in a workflow'));
const BLOCKS = [...SECTION.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
// The section's first block is the workflow with the entrance job; the deploy job is the block that `needs: entrance`.
const WORKFLOW = `${BLOCKS[0]!}${BLOCKS.find((block) => /needs: entrance/.test(block))!}`;
const POLICY = ['version: 1', 'roles:', '  releaser:', '    grants:', '      - commands: [deploy]', 'subjects:', '  - { role: releaser, users: [octocat] }', 'dependencies:', '  deploy: [pin-check]', ''].join('\n');
const PINNED = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA.checkout422} # v4.2.2\n`;

let api: GitHubApiServer;
let results: ResultsService;
beforeAll(async () => {
  api = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: TOKEN });
  results = await startResultsService();
});
afterAll(async () => {
  await api.close();
  await results.close();
});

function run(repository: string, withResultsService: boolean) {
  return runWorkflow({
    workflow: workflowsWith({ 'gates.yml': WORKFLOW }, 'gates.yml'),
    repository,
    standIns: { 'actions/checkout': checkout, 'github/codeql-action/upload-sarif': createUploadSarif() },
    github: { apiUrl: api.url, token: TOKEN, actor: 'octocat' },
    ...(withResultsService ? { services: (job: { runId: string; backendId: string }) => ({ ACTIONS_RESULTS_URL: results.url, ACTIONS_RUNTIME_TOKEN: results.runtimeToken({ runBackendId: job.runId, jobBackendId: job.backendId }) }) } : {}),
  });
}

describe('the README\'s two jobs (entrance, then deploy with `needs:`) through the workflow runner', () => {
  test('deploy\'s rbac-guard finds entrance\'s pin-check pass in the run\'s artifacts: allowed', async () => {
    const repository = makeWorkspace({ '.github/workflows/ok.yml': PINNED, '.github/gates-rbac.yml': POLICY });
    const workflow = await run(repository, true);
    expect(workflow.conclusion).toBe('success');
    const entrance = workflow.job('entrance');
    const deploy = workflow.job('deploy');
    expect(entrance.temp).not.toBe(deploy.temp);
    const guard = deploy.steps.find((step) => step.outputs.allowed !== undefined)!;
    expect(guard.outputs.allowed).toBe('true');
    expect(deploy.summary).toContain('1 segment(s) of this run merged');
    expect(deploy.summary).toContain('ledger: pin-check action');
    // One segment per gates step, named after the job that wrote it.
    expect(results.artifacts.filter((artifact) => artifact.name.startsWith('gates-state-entrance.')).length).toBe(1);
  }, 60_000);

  test('without the results service nothing travels: deploy denies, pin-check missing', async () => {
    const repository = makeWorkspace({ '.github/workflows/ok.yml': PINNED, '.github/gates-rbac.yml': POLICY });
    const workflow = await run(repository, false);
    const deploy = workflow.job('deploy');
    expect(deploy.result).toBe('failure');
    const guard = deploy.steps.find((step) => step.outputs.allowed !== undefined)!;
    expect(guard.outputs.allowed).toBe('false');
    expect(guard.outputs.reason).toContain('pin-check');
  }, 60_000);
});
