import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatesError } from '../errors/gates-error.js';
import { judgeStateRoot } from './judge-state-root.js';
import { collectStateRootFacts } from './state-root-facts.js';

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
 * Validates (and creates) the state root and returns its real path; exit 2
 * with the reason when it is unsafe (see judgeStateRoot). Weaknesses the
 * runner set up itself are passed to `warn`.
 */
export function resolveStateRoot(env: NodeJS.ProcessEnv, warn: (message: string) => void = () => {}): string {
  const configured = env[STATE_ROOT_VARIABLE];
  const root = configured && configured.trim() !== '' ? configured : defaultStateRoot(env);
  const allow = env[ALLOW_IN_WORKSPACE_VARIABLE] === 'true';
  const judge = (create: boolean) => {
    const facts = collectStateRootFacts(root, env, allow, create);
    const judgement = judgeStateRoot(facts, STATE_ROOT_VARIABLE, ALLOW_IN_WORKSPACE_VARIABLE);
    if (judgement.refusal) throw new GatesError('GATES_E_STATE_ROOT', { path: root, reason: judgement.refusal });
    return { facts, judgement };
  };
  // Judged before it is created too, so a refused root (in the checkout) is never created there.
  judge(false);
  const { facts, judgement } = judge(true);
  for (const warning of judgement.warnings) warn(`State root ${root}: ${warning}.`);
  return facts.realPath!;
}
