import type { Json } from './parse-document.js';

/**
 * A document as a committed file shows it: keys sorted, two-space indent, one
 * final newline, so a rewrite's pull request diff shows only what changed
 * (drift-check's baselines, hydration-check's fixtures).
 */
export function canonicalJson(document: Json): string {
  return `${JSON.stringify(document, (_key, value: Json) => (isObject(value) ? sortedObject(value) : value), 2)}\n`;
}

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortedObject(value: Record<string, Json>): Record<string, Json> {
  const sorted: Record<string, Json> = {};
  // Defined, not assigned: `sorted[key] = ...` sets the prototype for a key named `__proto__`, which JSON allows.
  for (const key of Object.keys(value).sort()) Object.defineProperty(sorted, key, { value: value[key]!, enumerable: true, writable: true, configurable: true });
  return sorted;
}
