import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './run-bundle.js';

export interface ExecRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a committed bundle from `/bin/sh -c '<prelude>; exec node <bundle>'`,
 * for what runBundle cannot do: act as the very process before it starts
 * (after `exec` the bundle keeps the shell's pid, so `$$` in the prelude is
 * the bundle's pid), or run it in an environment exactly as given (a
 * workspace that does not exist). `env` is the whole environment.
 */
export function execBundle(bundle: string, prelude: string, env: NodeJS.ProcessEnv, timeoutMs = 20_000): Promise<ExecRun> {
  const script = `${prelude}\nexec "$0" "$1"`;
  const child = spawn('/bin/sh', ['-c', script, process.execPath, join(REPO_ROOT, 'dist', bundle, 'index.js')], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ exitCode, signal, stdout, stderr });
    });
  });
}
