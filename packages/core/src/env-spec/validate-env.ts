import { checkPathConstraints, type PathCheckOptions } from './path-constraints.js';
import { valueProblem } from './check-value.js';
import type { EnvVarResult, EnvVarSpec } from './env-spec.js';

/**
 * One variable against its spec: unset or empty takes the default; a
 * required variable with neither is a problem; a value is checked for its
 * type, then (paths) on the filesystem. Never puts the value in a message.
 */
export function checkVariable(spec: EnvVarSpec, env: NodeJS.ProcessEnv, options: PathCheckOptions = {}): EnvVarResult {
  const given = env[spec.name];
  const set = given !== undefined && given.trim() !== '';
  const value = set ? given : spec.default;
  const result: EnvVarResult = { name: spec.name, source: set ? 'set' : value !== undefined ? 'default' : 'absent', value, warnings: [] };
  if (value === undefined) {
    if (spec.required) result.problem = 'it is required and not set';
    return result;
  }
  const problem = valueProblem(spec, value);
  if (problem) return { ...result, problem };
  if (spec.type !== 'path') return result;
  const check = checkPathConstraints(spec.name, value, spec.constraints ?? {}, env, options);
  return { ...result, problem: check.problem, warnings: check.warnings, value: check.realPath && options.create ? check.realPath : value };
}

/** Every variable of a spec, in the spec's order. */
export function checkVariables(specs: readonly EnvVarSpec[], env: NodeJS.ProcessEnv): EnvVarResult[] {
  return specs.map((spec) => checkVariable(spec, env));
}
