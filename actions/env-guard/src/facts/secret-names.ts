import { GatesError, type Redactor } from '@gates/core';

/**
 * The names in the `secrets` input (the JSON of the secrets context,
 * `toJSON(secrets)`): only names are judged. Every value is registered with
 * the redactor first, so none can be printed, whatever happens next.
 */
export function parseSecretNames(raw: string | undefined, redactor: Redactor): string[] {
  if (raw === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    redactor.tryAddSecret(raw.trim());
    throw new GatesError('GATES_E_INPUT_INVALID', { input: 'secrets', value: '(not shown)', expected: 'the JSON of the secrets context: ${{ toJSON(secrets) }}' });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new GatesError('GATES_E_INPUT_INVALID', { input: 'secrets', value: '(not shown)', expected: 'a JSON object of secret names to values: ${{ toJSON(secrets) }}' });
  }
  for (const value of Object.values(parsed)) if (typeof value === 'string' && value) redactor.tryAddSecret(value);
  return Object.keys(parsed);
}
