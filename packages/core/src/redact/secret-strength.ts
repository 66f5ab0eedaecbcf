/**
 * Whether a value is worth masking. Masking `true`, `1` or `admin` everywhere
 * makes logs unreadable and protects nothing (the runner does it anyway), so
 * such values are refused with a warning instead. Pure.
 */

export type Refusal = 'too-short' | 'low-entropy' | 'common-word';

/** Words that appear in ordinary logs; a "secret" equal to one of them protects nothing. */
const COMMON_WORDS = new Set([
  'true', 'false', 'null', 'none', 'nil', 'undefined', 'yes', 'no', 'on', 'off', 'enabled', 'disabled',
  'admin', 'administrator', 'root', 'user', 'guest', 'test', 'testing', 'demo', 'example', 'default',
  'password', 'passw0rd', 'secret', 'changeme', 'token', 'main', 'master', 'develop', 'release', 'latest',
  'production', 'staging', 'dev', 'prod', 'local', 'localhost', 'linux', 'windows', 'macos', 'ubuntu-latest',
]);

export function refusalOf(value: string, minLength: number): Refusal | undefined {
  const trimmed = value.trim();
  if (trimmed.length < minLength) return 'too-short';
  if (COMMON_WORDS.has(trimmed.toLowerCase())) return 'common-word';
  // `0000`, `abab`: two distinct characters carry at most one bit each.
  if (new Set(trimmed).size < 3) return 'low-entropy';
  return undefined;
}

export function describeRefusal(refusal: Refusal, minLength: number): string {
  switch (refusal) {
    case 'too-short':
      return `shorter than ${minLength} characters`;
    case 'common-word':
      return 'a common word that appears in ordinary logs';
    case 'low-entropy':
      return 'fewer than 3 distinct characters';
  }
}
