import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatesError } from '../errors/gates-error.js';
import type { EnvVarSpec } from './env-spec.js';
import { checkVariable } from './validate-env.js';

export const STATE_ROOT_VARIABLE = 'MEMORY_STORAGE_ROOT';
/** Set to `true` to let the state root live inside the checkout (it then shows in `git status`). */
export const ALLOW_IN_WORKSPACE_VARIABLE = 'GATES_STATE_IN_WORKSPACE';

/**
 * The suite's own variables, declared as a user declares theirs in env-guard's
 * policy and checked by the same validator when an action starts. Test-only
 * variables (GATES_TEST_*) are the test harness's, not the suite's.
 */
export function suiteEnvSpec(env: NodeJS.ProcessEnv): EnvVarSpec[] {
  return [
    {
      name: ALLOW_IN_WORKSPACE_VARIABLE,
      type: 'bool',
      default: 'false',
      description: 'true: the state root may live inside the checkout (it then shows in `git status`).',
    },
    {
      name: STATE_ROOT_VARIABLE,
      type: 'path',
      // Where the runner keeps the job's temporary files; a terminal's temporary directory otherwise.
      default: join(env.RUNNER_TEMP || tmpdir(), 'gates-state'),
      constraints: { 'private-dir': true },
      description: 'Where gates keeps its state (audit ledger, locks, reports): a directory only this user can write, outside the checkout.',
    },
  ];
}

/**
 * Checks the suite's variables (exit 2 on a bad one) and returns the state
 * root's real path, creating it (0700) once it is judged safe. Weaknesses the
 * runner set up itself are passed to `warn`.
 */
export function validateSuiteEnvironment(env: NodeJS.ProcessEnv, warn: (message: string) => void = () => {}): { stateRoot: string } {
  const [allowSpec, rootSpec] = suiteEnvSpec(env) as [EnvVarSpec, EnvVarSpec];
  const allow = checkVariable(allowSpec, env);
  if (allow.problem) throw new GatesError('GATES_E_ENV_INVALID', { name: allow.name, value: JSON.stringify(env[allow.name] ?? ''), expected: 'true or false' });
  const allowed = /^true$/i.test(allow.value ?? '');
  const root = checkVariable(rootSpec, env, { create: true, allowInWorkspace: { variable: ALLOW_IN_WORKSPACE_VARIABLE, allowed } });
  const configured = root.source === 'set' ? env[STATE_ROOT_VARIABLE]! : rootSpec.default!;
  if (root.problem) throw new GatesError('GATES_E_STATE_ROOT', { path: configured, reason: root.problem });
  for (const warning of root.warnings) warn(`State root ${configured}: ${warning}.`);
  return { stateRoot: root.value! };
}
