import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { GatesError, type ErrorDetail } from '../errors/gates-error.js';
import { jsonErrorOffset } from './json-error-offset.js';

export interface Position {
  line: number;
  column: number;
}

/** Where each node of a parsed document stands, by JSON Pointer (`/a/0/b`). */
export interface PositionMap {
  /** Position of the value at the pointer. */
  value: Map<string, Position>;
  /** Position of the key naming the pointer's last segment (objects only). */
  key: Map<string, Position>;
}

export interface ParsedDocument {
  value: unknown;
  positions: PositionMap;
}

export type DocumentFormat = 'YAML' | 'JSON';

/** Caps alias expansion: a 9-level "billion laughs" document needs far more. */
export const MAX_ALIAS_EXPANSIONS = 100;

export function formatOf(file: string): DocumentFormat {
  return /\.json$/i.test(file) ? 'JSON' : 'YAML';
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Parses YAML or JSON text into plain data plus a position map, collecting
 * every syntax problem (duplicate keys, tab indentation, bad tokens) at once.
 * Empty documents and alias bombs are errors. Pure: text in, data out.
 */
export function parseConfigText(text: string, file: string): ParsedDocument {
  const format = formatOf(file);
  if (format === 'JSON') assertJsonSyntax(text, file);
  // In valid JSON a tab is only ever whitespace between tokens; replacing it
  // one-for-one keeps columns and spares YAML's tab-indentation rule.
  const source = format === 'JSON' ? text.replace(/\t/g, ' ') : text;
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
  });
  const problems: ErrorDetail[] = [...document.errors, ...document.warnings].map((problem) => ({
    message: `${problem.message.split(' at line ')[0]!.split('\n')[0]} (${problem.code})`,
    location: problem.linePos
      ? { file, line: problem.linePos[0].line, column: problem.linePos[0].col }
      : { file },
  }));
  if (problems.length > 0) {
    throw new GatesError(
      'GATES_E_CONFIG_SYNTAX',
      { file, format, detail: `${problems.length} problem(s)` },
      { details: problems, location: problems[0]!.location },
    );
  }
  if (document.contents === null) throw new GatesError('GATES_E_CONFIG_EMPTY', { file });
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (error) {
    throw new GatesError('GATES_E_CONFIG_SYNTAX', {
      file,
      format,
      detail: `aliases expand to more than ${MAX_ALIAS_EXPANSIONS} nodes (${(error as Error).message})`,
    });
  }
  const positions: PositionMap = { value: new Map(), key: new Map() };
  recordPositions(document.contents as Node, '', positions, lineCounter);
  return { value, positions };
}

function assertJsonSyntax(text: string, file: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(text);
    const location = { file, ...(offset === undefined ? {} : offsetToPosition(text, offset)) };
    throw new GatesError('GATES_E_CONFIG_SYNTAX', { file, format: 'JSON', detail: message.split('\n')[0]! }, { location });
  }
}

function offsetToPosition(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function recordPositions(node: Node | null, pointer: string, positions: PositionMap, lines: LineCounter): void {
  if (!node) return;
  if (node.range) positions.value.set(pointer, toPosition(lines, node.range[0]));
  if (isMap(node)) {
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      const child = `${pointer}/${escapePointerSegment(key)}`;
      if (keyNode?.range) positions.key.set(child, toPosition(lines, keyNode.range[0]));
      recordPositions(pair.value as Node | null, child, positions, lines);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => recordPositions(item as Node, `${pointer}/${index}`, positions, lines));
  }
}

function toPosition(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
