import { JsonNumber, pointerSegment } from '@gates/core';
import type { Json } from './merge-layers.js';

/** `${NAME}`, or `$${NAME}` for the literal text `${NAME}`. */
const PLACEHOLDER = /\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export interface UnresolvedPlaceholder {
  /** JSON Pointer of the string value holding it. */
  path: string;
  name: string;
}

export interface Hydrated {
  document: Json;
  unresolved: UnresolvedPlaceholder[];
}

/**
 * Fills `${NAME}` placeholders in string values from `values` (the spec's
 * `env` block) and from nothing else: the process environment is never read,
 * so a secret in the runner's environment cannot hydrate into a document or
 * its fixture. A name not in `values` stays as written and is reported.
 * Keys are not hydrated. Pure; the input is not changed.
 */
export function fillPlaceholders(document: Json, values: Readonly<Record<string, string>>): Hydrated {
  const unresolved: UnresolvedPlaceholder[] = [];
  const fill = (value: Json, path: string): Json => {
    if (typeof value === 'string') {
      return value.replace(PLACEHOLDER, (whole, escaped: string, name: string) => {
        if (escaped) return whole.slice(1);
        if (Object.hasOwn(values, name)) return values[name]!;
        unresolved.push({ path, name });
        return whole;
      });
    }
    if (Array.isArray(value)) return value.map((child, index) => fill(child, `${path}/${index}`));
    if (value === null || typeof value !== 'object' || value instanceof JsonNumber) return value;
    const filled: { [key: string]: Json } = {};
    for (const key of Object.keys(value)) Object.defineProperty(filled, key, { value: fill(value[key]!, `${path}/${pointerSegment(key)}`), enumerable: true, writable: true, configurable: true });
    return filled;
  };
  return { document: fill(document, ''), unresolved };
}
