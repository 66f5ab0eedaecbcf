import { GatesError } from '../errors/gates-error.js';
import type { DocumentSource } from './read-document-file.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * JSON first (a JSON document is also YAML, but JSON.parse is many times
 * faster on the large ones), YAML otherwise, loaded only then. Both give
 * plain values: key order and number formats (1.0, 1e3, 0x10) are gone,
 * which is the normalisation drift-check and hydration-check promise.
 */
export async function parseDocument(source: DocumentSource): Promise<Json> {
  const text = source.bytes.toString('utf8');
  if (text.trim() === '') throw new GatesError('GATES_E_DOCUMENT_INVALID', { source: source.label, reason: 'it is empty' });
  let jsonProblem: string;
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    jsonProblem = (error as Error).message;
  }
  const { parseDocument: parseYaml } = await import('yaml');
  const document = parseYaml(text, { uniqueKeys: true, merge: false });
  if (document.errors.length > 0) throw invalid(source, `it is neither JSON (${jsonProblem}) nor YAML (${document.errors[0]!.message.split('\n')[0]})`);
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) as Json;
  } catch (error) {
    // yaml refuses an alias bomb while expanding it: a hostile document, not a bug in the action.
    throw invalid(source, `its YAML aliases expand to more than ${MAX_ALIAS_EXPANSIONS} nodes (${(error as Error).message})`);
  }
}

/** Alias expansions allowed while loading YAML: far above any real document's, far below a billion laughs. */
const MAX_ALIAS_EXPANSIONS = 100;

function invalid(source: DocumentSource, reason: string): GatesError {
  return new GatesError('GATES_E_DOCUMENT_INVALID', { source: source.label, reason });
}
