import { GatesError } from '../errors/gates-error.js';
import { JsonReadError, lineColumn, readJson, type ExactJson } from './json-reader.js';
import type { DocumentSource } from './read-document-file.js';
import { sameYamlKeyWith } from './yaml-keys.js';
import { exactYamlNumbers } from './yaml-numbers.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * JSON first (a JSON document is also YAML, but the JSON reader is many
 * times faster on the large ones), YAML otherwise, loaded only then. Both
 * give plain values: key order and number spelling (1.0, 1e3, 0x10) are
 * gone, which is the normalisation drift-check and hydration-check promise.
 * A key twice in one object is an error in both. With `numbers: 'exact'`
 * a number a double would change (9007199254740993) keeps its exact value
 * as a JsonNumber, read from its source text (JSON's, and YAML's decimal
 * integers and floats).
 */
export async function parseDocument(source: DocumentSource): Promise<Json>;
export async function parseDocument(source: DocumentSource, options: { numbers: 'exact' }): Promise<ExactJson>;
export async function parseDocument(source: DocumentSource, options: { numbers?: 'exact' | 'plain' } = {}): Promise<ExactJson> {
  const numbers = options.numbers ?? 'plain';
  const text = source.bytes.toString('utf8');
  if (text.trim() === '') throw new GatesError('GATES_E_DOCUMENT_INVALID', { source: source.label, reason: 'it is empty' });
  let jsonProblem: string;
  try {
    return readJson(text, numbers);
  } catch (error) {
    if (!(error instanceof JsonReadError)) throw error;
    const { line, column } = lineColumn(text, error.offset);
    if (error.kind === 'duplicate-key') throw duplicateKey(source, `the key ${JSON.stringify(error.key!.slice(0, 80))}`, line, column);
    jsonProblem = `${error.message} at line ${line}, column ${column}`;
  }
  const { parseDocument: parseYaml, isScalar } = await import('yaml');
  // logLevel error: yaml would print a warning for a JsonNumber used as a key (it is stringified, as any number key is).
  const document = parseYaml(text, { uniqueKeys: sameYamlKeyWith(isScalar), merge: false, logLevel: 'error', ...(numbers === 'exact' ? { customTags: exactYamlNumbers } : {}) });
  const [first] = document.errors;
  if (first?.code === 'DUPLICATE_KEY' && first.linePos) throw duplicateKey(source, 'a key', first.linePos[0].line, first.linePos[0].col);
  if (first) throw invalid(source, `it is neither JSON (${jsonProblem}) nor YAML (${first.message.split('\n')[0]})`);
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) as ExactJson;
  } catch (error) {
    // yaml refuses an alias bomb while expanding it: a hostile document, not a bug in the action.
    throw invalid(source, `its YAML aliases expand to more than ${MAX_ALIAS_EXPANSIONS} nodes (${(error as Error).message})`);
  }
}

/** Alias expansions allowed while loading YAML: far above any real document's, far below a billion laughs. */
const MAX_ALIAS_EXPANSIONS = 100;

function duplicateKey(source: DocumentSource, key: string, line: number, column: number): GatesError {
  return new GatesError('GATES_E_DOCUMENT_DUPLICATE_KEY', { source: source.label, key, line, column }, source.file ? { location: { file: source.file, line, column } } : {});
}

function invalid(source: DocumentSource, reason: string): GatesError {
  return new GatesError('GATES_E_DOCUMENT_INVALID', { source: source.label, reason });
}
