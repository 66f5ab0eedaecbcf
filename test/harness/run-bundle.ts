import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webhookExamples from '@octokit/webhooks-examples/api.github.com/index.json' with { type: 'json' };
import { parseFileCommands } from '../../packages/core/src/runner/file-command.js';
import { ACTION_REPOSITORIES } from '../fixtures/action-repositories.js';
import { readManifest } from './action-manifest.js';
import { repositoryRoutes } from './github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from './github-api/server.js';
import { RunnerLog } from './runner-log.js';
import { stepInputs } from './step-inputs.js';
import { parseWorkflowCommands, type WorkflowCommand } from './workflow-commands.js';

export { REPO_ROOT, ROOT_ACTION } from './action-manifest.js';
export { inputVariable } from './step-inputs.js';

/** The Node binary that runs the bundles: the test's own, or GATES_TEST_NODE (CI runs the e2e tests again under Node 24). */
export const BUNDLE_NODE = process.env.GATES_TEST_NODE || process.execPath;

export interface BundleRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The step's stdout and stderr byte for byte, `::add-mask::` lines and all: what the runner reads, not what it shows. */
  stdout: string;
  stderr: string;
  /** The log as GitHub shows it: masked values hidden from the line after their `::add-mask::` on (see RunnerLog). */
  log: string;
  errorLog: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  annotations: WorkflowCommand[];
  /** The environment the step was started with (runner variables and every INPUT_*). */
  env: NodeJS.ProcessEnv;
  /** Everything the runner gave the job (RUNNER_TEMP, the file-command files, the event), for leak searches. */
  runnerDir: string;
  workspace: string;
  /** Where gates kept its state in this step: MEMORY_STORAGE_ROOT, or RUNNER_TEMP/gates-state as on a runner. */
  stateRoot: string;
  /** The job's GITHUB_TOKEN, which `${{ github.token }}` defaults evaluated to. */
  token: string;
}

export interface JobOptions {
  /** The checkout; default: an empty directory (a job that ran no actions/checkout). */
  workspace?: string;
  /** Variables of the run and job (GITHUB_ACTOR, GITHUB_EVENT_NAME, ..., or a user's `env:`); they override the runner's defaults. */
  env?: Record<string, string>;
  /** The job's token (`github.token`); default: a fresh `ghs_` token, masked in the log as the runner masks it. */
  token?: string;
  /**
   * The GitHub API the job talks to (GITHUB_API_URL). Default: a loopback server that knows the recorded action
   * repositories (test/fixtures/action-repositories.ts) and accepts the job's token; never the real api.github.com.
   */
  apiUrl?: string;
  /** The event that started the run; default: a recorded `push` payload. */
  event?: { name: string; payload: unknown };
}

export interface StepOptions {
  /** The step's `with:`; every other input the action.yml declares gets its default, evaluated as the runner does. */
  inputs?: Record<string, string>;
  /** The step's `env:`. */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** A command the bundle runs under (e.g. UNPRIVILEGED_LAUNCHER); the runner itself uses none. */
  launcher?: string[];
  /** Another bundle to run than the action's `runs.main` (a modified copy of it); inputs still come from the action's action.yml. */
  main?: string;
}

type WebhookExamples = { name: string; examples: unknown[] }[];
const PUSH_PAYLOAD = (webhookExamples as unknown as WebhookExamples).find((entry) => entry.name === 'push')!.examples[0];

/**
 * One job on a runner: a workspace, a RUNNER_TEMP that lives as long as the job (so the gates state root, the
 * audit ledger among it, is shared by its steps), the job's token, and the variables a hosted runner sets. Each
 * step runs a committed bundle as the runner does: `node <runs.main>` from the step's action.yml, with every
 * declared input delivered as INPUT_* (see step-inputs.ts), fresh file-command files, and what earlier steps wrote
 * to GITHUB_ENV in its environment.
 */
export class Job {
  private steps = 0;
  private readonly exported: Record<string, string> = {};
  /** One masker for the job, as on the runner: a value one step masks stays hidden in later steps' logs. */
  private readonly shown: RunnerLog;

  private constructor(
    readonly runnerDir: string,
    readonly workspace: string,
    readonly token: string,
    private readonly base: NodeJS.ProcessEnv,
    private readonly api?: GitHubApiServer,
  ) {
    // The runner masks the job's token from the first line, as every value of the secrets context.
    this.shown = new RunnerLog([token]);
  }

  static async start(options: JobOptions = {}): Promise<Job> {
    const runnerDir = mkdtempSync(join(tmpdir(), 'gates-runner-'));
    const workspace = options.workspace ?? join(runnerDir, 'workspace');
    const token = options.token ?? `ghs_${randomBytes(27).toString('base64').replace(/[+/]/g, 'x')}`;
    const api = options.apiUrl ? undefined : await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token });
    const temp = join(runnerDir, 'temp');
    const event = options.event ?? { name: 'push', payload: PUSH_PAYLOAD };
    const eventPath = join(temp, '_github_workflow', 'event.json');
    mkdirSync(join(temp, '_github_workflow'), { recursive: true });
    mkdirSync(workspace, { recursive: true });
    writeFileSync(eventPath, JSON.stringify(event.payload));
    const base: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.apiUrl ?? api!.url,
      GITHUB_GRAPHQL_URL: `${options.apiUrl ?? api!.url}/graphql`,
      GITHUB_RUN_ID: '1658821493',
      GITHUB_RUN_NUMBER: '42',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'gates',
      GITHUB_JOB: 'gates',
      GITHUB_ACTOR: 'octocat',
      GITHUB_TRIGGERING_ACTOR: 'octocat',
      GITHUB_EVENT_NAME: event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_RETENTION_DAYS: '90',
      RUNNER_TEMP: temp,
      RUNNER_TOOL_CACHE: join(runnerDir, 'tool-cache'),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'GitHub Actions 2',
      RUNNER_ENVIRONMENT: 'github-hosted',
      ImageOS: 'ubuntu24',
      ImageVersion: '20261120.1',
      ...options.env,
    };
    return new Job(runnerDir, workspace, token, base, api);
  }

  /** Starts a step (`uses: org/gates/<action>` or, for ROOT_ACTION, the root dispatcher); `result` resolves when it ends. */
  start(action: string, step: StepOptions = {}): { child: ChildProcess; result: Promise<BundleRun> } {
    const manifest = readManifest(action);
    const index = ++this.steps;
    const commandFiles = join(this.base.RUNNER_TEMP!, '_runner_file_commands');
    mkdirSync(commandFiles, { recursive: true });
    const files = {
      GITHUB_OUTPUT: join(commandFiles, `set_output_${index}`),
      GITHUB_STATE: join(commandFiles, `save_state_${index}`),
      GITHUB_ENV: join(commandFiles, `set_env_${index}`),
      GITHUB_PATH: join(commandFiles, `add_path_${index}`),
      GITHUB_STEP_SUMMARY: join(commandFiles, `step_summary_${index}`),
    };
    for (const file of Object.values(files)) writeFileSync(file, '');
    const env: NodeJS.ProcessEnv = {
      // The runner names the repository and ref of the action each step uses; a test may name another (a fork, a GHES copy).
      GITHUB_ACTION_REPOSITORY: 'org/gates',
      GITHUB_ACTION_REF: 'v1',
      ...this.base,
      ...this.exported,
      ...step.env,
      GITHUB_ACTION: `__org_gates${index > 1 ? `_${index}` : ''}`,
      ...files,
    };
    Object.assign(env, stepInputs(manifest, step.inputs ?? {}, { token: this.token, env }));

    const started = startNodeAction(step.main ?? manifest.main, env, this.workspace, step.timeoutMs ?? 20_000, step.launcher);
    return { child: started.child, result: started.result.then((run) => this.collect(run, env, files)) };
  }

  async run(action: string, step: StepOptions = {}): Promise<BundleRun> {
    return this.start(action, step).result;
  }

  async close(): Promise<void> {
    await this.api?.close();
  }

  /** What the runner reads back after the step: its file commands, its output as the log shows it. */
  private collect(run: NodeActionRun, env: NodeJS.ProcessEnv, files: Record<string, string>): BundleRun {
    const read = (variable: string) => readFileSync(files[variable]!, 'utf8');
    const exportedEnv = parseFileCommands(read('GITHUB_ENV'));
    Object.assign(this.exported, exportedEnv);
    const { stdout, stderr } = run;
    const commands = parseWorkflowCommands(stdout);
    return {
      ...run,
      log: this.shown.render(stdout),
      errorLog: this.shown.render(stderr),
      outputs: parseFileCommands(read('GITHUB_OUTPUT')),
      state: parseFileCommands(read('GITHUB_STATE')),
      exportedEnv,
      summary: read('GITHUB_STEP_SUMMARY'),
      commands,
      annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
      env,
      runnerDir: this.runnerDir,
      workspace: this.workspace,
      stateRoot: env.MEMORY_STORAGE_ROOT || join(env.RUNNER_TEMP!, 'gates-state'),
      token: this.token,
    };
  }
}

export interface NodeActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Root reads any directory whatever its mode; tests of unreadable files run
 * the bundle without the two capabilities that allow that (setpriv, from
 * util-linux, which every Debian has). Empty when not root: modes suffice.
 */
export const UNPRIVILEGED_LAUNCHER: string[] = process.getuid?.() === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'] : [];

/**
 * Starts a JavaScript action's `runs.main` as the runner's node handler does (BUNDLE_NODE, the workspace as the
 * working directory, no stdin) with exactly `env`: the caller has built the step, its INPUT_* and file-command
 * variables included. Job does that from action.yml; the workflow runner (test/workflow-runner) from a workflow.
 * Killed after `timeoutMs`.
 */
export function startNodeAction(main: string, env: NodeJS.ProcessEnv, workspace: string, timeoutMs: number, launcher: readonly string[] = []): { child: ChildProcess; result: Promise<NodeActionRun> } {
  const [program, ...args] = [...launcher, BUNDLE_NODE, main];
  const child = spawn(program!, args, { env, cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const result = new Promise<NodeActionRun>((done, fail) => {
    child.on('error', fail);
    child.on('close', (exitCode, signal) => done({ exitCode, signal, stdout, stderr }));
  }).finally(() => clearTimeout(timer));
  return { child, result };
}

/** A job of one step: the usual way a test runs an action. */
export async function runBundle(action: string, options: JobOptions & StepOptions = {}): Promise<BundleRun> {
  const job = await Job.start(options);
  try {
    return await job.run(action, options);
  } finally {
    await job.close();
  }
}
