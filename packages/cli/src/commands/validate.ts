import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_KINDS, configKindForPath, GatesError, type ExitCodeValue } from '@gates/core';
import { validateConfigFile } from '../../../../actions/config-check/src/validate-config.js';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

export async function validateCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  const file = parsed.positionals[0]!;
  // Said first: a file that is not there has no kind to guess and nothing to validate.
  if (!existsSync(resolve(file))) throw new GatesError('GATES_E_FILE_NOT_FOUND', { file });
  const kindName = parsed.values.kind as string | undefined;
  const known = Object.keys(CONFIG_KINDS).filter((name) => name !== 'error');
  const kind = kindName ? (CONFIG_KINDS as Record<string, (typeof CONFIG_KINDS)['gates']>)[kindName] : configKindForPath(file);
  if (!kind) {
    throw new GatesError('GATES_E_USAGE', { detail: kindName ? `unknown config kind "${kindName}"` : `cannot tell which config ${file} is from its name` }, { hint: `Pass --kind, one of: ${known.join(', ')}.` });
  }
  // The same validator config-check runs in phase A: schema, then what the schema cannot say.
  await validateConfigFile(resolve(file), kind, file);
  if (io.flags.json) io.out(`${JSON.stringify({ file, kind: kind.id, valid: true })}\n`);
  else io.out(`${file}: valid ${kind.id} config\n`);
  return 0;
}
