import { WorkflowRunnerError } from './errors.js';
import { evaluateValue, type Scope } from './expressions/evaluate.js';
import type { Plain } from './expressions/expression-data.js';
import type { Mapping } from './workflow-file.js';

interface DeclaredInput {
  type?: string;
  required?: boolean;
  default?: unknown;
}

const EMPTY: Record<string, Plain> = { string: '', boolean: false, number: 0 };

/**
 * A value for a typed input. Literals must have the declared type (the
 * parser rejects `flag: 'yes'` for a boolean); values that came from an
 * expression are strings more often than not (`needs.x.outputs.*`), so a
 * string that reads as the type is accepted, and anything else is refused.
 */
function typed(value: Plain, type: string, where: string): Plain {
  if (type === 'string') return value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
  }
  if (type === 'number') {
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  }
  throw new WorkflowRunnerError('invalid', `${where}: unexpected value ${JSON.stringify(value)} for an input of type ${type}`);
}

/**
 * Binds the inputs a caller gives to the ones a `workflow_call` (or
 * `workflow_dispatch`) declares, as GitHub does before the called workflow
 * starts: unknown inputs and missing required ones are errors, types are
 * checked, and defaults (which may use `github`, `inputs` and `vars`) fill
 * the rest; an optional input without a default is its type's empty value.
 */
export function bindInputs(declared: Mapping | undefined, given: Record<string, Plain>, defaultScope: Scope, where: string): Record<string, Plain> {
  const declarations = (declared ?? {}) as Record<string, DeclaredInput | null>;
  const known = new Map(Object.keys(declarations).map((name) => [name.toLowerCase(), name]));
  for (const name of Object.keys(given)) {
    if (!known.has(name.toLowerCase())) throw new WorkflowRunnerError('invalid', `${where}: Invalid input, ${name} is not defined in the referenced workflow.`);
  }
  const byName = new Map(Object.entries(given).map(([name, value]) => [name.toLowerCase(), value]));
  const inputs: Record<string, Plain> = {};
  for (const [name, declaration] of Object.entries(declarations)) {
    const type = declaration?.type ?? 'string';
    const value = byName.get(name.toLowerCase());
    if (value !== undefined) {
      inputs[name] = typed(value, type, `${where}.with.${name}`);
    } else if (declaration?.required) {
      throw new WorkflowRunnerError('invalid', `${where}: Input ${name} is required, but not provided while calling.`);
    } else if (declaration?.default !== undefined) {
      const fallback = evaluateValue(declaration.default, { ...defaultScope, where: `${defaultScope.where}.${name}.default` });
      inputs[name] = typed(fallback, type, `${where}: default of ${name}`);
    } else {
      inputs[name] = EMPTY[type] ?? '';
    }
  }
  return inputs;
}

/**
 * Binds the secrets a caller passes (`secrets: inherit` or a mapping) to the
 * ones the called workflow declares: undeclared names and missing required
 * ones are errors. With `inherit`, every secret of the caller passes.
 */
export function bindSecrets(declared: Mapping | undefined, given: Record<string, string>, inherit: boolean, where: string): Record<string, string> {
  const declarations = (declared ?? {}) as Record<string, { required?: boolean } | null>;
  const known = new Set(Object.keys(declarations).map((name) => name.toUpperCase()));
  if (!inherit) {
    for (const name of Object.keys(given)) {
      if (!known.has(name.toUpperCase())) throw new WorkflowRunnerError('invalid', `${where}: Invalid secret, ${name} is not defined in the referenced workflow.`);
    }
  }
  const passed = new Set(Object.keys(given).map((name) => name.toUpperCase()));
  for (const [name, declaration] of Object.entries(declarations)) {
    if (declaration?.required && !passed.has(name.toUpperCase())) throw new WorkflowRunnerError('invalid', `${where}: Secret ${name} is required, but not provided while calling.`);
  }
  return { ...given };
}
