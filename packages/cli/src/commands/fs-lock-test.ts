import type { ExitCodeValue } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';
import { runCommand } from './run.js';

const FLAGS = ['workers', 'iterations', 'primitives', 'hold', 'timeout', 'stale-after'] as const;

/** `gates fs-lock-test <path>...`: the experiment on a terminal; several paths are mounts (clients) of one shared directory. */
export async function fsLockTestCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const inputs = [`path=${parsed.positionals.join('\n')}`];
  for (const name of FLAGS) if (parsed.values[name] !== undefined) inputs.push(`${name}=${String(parsed.values[name])}`);
  if (parsed.values['require-safe']) inputs.push('require-safe=true');
  return runCommand({ ...parsed, command: 'run', positionals: ['fs-lock-test'], values: { ...parsed.values, input: inputs, summary: true } }, io);
}
