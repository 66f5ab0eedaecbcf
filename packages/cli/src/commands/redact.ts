import { readTextFile, type ExitCodeValue } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';
import { runCommand } from './run.js';

/** `gates redact <path>...`: redact-logs with its inputs as flags. Secrets come from a file, never from argv (argv is visible in `ps`). */
export async function redactCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const inputs = [`paths=${parsed.positionals.join('\n')}`];
  const secretsFile = parsed.values['secrets-file'] as string | undefined;
  if (secretsFile) {
    // A regular file of at most 1 MiB: a pipe or /dev/zero here would hang the command or exhaust its memory.
    inputs.push(`secrets=${readTextFile(secretsFile, { maxBytes: 1024 * 1024 })}`);
  }
  for (const name of ['output-dir', 'replacement', 'policy'] as const) {
    if (parsed.values[name] !== undefined) inputs.push(`${name}=${String(parsed.values[name])}`);
  }
  if (parsed.values['fail-on-find']) inputs.push('fail-on-find=true');
  return runCommand({ ...parsed, command: 'run', positionals: ['redact-logs'], values: { ...parsed.values, input: inputs } }, io);
}
