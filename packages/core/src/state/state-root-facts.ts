import { accessSync, constants, lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { makeDirectories } from '../safe-files/make-directories.js';

/** What a state root's checks are made from: collected here, judged by judgeStateRoot (pure). */
export interface StateRootFacts {
  /** As configured (MEMORY_STORAGE_ROOT) or defaulted. */
  path: string;
  absolute: boolean;
  /** Why it could not be created, when it could not. */
  creationError?: string;
  /** Every symbolic link resolved; for a root not created yet, where it would be created. */
  realPath?: string;
  /** Undefined when it does not exist (yet) or is not a directory; see `exists`. */
  directory?: { mode: number; uid: number };
  exists: boolean;
  writable: boolean;
  /** This process's effective uid (undefined where the platform has none). */
  uid?: number;
  /** Permission bits mean what POSIX says (not on Windows, where every directory reads as writable by all). */
  posixModes: boolean;
  /** The real path's existing ancestors, nearest first. */
  ancestors: { path: string; mode: number }[];
  workspace?: { path: string; realPath: string };
  allowInWorkspace: boolean;
  /** RUNNER_TEMP's real path: it and its ancestors are the runner's to set up. */
  runnerTemp?: string;
}

/** Records what the judge needs; with `create`, creates the root first (mode 0700). */
export function collectStateRootFacts(path: string, env: NodeJS.ProcessEnv, allowInWorkspace: boolean, create: boolean): StateRootFacts {
  const facts: StateRootFacts = {
    path,
    absolute: isAbsolute(path),
    exists: false,
    writable: false,
    uid: process.geteuid?.(),
    posixModes: process.platform !== 'win32',
    ancestors: [],
    allowInWorkspace,
  };
  if (env.GITHUB_WORKSPACE) facts.workspace = { path: env.GITHUB_WORKSPACE, realPath: realOrSelf(env.GITHUB_WORKSPACE) };
  if (env.RUNNER_TEMP) facts.runnerTemp = realOrSelf(env.RUNNER_TEMP);
  if (!facts.absolute) return facts;
  if (create) {
    try {
      makeDirectories(path, 0o700);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      facts.creationError = code === 'ENOTDIR' ? 'a component of the path is not a directory' : `it cannot be created (${code ?? (error as Error).message})`;
      return facts;
    }
  }
  facts.realPath = prospectiveRealPath(path);
  try {
    const info = statSync(facts.realPath);
    facts.exists = true;
    if (info.isDirectory()) facts.directory = { mode: info.mode, uid: info.uid };
    accessSync(facts.realPath, constants.W_OK | constants.X_OK);
    facts.writable = true;
  } catch {
    // Missing (not created yet), or not writable: the judge says which matters.
  }
  for (let current = dirname(facts.realPath); ; current = dirname(current)) {
    try {
      facts.ancestors.push({ path: current, mode: lstatSync(current).mode });
    } catch {
      // Not created yet.
    }
    if (dirname(current) === current) break;
  }
  return facts;
}

/** The real path of `path`, or of its deepest existing ancestor joined with the rest: where it is, or would be. */
function prospectiveRealPath(path: string): string {
  const rest: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    try {
      return join(realpathSync.native(current), ...rest);
    } catch {
      if (dirname(current) === current) return path;
      rest.unshift(basename(current));
    }
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}
