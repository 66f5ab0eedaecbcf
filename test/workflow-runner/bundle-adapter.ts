import { startNodeAction, type NodeActionRun } from '../harness/run-bundle.js';
import { inputVariable } from '../harness/step-inputs.js';

export interface NodeActionRequest {
  /** Absolute path of the action's `runs.main`. */
  main: string;
  /** Every input, defaults included, already evaluated (the runner delivers them all). */
  inputs: Record<string, string>;
  /** The step's whole environment (runner variables, workflow/job/step env, services, file-command variables). */
  env: Record<string, string>;
  workspace: string;
  timeoutMs: number;
}

/**
 * The one place the workflow runner meets the action harness (test/harness/run-bundle.ts), so that a step runs a
 * committed bundle exactly as an action test does: the same Node (GATES_TEST_NODE), the same start. The workflow
 * runner builds the step's environment itself, as the runner does, so it is passed as it is, each input as
 * `INPUT_<NAME>` (Handler.AddInputsToEnvironment); the state root is the job's RUNNER_TEMP unless the workflow
 * sets MEMORY_STORAGE_ROOT, as on GitHub.
 */
export async function runNodeAction(request: NodeActionRequest): Promise<NodeActionRun> {
  const inputs = Object.fromEntries(Object.entries(request.inputs).map(([name, value]) => [inputVariable(name), value]));
  return startNodeAction(request.main, { ...request.env, ...inputs }, request.workspace, request.timeoutMs).result;
}
