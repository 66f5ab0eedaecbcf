import { describe, expect, test } from '@jest/globals';
import { fixture } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';

describe('workflow runner: timeout-minutes (fixtures/timeouts.yml)', () => {
  test('a step past its timeout fails; a job past its timeout is cancelled and only always()/cancelled() steps run', async () => {
    const started = Date.now();
    const run = await runWorkflow({ workflow: fixture('timeouts.yml') });
    // Both sleeps (30 s) were killed: the run took about the two timeouts (0.6 s and 1.2 s).
    expect(Date.now() - started).toBeLessThan(15_000);

    const stepTimeout = run.job('step-timeout');
    expect(stepTimeout.steps.map((step) => step.outcome)).toEqual(['failure', 'success']);
    expect(stepTimeout.log).toContain("The action 'Run sleep 30' has timed out after 0.01 minutes.");
    expect(stepTimeout.log).toContain('after the step timeout, outcome failure');
    expect(stepTimeout.result).toBe('failure');

    const jobTimeout = run.job('job-timeout');
    expect(jobTimeout.steps.map((step) => step.outcome)).toEqual(['cancelled', 'skipped', 'success', 'success']);
    expect(jobTimeout.log).toContain('has exceeded the maximum execution time of 0.02 minutes.');
    expect(jobTimeout.log).toContain('cleanup ran with job.status=cancelled');
    expect(jobTimeout.log).toContain('cancelled() is true');
    expect(jobTimeout.result).toBe('cancelled');
    expect(run.conclusion).toBe('failure');
  });
});
