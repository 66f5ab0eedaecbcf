import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { GatesError } from '../errors/gates-error.js';
import { containedDirectory, isInside, PathOutside } from '../safe-files/contained-path.js';
import { globMatcher } from '../text/glob.js';

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** What the summary shows: relative to the workspace when inside it. */
  display: string;
  /** Path relative to the pattern's base directory, for mirroring into output-dir. */
  relative: string;
  /**
   * The directory the file was found inside and must be written inside: the
   * workspace for a pattern inside it, otherwise the directory the pattern
   * names (an absolute path is the workflow author's choice).
   */
  root: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  /** Symlinks and special files: never followed or written through (a link could point at /etc/passwd). */
  skipped: { display: string; reason: string; outside?: boolean }[];
  /** Patterns that matched nothing: said in the summary, since a typo would otherwise pass silently. */
  unmatched: string[];
}

const GLOB_CHARS = /[*?[\]{}!]/;

export interface DiscoverOptions {
  /** Globs (relative to the workspace) of paths to leave out. */
  exclude?: readonly string[];
  /** Files an action leaves out by its own rule (redact-logs: its temporary files). */
  ignore?: (path: string) => boolean;
}

/**
 * Expands patterns (files, directories, globs; relative to the workspace or
 * absolute) into regular files, in a stable order, without following links.
 * A directory that cannot be listed, or an entry that cannot be examined, is
 * GATES_E_FILESYSTEM (exit 3) naming the path: files the patterns asked for
 * are never silently left out. Only a path that does not exist is a miss.
 */
export function discoverFiles(patterns: readonly string[], workspace: string, options: DiscoverOptions = {}): Discovery {
  const seen = new Set<string>();
  const discovery: Discovery = { files: [], skipped: [], unmatched: [] };
  const excluded = globMatcher(options.exclude ?? []);
  const display = (path: string) => (isInside(path, workspace) ? relative(workspace, path).split(sep).join('/') : path);
  for (const pattern of patterns) {
    const before = discovery.files.length + discovery.skipped.length;
    const { base, glob } = splitPattern(pattern, workspace);
    const matches = glob ? globMatcher([glob]) : () => true;
    // A pattern longer than a path can be names nothing: a miss, like any other name that is not there.
    const startStats = lstatOrUndefined(base, 'ENAMETOOLONG');
    // The walk follows no link; the directories above where it starts are resolved once and must stay inside the root.
    const top = glob || startStats?.isDirectory() ? base : dirname(base);
    const root = isInside(base, workspace) ? workspace : top;
    const leak = startStats ? escapes(root, top) : undefined;
    if (leak) {
      discovery.skipped.push({ display: display(base), reason: leak, outside: true });
      continue;
    }
    const visit = (path: string, stats: Stats | undefined) => {
      if (!stats) return;
      const rel = relative(base, path).split(sep).join('/') || basename(path);
      if (excluded(display(path))) return;
      if (stats.isSymbolicLink()) {
        if (matches(rel)) discovery.skipped.push({ display: display(path), reason: 'symbolic link (not followed)' });
        return;
      }
      if (stats.isDirectory()) {
        for (const entry of listDirectory(path)) visit(join(path, entry), lstatOrUndefined(join(path, entry)));
        return;
      }
      if (!matches(rel)) return;
      if (options.ignore?.(path)) return;
      if (!stats.isFile()) {
        discovery.skipped.push({ display: display(path), reason: 'not a regular file' });
        return;
      }
      if (seen.has(path)) return;
      seen.add(path);
      discovery.files.push({ path, display: display(path), relative: rel, root });
    };
    visit(base, startStats);
    if (discovery.files.length + discovery.skipped.length === before) discovery.unmatched.push(pattern);
  }
  return discovery;
}

/** Why `directory` is not inside `root` once links are resolved (`logs -> /home/runner/...`), or undefined. */
function escapes(root: string, directory: string): string | undefined {
  try {
    containedDirectory(root, directory);
    return undefined;
  } catch (error) {
    if (!(error instanceof PathOutside)) throw error;
    return `a symbolic link on its path leads outside the workspace (to ${error.real}); not followed`;
  }
}

/** `logs/**\/*.log` → base `logs`, glob `**\/*.log`: only the base is walked. */
function splitPattern(pattern: string, workspace: string): { base: string; glob?: string } {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  if (firstGlob < 0) return { base: resolve(workspace, pattern) };
  const base = segments.slice(0, firstGlob).join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base: resolve(workspace, base), glob: segments.slice(firstGlob).join('/') };
}

/** undefined when nothing is there (a miss, or an entry gone since its directory was listed). */
function lstatOrUndefined(path: string, alsoMissing?: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === alsoMissing) return undefined;
    throw filesystemError(path, error);
  }
}

function listDirectory(path: string): string[] {
  try {
    return readdirSync(path).sort();
  } catch (error) {
    throw filesystemError(path, error);
  }
}

function filesystemError(path: string, error: unknown): GatesError {
  const { code, message } = error as NodeJS.ErrnoException;
  const reason = code === 'EACCES' || code === 'EPERM' ? `cannot be read (${code}: permission denied)` : `cannot be read (${code ?? message})`;
  return new GatesError('GATES_E_FILESYSTEM', { path, reason }, { cause: error });
}

function basename(path: string): string {
  return path.split(sep).pop() ?? path;
}
