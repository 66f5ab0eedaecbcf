import { randomUUID } from 'node:crypto';
import { WorkflowRunnerError } from './errors.js';
import { evaluateCondition, evaluateText, evaluateValue, type Status } from './expressions/evaluate.js';
import type { Plain } from './expressions/expression-data.js';
import { JobLog } from './job-log.js';
import { defaultStepIds, defaultStepName, runStep } from './run-step.js';
import { jobSite, type JobPlace } from './run-state.js';
import { githubContext, runnerContext, runnerVariables } from './runner-env.js';
import { scope, type Contexts, type Place } from './scopes.js';
import type { JobResult, Result, StepResult } from './types.js';
import type { Mapping } from './workflow-file.js';

const MINUTE_MS = 60_000;
const DEFAULT_TIMEOUT_MINUTES = 360;
const CANCEL_GRACE_MS = 5 * MINUTE_MS;

/** A job with steps to run. */
export interface JobPlan extends JobPlace {
  workflowEnv: Record<string, string>;
  matrix?: Record<string, Plain>;
}

/** Evaluates a job-level value; an expression that fails fails the job (as on GitHub), other refusals stop the run. */
function expressionFailure(error: unknown): string {
  if (error instanceof WorkflowRunnerError && error.code === 'expression') return error.message;
  throw error;
}

function asMinutes(value: Plain, where: string): number {
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new WorkflowRunnerError('invalid', `${where}: timeout-minutes must be a positive number, not ${JSON.stringify(value)}`);
  return minutes;
}

function stringMap(value: Plain): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries((value ?? {}) as Record<string, Plain>)) result[key] = item === null ? '' : typeof item === 'object' ? JSON.stringify(item) : String(item);
  return result;
}

/**
 * Runs a job's steps in order as the runner does: each `if:` with the job's
 * status so far, continue-on-error, step and job timeouts, GITHUB_ENV and
 * GITHUB_PATH carried to later steps, step outputs in the `steps` context,
 * then the job's `outputs:` (any holding a secret is dropped, as the runner does).
 */
export async function runJob(plan: JobPlan): Promise<JobResult> {
  const { run, job } = plan;
  const site = jobSite(run, plan.jobKey, plan.id);
  const log = new JobLog(run.debug);
  for (const secret of Object.values(run.secrets)) log.masker.add(secret);
  log.masker.add(run.identity.token);
  const services = typeof run.services === 'function' ? run.services({ id: plan.id, runId: run.identity.runId, backendId: randomUUID() }) : run.services;
  if (services.ACTIONS_RUNTIME_TOKEN) log.masker.add(services.ACTIONS_RUNTIME_TOKEN);
  const where = `${plan.workflow.path}: jobs.${plan.jobKey}`;
  const jobContext = { status: 'success', container: {}, services: {} };
  const contexts: Contexts = { ...plan.contexts, github: githubContext(site), runner: runnerContext(site), job: jobContext, env: { ...plan.workflowEnv }, steps: {} };
  const at = (place: Place, key: string, status?: Status) => scope(place, contexts, `${where}.${key}`, status);

  const steps: StepResult[] = [];
  const summaries: string[] = [];
  let failed = false;
  let cancelled = false;
  let jobEnv: Record<string, string> = {};
  let timeoutMinutes = DEFAULT_TIMEOUT_MINUTES;
  let continueOnError = false;
  try {
    jobEnv = stringMap(evaluateValue(job.env ?? {}, at('job.env', 'env')));
    if (job['timeout-minutes'] !== undefined) timeoutMinutes = asMinutes(evaluateValue(job['timeout-minutes'], at('job.setting', 'timeout-minutes')), `${where}.timeout-minutes`);
    continueOnError = evaluateCondition(job['continue-on-error'] ?? false, { ...at('job.setting', 'continue-on-error'), status: undefined });
  } catch (error) {
    log.annotate('error', expressionFailure(error), plan.name);
    failed = true;
  }
  contexts.env = { ...plan.workflowEnv, ...jobEnv };
  const runDefaults = { ...((plan.workflow.doc.defaults as Mapping)?.run as Mapping), ...((job.defaults as Mapping)?.run as Mapping) } as { shell?: string; 'working-directory'?: string };
  const deadline = Date.now() + timeoutMinutes * MINUTE_MS;
  const exported: Record<string, string> = {};
  const addedPath: string[] = [];
  const stepList = (job.steps ?? []) as Mapping[];
  const ids = defaultStepIds(stepList);

  const exceeded = (stepName: string) => {
    log.annotate('error', `The job running on runner GitHub Actions 1 has exceeded the maximum execution time of ${timeoutMinutes} minutes.`, stepName);
    cancelled = true;
  };
  for (const [index, step] of stepList.entries()) {
    if (!cancelled && Date.now() >= deadline) exceeded(plan.name);
    const stepId = ids[index]!;
    const stepWhere = `steps[${index}]`;
    const status: Status = { success: !failed && !cancelled, failure: failed && !cancelled, cancelled };
    jobContext.status = cancelled ? 'cancelled' : failed ? 'failure' : 'success';
    const record = (outcome: Result, conclusion: Result, outputs: Record<string, string>, name: string) => {
      steps.push({ id: stepId, name, outcome, conclusion, outputs });
      (contexts.steps as Record<string, unknown>)[stepId] = { outputs, outcome, conclusion };
    };
    let stepName = defaultStepName(step);
    let stepTimeout = Infinity;
    let stepContinues = false;
    try {
      contexts.env = { ...plan.workflowEnv, ...jobEnv, ...exported };
      if (step.name !== undefined) stepName = evaluateText(step.name, at('step', `${stepWhere}.name`));
      if (!evaluateCondition(step.if, at('step.if', `${stepWhere}.if`, status))) {
        record('skipped', 'skipped', {}, stepName);
        continue;
      }
      const stepEnv = stringMap(evaluateValue(step.env ?? {}, at('step', `${stepWhere}.env`)));
      contexts.env = { ...(contexts.env as Record<string, string>), ...stepEnv };
      if (step['timeout-minutes'] !== undefined) stepTimeout = asMinutes(evaluateValue(step['timeout-minutes'], at('step', `${stepWhere}.timeout-minutes`)), `${where}.${stepWhere}.timeout-minutes`) * MINUTE_MS;
      stepContinues = evaluateCondition(step['continue-on-error'] ?? false, { ...at('step', `${stepWhere}.continue-on-error`), status: undefined });
    } catch (error) {
      log.annotate('error', expressionFailure(error), stepName);
      record('failure', 'failure', {}, stepName);
      failed = true;
      continue;
    }

    log.info(`##[group]${stepName}`);
    // After the job's time is up, the steps that still run (always(), cancelled()) get the runner's grace period.
    const jobTimeLeft = cancelled ? CANCEL_GRACE_MS : deadline - Date.now();
    const timeoutMs = Math.max(1, Math.min(stepTimeout, jobTimeLeft));
    const jobDeadlineFirst = !cancelled && jobTimeLeft <= stepTimeout;
    const envContext = contexts.env as Record<string, string>;
    const basePath = envContext.PATH ?? process.env.PATH ?? '';
    const path = [...addedPath].reverse().concat(basePath).join(':');
    const env = { ...runnerVariables(site, path), ...envContext, PATH: path };
    let outcome: Result = 'success';
    let outputs: Record<string, string> = {};
    try {
      const result = await runStep({ step, stepId, stepName, scope: at('step', stepWhere), env, services, workspace: site.workspace, temp: site.temp, timeoutMs, runDefaults, log, run });
      outputs = result.outputs;
      Object.assign(exported, result.exportedEnv);
      for (const entry of result.addedPath) addedPath.push(entry);
      if (result.summary) summaries.push(result.summary);
      if (result.startError) log.annotate('error', result.startError, stepName);
      if (result.timedOut && jobDeadlineFirst) {
        exceeded(stepName);
        outcome = 'cancelled';
      } else if (result.timedOut) {
        log.annotate('error', `The action '${stepName}' has timed out after ${stepTimeout / MINUTE_MS} minutes.`, stepName);
        outcome = 'failure';
      } else if (result.exitCode !== 0) {
        outcome = 'failure';
      }
    } catch (error) {
      log.annotate('error', expressionFailure(error), stepName);
      outcome = 'failure';
    }
    log.info('##[endgroup]');
    const conclusion: Result = outcome === 'failure' && stepContinues ? 'success' : outcome;
    if (conclusion === 'failure') failed = true;
    record(outcome, conclusion, outputs, stepName);
  }

  contexts.env = { ...plan.workflowEnv, ...jobEnv, ...exported };
  // A job past its timeout-minutes ends cancelled, as GitHub shows it (the grey mark), not failed.
  const outcome: Result = cancelled ? 'cancelled' : failed ? 'failure' : 'success';
  jobContext.status = outcome;
  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries((job.outputs ?? {}) as Mapping)) {
    try {
      const text = evaluateText(value, at('job.outputs', `outputs.${name}`));
      if (log.masker.touches(text)) log.annotate('warning', `Skip output '${name}' since it may contain secret.`, plan.name);
      else outputs[name] = text;
    } catch (error) {
      log.annotate('error', expressionFailure(error), plan.name);
    }
  }
  return {
    id: plan.id,
    name: plan.name,
    result: outcome === 'failure' && continueOnError ? 'success' : outcome,
    outcome,
    outputs,
    steps,
    summary: summaries.join('\n'),
    log: log.text(),
    annotations: log.annotations,
    matrix: plan.matrix,
    permissions: job.permissions ?? plan.workflow.doc.permissions,
    workspace: site.workspace,
    temp: site.temp,
  };
}
