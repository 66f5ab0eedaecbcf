import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { GatesError } from '../errors/gates-error.js';

export const STATE_ROOT_VARIABLE = 'MEMORY_STORAGE_ROOT';
/** Set to `true` to let the state root live inside the checkout (it then shows in `git status`). */
export const ALLOW_IN_WORKSPACE_VARIABLE = 'GATES_STATE_IN_WORKSPACE';

/**
 * A path under the state root, e.g. `statePath(root, 'reports', 'pin-check')`.
 * Joined at run time on purpose: ncc's asset relocator read
 * `resolve(stateRoot, 'reports', name)` as a path to the repository's own
 * `reports/` folder and rewrote it to one inside the bundle's directory.
 */
export function statePath(stateRoot: string, ...segments: string[]): string {
  return segments.reduce((path, segment) => join(path, segment), stateRoot);
}

/**
 * Where the suite keeps state (ledger, checkpoints, locks). MEMORY_STORAGE_ROOT
 * when set; otherwise `<RUNNER_TEMP or OS temp>/gates-state`.
 */
export function defaultStateRoot(env: NodeJS.ProcessEnv): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'gates-state');
}

/**
 * Validates (and creates) the state root: absolute, a directory, writable, not
 * world-writable, not inside the checkout unless allowed. Exit 2 with the reason.
 */
export function resolveStateRoot(env: NodeJS.ProcessEnv): string {
  const configured = env[STATE_ROOT_VARIABLE];
  const root = configured && configured.trim() !== '' ? configured : defaultStateRoot(env);
  const fail = (reason: string): never => {
    throw new GatesError('GATES_E_STATE_ROOT', { path: root, reason });
  };
  if (!isAbsolute(root)) fail(`${STATE_ROOT_VARIABLE} must be an absolute path`);
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace && env[ALLOW_IN_WORKSPACE_VARIABLE] !== 'true' && isInside(resolve(root), resolve(workspace))) {
    fail(`it is inside the checkout (${workspace}); set ${ALLOW_IN_WORKSPACE_VARIABLE}=true to allow it`);
  }
  try {
    makeDirectories(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === 'ENOTDIR' ? 'a component of the path is not a directory' : `it cannot be created (${code ?? (error as Error).message})`);
  }
  const info = statSync(root);
  if (!info.isDirectory()) fail('it is not a directory');
  if ((info.mode & 0o002) !== 0) fail('it is world-writable, so any local user could forge gate state');
  try {
    accessSync(root, constants.W_OK | constants.X_OK);
  } catch {
    fail('it is not writable by this user');
  }
  return root;
}

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * mkdir -p, one component at a time. Node's own recursive mkdir never returns
 * on some pseudo-filesystems (measured: a path under /proc spins forever), and
 * a gate must fail, not hang.
 */
function makeDirectories(path: string): void {
  const missing: string[] = [];
  let current = path;
  while (!existsSync(current)) {
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const directory of missing.reverse()) mkdirSync(directory, { mode: 0o700 });
}
