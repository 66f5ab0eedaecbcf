import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { bindInputs } from './call-inputs.js';
import { workflowCallTrigger } from './call-workflow.js';
import { WorkflowRunnerError } from './errors.js';
import { locateAction } from './run-action-step.js';
import { runJobs } from './run-jobs.js';
import { writeEventFile, type RunState } from './run-state.js';
import { DEFAULT_IDENTITY, githubContext } from './runner-env.js';
import { DEFAULT_SELF_REPOSITORY, resolveWorkflowReference } from './references.js';
import { scope } from './scopes.js';
import type { RunOptions, WorkflowRun } from './types.js';
import { checkWiring } from './wiring-check.js';
import { loadWorkflow, type Mapping, type WorkflowFile } from './workflow-file.js';

/**
 * Runs a workflow of this repository on this machine, the way GitHub's runner
 * would run it on a hosted runner, for tests: see docs/workflow-runner.md for
 * what it models and what it refuses. Resolves with every job's result; a
 * workflow GitHub would reject, a miswiring, or an unsupported feature
 * rejects with a WorkflowRunnerError instead.
 */
export async function runWorkflow(options: RunOptions): Promise<WorkflowRun> {
  const path = resolve(options.workflow);
  const selfRepository = options.selfRepository ?? DEFAULT_SELF_REPOSITORY;
  // Each workflow is read, validated and checked once per run, however often it is called.
  const loaded = new Map<string, Promise<WorkflowFile>>();
  const standIns = options.standIns ?? {};
  const load = (file: string): Promise<WorkflowFile> => {
    if (!loaded.has(file)) {
      loaded.set(file, (async () => {
        const workflow = await loadWorkflow(file, selfRepository);
        await checkWiring(workflow, {
          calledOutputs: async (uses, where) => {
            const called = await load(resolveWorkflowReference(uses, dirname(file), selfRepository, where));
            return Object.keys((workflowCallTrigger(called)?.outputs ?? {}) as Mapping);
          },
          actionOutputs: (uses, where) => (uses.startsWith('./') ? undefined : locateAction(uses, { workspace: '', selfRepository, standIns }, where).metadata?.outputs),
        });
        return workflow;
      })());
    }
    return loaded.get(file)!;
  };
  const caller = await load(path);

  const root = mkdtempSync(join(tmpdir(), 'gates-workflow-run-'));
  const event = options.event ?? { name: 'push', payload: {} };
  const run: RunState = {
    identity: { ...DEFAULT_IDENTITY, ...options.github },
    event,
    eventPath: writeEventFile(root, event.payload ?? {}),
    secrets: options.secrets ?? {},
    vars: options.vars ?? {},
    services: options.services ?? {},
    standIns,
    repository: options.repository,
    selfRepository,
    debug: options.debug ?? false,
    workspaceMode: options.workspace ?? 'per-job',
    root,
    caller,
    jobCount: 0,
  };
  const github = githubContext({ identity: run.identity, event, eventPath: run.eventPath, workflowName: caller.name, workflowRef: '', jobId: '', workspace: join(root, 'workspace'), temp: '', toolCache: '', home: '', debug: run.debug });
  const declared = topLevelInputs(caller);
  if (options.inputs && !declared) throw new WorkflowRunnerError('invalid', `${path}: inputs were given, but the workflow declares no workflow_call or workflow_dispatch inputs`);
  const inputs = declared ? bindInputs(declared, options.inputs ?? {}, scope('workflow_call.input-default', { github, vars: run.vars, inputs: {} }, `${path}: inputs`), path) : {};

  const outcome = await runJobs(caller, { inputs, secrets: run.secrets, idPrefix: '', namePrefix: '', depth: 1 }, run, load, { github });
  const jobs = outcome.jobs;
  return {
    conclusion: outcome.result === 'skipped' ? 'success' : outcome.result,
    jobs,
    results: outcome.outcomes,
    outputs: outcome.outputs,
    root,
    job(id: string) {
      const found = jobs.find((job) => job.id === id);
      if (!found) throw new Error(`no job "${id}" in this run; jobs: ${jobs.map((job) => job.id).join(', ')}`);
      return found;
    },
  };
}

/** The inputs a workflow run directly takes: its workflow_call's, else its workflow_dispatch's. */
function topLevelInputs(workflow: WorkflowFile): Mapping | undefined {
  const call = workflowCallTrigger(workflow)?.inputs as Mapping | undefined;
  if (call) return call;
  const on = workflow.doc.on;
  const dispatch = on && typeof on === 'object' && !Array.isArray(on) ? ((on as Mapping).workflow_dispatch as Mapping | null | undefined) : undefined;
  return dispatch?.inputs as Mapping | undefined;
}
