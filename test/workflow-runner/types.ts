import type { Plain } from './expressions/expression-data.js';
import type { Annotation } from './job-log.js';
import type { StandIn } from './stand-ins/stand-in.js';

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';

/** The event the run is for: `github.event_name` and the payload behind `github.event`. */
export interface RunEvent {
  name: string;
  payload?: Record<string, unknown>;
}

/** What the test decides about the run; everything has a default. */
export interface RunOptions {
  /** Path of the caller workflow; `./.github/workflows/x.yml` calls resolve next to it. */
  workflow: string;
  event?: RunEvent;
  /** Inputs of a `workflow_call` or `workflow_dispatch` workflow run directly. */
  inputs?: Record<string, string | number | boolean>;
  /** Repository secrets (`secrets.*`); each is masked in logs. `GITHUB_TOKEN` is added. */
  secrets?: Record<string, string>;
  /** Configuration variables (`vars.*`). */
  vars?: Record<string, string>;
  /** `github.*` values that differ from the defaults (repository, sha, ref, actor…). */
  github?: Partial<GitHubIdentity>;
  /** The files a checkout of the repository gives (what the checkout stand-in copies into the workspace). */
  repository?: string;
  /** Third-party actions by `owner/repo[/path]` (any ref); without one such a step fails the run loudly. */
  standIns?: Record<string, StandIn>;
  /**
   * Loopback services, given to action steps as the runner gives them
   * (ACTIONS_RUNTIME_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL,
   * ACTIONS_CACHE_URL, ACTIONS_CACHE_SERVICE_V2…); `run:` steps do not see
   * these, as on GitHub. GITHUB_API_URL goes in `github` instead. A function
   * is called once per job, so each job can get its own runtime token, as the
   * runner issues one per job.
   */
  services?: Record<string, string> | ((job: ServiceJob) => Record<string, string>);
  /** The owner/name that stands for this repository in `uses:` (README examples say `org/gates`). */
  selfRepository?: string;
  /** `ACTIONS_STEP_DEBUG`: show `::debug::` lines in the log. */
  debug?: boolean;
  /** `per-job` (default; a hosted runner gives each job a fresh machine) or `per-run` (a self-hosted runner keeps it). */
  workspace?: 'per-job' | 'per-run';
}

/** The job a `services` function is asked for. */
export interface ServiceJob {
  /** As results name it (`build`, `caller/called`). */
  id: string;
  runId: string;
  /** Unique per job of the run, as the service's job backend id. */
  backendId: string;
}

export interface GitHubIdentity {
  repository: string;
  sha: string;
  ref: string;
  actor: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  token: string;
}

export interface StepResult {
  id: string;
  name: string;
  outcome: Result;
  conclusion: Result;
  outputs: Record<string, string>;
}

export interface JobResult {
  /** `build`, a matrix job's `build`, or `caller/called` inside a reusable workflow. */
  id: string;
  /** As GitHub shows it: `build (20, linux)`, `caller / called`. */
  name: string;
  /** What `needs.<id>.result` says: success when continue-on-error hid a failure. */
  result: Result;
  /** Before continue-on-error (the UI's red cross). */
  outcome: Result;
  outputs: Record<string, string>;
  steps: StepResult[];
  /** The job's step summaries, in order, as GitHub renders them on the run page. */
  summary: string;
  /** The log as the runner shows it: masks applied, workflow commands consumed. */
  log: string;
  annotations: Annotation[];
  matrix?: Record<string, Plain>;
  /** Declared `permissions:` (job's, else the workflow's), for least-privilege assertions. */
  permissions?: unknown;
  /** The job's workspace and temp directory (gone from GitHub after the job; kept here for leak searches). */
  workspace: string;
  temp: string;
}

export interface WorkflowRun {
  /** failure if any job failed, else cancelled if any was (a timeout, fail-fast), else success. */
  conclusion: 'success' | 'failure' | 'cancelled';
  /** Every job that ran or was skipped, in the order the harness ran them. */
  jobs: JobResult[];
  /** Each top-level job's result and outputs, as a later job's `needs` would see them (reusable calls and matrices aggregated). */
  results: Record<string, { result: Result; outputs: Record<string, string> }>;
  /** The outputs of a `workflow_call` workflow run directly. */
  outputs: Record<string, string>;
  /** The directory holding the run's workspaces and temp directories. */
  root: string;
  job(id: string): JobResult;
}
