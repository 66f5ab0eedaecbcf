import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WorkflowRunnerError } from './errors.js';

/** The runner's shells on Linux: the command line, with `{0}` the script file, and the file's extension. */
const SHELLS: Record<string, { command: string; extension: string }> = {
  // No `shell:` at all: bash without pipefail.
  '': { command: 'bash -e {0}', extension: '.sh' },
  bash: { command: 'bash --noprofile --norc -eo pipefail {0}', extension: '.sh' },
  sh: { command: 'sh -e {0}', extension: '.sh' },
};

export interface ScriptRequest {
  script: string;
  /** `shell:` of the step, else of `defaults.run`; undefined for none. */
  shell: string | undefined;
  workingDirectory: string;
  env: Record<string, string>;
  temp: string;
  timeoutMs: number;
  where: string;
}

export interface ScriptRun {
  exitCode: number | null;
  timedOut: boolean;
  /** stdout and stderr interleaved in arrival order, as the runner's log shows them. */
  output: string;
  /** Set when the process could not start (a missing working directory). */
  startError?: string;
}

/** The command line for a `shell:` value: a known shell or a custom template with `{0}`. */
function shellCommand(shell: string | undefined, where: string): { argv: string[]; extension: string } {
  const known = SHELLS[shell ?? ''];
  const template = known?.command ?? shell!;
  if (!known && !template.includes('{0}')) {
    throw new WorkflowRunnerError('unsupported', `${where}: shell "${shell}" is not supported by the workflow runner (bash, sh, or a command with {0})`);
  }
  return { argv: template.split(/\s+/), extension: known?.extension ?? '' };
}

/**
 * Runs a `run:` step as the runner does: the script written to a file in
 * RUNNER_TEMP and passed to the shell, in the working directory, with the
 * step's environment; killed when its time is up.
 */
export async function runScript(request: ScriptRequest): Promise<ScriptRun> {
  const { argv, extension } = shellCommand(request.shell, request.where);
  const file = join(request.temp, `${randomUUID()}${extension}`);
  writeFileSync(file, request.script);
  if (!existsSync(request.workingDirectory)) {
    return { exitCode: null, timedOut: false, output: '', startError: `An error occurred trying to start process '${argv[0]}' with working directory '${request.workingDirectory}'. No such file or directory` };
  }
  const [command, ...args] = argv.map((part) => part.replace('{0}', file));
  const child = spawn(command!, args, { cwd: request.workingDirectory, env: request.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines: string[] = [];
  const stdout = lineCollector(lines);
  const stderr = lineCollector(lines);
  child.stdout.on('data', stdout.add);
  child.stderr.on('data', stderr.add);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, request.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  clearTimeout(timer);
  stdout.flush();
  stderr.flush();
  return { exitCode, timedOut, output: lines.join('\n') };
}

/** Whole lines from one stream, in arrival order with the other stream's (a line is never split between them). */
function lineCollector(lines: string[]): { add(chunk: Buffer): void; flush(): void } {
  let partial = '';
  return {
    add(chunk) {
      const parts = (partial + chunk.toString('utf8')).split('\n');
      partial = parts.pop()!;
      for (const line of parts) lines.push(line);
    },
    flush() {
      if (partial) lines.push(partial);
      partial = '';
    },
  };
}

/** The whole process group, so a script's background children end with it. */
function killGroup(pid: number | undefined): void {
  try {
    if (pid) process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
