import type { Scope, Status } from './expressions/evaluate.js';

/**
 * Which contexts each place of a workflow can use, from GitHub's context
 * availability table. Evaluating with only these makes an unavailable context
 * an error here as it is on GitHub (`steps` in a job's `if:`, `secrets` in a
 * step's `if:`).
 */
const AVAILABLE = {
  'workflow.env': ['github', 'secrets', 'inputs', 'vars'],
  'workflow_call.input-default': ['github', 'inputs', 'vars'],
  'workflow_call.output': ['github', 'jobs', 'vars', 'inputs'],
  'job.if': ['github', 'needs', 'vars', 'inputs'],
  'job.strategy': ['github', 'needs', 'vars', 'inputs'],
  'job.setting': ['github', 'needs', 'strategy', 'matrix', 'vars', 'inputs'],
  'job.env': ['github', 'needs', 'strategy', 'matrix', 'vars', 'secrets', 'inputs'],
  'job.defaults': ['github', 'needs', 'strategy', 'matrix', 'env', 'vars', 'inputs'],
  'job.outputs': ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'secrets', 'steps', 'inputs'],
  'call.with': ['github', 'needs', 'strategy', 'matrix', 'inputs', 'vars'],
  'call.secrets': ['github', 'needs', 'strategy', 'matrix', 'secrets', 'inputs', 'vars'],
  'step.if': ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'steps', 'inputs'],
  'step': ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'secrets', 'steps', 'inputs'],
} as const;

export type Place = keyof typeof AVAILABLE;

/** Every context a place could see; `scope` picks the ones the place is allowed. */
export type Contexts = Partial<Record<(typeof AVAILABLE)[Place][number], unknown>>;

export function scope(place: Place, contexts: Contexts, where: string, status?: Status): Scope {
  const picked: Record<string, unknown> = {};
  for (const name of AVAILABLE[place]) picked[name] = contexts[name] ?? {};
  return { contexts: picked, where, status };
}
