import { resolve } from 'node:path';
import { evaluateText, type Scope } from './expressions/evaluate.js';
import type { JobLog } from './job-log.js';
import { runActionStep, type StepRun } from './run-action-step.js';
import type { RunState } from './run-state.js';
import { runScript } from './run-script-step.js';
import { createStepFiles } from './step-files.js';
import type { Mapping } from './workflow-file.js';

/** The job's side of a step: what it runs with and where its effects go. */
export interface StepSetting {
  step: Mapping;
  stepId: string;
  stepName: string;
  /** Evaluated in the step's scope (the step's own env already in the env context). */
  scope: Scope;
  /** The step's process environment (runner variables, env context, PATH). */
  env: Record<string, string>;
  /** The job's service variables, for action steps only. */
  services: Record<string, string>;
  workspace: string;
  temp: string;
  timeoutMs: number;
  /** `defaults.run` of the workflow and job, merged (job wins). */
  runDefaults: { shell?: string; 'working-directory'?: string };
  log: JobLog;
  run: RunState;
}

/** Runs one `run:` or `uses:` step; what it returns is applied by the job. */
export async function runStep(setting: StepSetting): Promise<StepRun> {
  const { step, log } = setting;
  if (typeof step.uses === 'string') {
    return runActionStep({
      uses: step.uses,
      with: (step.with ?? {}) as Record<string, unknown>,
      scope: setting.scope,
      env: setting.env,
      services: setting.services,
      workspace: setting.workspace,
      temp: setting.temp,
      timeoutMs: setting.timeoutMs,
      stepId: setting.stepId,
      stepName: setting.stepName,
      selfRepository: setting.run.selfRepository,
      standIns: setting.run.standIns,
      repository: setting.run.repository,
      log,
    });
  }
  const script = evaluateText(step.run, { ...setting.scope, where: `${setting.scope.where}.run` });
  const shell = step.shell === undefined ? setting.runDefaults.shell : evaluateText(step.shell, setting.scope);
  const directory = step['working-directory'] ?? setting.runDefaults['working-directory'];
  const workingDirectory = directory === undefined ? setting.workspace : resolve(setting.workspace, evaluateText(directory, setting.scope));
  const files = createStepFiles(setting.temp);
  const result = await runScript({
    script,
    shell,
    workingDirectory,
    env: { ...setting.env, ...files.variables },
    temp: setting.temp,
    timeoutMs: setting.timeoutMs,
    where: setting.scope.where,
  });
  const commands = log.processOutput(result.output, setting.stepName);
  const effects = files.read();
  const exitCode = commands.failed && result.exitCode === 0 ? 1 : result.exitCode;
  if (exitCode !== 0 && exitCode !== null) log.annotate('error', `Process completed with exit code ${exitCode}.`, setting.stepName);
  return {
    exitCode,
    timedOut: result.timedOut,
    outputs: { ...commands.outputs, ...effects.outputs },
    exportedEnv: effects.env,
    addedPath: effects.path,
    summary: effects.summary,
    startError: result.startError,
  };
}

/** A step's name as the log shows it when it has no `name:`. */
export function defaultStepName(step: Mapping): string {
  if (typeof step.uses === 'string') return `Run ${step.uses}`;
  const firstLine = String(step.run ?? '').split('\n').find((line) => line.trim() !== '') ?? '';
  return `Run ${firstLine.trim()}`;
}

/** The runner's ids for steps without `id:` (`__run`, `__run_2`, `__actions_checkout`…); not addressable from expressions. */
export function defaultStepIds(steps: Mapping[]): string[] {
  const seen = new Map<string, number>();
  return steps.map((step) => {
    if (typeof step.id === 'string') return step.id;
    const base = typeof step.uses === 'string' ? `__${step.uses.split('@')[0]!.replace(/[^A-Za-z0-9]+/g, '_')}` : '__run';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  });
}
