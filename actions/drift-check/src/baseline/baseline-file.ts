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
export function baselineText(document: Json, ignore: ReadonlySet<string>, shown = 'document'): string {
  const kept = withoutIgnored(document, ignore) ?? null;
  try {
    return canonicalJson(kept);
  } catch (error) {
    // Two spaces of indent per level: a document nested tens of thousands of levels deep has a canonical text
    // longer than the longest string V8 holds (about 512 MiB), though its compact text is small.
    if (error instanceof RangeError) {
      throw new GatesError('GATES_E_DOCUMENT_INVALID', { source: shown, reason: 'its baseline text (two-space indent per level of nesting) would be longer than a string can hold, so it cannot be synced' });
    }
    throw error;
  }
}

/** Written beside itself and renamed over it: a reader never sees half a baseline. Inside the workspace only. */
export function writeBaseline(path: string, text: string, workspace: string): void {
  writeFileAtomically(path, text, { root: workspace, mode: 0o644 });
}

/**
 * The document without its ignored subtrees. Only the paths that lead to an
 * ignored pointer are walked; every other subtree is kept as it is. So the
 * walk is as deep as the longest `ignore` pointer, not as deep as the
 * document: a document nested tens of thousands of levels (which the reader
 * accepts) cannot overflow the stack here, and no path string is built for
 * nodes no pointer names.
 */
function withoutIgnored(document: Json, ignore: ReadonlySet<string>): Json | undefined {
  return keptPart(document, '', ignore, pointerPrefixes(ignore));
}

/** Every proper prefix of each pointer (`/a/b` gives `` and `/a`): the paths on the way to an ignored one. */
function pointerPrefixes(ignore: ReadonlySet<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const pointer of ignore) {
    // Segments escape "/" as "~1" (RFC 6901), so every "/" in a pointer separates two segments.
    for (let slash = pointer.indexOf('/'); slash !== -1; slash = pointer.indexOf('/', slash + 1)) prefixes.add(pointer.slice(0, slash));
  }
  return prefixes;
}

function keptPart(value: Json, path: string, ignore: ReadonlySet<string>, prefixes: ReadonlySet<string>): Json | undefined {
  if (ignore.has(path)) return undefined;
  if (!prefixes.has(path)) return value;
  if (Array.isArray(value)) return value.map((child, index) => keptPart(child, `${path}/${index}`, ignore, prefixes) ?? null);
  if (!isObject(value)) return value;
  const kept: Record<string, Json> = {};
  for (const [key, child] of Object.entries(value)) {
    const next = keptPart(child, `${path}/${pointerSegment(key)}`, ignore, prefixes);
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
