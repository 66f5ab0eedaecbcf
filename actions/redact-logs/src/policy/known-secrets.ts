/** A value to redact and where it came from (the label is printed, the value never). */
export interface KnownSecret {
  label: string;
  value: string;
}

/**
 * The `secrets` input: either the JSON of the secrets context
 * (`${{ toJSON(secrets) }}`, an object of names to values) or one secret per
 * line. Pure.
 */
export function parseSecretsInput(raw: string | undefined): KnownSecret[] {
  if (!raw || raw.trim() === '') return [];
  const trimmed = raw.trim();
  if (trimmed.startsWith('{')) {
    const parsed = tryJson(trimmed);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return Object.entries(parsed as Record<string, unknown>)
        .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
        .map(([name, value]) => ({ label: `secrets.${name}`, value }));
    }
  }
  return raw
    .split(/\r?\n/)
    .map((line, index) => ({ label: `secrets input line ${index + 1}`, value: line.trim() }))
    .filter((secret) => secret.value !== '');
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
