import { basename, dirname, join, relative } from 'node:path';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { WorkflowRunnerError } from './errors.js';

export interface NodeActionRequest {
  /** Absolute path of the action's `runs.main`. */
  main: string;
  /** Every input, defaults included, already evaluated (the runner delivers them all). */
  inputs: Record<string, string>;
  /** The step's whole environment (runner variables, workflow/job/step env, services). */
  env: Record<string, string>;
  workspace: string;
  timeoutMs: number;
}

export interface NodeActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  summary: string;
}

/**
 * The one place the workflow runner meets the action harness
 * (test/harness/run-bundle.ts), so that a step runs a committed bundle exactly
 * as an action test does. runBundle addresses bundles by their folder under
 * dist/; a path relative to that folder reaches any `runs.main`. Its own
 * fixed variables are all overridden by the job's, and its MEMORY_STORAGE_ROOT is
 * dropped unless the workflow sets one, so the state root is the job's
 * RUNNER_TEMP, as on GitHub.
 */
export async function runNodeAction(request: NodeActionRequest): Promise<NodeActionRun> {
  if (basename(request.main) !== 'index.js') {
    throw new WorkflowRunnerError('unsupported', `${request.main}: the action harness runs bundles named index.js only`);
  }
  const bundle = relative(join(REPO_ROOT, 'dist'), dirname(request.main));
  // Node's spawn leaves out variables whose value is undefined.
  const env = { ...request.env, MEMORY_STORAGE_ROOT: request.env.MEMORY_STORAGE_ROOT } as Record<string, string>;
  const run = await runBundle(bundle, { inputs: request.inputs, workspace: request.workspace, env, timeoutMs: request.timeoutMs });
  return { exitCode: run.exitCode, stdout: run.stdout, stderr: run.stderr, outputs: run.outputs, exportedEnv: run.exportedEnv, summary: run.summary };
}
