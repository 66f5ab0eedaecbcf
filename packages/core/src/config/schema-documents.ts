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
import type { ConfigKindId } from './schemas.js';

/**
 * The JSON Schema of each config kind. Loaded with the validator (load-file.ts), when a file is read: about 45 KB
 * of JSON that every action's start-up parsed before, with or without a config file.
 */
export const SCHEMAS: Record<ConfigKindId, Record<string, unknown>> = {
  gates: gatesSchema,
  rbac: rbacSchema,
  'rbac-test': rbacTestSchema,
  redact: redactSchema,
  perf: perfSchema,
  env: envSchema,
  waivers: waiversSchema,
  commands: commandsSchema,
  hydration: hydrationSchema,
  error: errorSchema,
};
