import { WorkflowRunnerError } from './errors.js';
import { accessPaths, expressionsIn } from './expressions/access-paths.js';
import { needsOf } from './job-graph.js';
import type { Mapping, WorkflowFile } from './workflow-file.js';

/** What the check needs to know beyond the workflow itself. */
export interface WiringLookups {
  /** Output names of a reusable workflow a job calls (its `on.workflow_call.outputs`). */
  calledOutputs(uses: string, where: string): Promise<string[]>;
  /** Output names of the action a step uses, when known without a checkout (this repository's actions, stand-ins). */
  actionOutputs(uses: string, where: string): string[] | undefined;
}

const lower = (names: string[]) => new Set(names.map((name) => name.toLowerCase()));

/**
 * Finds references GitHub would evaluate to an empty string without a word:
 * `needs.x` where x is not in `needs:`, `needs.x.outputs.y` where job x
 * declares no output y, `steps.s` before or without a step s,
 * `steps.s.outputs.y` where the action declares no output y,
 * `jobs.x.outputs.y` in `on.workflow_call.outputs`, and `inputs.y` that the
 * workflow does not declare. Each is a planted miswiring a test must catch,
 * so the run stops before any job with every one listed.
 */
export async function checkWiring(workflow: WorkflowFile, lookups: WiringLookups): Promise<void> {
  const problems: string[] = [];
  const { jobs } = workflow.doc;
  const on = (workflow.doc.on ?? {}) as Mapping;
  const trigger = (name: string) => (typeof on === 'object' && !Array.isArray(on) ? (on[name] as Mapping | null | undefined) : undefined);
  const declaredInputs = lower([...Object.keys((trigger('workflow_call')?.inputs ?? {}) as Mapping), ...Object.keys((trigger('workflow_dispatch')?.inputs ?? {}) as Mapping)]);
  const hasInputs = Boolean(trigger('workflow_call') || trigger('workflow_dispatch'));
  const jobOutputs = new Map<string, Set<string>>();
  for (const [id, job] of Object.entries(jobs)) {
    const names = typeof job.uses === 'string' ? await lookups.calledOutputs(job.uses, `${workflow.path}: jobs.${id}`) : Object.keys((job.outputs ?? {}) as Mapping);
    jobOutputs.set(id.toLowerCase(), lower(names));
  }

  const checkPath = (path: string[], where: string, allowed: { needs: Set<string>; steps?: Map<string, Set<string> | undefined> }) => {
    const [context, name, section, output] = path.map((part) => part.toLowerCase());
    if (context === 'needs' && name !== undefined) {
      if (!allowed.needs.has(name)) problems.push(`${where}: needs.${path[1]} is not in this job's needs:`);
      else if (section === 'outputs' && output !== undefined && !jobOutputs.get(name)?.has(output)) problems.push(`${where}: job ${path[1]} has no output "${path[3]}"`);
    }
    if (context === 'jobs' && name !== undefined) {
      if (!jobOutputs.has(name)) problems.push(`${where}: jobs.${path[1]} is not a job of this workflow`);
      else if (section === 'outputs' && output !== undefined && !jobOutputs.get(name)!.has(output)) problems.push(`${where}: job ${path[1]} has no output "${path[3]}"`);
    }
    if (context === 'steps' && name !== undefined && allowed.steps) {
      if (!allowed.steps.has(name)) problems.push(`${where}: steps.${path[1]} is not an earlier step of this job`);
      else if (section === 'outputs' && output !== undefined && allowed.steps.get(name) && !allowed.steps.get(name)!.has(output)) problems.push(`${where}: step ${path[1]} has no output "${path[3]}"`);
    }
    if (context === 'inputs' && name !== undefined && hasInputs && !declaredInputs.has(name)) problems.push(`${where}: inputs.${path[1]} is not a declared input`);
  };
  const checkValue = (value: unknown, where: string, allowed: { needs: Set<string>; steps?: Map<string, Set<string> | undefined> }, isCondition = false) => {
    for (const expression of expressionsIn(value, isCondition)) for (const path of accessPaths(expression)) checkPath(path, where, allowed);
  };

  for (const [id, job] of Object.entries(jobs)) {
    const where = `${workflow.path}: jobs.${id}`;
    const needs = lower(needsOf(job));
    const { steps = [], ...settings } = job as Mapping & { steps?: Mapping[] };
    const { if: condition, ...rest } = settings;
    checkValue(condition, `${where}.if`, { needs }, true);
    const seenSteps = new Map<string, Set<string> | undefined>();
    for (const [index, step] of steps.entries()) {
      checkValue(step, `${where}.steps[${index}]`, { needs, steps: seenSteps });
      if (typeof step.id === 'string') {
        const outputs = typeof step.uses === 'string' ? lookups.actionOutputs(step.uses, `${where}.steps[${index}]`) : undefined;
        seenSteps.set(step.id.toLowerCase(), outputs && lower(outputs));
      }
    }
    checkValue(rest, where, { needs, steps: seenSteps });
  }
  for (const [name, output] of Object.entries((trigger('workflow_call')?.outputs ?? {}) as Mapping)) {
    checkValue(output, `${workflow.path}: on.workflow_call.outputs.${name}`, { needs: new Set() });
  }
  checkValue(workflow.doc.env, `${workflow.path}: env`, { needs: new Set() });
  if (problems.length) throw new WorkflowRunnerError('miswired', `${workflow.path} is miswired:\n  ${[...new Set(problems)].join('\n  ')}`);
}
