import { resolve } from 'node:path';
import { explainConfig, GatesError, InputReader, inputEnvName, loadEffectiveConfig, type ExitCodeValue } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

export async function configCommand(parsed: ParsedCommand, io: CliIo): Promise<ExitCodeValue> {
  if (!parsed.values.explain) throw new GatesError('GATES_E_USAGE', { detail: '`gates config` needs --explain' });
  const workspace = resolve(String(parsed.values.workspace ?? process.cwd()));
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['config', 'shared-config'] as const) {
    if (typeof parsed.values[name] === 'string') env[inputEnvName(name)] = parsed.values[name] as string;
  }
  const effective = await loadEffectiveConfig(new InputReader(env), workspace);
  if (io.flags.json) io.out(`${JSON.stringify({ values: effective.values, sources: Object.fromEntries(effective.sources) }, null, 2)}\n`);
  else io.out(`${explainConfig(effective)}\n`);
  return 0;
}
