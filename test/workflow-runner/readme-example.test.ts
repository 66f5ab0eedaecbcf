import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_REPOSITORIES, SHA } from '../fixtures/action-repositories.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';
import { workflowsWith } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';
import { checkout } from './stand-ins/checkout.js';
import { createUploadSarif } from './stand-ins/upload-sarif.js';

const TOKEN = 'ghs_readmeExampleToken0a1b2c3d4e5f60718293';
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const SECTION = README.slice(README.indexOf('## Use it in a workflow'));
const BLOCKS = [...SECTION.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
// The section's first block is the example; the dispatcher step is the block that uses the root action.
const [EXAMPLE, DISPATCHER_STEP] = [BLOCKS[0], BLOCKS.find((block) => /uses: org\/gates@/.test(block))];

let api: GitHubApiServer | undefined;
afterEach(async () => api?.close());

/** Runs a workflow text as written, third-party actions replaced by their stand-ins. */
async function runExample(workflow: string, repository: string) {
  api = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: TOKEN });
  const uploadSarif = createUploadSarif();
  const run = await runWorkflow({
    workflow: workflowsWith({ 'gates.yml': workflow }, 'gates.yml'),
    repository,
    standIns: { 'actions/checkout': checkout, 'github/codeql-action/upload-sarif': uploadSarif },
    github: { apiUrl: api.url, token: TOKEN },
  });
  return { run, uploads: uploadSarif.uploads };
}

describe('the README\'s adoption example ("Use it in a workflow") runs as written', () => {
  test('on the demo repository: pin-check fails the job, the SARIF upload still runs (always())', async () => {
    const { run, uploads } = await runExample(EXAMPLE!, join(REPO_ROOT, 'examples', 'demo-repo'));
    const entrance = run.job('entrance');
    expect(entrance.steps.map((step) => `${step.id}:${step.outcome}`)).toEqual(['__actions_checkout:success', 'pins:failure', '__github_codeql_action_upload_sarif:success']);
    expect(entrance.steps[1]!.outputs.verdict).toBe('fail');
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.results).toBeGreaterThan(0);
    expect(entrance.annotations.some((annotation) => annotation.level === 'error' && annotation.properties.title === 'unpinned-uses')).toBe(true);
    expect(entrance.result).toBe('failure');
    expect(run.job('entrance').permissions).toEqual({ contents: 'read', 'security-events': 'write' });
  });

  test('on a clean repository: the job passes and the empty SARIF is uploaded', async () => {
    // Pinned to the commit the loopback API serves as actions/checkout v4.2.2.
    const clean = makeWorkspace({ '.github/workflows/ok.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA.checkout422} # v4.2.2\n` });
    const { run, uploads } = await runExample(EXAMPLE!, clean);
    expect(run.conclusion).toBe('success');
    expect(run.job('entrance').steps[1]!.outputs.verdict).toBe('pass');
    expect(uploads).toEqual([expect.objectContaining({ results: 0 })]);
  });

  test('the dispatcher form of the same step gives the same verdict', async () => {
    const dispatched = EXAMPLE!.replace(/^ {8}uses: org\/gates\/pin-check@.*\n/m, DISPATCHER_STEP!.replace(/^ {6}- /, '        '));
    expect(dispatched).toMatch(/uses: org\/gates@[0-9a-f]{40} # v/);
    const { run, uploads } = await runExample(dispatched, join(REPO_ROOT, 'examples', 'demo-repo'));
    expect(run.job('entrance').steps[1]!.outputs.verdict).toBe('fail');
    expect(uploads).toHaveLength(1);
  });
});
