import { CONFIG_KINDS, GatesError, loadConfigInput, parseDuration, type ErrorDetail, type InputReader, type PositionMap } from '@gates/core';
import type { CommandTable, OutputShape, PlannedCase } from './model.js';
import { unsafeRegexReason } from './safe-regex.js';

/** Longest a case may run: a phase job has minutes, not hours. */
export const MAX_CASE_TIMEOUT_MS = 10 * 60_000;

export interface LoadedTable {
  file: string;
  cases: PlannedCase[];
}

/**
 * The table named by the `table` input, validated and planned; undefined when
 * there is none at the default path (nothing to check). Its schema first
 * (the core's config loader: file:line errors, exit 2), then what a schema
 * cannot say, each problem at its line: names unique, working directories
 * inside the workspace, regexes safe, JSON Schemas that compile.
 */
export async function loadTable(inputs: InputReader, workspace: string, defaultTimeoutMs: number, defaultRepeat: number): Promise<LoadedTable | undefined> {
  const loaded = await loadConfigInput(inputs, workspace, { input: 'command-table', kind: CONFIG_KINDS.commands });
  if (!loaded) return undefined;
  const table = loaded.value as CommandTable;
  const problems = await tableProblems(table, loaded.file, loaded.positions);
  if (problems.length > 0) throw new GatesError('GATES_E_CONFIG_INVALID', { file: loaded.file, count: problems.length }, { details: problems, location: problems[0]!.location });
  return { file: loaded.file, cases: planCases(table, loaded.file, loaded.positions, defaultTimeoutMs, defaultRepeat) };
}

/** Defaults applied: the case's own setting, else the table's `defaults`, else the action's inputs. Pure. */
export function planCases(table: CommandTable, file: string, positions: PositionMap | undefined, defaultTimeoutMs: number, defaultRepeat: number): PlannedCase[] {
  const timeout = table.defaults?.timeout;
  return table.commands.map((entry, index) => ({
    name: entry.name,
    argv: entry.run,
    // Checked by tableProblems: a cwd outside the workspace never gets here.
    cwd: normaliseCwd(entry.cwd ?? '.') ?? '.',
    env: { ...table.defaults?.env, ...entry.env },
    ...(entry.stdin !== undefined ? { stdin: entry.stdin } : {}),
    timeoutMs: entry.timeout ? parseDuration(entry.timeout) : timeout ? parseDuration(timeout) : defaultTimeoutMs,
    repeat: entry.repeat ?? table.defaults?.repeat ?? defaultRepeat,
    expect: entry.expect,
    file,
    line: positions?.value.get(`/commands/${index}`)?.line,
  }));
}

async function tableProblems(table: CommandTable, file: string, positions: PositionMap | undefined): Promise<ErrorDetail[]> {
  const problems: ErrorDetail[] = [];
  const at = (pointer: string, message: string, hint?: string) => {
    const position = positions?.value.get(pointer) ?? positions?.key.get(pointer);
    problems.push({ message, location: position ? { file, line: position.line, column: position.column } : { file }, ...(hint ? { hint } : {}) });
  };
  const timeouts: [string, string | undefined][] = [['/defaults/timeout', table.defaults?.timeout], ...table.commands.map((entry, index): [string, string | undefined] => [`/commands/${index}/timeout`, entry.timeout])];
  for (const [pointer, value] of timeouts) {
    if (value !== undefined && parseDuration(value) > MAX_CASE_TIMEOUT_MS) at(pointer, `${pointer} ${value} is over the limit of 10m`);
  }
  const seen = new Set<string>();
  for (const [index, entry] of table.commands.entries()) {
    const pointer = `/commands/${index}`;
    if (seen.has(entry.name)) at(`${pointer}/name`, `${pointer}/name "${entry.name}" is not unique: each case is one row of the summary`);
    seen.add(entry.name);
    if (entry.run[0] === '') at(`${pointer}/run/0`, `${pointer}/run/0 is empty: the first word is the program to run`);
    if (entry.cwd !== undefined && normaliseCwd(entry.cwd) === undefined) at(`${pointer}/cwd`, `${pointer}/cwd "${entry.cwd}" is outside the workspace`, 'Give a directory relative to the workspace, without .. or a leading /.');
    for (const stream of ['stdout', 'stderr'] as const) {
      const shape = entry.expect[stream];
      if (shape) for (const [where, message, hint] of await shapeProblems(shape)) at(`${pointer}/expect/${stream}/${where}`, `${pointer}/expect/${stream}/${where} ${message}`, hint);
    }
  }
  return problems;
}

async function shapeProblems(shape: OutputShape): Promise<[string, string, string?][]> {
  const problems: [string, string, string?][] = [];
  if (shape.regex !== undefined) {
    const reason = unsafeRegexReason(shape.regex);
    if (reason) problems.push(['regex', `is refused: ${reason}`, 'Match a fixed piece with contains, or bound the repetition ({1,50}).']);
  }
  if (typeof shape.json === 'object') {
    const { compileProblem } = await import('../rules/json-shape.js');
    const problem = compileProblem(shape.json);
    if (problem) problems.push(['json', `is not a JSON Schema this check can use: ${problem}`]);
  }
  return problems;
}

/** A working directory inside the workspace, with forward slashes; undefined for an absolute path or one that climbs out. */
export function normaliseCwd(cwd: string): string | undefined {
  const parts = cwd.replace(/\\/g, '/').split('/');
  if (cwd.startsWith('/') || cwd.startsWith('\\') || /^[A-Za-z]:/.test(cwd) || parts.includes('..')) return undefined;
  const kept = parts.filter((part) => part !== '' && part !== '.');
  return kept.length > 0 ? kept.join('/') : '.';
}
