import { inputEnvName } from '../inputs/input-reader.js';
import { globMatcher } from '../text/glob.js';
import type { Redactor } from './redactor.js';

/**
 * Registers the secrets gates knows of at start: the values of inputs an
 * action declares secret, and environment variables whose names match the
 * configured patterns (e.g. `*_TOKEN`). Returns the names of values refused as
 * too short to mask, so the caller can warn without printing them.
 */
export function registerKnownSecrets(
  redactor: Redactor,
  env: NodeJS.ProcessEnv,
  secretInputs: readonly string[],
  envPatterns: readonly string[],
): string[] {
  const refused: string[] = [];
  const consider = (label: string, value: string | undefined) => {
    if (value && value.trim() !== '' && !redactor.addSecret(value)) refused.push(label);
  };
  for (const input of secretInputs) consider(`input ${input}`, env[inputEnvName(input)]);
  const matches = globMatcher(envPatterns);
  for (const [name, value] of Object.entries(env)) if (matches(name)) consider(`env ${name}`, value);
  return refused;
}
