import { GatesError, JsonNumber, type ExactJson } from '@gates/core';

/** A parsed layer or fixture: numbers a double would change kept exact (JsonNumber), as drift-check reads them. */
export type Json = ExactJson;

export type JsonMap = { [key: string]: Json };

/** One parsed layer file, in merge order. */
export interface Layer {
  /** The file as the workspace names it, e.g. config/env/prod.yml. */
  file: string;
  document: JsonMap;
}

/** Deepest nesting a layer may have: far beyond real config, far below a stack overflow. */
export const MAX_DEPTH = 64;

export const isMap = (value: Json | undefined): value is JsonMap => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber);

/**
 * The resolved document of layers, in order: maps merge key by key (a later
 * layer wins), arrays and scalars replace what was there whole, and `null`
 * deletes the key. Pure: no layer is changed. Not core's mergeLayers (the
 * suite's own config), which keeps nulls and tracks provenance by dotted path;
 * here a key may contain dots and `null` must delete.
 */
export function mergeLayers(layers: readonly Layer[]): JsonMap {
  let resolved: JsonMap = {};
  for (const layer of layers) resolved = mergeMaps(resolved, layer.document);
  return resolved;
}

function mergeMaps(base: JsonMap | undefined, overlay: JsonMap): JsonMap {
  const merged: JsonMap = {};
  if (base) for (const key of Object.keys(base)) setOwn(merged, key, base[key]!);
  for (const key of Object.keys(overlay)) {
    const value = overlay[key]!;
    if (value === null) {
      delete merged[key];
      continue;
    }
    const below = Object.hasOwn(merged, key) ? merged[key] : undefined;
    // A map under a map merges; a map over anything else starts clean (its nulls still delete nothing and are dropped).
    setOwn(merged, key, isMap(value) ? mergeMaps(isMap(below) ? below : undefined, value) : value);
  }
  return merged;
}

/** An own property even for `__proto__`: plain assignment would set the object's prototype instead. */
function setOwn(target: JsonMap, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Refuses a layer nested deeper than MAX_DEPTH (checked without recursion, before any merge recurses into it). */
export function checkDepth(document: Json, source: string): void {
  const stack: { value: Json; depth: number }[] = [{ value: document, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null || item.value instanceof JsonNumber) continue;
    if (item.depth >= MAX_DEPTH) throw new GatesError('GATES_E_DOCUMENT_INVALID', { source, reason: `it is nested deeper than ${MAX_DEPTH} levels` });
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
}
