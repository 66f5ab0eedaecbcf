/**
 * A segment file's top-level fields other than `records`, read without
 * parsing or hashing the records (docs/ordering.md, "Signed segments"). The
 * MAC binds the name, the base and the head; the records are bound through
 * the head. So a keyed restore checks the MAC on these fields first, and a
 * segment that is unsigned or wrongly signed is refused at the cost of one
 * pass over its bytes: its records are never parsed, whatever they hold.
 * Pure.
 *
 * The records value is skipped by matching brackets outside strings; it is
 * not validated here (the full parse after a MAC match does that). A key
 * given twice is refused: JSON.parse keeps the last one, and the MAC must
 * have been checked over the very fields the full parse will use.
 */
export type SegmentHeader = { ok: true; fields: Map<string, unknown> } | { ok: false; reason: string };

class Malformed extends Error {}

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function readSegmentHeader(text: string): SegmentHeader {
  try {
    return { ok: true, fields: topLevelFields(text) };
  } catch (error) {
    if (error instanceof Malformed || error instanceof SyntaxError) return { ok: false, reason: 'not valid JSON (corrupt or truncated)' };
    throw error;
  }
}

function topLevelFields(text: string): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  let at = skipSpace(text, 0);
  expect(text, at, 0x7b);
  at = skipSpace(text, at + 1);
  if (text.charCodeAt(at) === 0x7d) return end(text, at + 1, fields);
  for (;;) {
    expect(text, at, QUOTE);
    const keyEnd = stringEnd(text, at);
    const key = JSON.parse(text.slice(at, keyEnd)) as string;
    if (fields.has(key)) throw new Malformed(`key ${key} twice`);
    at = skipSpace(text, keyEnd);
    expect(text, at, 0x3a);
    at = skipSpace(text, at + 1);
    const valueEnd = valueEndAt(text, at);
    // The records stay text: parsing them is what a refusal must not cost.
    fields.set(key, key === 'records' ? undefined : JSON.parse(text.slice(at, valueEnd)));
    at = skipSpace(text, valueEnd);
    if (text.charCodeAt(at) === 0x7d) return end(text, at + 1, fields);
    expect(text, at, 0x2c);
    at = skipSpace(text, at + 1);
  }
}

function end(text: string, at: number, fields: Map<string, unknown>): Map<string, unknown> {
  if (skipSpace(text, at) !== text.length) throw new Malformed('text after the object');
  return fields;
}

function expect(text: string, at: number, code: number): void {
  if (text.charCodeAt(at) !== code) throw new Malformed(`expected ${String.fromCharCode(code)} at ${at}`);
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && SPACE.has(text.charCodeAt(at))) at++;
  return at;
}

/** The index just past the string starting at `at` (a quote). */
function stringEnd(text: string, at: number): number {
  for (let index = at + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH) index++;
    else if (code === QUOTE) return index + 1;
  }
  throw new Malformed('unterminated string');
}

/** The index just past the value starting at `at`: a string, an object or array (brackets matched outside strings), or a scalar. */
function valueEndAt(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first === QUOTE) return stringEnd(text, at);
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    for (let index = at; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === QUOTE) index = stringEnd(text, index) - 1;
      else if (code === 0x7b || code === 0x5b) depth++;
      else if (code === 0x7d || code === 0x5d) {
        depth--;
        if (depth === 0) return index + 1;
      }
    }
    throw new Malformed('unclosed object or array');
  }
  let index = at;
  while (index < text.length && !SPACE.has(text.charCodeAt(index)) && ![0x2c, 0x7d, 0x5d].includes(text.charCodeAt(index))) index++;
  if (index === at) throw new Malformed('no value');
  return index;
}
