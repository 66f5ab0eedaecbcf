import type { ActionManifest } from './action-manifest.js';

/**
 * The INPUT_* environment the runner gives one step of a JavaScript action, as actions/runner builds it
 * (src/Runner.Worker):
 *  - ActionRunner.RunAsync takes the step's `with:` values, then, for every input the action.yml declares and the
 *    step did not give, `ActionManifestManager.EvaluateDefaultInput`: the default is evaluated as a template in the
 *    manifest schema's `input-default-context` (contexts github, strategy, matrix, job, runner; hashFiles), and an
 *    input declared without a default yields "" (the token is null, the result stays ""). So every declared input
 *    arrives, given or not. `required:` is never enforced. Given names match declared ones case-insensitively; an
 *    undeclared one only earns a warning and is still passed (here it is refused: in a test it is a typo).
 *  - Handler.AddInputsToEnvironment names each `INPUT_` + the name with spaces as `_`, upper-cased (hyphens kept).
 */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** What a default's expressions can see: the job's token (`github.token`) and the step's environment. */
export interface ExpressionScope {
  token: string;
  env: NodeJS.ProcessEnv;
}

export function stepInputs(manifest: ActionManifest, given: Record<string, string>, scope: ExpressionScope): Record<string, string> {
  const declared = new Map(Object.keys(manifest.inputs).map((name) => [name.toLowerCase(), name]));
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(given)) {
    const known = declared.get(name.toLowerCase());
    if (!known) throw new Error(`${manifest.file} declares no input "${name}" (declared: ${[...declared.values()].join(', ')})`);
    inputs[known] = value;
  }
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    if (!(name in inputs)) inputs[name] = spec.default === undefined ? '' : evaluateDefault(spec.default, scope);
  }
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value]));
}

/** Contexts a default may read, by the runner's schema; each maps to the environment variables that carry it on a runner. */
const CONTEXT_PREFIX: Record<string, string> = { github: 'GITHUB_', runner: 'RUNNER_' };

/**
 * Evaluates `${{ context.property }}` in a default as the runner does: the expression's value replaces it, a
 * missing property is "" . Only property reads are supported; anything else is a harness limit, said loudly.
 */
export function evaluateDefault(text: string, scope: ExpressionScope): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_whole, expression: string) => {
    const match = /^\s*(\w+)\.([\w-]+)\s*$/.exec(expression);
    const prefix = match ? CONTEXT_PREFIX[match[1]!] : undefined;
    if (!match || !prefix) throw new Error(`the harness cannot evaluate the default expression \${{${expression}}}; extend test/harness/step-inputs.ts`);
    if (match[1] === 'github' && match[2] === 'token') return scope.token;
    return scope.env[`${prefix}${match[2]!.toUpperCase()}`] ?? '';
  });
}
