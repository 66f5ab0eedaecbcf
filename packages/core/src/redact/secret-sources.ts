import { inputEnvName } from '../inputs/input-reader.js';
import { globMatcher } from '../text/glob.js';
import type { Redactor } from './redactor.js';
import type { Refusal } from './secret-strength.js';

/** Names of environment variables whose values are secrets, before any config says more (gates.yml `redact.env-patterns` adds to them). */
export const DEFAULT_SECRET_ENV_PATTERNS: readonly string[] = ['*_TOKEN', '*_SECRET', '*_PASSWORD', '*_API_KEY'];

export interface RefusedSecret {
  /** Where the value came from, e.g. `env NPM_TOKEN`: never the value. */
  label: string;
  refusal: Refusal;
}

/**
 * Registers the secrets gates knows of at start: the values of inputs an
 * action declares secret, and environment variables whose names match the
 * patterns (e.g. `*_TOKEN`). Called first thing, with the default patterns,
 * before anything that can fail and print a value (config, inputs); again
 * with the config's patterns once it is loaded. Returns the values refused as
 * not worth masking, so the caller can warn without printing them.
 */
export function registerKnownSecrets(
  redactor: Redactor,
  env: NodeJS.ProcessEnv,
  secretInputs: readonly string[],
  envPatterns: readonly string[],
): RefusedSecret[] {
  const refused: RefusedSecret[] = [];
  const consider = (label: string, value: string | undefined) => {
    if (!value || value.trim() === '') return;
    const refusal = redactor.tryAddSecret(value);
    if (refusal) refused.push({ label, refusal });
  };
  for (const input of secretInputs) consider(`input ${input}`, env[inputEnvName(input)]);
  const matches = globMatcher(envPatterns);
  for (const [name, value] of Object.entries(env)) if (matches(name)) consider(`env ${name}`, value);
  return refused;
}
