import { afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_REPOSITORIES } from '../fixtures/action-repositories.js';
import { accessRoutes } from '../harness/github-api/access-routes.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { workflowsWith } from '../workflow-runner/fixtures.js';
import { runWorkflow } from '../workflow-runner/run-workflow.js';
import { downloadArtifact, uploadArtifact } from '../workflow-runner/stand-ins/artifacts.js';
import { checkout } from '../workflow-runner/stand-ins/checkout.js';
import { brokenDocsDemo, DEMO, fixedDemo } from './demo-variants.js';

const TOKEN = 'ghs_pipelineTestToken0123456789abcdefABCD';
const PIPELINE = join(REPO_ROOT, '.github', 'workflows', 'pipeline.yml');
const PHASE_B = join(REPO_ROOT, '.github', 'workflows', 'phase-b-foundations.yml');
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const ADOPTION = /## Adopt the gated pipeline\n[\s\S]*?```yaml\n([\s\S]*?)```/.exec(README)![1]!;

let api: GitHubApiServer | undefined;
let results: ResultsService | undefined;
afterEach(async () => {
  await api?.close();
  await results?.close();
  results = undefined;
});

/**
 * The pipeline run as mona (maintain: the demo policy's mlops role) against a loopback GitHub API. With
 * `withResults`, each job has the loopback results service, so artifacts (the test report, the gates' state) travel
 * between jobs as on GitHub; without it (quicker) the gates keep their state in each job.
 */
async function runPipeline(workflow: string, repository: string, inputs?: Record<string, string>, withResults = false) {
  api = await startGitHubApiServer([...repositoryRoutes(ACTION_REPOSITORIES), ...accessRoutes({ collaborators: { mona: 'maintain' } })], { token: TOKEN });
  const service = withResults ? (results = await startResultsService()) : undefined;
  return runWorkflow({
    workflow,
    inputs,
    repository,
    standIns: { 'actions/checkout': checkout, 'actions/upload-artifact': uploadArtifact, 'actions/download-artifact': downloadArtifact },
    github: { apiUrl: api.url, token: TOKEN, actor: 'mona', repository: 'demo-org/demo-repo', ref: 'refs/heads/main' },
    services: (job): Record<string, string> => (service ? { ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: service.runtimeToken({ runBackendId: job.runId, jobBackendId: job.backendId }) } : {}),
  });
}

describe('the gated pipeline (pipeline.yml) on the demo repository, through the workflow runner', () => {
  test('the README\'s adoption example, as written, on the fixed demo: A–E pass in order and the pipeline shows one row of verdicts', async () => {
    const run = await runPipeline(workflowsWith({ 'delivery.yml': ADOPTION }, 'delivery.yml'), fixedDemo(), undefined, true);
    expect(run.conclusion).toBe('success');
    expect(run.results.gates).toMatchObject({ result: 'success', outputs: { verdict: 'pass', 'failed-gate': '' } });
    const phases = ['a', 'b', 'c', 'd', 'e'].map((phase) => run.job(`gates/phase-${phase}/gates`));
    expect(phases.map((job) => job.result)).toEqual(['success', 'success', 'success', 'success', 'success']);
    // Each entrance was the verdict before: the step ran and passed in every phase.
    expect(phases.map((job) => job.steps.find((step) => step.id === 'entrance')!.outcome)).toEqual(['success', 'success', 'success', 'success', 'success']);
    expect(phases[0]!.permissions).toEqual({ contents: 'read' });
    expect(run.jobs.filter((job) => job.id.startsWith('gates/rerun-')).every((job) => job.result === 'skipped')).toBe(true);
    expect(phases[4]!.log).toContain('deployed 1.4.0');
    // The JUnit report phase B's tests wrote travelled to phase D's fresh checkout as an artifact of the run, and
    // perf-sla judged it (the demo's committed report has other tests).
    expect(results!.artifacts.filter((artifact) => artifact.name === 'gates-test-report').map((artifact) => artifact.finalized)).toEqual([true]);
    expect(phases[1]!.outputs['test-report-artifact']).toBe('gates-test-report');
    expect(phases[3]!.steps.find((step) => step.id === 'report-download')!.outcome).toBe('success');
    const perfReport = readFileSync(phases[3]!.steps.find((step) => step.id === 'perf-sla')!.outputs['metrics-file']!, 'utf8');
    expect(perfReport).toContain('the service has an entry point');
    expect(perfReport).not.toContain('Search.finds by title');
    // Each phase's ledger head and metrics file: one metrics line per gate action, aggregated by `gates metrics`.
    expect(phases[0]!.outputs['ledger-head']).toMatch(/^[0-9a-f]{64}$/);
    const metricsFile = phases[0]!.outputs['metrics-file']!;
    expect(metricsFile).toBe(join(phases[0]!.temp, 'gates-state', 'metrics', 'metrics.jsonl'));
    const lines = readFileSync(metricsFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => `${line.action}:${line.verdict}`)).toEqual(['config-check:pass', 'pin-check:pass', 'rbac-guard:pass', 'env-guard:pass', 'drift-check:pass']);
    const prometheus = execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli', 'index.js'), 'metrics', metricsFile, '--format', 'prometheus'], { encoding: 'utf8' });
    expect(prometheus).toContain('gates_gate_runs_total{action="pin-check",verdict="pass"} 1\n');
    expect(run.job('gates/phase-a/rollup/rollup').summary).toMatch(/^### ✅ Phase A controls: pass\n\n\| verdict \| gate \|\n\|---\|---\|\n\| ✅ pass \| \[config-check\][^\n]*\n\| ✅ pass \| \[pin-check\]\(https:\/\/github\.com\/demo-org\/demo-repo\/actions\/runs\/\d+\) \|\n\| ✅ pass \| \[rbac-guard\][^\n]*\n\| ✅ pass \| \[env-guard\][^\n]*\n\| ✅ pass \| \[drift-check\]/);
    // Phase B: the tests, then command-check on the demo's command table (a route and two negative cases, each run twice alike),
    // hydration-check, and docs-check on the demo's docs at its default paths (the README).
    expect(phases[1]!.steps.filter((step) => step.outcome !== 'skipped').map((step) => step.id)).toEqual(['entrance', 'checkout', 'tests', 'command-check', 'hydration-check', 'docs-check', 'report-upload', 'state']);
    expect(phases[1]!.steps.find((step) => step.id === 'docs-check')!.outputs).toMatchObject({ verdict: 'pass', files: '1', problems: '0' });
    expect(phases[1]!.steps.find((step) => step.id === 'command-check')!.outputs).toMatchObject({ verdict: 'pass', cases: '3', passed: '3', failed: '0' });
    expect(run.job('gates/phase-b/rollup/rollup').summary).toMatch(/^### ✅ Phase B foundations: pass\n[\s\S]*\| ✅ pass \| \[tests\][^\n]*\n\| ✅ pass \| \[command-check\]/);
    expect(phases[1]!.steps.find((step) => step.id === 'hydration-check')!.outputs).toMatchObject({ verdict: 'pass', selectors: '4', mismatched: '0' });
    expect(run.job('gates/phase-b/rollup/rollup').summary).toMatch(/\| ✅ pass \| \[command-check\][^\n]*\n\| ✅ pass \| \[hydration-check\][^\n]*\n\| ✅ pass \| \[docs-check\]/);
    // Phase C: security-gate judged the demo's Semgrep SARIF (a warning: it does not block), then the checkpoint was saved.
    expect(phases[2]!.steps.filter((step) => step.outcome !== 'skipped').map((step) => step.id)).toEqual(['entrance', 'checkout', 'fs-lock-test', 'redact-logs', 'security-gate', 'checkpoint-restore', 'state']);
    // Phase C's lock check ran on the runner's state path (its default), and its metrics line carries what it saw fail.
    const lockCheck = phases[2]!.steps.find((step) => step.id === 'fs-lock-test')!;
    expect(lockCheck.outputs).toMatchObject({ safe: 'true', 'recommended-primitive': 'o_excl' });
    expect(lockCheck.outputs['report-file']).toBe(join(phases[2]!.temp, 'gates-state', 'reports', 'fs-lock-test', 'lock-experiment.json'));
    const phaseCLines = readFileSync(phases[2]!.outputs['metrics-file']!, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(phaseCLines[0]).toMatchObject({ action: 'fs-lock-test', verdict: 'pass', 'lock-incidents': 0 });
    expect(run.job('gates/phase-c/rollup/rollup').summary).toMatch(/^### ✅ Phase C reliability: pass\n[\s\S]*\| ✅ pass \| \[fs-lock-test\][^\n]*\n\| ✅ pass \| \[redact-logs\][^\n]*\n\| ✅ pass \| \[security-gate\][^\n]*\n\| ✅ pass \| \[checkpoint-restore\]/);
    // Phase E: env-guard (staging from main on push, as the demo's policy allows) before rbac-guard and the deploy.
    expect(phases[4]!.steps.filter((step) => step.outcome !== 'skipped').map((step) => step.id)).toEqual(['entrance', 'checkout', 'env-guard', 'rbac-guard', 'deploy', 'state']);
    expect(run.job('gates/phase-e/rollup/rollup').summary).toMatch(/\| ✅ pass \| \[env-guard\][^\n]*\n\| ✅ pass \| \[rbac-guard\][^\n]*\n\| ✅ pass \| \[deploy\]/);
    expect(run.job('gates/report').summary).toContain('| ✅ pass | ✅ pass | ✅ pass | ✅ pass | ✅ pass |');
  }, 120_000);

  test('demo as shipped: phase A fails on pin-check (and drift-check), B–E never start, and pin-check runs again alone with debug output', async () => {
    const run = await runPipeline(PIPELINE, DEMO, { 'test-command': 'npm test', 'drift-document': 'config/app.json', 'drift-baseline': 'config/app.shadow.json' });
    expect(run.conclusion).toBe('failure');
    expect(run.results['phase-a']).toMatchObject({ result: 'failure', outputs: expect.objectContaining({ verdict: 'fail', 'failed-gate': 'pin-check' }) });
    // Every gate of phase A ran: env-guard allows staging from main, the shipped config drifted from its baseline on purpose.
    const phaseA = run.job('phase-a/gates');
    expect(phaseA.steps.filter((step) => step.id !== 'entrance' && step.id !== 'checkout' && step.id !== 'state').map((step) => `${step.id}:${step.outcome}`)).toEqual(['config-check:success', 'pin-check:failure', 'rbac-guard:success', 'env-guard:success', 'drift-check:failure']);
    for (const phase of ['b', 'c', 'd', 'e']) expect(run.results[`phase-${phase}`]!.result).toBe('skipped');
    const rerun = run.job('rerun-a/gates');
    expect(rerun.steps.filter((step) => step.outcome !== 'skipped').map((step) => step.id)).toEqual(['entrance', 'checkout', 'pin-check', 'state']);
    expect(rerun.log).toContain('gates: pin-check; debug: true');
    expect(run.job('phase-a/gates').log).toContain('gates: all; debug: false');
    expect(run.outputs).toEqual({ verdict: 'A fail', 'failed-gate': 'a/pin-check', rollback: '' });
    const report = run.job('report');
    expect(report.summary).toContain('| ❌ fail | ⏭️ not run | ⏭️ not run | ⏭️ not run | ⏭️ not run |');
    expect(report.summary).toContain('Gate `a/pin-check` failed');
    // Phase A's rollup: verdict first, then the callout naming the gate.
    expect(run.job('phase-a/rollup/rollup').summary).toMatch(/^### ❌ Phase A controls: fail\n[\s\S]*\| ❌ fail \| \[pin-check\][\s\S]*> \[!CAUTION\]\n> Phase A controls did not pass: gate `pin-check` failed; its own summary is in the gates job\.\n\n$/);
    expect(run.job('phase-a/rollup/rollup').annotations).toEqual([expect.objectContaining({ level: 'error', message: 'verdict fail: gate pin-check did not pass' })]);
  }, 120_000);

  test('phase B alone on the fixed demo with a production layer changed: hydration-check fails the phase, naming the paths', async () => {
    const repository = fixedDemo();
    writeFileSync(join(repository, 'config', 'env', 'production.yml'), readFileSync(join(repository, 'config', 'env', 'production.yml'), 'utf8').replace('replicas: 3', 'replicas: 5'));
    const run = await runPipeline(PHASE_B, repository, { 'test-command': 'true', 'hydration-spec': '.github/gates-hydration.yml' });
    expect(run.conclusion).toBe('failure');
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'failed-gate': 'hydration-check' });
    const check = run.job('gates').steps.find((step) => step.id === 'hydration-check')!;
    expect(check).toMatchObject({ outcome: 'failure', outputs: expect.objectContaining({ verdict: 'fail', mismatched: '2' }) });
    expect(run.job('gates').summary).toContain('| <code>env=production,region=eu</code> | ❌ differs | <code>/replicas</code> |');
  }, 60_000);

  test('fixed demo with a broken link in its README: A passes, B fails on docs-check (in its rollup) and docs-check runs again alone, C–E never start', async () => {
    const run = await runPipeline(PIPELINE, brokenDocsDemo(), { 'test-command': 'npm test' });
    expect(['a', 'b', 'c', 'd', 'e'].map((phase) => `${phase}:${run.results[`phase-${phase}`]!.result}`)).toEqual(['a:success', 'b:failure', 'c:skipped', 'd:skipped', 'e:skipped']);
    expect(run.outputs).toEqual({ verdict: 'B fail', 'failed-gate': 'b/docs-check', rollback: '' });
    const phaseB = run.job('phase-b/gates');
    expect(phaseB.steps.filter((step) => ['tests', 'command-check', 'docs-check'].includes(step.id)).map((step) => `${step.id}:${step.outcome}`)).toEqual(['tests:success', 'command-check:success', 'docs-check:failure']);
    expect(phaseB.steps.find((step) => step.id === 'docs-check')!.outputs).toMatchObject({ verdict: 'fail', problems: '1' });
    expect(phaseB.annotations).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: 'README.md', line: '6' }), message: expect.stringContaining('link to docs/runbook.md: no such file') })]));
    expect(run.job('phase-b/rollup/rollup').summary).toMatch(/^### ❌ Phase B foundations: fail\n[\s\S]*\| ❌ fail \| \[docs-check\][\s\S]*gate `docs-check` failed/);
    const rerun = run.job('rerun-b/gates');
    expect(rerun.steps.filter((step) => step.outcome !== 'skipped').map((step) => step.id)).toEqual(['entrance', 'checkout', 'docs-check', 'state']);
    expect(rerun.log).toContain('gates: docs-check; debug: true');
    expect(run.job('report').summary).toContain('| ✅ pass | ❌ fail | ⏭️ not run | ⏭️ not run | ⏭️ not run |');
  }, 120_000);

  test('fixed demo with the shipped SLA: A–C pass, D fails on perf-sla and is re-run alone, E never starts', async () => {
    const repository = fixedDemo();
    cpSync(join(DEMO, '.github', 'gates-perf.yml'), join(repository, '.github', 'gates-perf.yml'));
    const run = await runPipeline(PIPELINE, repository, { 'test-command': 'npm test' });
    expect(['a', 'b', 'c', 'd', 'e'].map((phase) => `${phase}:${run.results[`phase-${phase}`]!.result}`)).toEqual(['a:success', 'b:success', 'c:success', 'd:failure', 'e:skipped']);
    // No checkpoint-paths: phase C checkpointed nothing, so there is nothing to roll back to (test/phases/rollback.test.ts has that path).
    expect(run.outputs).toEqual({ verdict: 'D fail', 'failed-gate': 'd/perf-sla', rollback: '' });
    expect(run.results.rollback!.result).toBe('skipped');
    expect(run.results['rerun-d']!.result).toBe('failure');
    expect(run.job('rerun-d/gates').log).toContain('gates: perf-sla; debug: true');
    expect(run.job('report').summary).toContain('| ✅ pass | ✅ pass | ✅ pass | ❌ fail | ⏭️ not run |');
  }, 120_000);
});
