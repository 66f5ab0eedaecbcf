import { afterEach, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { runWorkflow } from '../workflow-runner/run-workflow.js';
import { downloadArtifact, uploadArtifact } from '../workflow-runner/stand-ins/artifacts.js';
import { checkout } from '../workflow-runner/stand-ins/checkout.js';
import { DEMO } from './demo-variants.js';

/**
 * Phase B's `test-report`: the report must be one this run's tests wrote, and it is what phase D reads. The demo
 * repository commits a reports/junit.xml, as a repository that once checked one in does.
 */
const PHASE_B = join(REPO_ROOT, '.github', 'workflows', 'phase-b-foundations.yml');

let results: ResultsService | undefined;
afterEach(async () => results?.close());

/** The run's artifacts but the gates' state segments (command-check, a gate of phase B, publishes its own). */
const reportArtifacts = () => results!.artifacts.filter((artifact) => !artifact.name.startsWith('gates-state-'));

async function runPhaseB(testCommand: string) {
  const service = (results = await startResultsService());
  return runWorkflow({
    workflow: PHASE_B,
    inputs: { 'test-command': testCommand, 'test-report': 'reports/junit.xml' },
    repository: DEMO,
    standIns: { 'actions/checkout': checkout, 'actions/upload-artifact': uploadArtifact, 'actions/download-artifact': downloadArtifact },
    github: { repository: 'demo-org/demo-repo' },
    services: (job) => ({ ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: service.runtimeToken({ runBackendId: job.runId, jobBackendId: job.backendId }) }),
  });
}

describe('phase B\'s test report', () => {
  test('a report committed to the checkout does not pass for one the test command did not write', async () => {
    const run = await runPhaseB('echo "tests ran, no report written"');
    const tests = run.job('gates').steps.find((step) => step.id === 'tests')!;
    expect(tests.outcome).toBe('failure');
    expect(run.job('gates').log).toContain('the test command wrote no report at the test-report path');
    expect(run.outputs).toMatchObject({ verdict: 'fail', 'failed-gate': 'tests', 'test-report-artifact': '' });
    expect(reportArtifacts()).toEqual([]);
  }, 60_000);

  test('the report the tests wrote is uploaded as the run\'s artifact the phase names; it is not a gate of the rollup', async () => {
    const run = await runPhaseB('mkdir -p reports && printf \'<testsuite name="s"><testcase name="fresh" time="0.1"/></testsuite>\' > reports/junit.xml');
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'failed-gate': '', 'test-report-artifact': 'gates-test-report' });
    expect(reportArtifacts().map((artifact) => `${artifact.name}:${artifact.finalized}`)).toEqual(['gates-test-report:true']);
    expect(run.job('rollup/rollup').summary).not.toContain('report-upload');
  }, 60_000);
});
