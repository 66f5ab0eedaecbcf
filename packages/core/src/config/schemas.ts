/** Every config file gates reads, with its default location; its schema is SCHEMAS[id] (schema-documents.ts, loaded on use). */
export interface ConfigKind {
  id: ConfigKindId;
  defaultPath?: string;
}

export type ConfigKindId = 'gates' | 'rbac' | 'rbac-test' | 'redact' | 'perf' | 'env' | 'waivers' | 'commands' | 'hydration' | 'error';

export const CONFIG_KINDS: Record<ConfigKindId, ConfigKind> = {
  gates: { id: 'gates', defaultPath: '.github/gates.yml' },
  rbac: { id: 'rbac', defaultPath: '.github/gates-rbac.yml' },
  'rbac-test': { id: 'rbac-test', defaultPath: '.github/gates-rbac-test.yml' },
  redact: { id: 'redact', defaultPath: '.github/gates-redact.yml' },
  perf: { id: 'perf', defaultPath: '.github/gates-perf.yml' },
  env: { id: 'env', defaultPath: '.github/gates-env.yml' },
  waivers: { id: 'waivers', defaultPath: '.github/gates-waivers.yml' },
  commands: { id: 'commands', defaultPath: '.github/gates-commands.yml' },
  hydration: { id: 'hydration', defaultPath: '.github/gates-hydration.yml' },
  error: { id: 'error' },
};

/** Picks the schema for a file by its name, for `gates validate <file>`. */
export function configKindForPath(path: string): ConfigKind | undefined {
  const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return Object.values(CONFIG_KINDS).find((kind) => kind.defaultPath?.endsWith(`/${name}`) || kind.defaultPath === name);
}
