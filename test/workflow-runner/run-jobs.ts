import { aggregateResult, callWorkflow, workflowOutputs, type CalledWorkflow, type NestedCall } from './call-workflow.js';
import { WorkflowRunnerError } from './errors.js';
import { evaluateCondition, evaluateText, evaluateValue, type Status } from './expressions/evaluate.js';
import type { Plain } from './expressions/expression-data.js';
import { ancestorsOf, needsOf, orderJobs } from './job-graph.js';
import { expandMatrix, matrixJobName, type Combination } from './matrix.js';
import { runJob } from './run-job.js';
import type { RunState } from './run-state.js';
import { scope, type Contexts } from './scopes.js';
import type { JobResult, Result } from './types.js';
import type { Mapping, WorkflowFile } from './workflow-file.js';

/** A job's result as `needs.<id>` and `jobs.<id>` show it. */
interface Outcome {
  result: Result;
  outputs: Record<string, string>;
}

function notRun(id: string, name: string, result: Result, annotation?: string): JobResult {
  const annotations = annotation ? [{ level: 'error' as const, message: annotation, properties: {}, step: name }] : [];
  return { id, name, result, outcome: result, outputs: {}, steps: [], summary: '', log: annotation ? `Error: ${annotation}` : '', annotations, workspace: '', temp: '' };
}

/** The status functions at job level: over the job's ancestors, as GitHub documents for chains of jobs. */
function jobStatus(key: string, jobs: Record<string, Mapping>, outcomes: Map<string, Outcome>): Status {
  const ancestors = [...ancestorsOf(key, jobs)].map((id) => outcomes.get(id)!.result);
  return {
    success: needsOf(jobs[key]!).every((need) => outcomes.get(need)!.result === 'success') && !ancestors.some((result) => result === 'failure' || result === 'cancelled'),
    failure: ancestors.includes('failure'),
    cancelled: false,
  };
}

/**
 * Runs the jobs of one workflow (the caller, or a called reusable workflow)
 * in `needs:` order: each job's `if:` with the job-level status functions,
 * its matrix expanded (fail-fast cancels the combinations after a failure),
 * reusable calls expanded in place, and `needs` outputs passed on.
 */
export async function runJobs(workflow: WorkflowFile, call: NestedCall, run: RunState, load: (path: string) => Promise<WorkflowFile>, base: Contexts): Promise<CalledWorkflow & { outcomes: Record<string, Outcome> }> {
  const { jobs } = workflow.doc;
  const secrets = { ...call.secrets, GITHUB_TOKEN: run.identity.token };
  const shared: Contexts = { ...base, vars: run.vars, secrets, inputs: call.inputs };
  const workflowEnv = stringValues(evaluateValue(workflow.doc.env ?? {}, scope('workflow.env', shared, `${workflow.path}: env`)));
  const results: JobResult[] = [];
  const outcomes = new Map<string, Outcome>();

  for (const key of orderJobs(jobs, workflow.path)) {
    const job = jobs[key]!;
    const where = `${workflow.path}: jobs.${key}`;
    const needs = Object.fromEntries(needsOf(job).map((need) => [need, outcomes.get(need)!]));
    const contexts: Contexts = { ...shared, needs };
    const id = `${call.idPrefix}${key}`;
    let combinations: Array<Combination | undefined> = [undefined];
    let strategy: Mapping = {};
    try {
      const runs = evaluateCondition(job.if, scope('job.if', contexts, `${where}.if`, jobStatus(key, jobs, outcomes)));
      if (!runs) {
        results.push(notRun(id, `${call.namePrefix}${key}`, 'skipped'));
        outcomes.set(key, { result: 'skipped', outputs: {} });
        continue;
      }
      strategy = (evaluateValue(job.strategy ?? {}, scope('job.strategy', contexts, `${where}.strategy`)) ?? {}) as Mapping;
      if (strategy.matrix !== undefined) combinations = expandMatrix(strategy.matrix as Plain, `${where}.strategy.matrix`);
    } catch (error) {
      if (!(error instanceof WorkflowRunnerError) || error.code !== 'expression') throw error;
      results.push(notRun(id, `${call.namePrefix}${key}`, 'failure', error.message));
      outcomes.set(key, { result: 'failure', outputs: {} });
      continue;
    }

    const failFast = strategy['fail-fast'] !== false;
    const perCombination: Outcome[] = [];
    for (const [index, combination] of combinations.entries()) {
      const strategyContext = { 'fail-fast': failFast, 'job-index': index, 'job-total': combinations.length, 'max-parallel': strategy['max-parallel'] ?? combinations.length };
      const jobContexts: Contexts = { ...contexts, strategy: strategyContext, matrix: combination ?? {} };
      const named = job.name === undefined ? key : evaluateText(job.name, scope('job.setting', jobContexts, `${where}.name`));
      const showsMatrix = combination && !(typeof job.name === 'string' && job.name.includes('matrix.'));
      const name = `${call.namePrefix}${showsMatrix ? matrixJobName(named, combination) : named}`;
      const jobId = `${call.idPrefix}${combination ? matrixJobName(key, combination) : key}`;
      if (failFast && perCombination.some((outcome) => outcome.result === 'failure')) {
        results.push(notRun(jobId, name, 'cancelled', `The job was canceled because a combination of "${key}" failed.`));
        perCombination.push({ result: 'cancelled', outputs: {} });
        continue;
      }
      if (typeof job.uses === 'string') {
        const called = await callWorkflow({ id: jobId, jobKey: key, name, job, workflow, contexts: jobContexts, run, depth: call.depth }, load, (nested, nestedCall) => runJobs(nested, nestedCall, run, load, base));
        for (const calledJob of called.jobs) results.push(calledJob);
        perCombination.push({ result: called.result, outputs: called.outputs });
      } else {
        const result = await runJob({ id: jobId, jobKey: key, name, job, workflow, contexts: jobContexts, workflowEnv, matrix: combination, run });
        results.push(result);
        perCombination.push({ result: result.result, outputs: result.outputs });
      }
    }
    // A matrix job's outputs are those of the combination that finished last, as on GitHub.
    outcomes.set(key, { result: aggregateResult(perCombination.map((outcome) => outcome.result)), outputs: perCombination.reduce((merged, outcome) => Object.assign(merged, outcome.outputs), {}) });
  }

  const byKey = Object.fromEntries(outcomes);
  const outputs = workflowOutputs(workflow, { ...shared, jobs: byKey });
  return { jobs: results, result: aggregateResult([...outcomes.values()].map((outcome) => outcome.result)), outputs, outcomes: byKey };
}

function stringValues(value: Plain): Record<string, string> {
  return Object.fromEntries(Object.entries((value ?? {}) as Record<string, Plain>).map(([key, item]) => [key, item === null ? '' : String(item)]));
}
