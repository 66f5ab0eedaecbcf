import { existsSync } from 'node:fs';
import { canonicalJson, GatesError, JsonNumber, pointerSegment, readRegularFile, writeFileAtomically, type ExactJson } from '@gates/core';

type Json = ExactJson;

/** Baselines are `*.shadow.json`, so a path input cannot point a sync at a source file. */
export function checkBaselineName(shown: string): void {
  if (!/\.shadow\.json$/.test(shown)) {
    throw new GatesError('GATES_E_INPUT_INVALID', { input: 'baseline', value: shown, expected: 'a path ending in .shadow.json' });
  }
}

export function readBaseline(path: string, shown: string, maxBytes: number): Buffer {
  if (!existsSync(path)) throw new GatesError('GATES_E_BASELINE_MISSING', { file: shown });
  return readRegularFile(path, { maxBytes });
}

/**
 * The baseline text of a document: ignored pointers removed (they are not
 * compared, so they are not kept), then canonical JSON (keys sorted), so a
 * sync's pull request diff shows only what drifted. A number a double would
 * change is written as the document spelled it.
 */
export function baselineText(document: Json, ignore: ReadonlySet<string>): string {
  return canonicalJson(withoutIgnored(document, '', ignore) ?? null);
}

/** Written beside itself and renamed over it: a reader never sees half a baseline. Inside the workspace only. */
export function writeBaseline(path: string, text: string, workspace: string): void {
  writeFileAtomically(path, text, { root: workspace, mode: 0o644 });
}

function withoutIgnored(value: Json, path: string, ignore: ReadonlySet<string>): Json | undefined {
  if (ignore.has(path)) return undefined;
  if (Array.isArray(value)) return value.map((child, index) => withoutIgnored(child, `${path}/${index}`, ignore) ?? null);
  if (!isObject(value)) return value;
  const kept: Record<string, Json> = {};
  for (const [key, child] of Object.entries(value)) {
    const next = withoutIgnored(child, `${path}/${pointerSegment(key)}`, ignore);
    if (next !== undefined) setOwn(kept, key, next);
  }
  return kept;
}

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber);
}

/** `object[key] = value` would set the prototype for a key named `__proto__`, which JSON allows: that key would vanish from the baseline. */
function setOwn(object: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
