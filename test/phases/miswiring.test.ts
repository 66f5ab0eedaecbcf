import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { WorkflowRunnerError } from '../workflow-runner/errors.js';
import { runWorkflow } from '../workflow-runner/run-workflow.js';
import { downloadArtifact, uploadArtifact } from '../workflow-runner/stand-ins/artifacts.js';
import { checkout } from '../workflow-runner/stand-ins/checkout.js';
import { phaseChainProblems } from './phase-chain.js';

const WORKFLOWS = join(REPO_ROOT, '.github', 'workflows');
const PIPELINE = readFileSync(join(WORKFLOWS, 'pipeline.yml'), 'utf8');

/** A copy of .github/workflows/ whose pipeline.yml has one planted change; returns its path. */
function plantedPipeline(from: string, to: string): string {
  expect(PIPELINE).toContain(from);
  const directory = mkdtempSync(join(tmpdir(), 'gates-planted-pipeline-'));
  cpSync(WORKFLOWS, directory, { recursive: true });
  writeFileSync(join(directory, 'pipeline.yml'), PIPELINE.replace(from, to));
  return join(directory, 'pipeline.yml');
}

async function refusal(workflow: string): Promise<WorkflowRunnerError> {
  const error = await runWorkflow({ workflow, inputs: { 'test-command': 'true' }, standIns: { 'actions/checkout': checkout, 'actions/upload-artifact': uploadArtifact, 'actions/download-artifact': downloadArtifact } }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof WorkflowRunnerError)) throw new Error(`expected a WorkflowRunnerError, got ${String(error)}`);
  return error;
}

describe('planted miswirings of the gated pipeline fail before any job runs', () => {
  test('a wrong output name: phase B entering on phase A\'s "verdcit"', async () => {
    const error = await refusal(plantedPipeline('entrance: ${{ needs.phase-a.outputs.verdict }}', 'entrance: ${{ needs.phase-a.outputs.verdcit }}'));
    expect(error.code).toBe('miswired');
    expect(error.message).toContain('job phase-a has no output "verdcit"');
  });

  test('a missing required input: phase B called without its test command', async () => {
    const error = await refusal(plantedPipeline('      test-command: ${{ inputs.test-command }}\n', ''));
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(/pipeline\.yml:\d+:\d+: Input test-command is required, but not provided while calling\./);
  });

  test('a needs: that skips a phase: C needs A and enters on A\'s verdict (valid wiring, a broken chain)', () => {
    const skipping = PIPELINE.replace('needs: phase-b\n', 'needs: phase-a\n').replace('entrance: ${{ needs.phase-b.outputs.verdict }}', 'entrance: ${{ needs.phase-a.outputs.verdict }}');
    expect(phaseChainProblems(skipping)).toEqual([
      'phase-c needs [phase-a], not [phase-b]: the chain skips or reorders a phase',
      'phase-c enters on "${{needs.phase-a.outputs.verdict}}", not ${{ needs.phase-b.outputs.verdict }}',
    ]);
  });

  test('the shipped pipeline is one whole chain A → B → C → D → E', () => {
    expect(phaseChainProblems(PIPELINE)).toEqual([]);
  });
});
