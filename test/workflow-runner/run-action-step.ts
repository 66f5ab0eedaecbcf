import { dirname } from 'node:path';
import { readActionMetadata, standInMetadata, type ActionMetadata } from './action-metadata.js';
import { runNodeAction } from './bundle-adapter.js';
import { WorkflowRunnerError } from './errors.js';
import { evaluateText, type Scope } from './expressions/evaluate.js';
import type { JobLog } from './job-log.js';
import { resolveActionReference } from './references.js';
import type { StandIn } from './stand-ins/stand-in.js';
import { createStepFiles } from './step-files.js';

export interface ActionStepRequest {
  uses: string;
  with: Record<string, unknown>;
  /** The step's scope: `with:` and the action's input defaults are evaluated in it. */
  scope: Scope;
  env: Record<string, string>;
  services: Record<string, string>;
  workspace: string;
  temp: string;
  timeoutMs: number;
  stepId: string;
  stepName: string;
  selfRepository: string;
  standIns: Record<string, StandIn>;
  repository?: string;
  log: JobLog;
}

export interface StepRun {
  exitCode: number | null;
  timedOut: boolean;
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  addedPath: string[];
  summary: string;
  /** Why the step could not start, reported as the runner reports it. */
  startError?: string;
}

/** Finds the action a step uses: a directory with action.yml, or a declared stand-in. */
export function locateAction(uses: string, request: Pick<ActionStepRequest, 'workspace' | 'selfRepository' | 'standIns'>, where: string): { metadata?: ActionMetadata; directory?: string } {
  const reference = resolveActionReference(uses, request.workspace, request.selfRepository, where);
  if (reference.kind === 'stand-in') {
    const standIn = request.standIns[reference.name];
    if (!standIn) {
      throw new WorkflowRunnerError('unsupported', `${where}: ${uses} is a third-party action; declare a stand-in for "${reference.name}" in RunOptions.standIns (see docs/workflow-runner.md)`);
    }
    return { metadata: standInMetadata(standIn) };
  }
  return { metadata: readActionMetadata(reference.directory, where), directory: reference.directory };
}

/**
 * Every input the runner delivers: each `with:` value, then each declared
 * input's default (expressions evaluated in the step's scope); an input
 * declared without a default is "" (ActionManifestManager.EvaluateDefaultInput).
 * Undeclared `with:` keys are still delivered, with the runner's warning.
 */
function actionInputs(metadata: ActionMetadata, request: ActionStepRequest): Record<string, string> {
  const inputs: Record<string, string> = {};
  const scope = (key: string) => ({ ...request.scope, where: `${request.scope.where}.with.${key}` });
  for (const [key, value] of Object.entries(request.with)) inputs[key] = evaluateText(value, scope(key));
  const declared = Object.keys(metadata.inputs);
  const unexpected = Object.keys(request.with).filter((key) => !declared.some((name) => name.toLowerCase() === key.toLowerCase()));
  if (unexpected.length) {
    request.log.annotate('warning', `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`, request.stepName);
  }
  for (const [name, input] of Object.entries(metadata.inputs)) {
    if (name in inputs) continue;
    inputs[name] = input.default === undefined ? '' : evaluateText(input.default, scope(name));
  }
  return inputs;
}

export async function runActionStep(request: ActionStepRequest): Promise<StepRun> {
  const { metadata, directory } = locateAction(request.uses, request, request.scope.where);
  const empty = { exitCode: 1, timedOut: false, outputs: {}, exportedEnv: {}, addedPath: [], summary: '' };
  if (!metadata) {
    return { ...empty, startError: `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${directory}'. Did you forget to run actions/checkout before running your local action?` };
  }
  const inputs = actionInputs(metadata, request);
  if (metadata.standIn) {
    const outputs: Record<string, string> = {};
    const result = await metadata.standIn.run({
      inputs,
      // The job's services too: stand-ins for the artifact actions talk to the results service as the real ones do.
      env: { ...request.env, ...request.services },
      workspace: request.workspace,
      repository: request.repository,
      print: (line) => Object.assign(outputs, request.log.processOutput(line, request.stepName).outputs),
    });
    return { ...empty, exitCode: result.exitCode, outputs: { ...outputs, ...result.outputs } };
  }
  const files = createStepFiles(request.temp);
  const started = Date.now();
  const run = await runNodeAction({
    main: metadata.main!,
    inputs,
    env: { ...request.env, ...request.services, ...files.variables, GITHUB_ACTION: request.stepId, GITHUB_ACTION_PATH: directory ?? dirname(metadata.main!), GITHUB_ACTION_REPOSITORY: '' },
    workspace: request.workspace,
    timeoutMs: request.timeoutMs,
  });
  const fromStdout = request.log.processOutput(run.stdout, request.stepName);
  const fromStderr = request.log.processOutput(run.stderr, request.stepName);
  const timedOut = run.exitCode === null && Date.now() - started >= request.timeoutMs;
  const failedCommand = fromStdout.failed || fromStderr.failed;
  const written = files.read();
  return {
    exitCode: failedCommand && run.exitCode === 0 ? 1 : run.exitCode,
    timedOut,
    outputs: { ...fromStdout.outputs, ...fromStderr.outputs, ...written.outputs },
    exportedEnv: written.env,
    addedPath: written.path,
    summary: written.summary,
  };
}
