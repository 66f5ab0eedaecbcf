import type { OutputShape } from '../table/model.js';

/** What a check of JSON needs: the schema validator is loaded lazily (see json-shape.ts). */
export type JsonCheck = (text: string, schema: Record<string, unknown> | boolean, stream: string) => string[];

/**
 * Every way one output stream breaks its expected shape, each a sentence
 * that names the stream and the expectation (never the whole output: that
 * is untrusted text, quoted short by the caller when at all). Pure but for
 * the regex, which the table loader has judged safe.
 */
export function shapeProblems(shape: OutputShape, text: string, stream: 'stdout' | 'stderr', json: JsonCheck): string[] {
  const problems: string[] = [];
  if (shape.empty === true && text.length > 0) problems.push(`${stream} is not empty (${text.length} character(s))`);
  if (shape.empty === false && text.length === 0) problems.push(`${stream} is empty`);
  for (const piece of asList(shape.contains)) if (!text.includes(piece)) problems.push(`${stream} does not contain ${JSON.stringify(piece)}`);
  for (const piece of asList(shape['not-contains'])) if (text.includes(piece)) problems.push(`${stream} contains ${JSON.stringify(piece)}`);
  if (shape.regex !== undefined && !new RegExp(shape.regex, 'u').test(text)) problems.push(`${stream} does not match /${shape.regex}/`);
  if (shape.json !== undefined) for (const problem of json(text, shape.json, stream)) problems.push(problem);
  return problems;
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}
