import { loadConfigFile, type ConfigKind, type LoadedConfig } from '@gates/core';

/**
 * One config file against its schema and what the schema cannot say: the
 * rbac-guard policy compiled (unknown roles, inheritance cycles, time zones),
 * the redaction policy's rules built (every custom regex compiles, unknown
 * disabled rules named). The one validator behind `gates validate` and
 * config-check: throws the GatesError (exit 2, file:line) the file earns.
 */
export async function validateConfigFile(path: string, kind: ConfigKind, displayPath: string): Promise<LoadedConfig> {
  const loaded = await loadConfigFile(path, kind, displayPath);
  if (kind.id === 'rbac') {
    const { compilePolicy } = await import('../../rbac-guard/src/policy/compile.js');
    compilePolicy(loaded.value as Parameters<typeof compilePolicy>[0], displayPath, loaded.positions);
  }
  if (kind.id === 'redact') {
    const { policyWithDefaults } = await import('../../redact-logs/src/policy/redact-policy.js');
    const { activeRules } = await import('../../redact-logs/src/rules/active-rules.js');
    activeRules(policyWithDefaults(loaded.value as Parameters<typeof policyWithDefaults>[0], displayPath, loaded.positions));
  }
  return loaded;
}
