import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GatesError } from '@gates/core';

const run = promisify(execFile);

/** Files and lines changed against a base: `'all'` for a file that is new (untracked or added). */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/**
 * What changed in the checkout against `baseRef`, for `fix-scope: changed`:
 * the working tree against the merge base of the base and HEAD (as a pull
 * request's diff is), plus untracked files. Real git in the workspace; a ref
 * it cannot find is a usage error that says how to fetch it.
 */
export async function changedLines(workspace: string, baseRef: string): Promise<ChangedLines> {
  const git = async (...args: string[]) => (await run('git', ['-c', 'core.quotepath=off', ...args], { cwd: workspace, maxBuffer: 256 * 1024 * 1024 })).stdout;
  let base: string | undefined;
  for (const candidate of baseRef.includes('/') ? [baseRef] : [baseRef, `origin/${baseRef}`]) {
    base = await git('rev-parse', '--verify', '--quiet', `${candidate}^{commit}`).then((out) => out.trim(), () => undefined);
    if (base) break;
  }
  if (!base) {
    throw new GatesError('GATES_E_INPUT_INVALID', { input: 'base-ref', value: baseRef, expected: 'a branch, tag or commit in the checkout (fetch it: actions/checkout with fetch-depth: 0)' });
  }
  const mergeBase = await git('merge-base', base, 'HEAD').then((out) => out.trim(), () => base!);
  const diff = await git('diff', '--no-color', '--no-ext-diff', '--no-renames', '--relative', '--unified=0', mergeBase, '--');
  const changed = parseChangedLines(diff);
  for (const path of (await git('ls-files', '--others', '--exclude-standard')).split('\n')) if (path) changed.set(path, 'all');
  return changed;
}

/** New-side line numbers of every hunk of a unified diff (`--unified=0`), by file; added files are `'all'`. Pure. */
export function parseChangedLines(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let file: string | undefined;
  let added = false;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      file = undefined;
      added = false;
    } else if (line.startsWith('new file mode')) {
      added = true;
    } else if (line.startsWith('+++ ')) {
      file = line === '+++ /dev/null' ? undefined : line.slice(4).replace(/^b\//, '');
      if (file) changed.set(file, added ? 'all' : (changed.get(file) ?? new Set()));
    } else if (file && line.startsWith('@@')) {
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      const lines = changed.get(file);
      if (!hunk || lines === 'all' || lines === undefined) continue;
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let at = start; at < start + count; at++) lines.add(at);
    }
  }
  return changed;
}

/** Whether a change at `file:line` is inside the scope: changed lines, or changed files when `wholeFiles`. */
export function inScope(changed: ChangedLines, file: string, line: number | undefined, wholeFiles: boolean): boolean {
  const lines = changed.get(file);
  if (lines === undefined) return false;
  return wholeFiles || lines === 'all' || (line !== undefined && lines.has(line));
}
