import { dirname } from 'node:path';
import { bindInputs, bindSecrets } from './call-inputs.js';
import { WorkflowRunnerError } from './errors.js';
import { evaluateValue } from './expressions/evaluate.js';
import type { Plain } from './expressions/expression-data.js';
import { resolveWorkflowReference } from './references.js';
import type { JobPlace, RunState } from './run-state.js';
import { scope, type Contexts } from './scopes.js';
import type { JobResult, Result } from './types.js';
import type { Mapping, WorkflowFile } from './workflow-file.js';

/** GitHub allows this many levels of reusable workflows, the caller included. */
const MAX_DEPTH = 10;

/** A job that calls a reusable workflow, at `depth` levels of calls. */
export interface CallPlan extends JobPlace {
  depth: number;
}

/** What a called workflow gives back to its caller. */
export interface CalledWorkflow {
  jobs: JobResult[];
  result: Result;
  outputs: Record<string, string>;
}

/** The entry point of a nested run (run-workflow.ts), passed in to keep the two files apart. */
export type RunNested = (workflow: WorkflowFile, call: NestedCall, run: RunState) => Promise<CalledWorkflow>;

export interface NestedCall {
  inputs: Record<string, Plain>;
  secrets: Record<string, string>;
  idPrefix: string;
  namePrefix: string;
  depth: number;
}

export function workflowCallTrigger(workflow: WorkflowFile): Mapping | undefined {
  const on = workflow.doc.on;
  if (on === 'workflow_call' || (Array.isArray(on) && on.includes('workflow_call'))) return {};
  if (on && typeof on === 'object' && !Array.isArray(on) && 'workflow_call' in on) return ((on as Mapping).workflow_call ?? {}) as Mapping;
  return undefined;
}

/**
 * Runs a job that calls a reusable workflow: `with:` evaluated in the caller
 * and bound to the typed inputs, secrets passed explicitly or by `inherit`,
 * the called jobs run with the caller's `github` context, and the declared
 * outputs evaluated from their `jobs` context.
 */
export async function callWorkflow(plan: CallPlan, load: (path: string) => Promise<WorkflowFile>, runNested: RunNested): Promise<CalledWorkflow> {
  const where = `${plan.workflow.path}: jobs.${plan.jobKey}`;
  if (plan.depth >= MAX_DEPTH) throw new WorkflowRunnerError('invalid', `${where}: reusable workflows nest deeper than ${MAX_DEPTH} levels`);
  // `./` is the calling workflow's own repository and commit, also when that workflow was itself called from elsewhere.
  const path = resolveWorkflowReference(String(plan.job.uses), dirname(plan.workflow.path), plan.run.selfRepository, where);
  const called = await load(path);
  const trigger = workflowCallTrigger(called);
  if (!trigger) throw new WorkflowRunnerError('invalid', `${where}: ${plan.job.uses} is not reusable: it has no on.workflow_call trigger`);

  const given = evaluateValue(plan.job.with ?? {}, scope('call.with', plan.contexts, `${where}.with`)) as Record<string, Plain>;
  const defaultScope = scope('workflow_call.input-default', { ...plan.contexts, inputs: {} }, `${called.path}: on.workflow_call.inputs`);
  const inputs = bindInputs(trigger.inputs as Mapping | undefined, given, defaultScope, where);
  const inherit = plan.job.secrets === 'inherit';
  const callerSecrets = (plan.contexts.secrets ?? {}) as Record<string, string>;
  const passed = inherit ? callerSecrets : (evaluateValue(plan.job.secrets ?? {}, scope('call.secrets', plan.contexts, `${where}.secrets`)) as Record<string, string>);
  const secrets = bindSecrets(trigger.secrets as Mapping | undefined, passed, inherit, where);

  return runNested(called, { inputs, secrets, idPrefix: `${plan.id}/`, namePrefix: `${plan.name} / `, depth: plan.depth + 1 }, plan.run);
}

/** A called workflow's result for its caller's `needs`: failure if any of its jobs failed. */
export function aggregateResult(results: Result[]): Result {
  if (results.includes('failure')) return 'failure';
  if (results.includes('cancelled')) return 'cancelled';
  return 'success';
}

/** Evaluates `on.workflow_call.outputs` from the called jobs' results. */
export function workflowOutputs(workflow: WorkflowFile, contexts: Contexts): Record<string, string> {
  const declared = (workflowCallTrigger(workflow)?.outputs ?? {}) as Record<string, { value?: unknown }>;
  const outputs: Record<string, string> = {};
  for (const [name, output] of Object.entries(declared)) {
    const value = evaluateValue(output?.value ?? '', scope('workflow_call.output', contexts, `${workflow.path}: on.workflow_call.outputs.${name}`));
    outputs[name] = value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return outputs;
}
