import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ACTION_REPOSITORIES } from '../fixtures/action-repositories.js';
import { accessRoutes } from '../harness/github-api/access-routes.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { runWorkflow } from '../workflow-runner/run-workflow.js';
import { downloadArtifact, uploadArtifact } from '../workflow-runner/stand-ins/artifacts.js';
import { checkout } from '../workflow-runner/stand-ins/checkout.js';
import { DEMO, fixedDemo } from './demo-variants.js';

/**
 * The pipeline's failure path after phase C checkpointed green (issue 20):
 * phase D fails on perf-sla, and the rollback job, on a fresh runner, runs
 * checkpoint-restore's playbook. The checkpoint travels from phase C's job to
 * it in the run's artifacts, through the loopback results service, as
 * `store: auto` carries it on GitHub.
 */
const TOKEN = 'ghs_rollbackTestToken0123456789abcdefABCD';
const PIPELINE = join(REPO_ROOT, '.github', 'workflows', 'pipeline.yml');

let api: GitHubApiServer;
let results: ResultsService;
beforeAll(async () => {
  api = await startGitHubApiServer([...repositoryRoutes(ACTION_REPOSITORIES), ...accessRoutes({ collaborators: { mona: 'maintain' } })], { token: TOKEN });
  results = await startResultsService();
});
afterAll(async () => {
  await api.close();
  await results.close();
});

describe('the pipeline rolls back to phase C\'s checkpoint when a later phase fails', () => {
  test('phase D fails: the rollback job restores phase C\'s checkpoint (files back, verified, health checked), the ledger and metrics record it, the report says so', async () => {
    const repository = fixedDemo();
    cpSync(join(DEMO, '.github', 'gates-perf.yml'), join(repository, '.github', 'gates-perf.yml'));
    const run = await runWorkflow({
      workflow: PIPELINE,
      inputs: { 'test-command': 'npm test', 'checkpoint-paths': 'src', 'rollback-health-checks': 'node --check src/server.js' },
      repository,
      standIns: { 'actions/checkout': checkout, 'actions/upload-artifact': uploadArtifact, 'actions/download-artifact': downloadArtifact },
      github: { apiUrl: api.url, token: TOKEN, actor: 'mona', repository: 'demo-org/demo-repo', ref: 'refs/heads/main' },
      services: (job) => ({ ACTIONS_RESULTS_URL: results.url, ACTIONS_RUNTIME_TOKEN: results.runtimeToken({ runBackendId: job.runId, jobBackendId: job.backendId }) }),
    });
    expect(['a', 'b', 'c', 'd', 'e'].map((phase) => `${phase}:${run.results[`phase-${phase}`]!.result}`)).toEqual(['a:success', 'b:success', 'c:success', 'd:failure', 'e:skipped']);

    // Phase C saved a green checkpoint and published it as an artifact of the run.
    const saved = run.job('phase-c/gates').steps.find((step) => step.id === 'checkpoint-restore')!;
    expect(saved.outputs).toMatchObject({ outcome: 'saved', checkpoint: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(results.artifacts.filter((artifact) => artifact.name.startsWith('gates-checkpoint-phase_C_reliability-')).map((artifact) => artifact.finalized)).toEqual([true]);

    // The rollback job: its own runner, no checkout; the checkpoint's files restored into its workspace, verified.
    const rollback = run.job('rollback');
    expect(rollback.result).toBe('success');
    expect(run.results.rollback!.outputs).toEqual({ checkpoint: saved.outputs.checkpoint, 'rerun-gate': 'd/perf-sla' });
    const step = rollback.steps.find((candidate) => candidate.id === 'rollback')!;
    // Added: the directory src and src/server.js (the job checked nothing out).
    expect(step.outputs).toMatchObject({ outcome: 'restored', added: '2', modified: '0', removed: '0', verdict: 'pass' });
    expect(readFileSync(join(rollback.workspace, 'src', 'server.js'))).toEqual(readFileSync(join(repository, 'src', 'server.js')));
    expect(rollback.summary).toMatch(/Fetched 1 checkpoint\(s\) and \d+ chunk\(s\) from this run's artifacts/);
    expect(rollback.log).toContain(`Restoring checkpoint ${saved.outputs.checkpoint} of gate "phase C reliability"`);
    expect(rollback.summary).toContain('node --check src/server.js');

    // The ledger records the rollback; the metrics line counts it.
    const ledger = readFileSync(join(rollback.temp, 'gates-state', 'audit', 'ledger.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { event: Record<string, unknown> });
    expect(ledger.at(-1)!.event).toMatchObject({ action: 'checkpoint-restore', mode: 'rollback', outcome: 'restored', checkpoint: saved.outputs.checkpoint, trigger: 'gate-failure', failedGate: 'd/perf-sla' });
    const metrics = readFileSync(join(rollback.temp, 'gates-state', 'metrics', 'metrics.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(metrics).toEqual([expect.objectContaining({ action: 'checkpoint-restore', verdict: 'pass', rollbacks: 1 })]);

    expect(run.outputs).toEqual({ verdict: 'D fail', 'failed-gate': 'd/perf-sla', rollback: saved.outputs.checkpoint });
    expect(run.job('report').summary).toContain(`Rolled back to phase C's last green checkpoint \`${saved.outputs.checkpoint}\``);
  }, 180_000);

  test('checkpoint-restore\'s README shows the rollback playbook as the pipeline runs it', () => {
    const readme = readFileSync(join(REPO_ROOT, 'checkpoint-restore', 'README.md'), 'utf8');
    const block = /## The rollback playbook in the gated pipeline\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const pipeline = parse(readFileSync(PIPELINE, 'utf8')) as { jobs: Record<string, unknown> };
    expect(parse(block!)).toEqual({ rollback: pipeline.jobs.rollback });
  });
});
