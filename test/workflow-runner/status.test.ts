import { describe, expect, test } from '@jest/globals';
import { fixture } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';

describe('workflow runner: status functions and continue-on-error (fixtures/status.yml)', () => {
  test('step level: a failing step skips what follows, failure() and always() still run', async () => {
    const run = await runWorkflow({ workflow: fixture('status.yml') });
    const job = run.job('steps-status');
    const steps = Object.fromEntries(job.steps.map((step) => [step.id, `${step.outcome}/${step.conclusion}`]));
    expect(steps).toEqual({
      tolerated: 'failure/success',
      'after-tolerated': 'success/success',
      breaks: 'failure/failure',
      'skipped-by-failure': 'skipped/skipped',
      'on-failure': 'success/success',
      'on-always': 'success/success',
      'on-success': 'skipped/skipped',
    });
    expect(job.log).toContain('still running after failure/success');
    expect(job.log).toContain('failure() saw failure; job.status=failure');
    expect(job.log).not.toContain('never printed');
    expect(job.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: 'broken build', properties: { file: 'app.js', line: '3' } }));
    expect(job.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: 'Process completed with exit code 1.' }));
    expect(job.result).toBe('failure');
  });

  test('job level: needs skips dependents of a failed job, always() and failure() see ancestors, continue-on-error reports success', async () => {
    const run = await runWorkflow({ workflow: fixture('status.yml') });
    const results = Object.fromEntries(Object.entries(run.results).map(([id, outcome]) => [id, outcome.result]));
    expect(results).toEqual({
      'steps-status': 'failure',
      fails: 'failure',
      'skipped-by-needs': 'skipped',
      'after-skip': 'success',
      'on-ancestor-failure': 'success',
      'tolerated-job': 'success',
      'after-tolerated-job': 'success',
      'only-on-pull-request': 'skipped',
    });
    expect(run.job('after-skip').log).toContain('needs result skipped');
    // The UI's red cross survives in outcome; needs.<job>.result says success, as on GitHub.
    expect(run.job('tolerated-job').outcome).toBe('failure');
    expect(run.job('after-tolerated-job').log).toContain('tolerated job result success');
    expect(run.conclusion).toBe('failure');
  });

  test('the event decides job conditions: on pull_request the guarded job runs', async () => {
    const run = await runWorkflow({ workflow: fixture('status.yml'), event: { name: 'pull_request', payload: { number: 7 } } });
    expect(run.results['only-on-pull-request']!.result).toBe('success');
    expect(run.job('only-on-pull-request').steps).toHaveLength(1);
  });
});
