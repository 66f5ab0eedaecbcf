import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ErrorCode } from '@gates/core';
import { REPO_ROOT, runBundle } from '../../harness/run-bundle.js';
import { runCli } from '../../harness/run-cli.js';
import { makeWorkspace } from '../../harness/workspace.js';

/**
 * One row of the bad-input table: a malformed, missing, mistyped, out-of-range
 * or hostile input to an action (through its committed bundle, with every
 * action.yml default delivered as the runner does) or to a CLI command,
 * with the exit code and error code it must produce.
 */
export type BadInputKind = 'malformed' | 'missing' | 'wrong-type' | 'out-of-range' | 'hostile';

export interface BadInput {
  kind: BadInputKind;
  /** An action's bundle (`pin-check`, …, `dispatch` for the root action) or `cli`. */
  target: string;
  name: string;
  /** Action inputs as in `with:`, over the action.yml defaults. */
  inputs?: Record<string, string>;
  /** CLI arguments (target `cli`); run in the workspace. */
  args?: string[];
  /** Workspace files by relative path. */
  files?: Record<string, string | Buffer>;
  /** Extra environment; `{workspace}` in a value is replaced by the workspace path. */
  env?: Record<string, string>;
  exit: 0 | 1 | 2 | 3;
  /** The error the run must name (exit 2 and 3), printed as `error CODE:`. */
  code?: ErrorCode;
}

export interface Outcome {
  exit: number | null;
  code?: string;
  /** A stack trace, an internal error or a signal: never acceptable. */
  crash?: string;
}

/** The token `${{ github.token }}` stands for, and the loopback API it is good for. */
export const RUN_TOKEN = 'ghs_badInputTableToken0123456789abcdefAB';

const defaultsCache = new Map<string, Record<string, string>>();

/** Every input default of the action, expressions evaluated, as the runner sets INPUT_*. */
export function actionDefaults(target: string): Record<string, string> {
  let defaults = defaultsCache.get(target);
  if (!defaults) {
    const file = target === 'dispatch' ? join(REPO_ROOT, 'action.yml') : join(REPO_ROOT, 'actions', target, 'action.yml');
    const inputs = (parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: unknown }> }).inputs ?? {};
    defaults = Object.fromEntries(
      Object.entries(inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, RUN_TOKEN)]),
    );
    defaultsCache.set(target, defaults);
  }
  return defaults;
}

/**
 * A valid file at each optional policy's default path: the runner delivers
 * `sla: .github/gates-perf.yml` whether or not the repository has one, and a
 * row should be decided by its own fault. Rows about a missing policy name
 * another path.
 */
const DEFAULT_POLICIES: Record<string, Record<string, string>> = {
  'perf-sla': { '.github/gates-perf.yml': 'version: 1\n' },
  'redact-logs': { '.github/gates-redact.yml': 'version: 1\n' },
};

/** Runs one row; `apiUrl` is a loopback GitHub API every row may call. */
export async function runRow(row: BadInput, apiUrl: string): Promise<Outcome> {
  const workspace = makeWorkspace({ ...DEFAULT_POLICIES[row.target], ...row.files });
  const env = Object.fromEntries(Object.entries({ GITHUB_API_URL: apiUrl, ...row.env }).map(([name, value]) => [name, value.replaceAll('{workspace}', workspace)]));
  if (row.target === 'cli') {
    const run = await runCli(row.args ?? [], { cwd: workspace, env: { MEMORY_STORAGE_ROOT: mkdtempSync(join(tmpdir(), 'gates-state-')), ...env } });
    return outcome(run.code, null, run.stdout + run.stderr);
  }
  const run = await runBundle(row.target, { workspace, inputs: { ...actionDefaults(row.target), ...row.inputs }, env, timeoutMs: 15_000 });
  return outcome(run.exitCode, run.signal, run.stdout + run.stderr);
}

function outcome(exit: number | null, signal: string | null, output: string): Outcome {
  const code = /(?:^|\n)error (GATES_E_[A-Z_]+):/.exec(output)?.[1] ?? /::error title=(GATES_E_[A-Z_]+)::/.exec(output)?.[1];
  const trace = /\n\s+at .+:\d+:\d+\)?/.exec(output)?.[0];
  const crash = signal ? `killed by ${signal} (a hang?)` : exit === 4 || code === 'GATES_E_INTERNAL' ? `internal error: ${output.slice(0, 300)}` : trace ? `stack trace: ${trace.trim()}` : undefined;
  return { exit, code, crash };
}

/** What differs from the row's expectation, or undefined. */
export function mismatch(row: BadInput, result: Outcome): string | undefined {
  if (result.crash) return result.crash;
  if (result.exit !== row.exit) return `exit ${result.exit}${result.code ? ` (${result.code})` : ''}, expected ${row.exit}${row.code ? ` (${row.code})` : ''}`;
  if (row.code && result.code !== row.code) return `error ${result.code ?? 'none'}, expected ${row.code}`;
  return undefined;
}

/** Runs `items` through `work`, `width` at a time, results in order. */
export async function inPool<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
