import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFileCommands } from '../../packages/core/src/runner/file-command.js';
import { parseWorkflowCommands, type WorkflowCommand } from './workflow-commands.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface BundleRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  annotations: WorkflowCommand[];
  /** Every file the step wrote into its temp directories, for leak searches. */
  runnerDir: string;
}

export interface BundleOptions {
  /** Inputs as in `with:`; names are mangled as the runner does. */
  inputs?: Record<string, string>;
  workspace?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** A command the bundle runs under (e.g. UNPRIVILEGED_LAUNCHER); the runner itself uses none. */
  launcher?: string[];
}

/**
 * Root reads any directory whatever its mode; tests of unreadable files run
 * the bundle without the two capabilities that allow that (setpriv, from
 * util-linux, which every Debian has). Empty when not root: modes suffice.
 */
export const UNPRIVILEGED_LAUNCHER: string[] = process.getuid?.() === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'] : [];

/** The runner's mangling: INPUT_ + upper case, spaces to underscores (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Runs a committed bundle exactly as the runner does: `node dist/<name>/index.js`
 * with INPUT_* variables, fresh GITHUB_OUTPUT/STATE/ENV/STEP_SUMMARY files, a
 * workspace and a temp dir; returns what the runner would read back.
 */
export async function runBundle(bundle: string, options: BundleOptions = {}): Promise<BundleRun> {
  const runnerDir = mkdtempSync(join(tmpdir(), 'gates-runner-'));
  const files = { GITHUB_OUTPUT: 'output-file', GITHUB_STATE: 'state-file', GITHUB_ENV: 'env-file', GITHUB_STEP_SUMMARY: 'summary.md' };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace ?? join(runnerDir, 'workspace'),
    RUNNER_TEMP: join(runnerDir, 'temp'),
    MEMORY_STORAGE_ROOT: join(runnerDir, 'gates-state'),
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1658821493',
    GITHUB_ACTOR: 'octocat',
    GITHUB_EVENT_NAME: 'push',
  };
  for (const [variable, file] of Object.entries(files)) {
    env[variable] = join(runnerDir, file);
    writeFileSync(env[variable]!, '');
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = value;
  Object.assign(env, options.env);
  mkdirSync(env.GITHUB_WORKSPACE!, { recursive: true });
  mkdirSync(env.RUNNER_TEMP!, { recursive: true });

  const [program, ...args] = [...(options.launcher ?? []), process.execPath, join(REPO_ROOT, 'dist', bundle, 'index.js')];
  const child = spawn(program!, args, { env, cwd: env.GITHUB_WORKSPACE, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 20_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, sig) => done([code, sig]));
  });
  clearTimeout(timer);

  const read = (variable: keyof typeof files) => readFileSync(env[variable]!, 'utf8');
  const commands = parseWorkflowCommands(stdout);
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(read('GITHUB_OUTPUT')),
    state: parseFileCommands(read('GITHUB_STATE')),
    exportedEnv: parseFileCommands(read('GITHUB_ENV')),
    summary: read('GITHUB_STEP_SUMMARY'),
    commands,
    annotations: commands.filter((c) => ['error', 'warning', 'notice'].includes(c.command)),
    runnerDir,
  };
}
