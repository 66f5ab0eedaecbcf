import { JsonNumber, sameNumber } from './decimal.js';
import type { ExactJson } from './json-reader.js';

type Json = ExactJson;

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface Change {
  /** JSON Pointer (RFC 6901) of the value. */
  path: string;
  kind: ChangeKind;
}

export interface DriftDiff {
  /** The first `keep` changes in document order (the rest are counted). */
  changes: Change[];
  counts: Record<ChangeKind, number>;
  /** Leaf paths in either document, ignored ones excepted: the score's denominator. */
  total: number;
  /** changed paths / total (0 when both are empty). */
  score: number;
}

/** RFC 6901: `~` is `~0`, `/` is `~1`. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

const isObject = (value: Json | undefined): value is { [key: string]: Json } => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber);

/**
 * The structural difference of two documents, leaf by leaf: objects by key
 * (order does not matter), arrays by index, scalars by value (so 1.0 and 1
 * are one number, and 9007199254740993 and 9007199254740992 two). Ignored pointers take their whole subtree with them. An
 * explicit stack, not recursion: a deep document cannot overflow it. Memory
 * is the two documents plus the stack and the first `keep` changes.
 */
export function structuralDiff(baseline: Json, current: Json, ignore: ReadonlySet<string>, keep = 1000): DriftDiff {
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0 };
  const changes: Change[] = [];
  let total = 0;
  const record = (path: string, kind: ChangeKind, leaves: number) => {
    counts[kind] += leaves;
    total += leaves;
    if (changes.length < keep) changes.push({ path, kind });
  };
  const stack: { path: string; before: Json | undefined; after: Json | undefined }[] = [{ path: '', before: baseline, after: current }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { path, before, after } = item;
    if (ignore.has(path)) continue;
    if (before === undefined) {
      record(path, 'added', leafCount(after!, path, ignore));
      continue;
    }
    if (after === undefined) {
      record(path, 'removed', leafCount(before, path, ignore));
      continue;
    }
    const bothArrays = Array.isArray(before) && Array.isArray(after);
    if (bothArrays || (isObject(before) && isObject(after))) {
      const keys = bothArrays ? indices(Math.max(before.length, after.length)) : unionKeys(before as Record<string, Json>, after as Record<string, Json>);
      // Pushed in reverse so changes come out in document order.
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index]!;
        stack.push({ path: `${path}/${pointerSegment(key)}`, before: childOf(before, key), after: childOf(after, key) });
      }
      if (keys.length === 0) total += 1;
      continue;
    }
    if (isContainer(before) || isContainer(after) || !sameScalar(before, after)) record(path, 'changed', 1);
    else total += 1;
  }
  const changed = counts.added + counts.removed + counts.changed;
  return { changes, counts, total, score: total === 0 ? 0 : changed / total };
}

/** Numbers by exact value (-0 and 0 are one number), anything else by identity. */
function sameScalar(a: Json, b: Json): boolean {
  const numberA = typeof a === 'number' || a instanceof JsonNumber;
  const numberB = typeof b === 'number' || b instanceof JsonNumber;
  if (numberA && numberB) return sameNumber(a, b);
  return Object.is(a, b);
}

function isContainer(value: Json): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof JsonNumber);
}

function childOf(container: Json, key: string | number): Json | undefined {
  if (Array.isArray(container)) return container[key as number];
  return Object.hasOwn(container as object, key) ? (container as Record<string, Json>)[key as string] : undefined;
}

function indices(length: number): number[] {
  const result: number[] = [];
  for (let index = 0; index < length; index++) result.push(index);
  return result;
}

function unionKeys(a: Record<string, Json>, b: Record<string, Json>): string[] {
  const keys = new Set(Object.keys(a));
  for (const key of Object.keys(b)) keys.add(key);
  return [...keys].sort();
}

/** Leaves under a value, ignored subtrees excepted (an empty object or array is one leaf). */
function leafCount(value: Json, path: string, ignore: ReadonlySet<string>): number {
  let count = 0;
  const stack: { path: string; value: Json }[] = [{ path, value }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (ignore.has(item.path)) continue;
    if (!isContainer(item.value)) {
      count += 1;
      continue;
    }
    const entries = Array.isArray(item.value) ? item.value.map((child, index) => [index, child] as const) : Object.entries(item.value as Record<string, Json>);
    if (entries.length === 0) count += 1;
    for (const [key, child] of entries) stack.push({ path: `${item.path}/${pointerSegment(key)}`, value: child });
  }
  return count;
}
