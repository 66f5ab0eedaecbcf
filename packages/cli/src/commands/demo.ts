import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GatesError, largest, ledgerPath, runAction, type ExitCodeValue } from '@gates/core';
import { ACTIONS } from '@gates/dispatcher';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';
import { DEMO_RUNS } from './demo-runs.js';
import { actionEnvironment } from './run.js';

/** The demo repository ships with gates; found by walking up from this module (bundle or source). */
export function findDemoRepository(start = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let directory = start; ; directory = dirname(directory)) {
    const candidate = join(directory, 'examples', 'demo-repo');
    if (existsSync(candidate)) return candidate;
    if (dirname(directory) === directory) return undefined;
  }
}

/**
 * Runs every action on the demo repository and prints each job summary. A
 * failing gate is the point of the demo; only errors (exit ≥ 2) fail it.
 */
export async function demoCommand(parsed: ParsedCommand, io: CliIo, base: NodeJS.ProcessEnv = process.env): Promise<ExitCodeValue> {
  const workspace = parsed.values.workspace ? resolve(String(parsed.values.workspace)) : findDemoRepository();
  if (!workspace) throw new GatesError('GATES_E_FILE_NOT_FOUND', { file: 'examples/demo-repo' });
  const stateRoot = base.MEMORY_STORAGE_ROOT || mkdtempSync(join(tmpdir(), 'gates-demo-'));
  const results: { title: string; action: string; exitCode: ExitCodeValue }[] = [];
  io.out(`gates demo on ${workspace}\n`);
  for (const run of DEMO_RUNS) {
    const definition = await ACTIONS[run.action]!();
    const inputs = Object.entries(run.inputs ?? {}).map(([name, value]) => `${name}=${value.replace('{state}', stateRoot)}`);
    // Offline by design: no token, whatever the terminal has.
    const env = { ...actionEnvironment(base, workspace, [...inputs, 'token=']), ...run.env, MEMORY_STORAGE_ROOT: stateRoot };
    const runner = io.runner();
    if (!io.flags.json) io.out(`\n=== ${run.title}\n`);
    results.push({ title: run.title, action: run.action, exitCode: await runAction(definition, { env, runner, redactor: io.redactor }) });
    if (!io.flags.json) io.out(`\n${runner.summary}\n`);
  }
  if (io.flags.json) io.out(`${JSON.stringify({ workspace, runs: results })}\n`);
  else io.out(`\n${results.map((result) => `${result.action}: exit ${result.exitCode}`).join(', ')} · audit ledger: ${ledgerPath(stateRoot)}\n`);
  const worst = largest(results.map((result) => result.exitCode), 0) as ExitCodeValue;
  return worst >= 2 ? worst : 0;
}
