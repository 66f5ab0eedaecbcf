import { lstatSync, readdirSync, readlinkSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { containedDirectory, GatesError, globMatcher, isInside, isTemporaryName, PathOutside } from '@gates/core';
import { linkTargetProblem } from '../store/manifest.js';

export type TreeEntry =
  | { type: 'file'; path: string; absolute: string; mode: number; size: number }
  | { type: 'symlink'; path: string; absolute: string; target: string }
  | { type: 'directory'; path: string; absolute: string; mode: number };

export interface Tree {
  /** By workspace-relative path, in walk order (sorted names). */
  entries: Map<string, TreeEntry>;
  /** Paths left out, with why: links that lead outside the workspace, sockets, FIFOs, devices. */
  skipped: { path: string; reason: string }[];
  unmatched: string[];
}

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * The workspace paths a checkpoint covers: files, directories and symbolic
 * links under the `paths` patterns (workspace-relative files, directories or
 * globs). Links are recorded as links, never followed; a link whose target
 * leads out of the workspace is left out (a restore would refuse it). The
 * walk starts only from directories that stay inside the workspace once
 * links are resolved, and leaves out `exclude` (the state root, when it lives
 * in the checkout) and the suite's temporary files.
 */
export function walkTree(patterns: readonly string[], workspace: string, exclude: readonly string[] = []): Tree {
  const tree: Tree = { entries: new Map(), skipped: [], unmatched: [] };
  for (const pattern of patterns) {
    const before = tree.entries.size;
    const { base, glob } = splitPattern(pattern, workspace);
    if (!isInside(base, workspace)) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'paths', value: pattern, expected: 'paths inside the workspace' });
    const matches = glob ? globMatcher([glob]) : () => true;
    const stats = lstatOrUndefined(base);
    if (!stats) {
      tree.unmatched.push(pattern);
      continue;
    }
    try {
      containedDirectory(workspace, stats.isDirectory() && !stats.isSymbolicLink() ? base : resolve(base, '..'));
    } catch (error) {
      if (!(error instanceof PathOutside)) throw error;
      tree.skipped.push({ path: pattern, reason: `a symbolic link on its way leads outside the workspace (to ${error.real})` });
      continue;
    }
    const visit = (absolute: string, info: Stats) => {
      const path = relative(workspace, absolute).split(sep).join('/');
      if (exclude.some((excluded) => isInside(absolute, excluded)) || isTemporaryName(absolute.split(sep).pop()!)) return;
      const rel = relative(base, absolute).split(sep).join('/');
      const wanted = rel === '' ? !glob : matches(rel);
      if (info.isSymbolicLink()) {
        if (!wanted) return;
        const target = readlinkSync(absolute);
        const problem = linkTargetProblem(path, target);
        if (problem) tree.skipped.push({ path, reason: `symbolic link with ${problem}; not recorded` });
        else tree.entries.set(path, { type: 'symlink', path, absolute, target });
        return;
      }
      if (info.isDirectory()) {
        if (wanted && path !== '') tree.entries.set(path, { type: 'directory', path, absolute, mode: info.mode & 0o777 });
        for (const name of readdirSync(absolute).sort()) {
          const child = join(absolute, name);
          const childInfo = lstatOrUndefined(child);
          if (childInfo) visit(child, childInfo);
        }
        return;
      }
      if (!wanted) return;
      if (!info.isFile()) {
        tree.skipped.push({ path, reason: 'not a regular file, directory or link' });
        return;
      }
      tree.entries.set(path, { type: 'file', path, absolute, mode: info.mode & 0o777, size: info.size });
    };
    visit(base, stats);
    if (tree.entries.size === before) tree.unmatched.push(pattern);
  }
  return tree;
}

/** `build/**\/*.js` → base `build`, glob `**\/*.js`. */
function splitPattern(pattern: string, workspace: string): { base: string; glob?: string } {
  const segments = pattern.replace(/\/+$/, '').split('/');
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  if (firstGlob < 0) return { base: resolve(workspace, pattern) };
  return { base: resolve(workspace, segments.slice(0, firstGlob).join('/') || '.'), glob: segments.slice(firstGlob).join('/') };
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new GatesError('GATES_E_FILESYSTEM', { path, reason: code ?? (error as Error).message }, { cause: error });
  }
}
