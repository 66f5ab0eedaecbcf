import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GatesError } from '../errors/gates-error.js';
import { makeDirectories } from './make-directories.js';

/**
 * True when `child` is `parent` or below it, comparing paths as written (no
 * filesystem access). A name that merely starts with two dots (`..state`) is
 * inside; only a `..` component leads out.
 */
export function isInside(child: string, parent: string): boolean {
  const path = relative(resolve(parent), resolve(child));
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

export interface ContainOptions {
  /** Create missing directories on the way (one at a time, each checked), with this mode. */
  createDirectories?: boolean;
  directoryMode?: number;
}

/**
 * Where to write `target` so that it lands inside `root`: the real path of its
 * directory (every symbolic link on the way resolved) joined with its name.
 * Refused (GATES_E_PATH_OUTSIDE, exit 2) when the path is outside `root` as
 * written, or a symbolic link on the way leads outside it — a link committed
 * to a repository as `logs -> /home/runner` must not make gates rewrite the
 * runner's files. The last component is not resolved: writers replace it by
 * rename (which replaces a link rather than following it) or open it with
 * O_NOFOLLOW. Writing to the returned path, not `target`, means a link swapped
 * in on the way after this check is not followed either.
 */
export function containedPath(root: string, target: string, options: ContainOptions = {}): string {
  const absolute = resolve(target);
  if (dirname(absolute) === absolute) throw outside(target, absolute, root);
  return join(containedDirectory(root, dirname(absolute), options, target), basename(absolute));
}

/**
 * The real path of `directory`, which must be inside `root` both as written
 * and once every link is resolved. A directory that does not exist yet is
 * judged by its deepest existing ancestor; with createDirectories the missing
 * ones are then created one at a time, each inside a directory already
 * checked. Without it, the returned path is where it would be.
 */
export function containedDirectory(root: string, directory: string, options: ContainOptions = {}, shown = directory): string {
  const absolute = resolve(directory);
  if (!isInside(absolute, root)) throw outside(shown, absolute, root);
  let realRoot: string;
  try {
    if (options.createDirectories) makeDirectories(root, options.directoryMode);
    realRoot = realpathSync.native(root);
  } catch (error) {
    throw filesystemError(root, error);
  }
  const missing: string[] = [];
  let existing = absolute;
  let real: string;
  for (;;) {
    try {
      real = realpathSync.native(existing);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(existing) === existing) throw filesystemError(existing, error);
      missing.unshift(basename(existing));
      existing = dirname(existing);
    }
  }
  if (!isInside(real, realRoot)) throw outside(shown, real, root);
  for (const name of missing) {
    real = join(real, name);
    if (!options.createDirectories) continue;
    try {
      mkdirSync(real, { mode: options.directoryMode ?? 0o777 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw filesystemError(real, error);
      // Created meanwhile, by another writer or as a link: only a real directory is used.
      if (!lstatSync(real).isDirectory()) throw outside(shown, real, root);
    }
  }
  return real;
}

/** GATES_E_PATH_OUTSIDE, with where the path really leads. */
export class PathOutside extends GatesError {
  constructor(
    readonly path: string,
    readonly real: string,
    readonly root: string,
  ) {
    super('GATES_E_PATH_OUTSIDE', { path, real, root });
  }
}

function outside(target: string, real: string, root: string): PathOutside {
  return new PathOutside(target, real, root);
}

function filesystemError(path: string, error: unknown): GatesError {
  const code = (error as NodeJS.ErrnoException).code;
  return new GatesError('GATES_E_FILESYSTEM', { path, reason: code === 'ENOTDIR' ? 'a component of the path is not a directory' : (code ?? (error as Error).message) }, { cause: error });
}
