import { inputEnvName } from '@gates/core';
import { INPUT_ROUTES } from './input-routes.generated.js';

/**
 * The environment the routed action sees: exactly the INPUT_* variables it gets when used on its own, each taken
 * from the root input that carries it (see scripts/root-inputs.mjs: `rbac-guard-policy` becomes rbac-guard's
 * `policy`). The root inputs of other actions are left out, so no action reads another's value or default.
 */
export function routedEnvironment(env: NodeJS.ProcessEnv, action: string): NodeJS.ProcessEnv {
  const routed = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
  for (const [input, rootInput] of Object.entries(INPUT_ROUTES[action] ?? {})) {
    const value = env[inputEnvName(rootInput)];
    if (value !== undefined) routed[inputEnvName(input)] = value;
  }
  return routed;
}
