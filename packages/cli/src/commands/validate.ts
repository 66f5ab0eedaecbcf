import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_KINDS, configKindForPath, GatesError, loadConfigFile, type ExitCodeValue } from '@gates/core';
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
  const loaded = await loadConfigFile(resolve(file), kind, file);
  if (kind.id === 'rbac') {
    // What the schema cannot say: unknown roles, inheritance cycles, time zones.
    const { compilePolicy } = await import('../../../../actions/rbac-guard/src/policy/compile.js');
    compilePolicy(loaded.value as Parameters<typeof compilePolicy>[0], file, loaded.positions);
  }
  if (kind.id === 'redact') {
    // Every custom regex must compile; unknown disabled rules are named.
    const { policyWithDefaults } = await import('../../../../actions/redact-logs/src/policy/redact-policy.js');
    const { activeRules } = await import('../../../../actions/redact-logs/src/rules/active-rules.js');
    activeRules(policyWithDefaults(loaded.value as Parameters<typeof policyWithDefaults>[0], file, loaded.positions));
  }
  if (io.flags.json) io.out(`${JSON.stringify({ file, kind: kind.id, valid: true })}\n`);
  else io.out(`${file}: valid ${kind.id} config\n`);
  return 0;
}
