import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GatesError, largest, ledgerPath, runAction, suiteRoot, type ExitCodeValue } from '@gates/core';
import { ACTIONS } from '@gates/dispatcher';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';
import { findingCounts, outcome, type ActionResult } from '../terminal/action-result.js';
import { alignColumns } from '../terminal/columns.js';
import { markdownToText } from '../terminal/markdown-to-text.js';
import { DEMO_RUNS } from './demo-runs.js';
import { actionEnvironment, terminalWidth } from './run.js';

/** The demo repository ships with gates, in its `examples/` directory. */
export function findDemoRepository(): string | undefined {
  const root = suiteRoot();
  return root ? join(root, 'examples', 'demo-repo') : undefined;
}

interface DemoResult extends ActionResult {
  title: string;
  log: string;
  summary: string;
}

/**
 * Runs every action on the demo repository: one table of verdicts first,
 * then each run's log and job summary, rendered for the terminal. A failing
 * gate is the point of the demo; only errors (exit ≥ 2) fail it.
 */
export async function demoCommand(parsed: ParsedCommand, io: CliIo, base: NodeJS.ProcessEnv = process.env): Promise<ExitCodeValue> {
  const workspace = parsed.values.workspace ? resolve(String(parsed.values.workspace)) : findDemoRepository();
  if (!workspace) throw new GatesError('GATES_E_FILE_NOT_FOUND', { file: 'examples/demo-repo' });
  const stateRoot = base.MEMORY_STORAGE_ROOT || mkdtempSync(join(tmpdir(), 'gates-demo-'));
  const results: DemoResult[] = [];
  for (const run of DEMO_RUNS) {
    const definition = await ACTIONS[run.action]!();
    definition.processSetup?.();
    const inputs = Object.entries(run.inputs ?? {}).map(([name, value]) => `${name}=${value.replace('{state}', stateRoot)}`);
    // Offline by design: no token, whatever the terminal has.
    const env = { ...actionEnvironment(base, workspace, [...inputs, 'token=']), ...run.env, MEMORY_STORAGE_ROOT: stateRoot };
    const { runner, log } = io.capture();
    let report: Record<string, unknown> | undefined;
    const exitCode = await runAction(definition, { env, runner, redactor: io.redactor, onReport: (r) => (report = r) });
    results.push({ action: run.action, title: run.title, exitCode, report, log: log(), summary: runner.summary });
  }
  if (io.flags.json) {
    io.out(`${JSON.stringify({ workspace, runs: results.map(({ title, action, exitCode }) => ({ title, action, exitCode })) })}\n`);
  } else {
    const { style } = io;
    io.out(`${style.bold('gates demo')} on ${workspace}\n\n`);
    const header = ['verdict', 'action', 'findings', 'what it shows'].map(style.bold);
    const rows = results.map((result) => [outcome(result, style), result.action, findingCounts(result), result.title.replace(/^[\w-]+: /, '')]);
    io.out(`${alignColumns([header, ...rows]).join('\n')}\n\naudit ledger: ${ledgerPath(stateRoot)}\n`);
    for (const result of results) {
      io.out(`\n${style.bold(`=== ${result.title}`)}\n`);
      if (result.log) io.out(result.log);
      io.out(`\n${markdownToText(result.summary, style, terminalWidth())}\n`);
    }
  }
  const worst = largest(results.map((result) => result.exitCode), 0) as ExitCodeValue;
  return worst >= 2 ? worst : 0;
}
