import { join } from 'node:path';
import { validateSuiteEnvironment } from '../env-spec/suite-env.js';

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
 * Validates (and creates) the state root and returns its real path; exit 2
 * with the reason when it is unsafe. MEMORY_STORAGE_ROOT is declared in the
 * suite's env spec (env-spec/suite-env.ts) with the `private-dir` constraint,
 * whose judgement is judgeStateRoot: users declare their own variables so.
 */
export function resolveStateRoot(env: NodeJS.ProcessEnv, warn: (message: string) => void = () => {}): string {
  return validateSuiteEnvironment(env, warn).stateRoot;
}
