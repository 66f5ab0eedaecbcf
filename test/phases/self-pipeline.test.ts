import { afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_NAMES } from '@gates/dispatcher';
import { accessRoutes } from '../harness/github-api/access-routes.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { runWorkflow } from '../workflow-runner/run-workflow.js';
import { downloadArtifact, uploadArtifact } from '../workflow-runner/stand-ins/artifacts.js';
import { checkout } from '../workflow-runner/stand-ins/checkout.js';
import { currentSection, gatesJobOnly, PHASES_DOC, suiteRepositories, summarySection, writeSection } from './self-pipeline.js';

const TOKEN = 'ghs_selfPipelineToken0123456789abcdefAB';
/** The commit the phase workflows pin org/gates/<action> to (# v0.1.0). */
const GATES_RELEASE = '8ba8e982fe948265d7c0311f3e79cfe0dbe3b25c';

/**
 * The test command the run uses instead of ci.yml's default, through ci.yml's documented workflow_dispatch input
 * test-command: the same `npm run test:gates` (the core unit tests and their JUnit report), with this checkout's
 * installed node_modules linked in instead of `npm ci` (minutes, and the registry), on a tenth of the core tests
 * (Jest's own --shard): all of them run in `npm test` around this one, and the whole set here cost CI a minute and
 * a half on its two cores for the same report and the same verdicts.
 */
const TEST_COMMAND_WITHOUT_INSTALL = `ln -s '${join(REPO_ROOT, 'node_modules')}' node_modules && npm run test:gates -- --shard=1/10`;

let api: GitHubApiServer | undefined;
let results: ResultsService | undefined;
afterEach(async () => {
  await api?.close();
  await results?.close();
});

describe('the suite gates itself: ci.yml\'s gates job (pipeline.yml on this repository), through the workflow runner', () => {
  test('on a clean clone of HEAD every phase passes, and docs/phases.md shows the summaries this run produced', async () => {
    // A clean copy: what a push of HEAD gives the runner (no node_modules, nothing uncommitted).
    const clone = join(mkdtempSync(join(tmpdir(), 'gates-self-')), 'gates');
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', REPO_ROOT, clone]);
    // The caller is the clone's ci.yml with its gates job alone, beside the clone's own reusable workflows.
    const workflows = mkdtempSync(join(tmpdir(), 'gates-self-workflows-'));
    cpSync(join(clone, '.github', 'workflows'), workflows, { recursive: true });
    writeFileSync(join(workflows, 'ci-gates.yml'), gatesJobOnly(readFileSync(join(clone, '.github', 'workflows', 'ci.yml'), 'utf8')));

    api = await startGitHubApiServer([...repositoryRoutes(suiteRepositories(GATES_RELEASE, ACTION_NAMES)), ...accessRoutes({ collaborators: { mona: 'write' } })], { token: TOKEN });
    const service = (results = await startResultsService());
    const run = await runWorkflow({
      workflow: join(workflows, 'ci-gates.yml'),
      event: { name: 'workflow_dispatch', payload: { inputs: { 'test-command': TEST_COMMAND_WITHOUT_INSTALL } } },
      inputs: { 'test-command': TEST_COMMAND_WITHOUT_INSTALL },
      repository: clone,
      standIns: { 'actions/checkout': checkout, 'actions/upload-artifact': uploadArtifact, 'actions/download-artifact': downloadArtifact },
      github: { apiUrl: api.url, token: TOKEN, actor: 'mona', repository: 'org/gates', ref: 'refs/heads/main' },
      services: (job): Record<string, string> => ({ ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: service.runtimeToken({ runBackendId: job.runId, jobBackendId: job.backendId }) }),
    });

    // What failed, with its error annotations, first: a failure names the gate and says why.
    const failing = run.jobs.filter((job) => /^gates\/phase-[a-e]\/gates$/.test(job.id)).flatMap((job) => job.steps.filter((step) => step.outcome === 'failure').map((step) => `${job.id}/${step.id}: ${job.annotations.filter((note) => note.level === 'error').map((note) => note.message).join(' | ')}`));
    expect(failing).toEqual([]);
    const phases = ['a', 'b', 'c', 'd', 'e'].map((phase) => run.job(`gates/phase-${phase}/gates`));
    expect(['a', 'b', 'c', 'd', 'e'].map((phase) => run.job(`gates/phase-${phase}/rollup/rollup`).outputs.verdict)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
    expect(run.results.gates).toMatchObject({ result: 'success', outputs: { verdict: 'pass', 'failed-gate': '', rollback: '' } });
    // Every gate the suite's inputs turn on ran (and passed, above): phase B's docs-check on the suite's own docs,
    // phase D's perf-sla on the JUnit report phase B's tests wrote.
    const ran = (job: (typeof phases)[number]) => job.steps.filter((step) => step.outcome !== 'skipped' && !['entrance', 'checkout', 'state', 'report-upload', 'report-download'].includes(step.id)).map((step) => step.id);
    expect(phases.map(ran)).toEqual([['config-check', 'pin-check', 'rbac-guard', 'env-guard'], ['tests', 'command-check', 'docs-check'], ['fs-lock-test', 'redact-logs'], ['perf-sla'], ['env-guard', 'rbac-guard']]);
    expect(phases[3]!.steps.find((step) => step.id === 'report-download')!.outcome).toBe('success');
    expect(run.job('gates/report').summary).toContain('| ✅ pass | ✅ pass | ✅ pass | ✅ pass | ✅ pass |');

    const section = summarySection(run.job('gates/report').summary, ['a', 'b', 'c', 'd', 'e'].map((phase) => run.job(`gates/phase-${phase}/rollup/rollup`).summary));
    // scripts/self-pipeline-summary.mjs runs this test with GATES_WRITE_SELF_SUMMARY=1 to write the section.
    if (process.env.GATES_WRITE_SELF_SUMMARY === '1') writeSection(PHASES_DOC(REPO_ROOT), section);
    expect(currentSection(readFileSync(PHASES_DOC(REPO_ROOT), 'utf8'))).toBe(section);
  }, 600_000);
});
