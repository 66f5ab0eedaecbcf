import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Job, REPO_ROOT } from '../harness/run-bundle.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { verdictRoutes, type VerdictBoard } from '../harness/github-api/verdict-routes.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { ACTION_REPOSITORIES } from '../fixtures/action-repositories.js';
import { makeWorkspace } from '../harness/workspace.js';

/**
 * The README's two-job example through the bundles: pin-check in `entrance`,
 * rbac-guard `deploy` (which needs pin-check green for the commit) in a job
 * that `needs:` it, on another runner (its own RUNNER_TEMP). The jobs share
 * only what GitHub shares between jobs: the results service (artifacts) and
 * the API. Across runs, only a verdict published by a trusted workflow run
 * of the same commit counts.
 */
const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
const JOB_TOKEN = 'ghs_jobTokenOfTheGatesWorkflow0123456789';
const USER_TOKEN = 'ghp_anyContributorsPersonalToken012345678';
const WORKFLOW_REF = 'octo-org/octo-repo/.github/workflows/gates.yml@refs/heads/main';
const POLICY = ['version: 1', 'roles:', '  releaser:', '    grants:', '      - commands: [deploy]', 'subjects:', '  - { role: releaser, users: [octocat] }', 'dependencies:', '  deploy: [pin-check]', ''].join('\n');
const PINNED = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n';

let results: ResultsService;
let api: GitHubApiServer;
const board: VerdictBoard = { writers: { [JOB_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', app: 'github-actions' }, [USER_TOKEN]: { login: 'mallory', type: 'User' } }, statuses: [], checkRuns: [], runs: {} };

beforeAll(async () => {
  results = await startResultsService();
  api = await startGitHubApiServer([...repositoryRoutes(ACTION_REPOSITORIES), ...verdictRoutes(board)]);
});
afterAll(async () => {
  await api.close();
  await results.close();
});

/** A job of run `run` on its own runner, with the services GitHub gives every job. */
async function job(run: string, name: string, backend: string, env: Record<string, string> = {}, files: Record<string, string> = {}): Promise<Job> {
  const workspace = makeWorkspace({ '.github/workflows/ci.yml': PINNED, '.github/gates-rbac.yml': POLICY, ...files });
  return Job.start({
    workspace,
    token: JOB_TOKEN,
    apiUrl: api.url,
    env: {
      GITHUB_RUN_ID: run,
      GITHUB_JOB: name,
      GITHUB_SHA: SHA,
      GITHUB_WORKFLOW_REF: WORKFLOW_REF,
      ACTIONS_RESULTS_URL: results.url,
      ACTIONS_RUNTIME_TOKEN: results.runtimeToken({ runBackendId: `backend-${run}`, jobBackendId: backend }),
      ...env,
    },
  });
}

describe('state across the jobs of one run (artifacts)', () => {
  test('deploy in a dependent job sees entrance\'s pin-check pass: allowed, the summary says where it came from', async () => {
    const entrance = await job('1001', 'entrance', 'job-entrance');
    const pins = await entrance.run('pin-check');
    expect(pins.exitCode).toBe(0);
    expect(pins.outputs['ledger-head']).toMatch(/^[0-9a-f]{64}$/);
    expect(pins.log).toContain(`Audit ledger head: ${pins.outputs['ledger-head']}`);

    const deploy = await job('1001', 'deploy', 'job-deploy');
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy' } });
    expect(guard.exitCode).toBe(0);
    expect(guard.outputs.allowed).toBe('true');
    expect(guard.summary).toContain('1 segment(s) of this run merged');
    expect(guard.summary).toContain('ledger: pin-check action, run 1001');
    // The deploy job's record counts past everything it restored (docs/ordering.md).
    const segments = results.requests.filter((line) => /UploadArtifact|CreateArtifact/.test(line));
    expect(segments.length).toBeGreaterThanOrEqual(2);
  });

  test('with state: local nothing travels: the dependent job denies, pin-check missing', async () => {
    const entrance = await job('1002', 'entrance', 'job-entrance');
    expect((await entrance.run('pin-check', { inputs: { state: 'local' } })).exitCode).toBe(0);
    const deploy = await job('1002', 'deploy', 'job-deploy');
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy' } });
    expect(guard.exitCode).toBe(1);
    expect(guard.outputs.reason).toContain('pin-check');
  });

  test('a segment that does not verify is left out and named; the decision denies', async () => {
    const entrance = await job('1003', 'entrance', 'job-entrance');
    expect((await entrance.run('pin-check', { inputs: { state: 'local' } })).exitCode).toBe(0);
    // Any step of the run can upload an artifact: a forged pass whose hash was not recomputed.
    const forged = { format: 'gates-state-segment/1', name: 'gates-state-forged-1-1', base: '0'.repeat(64), head: { count: 1, hash: 'f'.repeat(64), lamport: 1 }, records: [{ lamport: 1, time: 't', prev: '0'.repeat(64), event: { action: 'pin-check', verdict: 'pass', sha: SHA }, hash: 'f'.repeat(64) }] };
    expect(await uploadArtifact('1003', 'job-forger', 'gates-state-forged-1-1', { 'segment.json': JSON.stringify(forged) })).toBeUndefined();
    const deploy = await job('1003', 'deploy', 'job-deploy');
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy' } });
    expect(guard.exitCode).toBe(1);
    expect(guard.outputs.allowed).toBe('false');
    expect(guard.summary).toContain('segment gates-state-forged-1-1 left out: record 1: content does not match its hash');
  });

  test('eight matrix jobs (one job id, eight backend ids) publishing at once lose nothing', async () => {
    const jobs = await Promise.all(Array.from({ length: 8 }, (_, index) => job('1005', 'matrix', `job-matrix-${index}`)));
    const runs = await Promise.all(jobs.map((matrix) => matrix.run('pin-check', { timeoutMs: 120_000 })));
    expect(runs.map((run) => run.exitCode)).toEqual(Array(8).fill(0));
    const deploy = await job('1005', 'deploy', 'job-deploy');
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy' }, timeoutMs: 120_000 });
    expect(guard.outputs.allowed).toBe('true');
    expect(guard.summary).toContain('8 segment(s) of this run merged');
  }, 300_000);

  test('an artifact service that hangs costs the state timeout, and rbac-guard fails closed (exit 3)', async () => {
    const deploy = await job('1004', 'deploy', 'job-deploy', {}, { '.github/gates.yml': 'version: 1\nstate-timeout: 2s\n' });
    results.inject(/ListArtifacts/, 'hang', 1);
    const started = Date.now();
    const guard = await deploy.run('rbac-guard', { inputs: { command: 'deploy' }, timeoutMs: 60_000 });
    expect(guard.exitCode).toBe(3);
    expect(guard.log + guard.errorLog).toContain('GATES_E_STATE_TRANSPORT');
    expect(Date.now() - started).toBeLessThan(45_000);
  });
});

describe('verdicts published across runs', () => {
  test('a status published by a run of the trusted workflow for this commit satisfies deploy in a later run', async () => {
    board.runs['2001'] = { path: '.github/workflows/gates.yml', head_sha: SHA };
    const first = await job('2001', 'entrance', 'job-entrance');
    const pins = await first.run('pin-check', { inputs: { publish: 'status' } });
    expect(pins.exitCode).toBe(0);
    const status = board.statuses.find((item) => item.body.context === 'gates/pin-check')!;
    expect(status.body).toMatchObject({ state: 'success', description: `pass head ${pins.outputs['ledger-head']}` });

    const later = await job('2002', 'deploy', 'job-deploy');
    const guard = await later.run('rbac-guard', { inputs: { command: 'deploy' } });
    expect(guard.outputs.allowed).toBe('true');
    expect(guard.summary).toContain('status by github-actions\\[bot\\], run 2001 of .github/workflows/gates.yml');
  });

  test('a check run published by the Actions app carries the head and the keyed anchor, and satisfies deploy in a later run', async () => {
    board.runs['2004'] = { path: '.github/workflows/gates.yml', head_sha: SHA };
    board.statuses.splice(0);
    const first = await job('2004', 'entrance', 'job-entrance');
    const pins = await first.run('pin-check', { inputs: { publish: 'check', 'anchor-key': 'anchor-key-of-the-gates-workflow-0123' } });
    expect(pins.exitCode).toBe(0);
    expect(pins.outputs['ledger-anchor']).toMatch(/^[0-9a-f]{64}$/);
    expect(pins.log).not.toContain('anchor-key-of-the-gates-workflow-0123');
    const check = board.checkRuns.find((run) => run.name === 'gates/pin-check')!;
    expect(check).toMatchObject({ conclusion: 'success', external_id: '2004/1', app: { slug: 'github-actions' } });
    expect((check.output as { summary: string }).summary).toContain(`head ${pins.outputs['ledger-head']} anchor ${pins.outputs['ledger-anchor']}`);

    const later = await job('2005', 'deploy', 'job-deploy');
    const guard = await later.run('rbac-guard', { inputs: { command: 'deploy' } });
    expect(guard.outputs.allowed).toBe('true');
    expect(guard.summary).toContain('check run by app github-actions, run 2004 of .github/workflows/gates.yml');
    board.checkRuns.splice(0);
  });

  test.each([
    ['a status any token holder posted', () => board.statuses.unshift({ sha: SHA2, body: { context: 'gates/pin-check', state: 'success', target_url: 'https://github.com/octo-org/octo-repo/actions/runs/2001', creator: { login: 'mallory', type: 'User' } } }), 'not trusted'],
    ['a trusted run of another commit', () => board.statuses.unshift({ sha: SHA2, body: { context: 'gates/pin-check', state: 'success', target_url: 'https://github.com/octo-org/octo-repo/actions/runs/2001', creator: { login: 'github-actions[bot]', type: 'Bot' } } }), 'stale'],
    ['a run of another workflow', () => {
      board.runs['2003'] = { path: '.github/workflows/anything.yml', head_sha: SHA2 };
      board.statuses.unshift({ sha: SHA2, body: { context: 'gates/pin-check', state: 'success', target_url: 'https://github.com/octo-org/octo-repo/actions/runs/2003', creator: { login: 'github-actions[bot]', type: 'Bot' } } });
    }, 'not trusted'],
  ])('%s does not count: deny, with the reason', async (_case, post, reason) => {
    board.statuses.splice(0);
    post();
    const later = await job('2010', 'deploy', 'job-deploy', { GITHUB_SHA: SHA2 });
    const guard = await later.run('rbac-guard', { inputs: { command: 'deploy' } });
    expect(guard.exitCode).toBe(1);
    expect(guard.outputs.allowed).toBe('false');
    expect(guard.summary).toContain(reason);
  });
});

const SHA2 = '0123456789abcdef0123456789abcdef01234567';
const STEP = join(REPO_ROOT, 'test', 'harness', 'results-service', 'artifact-step.mjs');

/** Uploads files as an artifact with the real @actions/artifact client, as any step of the run could; the error, if any. */
async function uploadArtifact(run: string, backend: string, name: string, content: Record<string, string>): Promise<string | undefined> {
  const root = mkdtempSync(join(tmpdir(), 'gates-forged-'));
  const paths = Object.entries(content).map(([file, text]) => (writeFileSync(join(root, file), text), join(root, file)));
  const env = { PATH: process.env.PATH, ACTIONS_RESULTS_URL: results.url, ACTIONS_RUNTIME_TOKEN: results.runtimeToken({ runBackendId: `backend-${run}`, jobBackendId: backend }), GITHUB_WORKSPACE: root };
  const { stdout } = await promisify(execFile)(process.execPath, [STEP, 'upload', name, root, ...paths], { env, cwd: REPO_ROOT }).catch((failed: { stdout: string }) => failed);
  return (JSON.parse(stdout.trim().split('\n').at(-1)!) as { error?: string }).error;
}
