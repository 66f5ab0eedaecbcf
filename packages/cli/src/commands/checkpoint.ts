import { GatesError, type ExitCodeValue } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';
import { runCommand } from './run.js';

const MODES = ['save', 'restore', 'rollback', 'rehearse'];

/** Flags that are checkpoint-restore inputs of the same name. */
const PASSED_THROUGH = ['gate', 'status', 'key', 'checkpoint', 'failed-gate', 'trigger', 'rto-target-seconds', 'scratch-dir', 'state', 'compression', 'retention'] as const;

/** `gates checkpoint save|restore|rollback|rehearse`: checkpoint-restore with its inputs as flags, on this machine's state root. */
export async function checkpointCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const mode = parsed.positionals[0]!;
  if (!MODES.includes(mode)) throw new GatesError('GATES_E_USAGE', { detail: `unknown checkpoint mode "${mode}": expected ${MODES.join(', ')}` });
  const inputs = [`mode=${mode}`];
  for (const name of PASSED_THROUGH) if (parsed.values[name] !== undefined) inputs.push(`${name}=${String(parsed.values[name])}`);
  const paths = parsed.values.path as string[] | undefined;
  if (paths?.length) inputs.push(`paths=${paths.join('\n')}`);
  const checks = parsed.values['health-check'] as string[] | undefined;
  if (checks?.length) inputs.push(`health-checks=${checks.join('\n')}`);
  if (parsed.values.force) inputs.push('force=true');
  return runCommand({ ...parsed, command: 'run', positionals: ['checkpoint-restore'], values: { ...parsed.values, input: inputs } }, io);
}
