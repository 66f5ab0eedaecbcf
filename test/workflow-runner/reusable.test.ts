import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, FIXTURES, workflowsWith } from './fixtures.js';
import { runWorkflow } from './run-workflow.js';

const SECRETS = { API_KEY: 'inherited-secret-value-1', DEPLOY_KEY: 'deploy-key-value-123' };

/** calls.yml with one line replaced: a planted variant of a working caller. */
function callsWith(from: string, to: string): string {
  const text = readFileSync(join(FIXTURES, 'calls.yml'), 'utf8');
  if (!text.includes(from)) throw new Error(`calls.yml has no "${from}"`);
  return workflowsWith({ 'variant.yml': text.replace(from, to) }, 'variant.yml');
}

describe('workflow runner: reusable workflows (fixtures/calls.yml, reusable-phase.yml, reusable-nested.yml)', () => {
  test('typed inputs with defaults, explicit and inherited secrets, outputs, two levels deep', async () => {
    const run = await runWorkflow({ workflow: fixture('calls.yml'), secrets: SECRETS });
    expect(run.conclusion).toBe('success');
    expect(run.jobs.map((job) => `${job.id} | ${job.name}`)).toEqual(['phase-a/gate | phase-a / gate', 'phase-b/gate | phase-b / gate', 'nested/inner/gate | nested / inner / gate', 'report | report']);
    // Numbers stay numbers (5 > 4), booleans stay booleans; defaults fill the rest.
    expect(run.job('phase-a/gate').log).toContain('label=a strict=false budget=5 budget+1>4=true');
    expect(run.job('phase-b/gate').log).toContain('label=b-after-pass strict=true budget=3 budget+1>4=false');
    // Explicit secrets pass only what is named; inherit passes all; github.workflow stays the caller's.
    expect(run.job('phase-a/gate').log).toContain('key=[***] optional=[] inherited=[] workflow=[calls]');
    expect(run.job('phase-b/gate').log).toContain('key=[***] optional=[] inherited=[***] workflow=[calls]');
    expect(run.results['phase-a']).toEqual({ result: 'success', outputs: { verdict: 'pass', line: 'a:5' } });
    expect(run.results['phase-b']).toEqual({ result: 'success', outputs: { verdict: 'fail', line: 'b-after-pass:3' } });
    expect(run.results.nested!.outputs).toEqual({ 'inner-line': 'nested:3' });
    expect(run.job('report').log).toContain('a=pass b=fail b-line=b-after-pass:3 nested=nested:3 b-result=success');
  });

  test('a reusable workflow run directly takes its inputs from the test and gives its outputs back', async () => {
    const run = await runWorkflow({ workflow: fixture('reusable-phase.yml'), inputs: { label: 'direct', strict: true }, secrets: SECRETS });
    expect(run.outputs).toEqual({ verdict: 'fail', line: 'direct:3' });
  });

  test('a value that is not of the input type is refused before any job runs', async () => {
    await expect(runWorkflow({ workflow: callsWith('budget: 5', 'budget: many'), secrets: SECRETS })).rejects.toThrow(/unexpected value "many" for an input of type number/);
  });

  test('a required secret not passed, and a secret the workflow does not declare, are refused', async () => {
    await expect(runWorkflow({ workflow: callsWith('DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}', 'OPTIONAL_KEY: ${{ secrets.DEPLOY_KEY }}'), secrets: SECRETS })).rejects.toThrow(
      /Secret DEPLOY_KEY is required, but not provided while calling/,
    );
    await expect(runWorkflow({ workflow: callsWith('DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}', 'DEPLOY_KEY: x\n      UNKNOWN: y'), secrets: SECRETS })).rejects.toThrow(
      /Invalid secret, UNKNOWN is not defined in the referenced workflow/,
    );
  });

  test('calling a workflow that has no workflow_call trigger is refused (the parser sees it)', async () => {
    await expect(runWorkflow({ workflow: callsWith('uses: ./.github/workflows/reusable-nested.yml', 'uses: ./.github/workflows/basics.yml'), secrets: SECRETS })).rejects.toThrow(
      /variant\.yml:\d+:\d+: workflow_call key is not defined in the referenced workflow/,
    );
  });
});
