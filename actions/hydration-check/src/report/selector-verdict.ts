import { canonicalJson, JsonNumber, structuralDiff, type Change } from '@gates/core';
import type { Json } from '../resolve/merge-layers.js';
import type { Resolution } from '../resolve/resolve-selector.js';

export type Verdict = 'pass' | 'differs' | 'missing layer' | 'no fixture' | 'empty' | 'unresolved placeholder' | 'fixture written';

/** One selector judged: what the summary's row and the findings say. */
export interface SelectorResult {
  label: string;
  fixture: string;
  resolution: Resolution;
  verdict: Verdict;
  /** Paths where the resolved document and the fixture differ, first ones only. */
  changes: Change[];
  /** All differing paths (changes may hold fewer). */
  changedCount: number;
  /** The selector resolved and its fixture file is absent (whatever else is wrong with it). */
  fixtureMissing: boolean;
}

/** Paths kept per selector; the count says how many more. */
export const KEEP_PATHS = 200;

/** The verdict of one selector, from its resolution and its fixture (undefined: absent). Pure. */
export function judgeSelector(label: string, fixture: string, resolution: Resolution, expected: Json | undefined): SelectorResult {
  const result: SelectorResult = { label, fixture, resolution, verdict: 'pass', changes: [], changedCount: 0, fixtureMissing: false };
  if (resolution.missing.length > 0) return { ...result, verdict: 'missing layer' };
  const document = resolution.document!;
  if (isEmpty(document)) return { ...result, verdict: 'empty' };
  result.fixtureMissing = expected === undefined;
  if (expected !== undefined) {
    const diff = structuralDiff(expected, document, new Set(), KEEP_PATHS);
    result.changes = diff.changes;
    result.changedCount = diff.counts.added + diff.counts.removed + diff.counts.changed;
  }
  if (resolution.unresolved.length > 0) return { ...result, verdict: 'unresolved placeholder' };
  if (expected === undefined) return { ...result, verdict: 'no fixture' };
  return { ...result, verdict: result.changedCount > 0 ? 'differs' : 'pass' };
}

function isEmpty(document: Json): boolean {
  return typeof document === 'object' && document !== null && !(document instanceof JsonNumber) && Object.keys(document).length === 0;
}

/** Keys whose values the log never shows: a config's credentials are not for the step log, even placeholders of them. */
const SECRET_KEY = /pass(word|wd|phrase)?$|secret|token|api[-_]?key|private[-_]?key|credential|^auth(orization)?$|cookie|signature|dsn$/i;

/** A pointer's value in a document (RFC 6901), or undefined. */
export function valueAtPointer(document: Json, pointer: string): Json | undefined {
  let current: Json | undefined = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null || current instanceof JsonNumber || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, Json>)[key];
  }
  return current;
}

/** True when any key on the pointer looks like it holds a secret (a whole `credentials:` map is hidden). */
export function looksSecret(pointer: string): boolean {
  return pointer.split('/').slice(1).some((segment) => SECRET_KEY.test(segment.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** A value as the log shows it: JSON, at most 80 characters, hidden under a secret-looking key. */
export function shownValue(document: Json | undefined, pointer: string): string {
  if (document === undefined) return 'absent';
  const value = valueAtPointer(document, pointer);
  if (value === undefined) return 'absent';
  if (looksSecret(pointer)) return '[hidden: secret-looking key]';
  const text = shownJson(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * A value as one line of JSON. A JsonNumber as its own text (JSON.stringify
 * would show its fields, or round it to a double and show the very
 * difference the check found as no difference).
 */
function shownJson(value: Json): string {
  if (value instanceof JsonNumber) return value.text;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  // canonicalJson's line breaks sit only between tokens (a string's own are escaped): joined, it is one line.
  return canonicalJson(value).replace(/\n */g, '');
}
