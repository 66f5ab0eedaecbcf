import { readFile } from 'node:fs/promises';
import { GatesError, type ExitCodeValue } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';
import { runCommand } from './run.js';

/** `gates redact <path>...`: redact-logs with its inputs as flags. Secrets come from a file, never from argv (argv is visible in `ps`). */
export async function redactCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const inputs = [`paths=${parsed.positionals.join('\n')}`];
  const secretsFile = parsed.values['secrets-file'] as string | undefined;
  if (secretsFile) {
    let secrets: string;
    try {
      secrets = await readFile(secretsFile, 'utf8');
    } catch (error) {
      throw new GatesError('GATES_E_FILE_NOT_FOUND', { file: secretsFile }, { cause: error });
    }
    inputs.push(`secrets=${secrets}`);
  }
  for (const name of ['output-dir', 'replacement', 'policy'] as const) {
    if (parsed.values[name] !== undefined) inputs.push(`${name}=${String(parsed.values[name])}`);
  }
  if (parsed.values['fail-on-find']) inputs.push('fail-on-find=true');
  return runCommand({ ...parsed, command: 'run', positionals: ['redact-logs'], values: { ...parsed.values, input: inputs } }, io);
}
