import { describe, expect, test } from '@jest/globals';
import { fixture, workflowsWith } from './fixtures.js';
import { WorkflowRunnerError } from './errors.js';
import { runWorkflow } from './run-workflow.js';

const SECRETS = { DEPLOY_KEY: 'deploy-key-value-123' };

async function refusal(workflow: string): Promise<WorkflowRunnerError> {
  const error = await runWorkflow({ workflow, secrets: SECRETS }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof WorkflowRunnerError)) throw new Error(`expected a WorkflowRunnerError, got ${String(error)}`);
  return error;
}

describe('workflow runner: planted miswirings fail before any job runs', () => {
  test('a wrong output name, of a reusable workflow and of a job (fixtures/miswired-output.yml)', async () => {
    const error = await refusal(fixture('miswired-output.yml'));
    expect(error.code).toBe('miswired');
    expect(error.message).toContain('jobs.deploy.if: job phase-a has no output "verdcit"');
    expect(error.message).toContain('jobs.deploy.steps[0]: job build has no output "artefact"');
  });

  test('a missing required input and an undeclared one (fixtures/miswired-input.yml), with file:line from the parser', async () => {
    const error = await refusal(fixture('miswired-input.yml'));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/miswired-input\.yml:9:\d+: Input label is required, but not provided while calling\./);
    expect(error.message).toMatch(/miswired-input\.yml:11:\d+: Invalid input, lable is not defined in the referenced workflow\./);
  });

  test('needs.x where x is not needed, steps.s that is not an earlier step, an undeclared input, an undeclared workflow output source', async () => {
    const planted = workflowsWith(
      {
        'planted.yml': [
          'on:',
          '  workflow_call:',
          '    inputs:',
          '      label: {type: string}',
          '    outputs:',
          '      verdict: {value: "${{ jobs.gate.outputs.verdict }}"}',
          'jobs:',
          '  first:',
          '    runs-on: ubuntu-latest',
          '    outputs: {value: "${{ steps.later.outputs.x }}"}',
          '    steps:',
          '      - run: echo "${{ inputs.lable }}"',
          '      - id: later',
          '        run: echo',
          '  gate:',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - run: echo "${{ needs.first.outputs.value }}"',
          '',
        ].join('\n'),
      },
      'planted.yml',
    );
    const error = await refusal(planted);
    expect(error.message).toContain('jobs.first.steps[0]: inputs.lable is not a declared input');
    expect(error.message).toContain('jobs.gate.steps[0]: needs.first is not in this job\'s needs:');
    expect(error.message).toContain('on.workflow_call.outputs.verdict: job gate has no output "verdict"');
  });

  test('a step output the action does not declare (this repository\'s action.yml)', async () => {
    const planted = workflowsWith(
      { 'planted.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - id: pins\n        uses: org/gates/pin-check@v1\n      - run: echo "${{ steps.pins.outputs.sarif_file }}"\n' },
      'planted.yml',
    );
    expect((await refusal(planted)).message).toContain('step pins has no output "sarif_file"');
  });

  test('a needs: that skips a phase: the planted pipeline deploys after a failed phase-b, the gated one does not', async () => {
    const gated = await runWorkflow({ workflow: fixture('gated-pipeline.yml'), inputs: { 'fail-phase': 'b' } });
    expect(gated.results.deploy!.result).toBe('skipped');
    const miswired = await runWorkflow({ workflow: fixture('miswired-needs.yml'), inputs: { 'fail-phase': 'b' } });
    expect(miswired.results['phase-b']!.result).toBe('failure');
    expect(miswired.results.deploy!.result).toBe('success');
    // Both pass when nothing fails: only a failing variant tells the two apart.
    for (const name of ['gated-pipeline.yml', 'miswired-needs.yml']) {
      expect((await runWorkflow({ workflow: fixture(name) })).results.deploy!.result).toBe('success');
    }
  });
});
