import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Contexts } from './scopes.js';
import type { Mapping, WorkflowFile } from './workflow-file.js';
import type { StandIn } from './stand-ins/stand-in.js';
import type { GitHubIdentity, RunEvent, RunOptions } from './types.js';
import type { JobSite } from './runner-env.js';

/** What every job of one run shares: the test's options, resolved, and the run's directory. */
export interface RunState {
  identity: GitHubIdentity;
  event: RunEvent;
  eventPath: string;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  services: NonNullable<RunOptions['services']>;
  standIns: Record<string, StandIn>;
  repository?: string;
  selfRepository: string;
  debug: boolean;
  workspaceMode: 'per-job' | 'per-run';
  root: string;
  /** The caller workflow (github.workflow and github.workflow_ref stay the caller's). */
  caller: WorkflowFile;
  jobCount: number;
}

/** One job of a workflow (one matrix combination), with the contexts its caller resolved (needs, matrix, inputs…). */
export interface JobPlace {
  /** As results name it: `build`, `build (20, linux)`, `caller/called`. */
  id: string;
  /** Its key under `jobs:` (`github.job`). */
  jobKey: string;
  name: string;
  job: Mapping;
  workflow: WorkflowFile;
  contexts: Contexts;
  run: RunState;
}

/** Fresh directories for one job: hosted runners give every job a new machine. */
export function jobSite(run: RunState, jobKey: string, label: string): JobSite {
  run.jobCount += 1;
  const directory = join(run.root, 'jobs', `${run.jobCount}-${label.replace(/[^A-Za-z0-9._-]+/g, '_')}`);
  const workspace = run.workspaceMode === 'per-run' ? join(run.root, 'workspace') : join(directory, 'workspace');
  const site: JobSite = {
    identity: run.identity,
    event: run.event,
    eventPath: run.eventPath,
    workflowName: run.caller.name,
    workflowRef: `${run.identity.repository}/.github/workflows/${run.caller.path.split('/').pop()}@${run.identity.ref}`,
    jobId: jobKey,
    workspace,
    temp: join(directory, 'temp'),
    toolCache: join(run.root, 'tool-cache'),
    home: join(directory, 'home'),
    debug: run.debug,
  };
  for (const path of [site.workspace, site.temp, site.toolCache, site.home]) mkdirSync(path, { recursive: true });
  return site;
}

export function writeEventFile(root: string, payload: Record<string, unknown>): string {
  const path = join(root, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}
