import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { WorkflowRunnerError } from './errors.js';
import { actionFile } from './references.js';
import type { StandIn } from './stand-ins/stand-in.js';

/** What the runner reads from an action before running it. */
export interface ActionMetadata {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: string[];
  /** Absolute path of `runs.main` (node actions only). */
  main?: string;
  standIn?: StandIn;
}

/**
 * Reads an action.yml. Only JavaScript actions run here (they are what this
 * repository ships); composite, Docker, and pre/post scripts fail loudly.
 * Returns undefined when the directory has no action file, which the caller
 * reports as the runner does.
 */
export function readActionMetadata(directory: string, where: string): ActionMetadata | undefined {
  const file = actionFile(directory);
  if (!file) return undefined;
  const action = parse(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { required?: boolean; default?: unknown }>;
    outputs?: Record<string, unknown>;
    runs?: { using?: string; main?: string; pre?: string; post?: string };
  };
  const runs = action.runs ?? {};
  if (!/^node\d+$/.test(runs.using ?? '') || !runs.main) {
    throw new WorkflowRunnerError('unsupported', `${where}: ${file} uses runs.using "${runs.using}"; the workflow runner runs JavaScript actions only`);
  }
  if (runs.pre || runs.post) throw new WorkflowRunnerError('unsupported', `${where}: ${file} has pre/post scripts, which the workflow runner does not run`);
  const inputs: ActionMetadata['inputs'] = {};
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    inputs[name] = { required: input?.required, default: input?.default === undefined ? undefined : String(input.default) };
  }
  return { inputs, outputs: Object.keys(action.outputs ?? {}), main: resolve(dirname(file), runs.main) };
}

export function standInMetadata(standIn: StandIn): ActionMetadata {
  return { inputs: standIn.inputs, outputs: standIn.outputs, standIn };
}
