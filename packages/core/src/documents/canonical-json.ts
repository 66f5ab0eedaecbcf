import { JsonNumber } from './decimal.js';
import type { ExactJson } from './json-reader.js';

type Container = ExactJson[] | { [key: string]: ExactJson };

interface Frame {
  container: Container;
  /** The object's keys in output order; undefined for an array. */
  keys: string[] | undefined;
  next: number;
  indent: string;
}

/**
 * A document as a committed file shows it: keys sorted, two-space indent, one
 * final newline, so a rewrite's pull request diff shows only what changed
 * (drift-check's baselines, hydration-check's fixtures). The text
 * JSON.stringify(sorted, null, 2) gives, except that a JsonNumber is written
 * as its source text (JSON.stringify would have to round it to a double,
 * and Node 20 has no JSON.rawJSON). An explicit stack, not recursion: a
 * document nested deeper than the call stack is written too.
 */
export function canonicalJson(document: ExactJson): string {
  const parts: string[] = [];
  const stack: Frame[] = [];
  const open = (value: ExactJson, indent: string) => {
    if (!isContainer(value)) {
      parts.push(scalarText(value));
      return;
    }
    const keys = Array.isArray(value) ? undefined : outputOrder(value);
    const length = keys ? keys.length : (value as ExactJson[]).length;
    const [start, end] = keys ? ['{', '}'] : ['[', ']'];
    if (length === 0) parts.push(start + end);
    else {
      parts.push(start);
      stack.push({ container: value, keys, next: 0, indent });
    }
  };
  open(document, '');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const { container, keys, indent } = frame;
    const length = keys ? keys.length : (container as ExactJson[]).length;
    if (frame.next === length) {
      stack.pop();
      parts.push(`\n${indent}${keys ? '}' : ']'}`);
      continue;
    }
    const inner = `${indent}  `;
    parts.push(frame.next === 0 ? `\n${inner}` : `,\n${inner}`);
    let child: ExactJson;
    if (keys) {
      const key = keys[frame.next]!;
      parts.push(`${JSON.stringify(key)}: `);
      child = (container as Record<string, ExactJson>)[key]!;
    } else child = (container as ExactJson[])[frame.next]!;
    frame.next++;
    open(child, inner);
  }
  parts.push('\n');
  return parts.join('');
}

function isContainer(value: ExactJson): value is Container {
  return typeof value === 'object' && value !== null && !(value instanceof JsonNumber);
}

/**
 * Sorted, as an object built in sorted order enumerates: JavaScript lists
 * integer-like keys ("2", "10") first, in numeric order, whatever the
 * insertion order, and JSON.stringify followed that. Object.keys already
 * gives them first and in that order, so only the rest is sorted.
 */
function outputOrder(object: Record<string, ExactJson>): string[] {
  const keys = Object.keys(object);
  let firstNamed = 0;
  while (firstNamed < keys.length && isArrayIndex(keys[firstNamed]!)) firstNamed++;
  return firstNamed === 0 ? keys.sort() : [...keys.slice(0, firstNamed), ...keys.slice(firstNamed).sort()];
}

function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}

function scalarText(value: Exclude<ExactJson, Container>): string {
  if (value instanceof JsonNumber) return value.text;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return JSON.stringify(value);
}
