import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isInside } from '../safe-files/contained-path.js';
import { judgeStateRoot } from '../state/judge-state-root.js';
import { collectStateRootFacts } from '../state/state-root-facts.js';
import type { EnvVarConstraints } from './env-spec.js';

export interface PathCheckOptions {
  /** The variable that allows a private directory inside the checkout (GATES_STATE_IN_WORKSPACE for the state root). */
  allowInWorkspace?: { variable: string; allowed: boolean };
  /** Create a missing private directory (mode 0700) once it is judged safe to: the state root is. */
  create?: boolean;
}

export interface PathCheck {
  problem?: string;
  warnings: string[];
  /** The real path, once it exists (or would be created). */
  realPath?: string;
}

/**
 * The filesystem constraints of a path variable, judged on the real path (a
 * link into the checkout is seen for what it is). `private-dir` is the state
 * root's own judgement (judgeStateRoot), so a user's variable declared so is
 * held to exactly what the suite holds its state to.
 */
export function checkPathConstraints(variable: string, path: string, constraints: EnvVarConstraints, env: NodeJS.ProcessEnv, options: PathCheckOptions = {}): PathCheck {
  const workspace = env.GITHUB_WORKSPACE ? resolve(env.GITHUB_WORKSPACE) : undefined;
  if (constraints['private-dir']) {
    const allow = options.allowInWorkspace ?? { variable: `${variable} outside the checkout`, allowed: false };
    const judge = (create: boolean) => {
      const facts = collectStateRootFacts(path, env, allow.allowed, create);
      return { facts, judgement: judgeStateRoot(facts, variable, allow.variable) };
    };
    // Judged before it is created too, so a refused directory (in the checkout) is never created there.
    const before = judge(false);
    if (before.judgement.refusal || !options.create) return { problem: before.judgement.refusal, warnings: before.judgement.warnings, realPath: before.facts.realPath };
    const after = judge(true);
    return { problem: after.judgement.refusal, warnings: after.judgement.warnings, realPath: after.facts.realPath };
  }
  const real = realOrSelf(resolve(workspace ?? process.cwd(), path));
  if (constraints['outside-workspace'] && workspace && (isInside(real, realOrSelf(workspace)) || isInside(resolve(workspace, path), workspace))) {
    return { problem: 'it is inside the checkout, which a pull request controls', warnings: [], realPath: real };
  }
  if (constraints['writable-dir']) {
    try {
      if (!statSync(real).isDirectory()) return { problem: 'it is not a directory', warnings: [], realPath: real };
      accessSync(real, constants.W_OK | constants.X_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { problem: code === 'ENOENT' ? 'it does not exist' : 'it is not writable by this user', warnings: [], realPath: real };
    }
  }
  return { warnings: [], realPath: real };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
