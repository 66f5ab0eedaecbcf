import errorSchema from '../../../../schemas/error.schema.json' with { type: 'json' };
import gatesSchema from '../../../../schemas/gates.schema.json' with { type: 'json' };
import rbacSchema from '../../../../schemas/gates-rbac.schema.json' with { type: 'json' };
import perfSchema from '../../../../schemas/gates-perf.schema.json' with { type: 'json' };
import redactSchema from '../../../../schemas/gates-redact.schema.json' with { type: 'json' };
import envSchema from '../../../../schemas/gates-env.schema.json' with { type: 'json' };
import rbacTestSchema from '../../../../schemas/gates-rbac-test.schema.json' with { type: 'json' };
import waiversSchema from '../../../../schemas/gates-waivers.schema.json' with { type: 'json' };
import commandsSchema from '../../../../schemas/gates-commands.schema.json' with { type: 'json' };
import hydrationSchema from '../../../../schemas/gates-hydration.schema.json' with { type: 'json' };

/** Every config file gates reads, with its schema and default location. */
export interface ConfigKind {
  id: string;
  defaultPath?: string;
  schema: Record<string, unknown>;
}

export const CONFIG_KINDS: Record<'gates' | 'rbac' | 'rbac-test' | 'redact' | 'perf' | 'env' | 'waivers' | 'commands' | 'hydration' | 'error', ConfigKind> = {
  gates: { id: 'gates', defaultPath: '.github/gates.yml', schema: gatesSchema },
  rbac: { id: 'rbac', defaultPath: '.github/gates-rbac.yml', schema: rbacSchema },
  'rbac-test': { id: 'rbac-test', defaultPath: '.github/gates-rbac-test.yml', schema: rbacTestSchema },
  redact: { id: 'redact', defaultPath: '.github/gates-redact.yml', schema: redactSchema },
  perf: { id: 'perf', defaultPath: '.github/gates-perf.yml', schema: perfSchema },
  env: { id: 'env', defaultPath: '.github/gates-env.yml', schema: envSchema },
  waivers: { id: 'waivers', defaultPath: '.github/gates-waivers.yml', schema: waiversSchema },
  commands: { id: 'commands', defaultPath: '.github/gates-commands.yml', schema: commandsSchema },
  hydration: { id: 'hydration', defaultPath: '.github/gates-hydration.yml', schema: hydrationSchema },
  error: { id: 'error', schema: errorSchema },
};

export type ConfigKindId = keyof typeof CONFIG_KINDS;

/** Picks the schema for a file by its name, for `gates validate <file>`. */
export function configKindForPath(path: string): ConfigKind | undefined {
  const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return Object.values(CONFIG_KINDS).find((kind) => kind.defaultPath?.endsWith(`/${name}`) || kind.defaultPath === name);
}
