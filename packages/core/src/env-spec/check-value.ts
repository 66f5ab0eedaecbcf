import { InputParseError, parseBoolean, parseDuration, parseEnum, parseInteger } from '../inputs/parse.js';
import type { EnvVarSpec } from './env-spec.js';

/**
 * The checks that need nothing but the value: its type and the constraints on
 * it (filesystem constraints on paths are in path-constraints.ts). Returns
 * the problem, worded without the value, or undefined. Pure.
 */
export function valueProblem(spec: EnvVarSpec, value: string): string | undefined {
  const constraints = spec.constraints ?? {};
  if (constraints.pattern !== undefined && !wholeMatch(constraints.pattern, value)) return `does not match the pattern ${constraints.pattern}`;
  try {
    switch (spec.type) {
      case 'int':
        parseInteger(value, { min: constraints.min, max: constraints.max });
        return undefined;
      case 'bool':
        parseBoolean(value);
        return undefined;
      case 'enum':
        parseEnum(value, constraints.values ?? []);
        return undefined;
      case 'duration':
        parseDuration(value, durationRange(constraints['min-duration'], constraints['max-duration']));
        return undefined;
      case 'url':
        return urlProblem(value, constraints.https === true);
      case 'path':
        if (value.includes('\0')) return 'expected a path, got a value with a NUL character';
        if (constraints.absolute && !value.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(value)) return 'expected an absolute path';
        return undefined;
    }
  } catch (error) {
    if (error instanceof InputParseError) return `expected ${error.expected}`;
    throw error;
  }
}

function urlProblem(value: string, httpsOnly: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'expected a URL (scheme://host/...)';
  }
  if (httpsOnly && url.protocol !== 'https:') return `expected an https URL, got scheme ${url.protocol.replace(/:$/, '')}`;
  if (!['http:', 'https:'].includes(url.protocol)) return `expected an http(s) URL, got scheme ${url.protocol.replace(/:$/, '')}`;
  // Credentials in a URL end up in logs and process listings; a URL spec never carries them.
  if (url.username || url.password) return 'expected a URL without credentials (user:password@)';
  return undefined;
}

function durationRange(min: string | undefined, max: string | undefined): { minMs?: number; maxMs?: number } {
  return { minMs: min === undefined ? undefined : parseDuration(min), maxMs: max === undefined ? undefined : parseDuration(max) };
}

/** Anchored, so `pattern: '[a-z]+'` means the whole value, as a schema author expects. */
function wholeMatch(pattern: string, value: string): boolean {
  return new RegExp(`^(?:${pattern})$`, 'u').test(value);
}
