/**
 * Variables a command under test must not inherit from the gate's step: the
 * step's inputs (its token among them), the runner's file commands (a command
 * writing `verdict=pass` to GITHUB_OUTPUT would forge the gate's verdict) and
 * the runner's service tokens. Fail closed: a command that needs one gets it
 * through the table's `env`, where a reviewer sees it.
 */
const WITHHELD = /^(INPUT_.*|GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY)|ACTIONS_(RUNTIME_TOKEN|RUNTIME_URL|RESULTS_URL|CACHE_URL|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL))$/;

/** The environment of a case: the step's, less what is withheld, plus the table's additions. Pure. */
export function childEnvironment(base: NodeJS.ProcessEnv, additions: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) if (value !== undefined && !WITHHELD.test(name)) env[name] = value;
  return { ...env, ...additions };
}
