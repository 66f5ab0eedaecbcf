import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './run-bundle.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
export const SCRIPTS = join(REPO_ROOT, 'test', 'fixtures', 'scripts');

/**
 * `gates lock exec --name NAME --timeout T -- <command>` from the committed CLI
 * bundle. `exited` resolves when gates itself ends; `done` when its output
 * has closed too, which waits for the command it started (they share stdio).
 */
export function gatesLockExec(stateRoot: string, command: string[], options: { name?: string; timeout?: string; detached?: boolean } = {}) {
  const child = spawn(process.execPath, [CLI, 'lock', 'exec', '--name', options.name ?? 'counter', '--timeout', options.timeout ?? '60s', '--', ...command], {
    env: { PATH: process.env.PATH, MEMORY_STORAGE_ROOT: stateRoot },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, exited, done, stderr: () => stderr };
}

/** Resolves when `path` exists: an fs.watch event, not a sleep. */
export function whenExists(path: string): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(join(path, '..'), () => {
      if (existsSync(path)) {
        watcher.close();
        resolve();
      }
    });
    if (existsSync(path)) {
      watcher.close();
      resolve();
    }
  });
}
