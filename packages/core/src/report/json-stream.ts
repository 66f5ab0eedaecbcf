import { types } from 'node:util';

/** Elements of a walked array stringified together: some tens of KB of text for findings. */
const BATCH = 128;

/** textOf()'s answer for an array or object the walker writes itself. */
const WALK = Symbol('walk');

/**
 * Gives `sink` the text of `JSON.stringify(value)` piece by piece, in order, byte for byte, without building it
 * whole: a report of megabytes as one string, flattened, then encoded into a buffer of its own, was three fresh
 * copies of its size (a page fault per 4 KB of each). Returns false, having written nothing, where
 * JSON.stringify returns undefined (for undefined, a function, a symbol, or a toJSON that gives one of them).
 *
 * The arrays and objects of the top `levels` levels are walked here (the report, its findings array); below
 * them JSON.stringify does the work, on runs of up to BATCH elements of an array at once (findings), or on one
 * value. A JSON.stringify call builds its text as a rope that the encoder then copies flat, and its first
 * pieces are small: one call per finding allocated about three times the finding's text, one per run of them
 * about twice. (Walking every finding here allocated next to nothing, but took longer in JavaScript than the
 * faults it saved.)
 *
 * The walk takes JSON.stringify's steps (ECMA-262 SerializeJSONProperty): a callable toJSON is called with the
 * key, and what it returns is written; a boxed primitive is its primitive; an object's own enumerable string
 * keys in order, each read once, a property whose value has no text left out; an array's elements up to its
 * length, an element with no text (or a hole) written as null. An element with a toJSON is stringified on its
 * own, with its key; in a run, no element has one, and the index a run gives them is never seen. A cycle is a
 * TypeError, as there (its message may start elsewhere on the cycle). What a caller could see differ, given
 * getters with side effects: a toJSON getter (not a method) is read twice, and a run's elements are all read
 * before the first of them is stringified. Reports are data, without either.
 */
export function streamJson(value: unknown, sink: (piece: string) => void, levels = 2): boolean {
  const text = textOf(value, '', levels);
  if (text === undefined) return false;
  if (text === WALK) walk(value as object, levels - 1, sink);
  else sink(text);
  return true;
}

/** True if JSON.stringify would call the value's toJSON (an object, a function or a bigint with a callable one). */
function hasToJSON(value: unknown): boolean {
  const type = typeof value;
  return ((type === 'object' && value !== null) || type === 'function' || type === 'bigint') && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** A property's text (undefined: it has none, and is left out of an object), or WALK. */
function textOf(value: unknown, key: string | number, levels: number): string | undefined | typeof WALK {
  if (hasToJSON(value)) {
    if (key === '') return JSON.stringify(value);
    // Below the top, as the one property of an object with that key, which JSON.stringify passes to toJSON.
    const wrapped = JSON.stringify({ [key]: value });
    return wrapped === '{}' ? undefined : wrapped.slice(JSON.stringify(String(key)).length + 2, -1);
  }
  return walks(value, levels) ? WALK : JSON.stringify(value);
}

/** Walked: an array or an object that is not a boxed primitive, above the bottom level (toJSON already ruled out). */
function walks(value: unknown, levels: number): boolean {
  return levels > 0 && typeof value === 'object' && value !== null && !types.isBoxedPrimitive(value);
}

/** No cycle check here: the walk is `levels` deep, and a cycle through it is still one JSON.stringify meets below. */
function walk(value: object, levels: number, sink: (piece: string) => void): void {
  if (Array.isArray(value)) array(value, levels, sink);
  else object(value as Record<string, unknown>, levels, sink);
}

function array(value: unknown[], levels: number, sink: (piece: string) => void): void {
  const length = value.length;
  if (length === 0) {
    sink('[]');
    return;
  }
  sink('[');
  // Elements JSON.stringify would write as they are (no toJSON, not walked), each read once, waiting for a run.
  const run: unknown[] = [];
  // Unless someone gave arrays a toJSON: then a run would be written as whatever that returns.
  const batch = hasToJSON(run) ? 1 : BATCH;
  const writeRun = (): void => {
    // Stringified as an array, brackets cut off: an element with no text is null there too. The comma before a
    // run went out when it started.
    const text = JSON.stringify(run);
    sink(text.slice(1, -1));
    run.length = 0;
  };
  for (let index = 0; index < length; index++) {
    const item = value[index];
    if (batch > 1 && !hasToJSON(item) && !walks(item, levels)) {
      if (run.length === 0 && index > 0) sink(',');
      run.push(item);
      if (run.length === batch) writeRun();
      continue;
    }
    if (run.length > 0) writeRun();
    if (index > 0) sink(',');
    const text = textOf(item, index, levels);
    if (text === WALK) walk(item as object, levels - 1, sink);
    else sink(text ?? 'null');
  }
  if (run.length > 0) writeRun();
  sink(']');
}

function object(value: Record<string, unknown>, levels: number, sink: (piece: string) => void): void {
  let separator = '{';
  for (const key of Object.keys(value)) {
    const item = value[key];
    const text = textOf(item, key, levels);
    if (text === undefined) continue;
    if (text === WALK) {
      sink(`${separator}${JSON.stringify(key)}:`);
      walk(item as object, levels - 1, sink);
    } else sink(`${separator}${JSON.stringify(key)}:${text}`);
    separator = ',';
  }
  sink(separator === '{' ? '{}' : '}');
}
