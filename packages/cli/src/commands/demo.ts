import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GatesError, runAction, type ExitCodeValue } from '@gates/core';
import { ACTION_NAMES, ACTIONS } from '@gates/dispatcher';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';
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
  const results: Record<string, ExitCodeValue> = {};
  io.out(`gates demo on ${workspace}\n`);
  for (const name of ACTION_NAMES) {
    const definition = await ACTIONS[name]!();
    const env = { ...actionEnvironment(base, workspace, []), MEMORY_STORAGE_ROOT: stateRoot };
    const runner = io.runner();
    results[name] = await runAction(definition, { env, runner, redactor: io.redactor });
    if (!io.flags.json) io.out(`\n${runner.summary}\n`);
  }
  if (io.flags.json) io.out(`${JSON.stringify({ workspace, exitCodes: results })}\n`);
  else io.out(`\n${Object.entries(results).map(([name, code]) => `${name}: exit ${code}`).join(', ')} · audit ledger: ${join(stateRoot, 'audit', 'ledger.jsonl')}\n`);
  const worst = Math.max(...Object.values(results)) as ExitCodeValue;
  return worst >= 2 ? worst : 0;
}
