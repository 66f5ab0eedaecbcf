import { statSync } from 'node:fs';
import { GatesError } from '../errors/gates-error.js';
import { readRegularFile, UnreadableFile } from '../safe-files/read-file.js';
import type { ParsedDocument } from './parse-document.js';
import type { ConfigKind } from './schemas.js';

/** Config files are hand-written; anything bigger is the wrong file or an attack. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadedConfig extends ParsedDocument {
  file: string;
}

/**
 * Reads, parses and validates one config file. Every failure is a GatesError
 * with exit code 2 naming the file (and line:column where there is one).
 * `displayPath` is what messages show (relative to the workspace).
 */
export async function loadConfigFile(path: string, kind: ConfigKind, displayPath = path): Promise<LoadedConfig> {
  return parseConfigDocument(await readConfigText(path, displayPath), kind, displayPath);
}

/** Parses and validates config text that was read elsewhere (a file at another commit, read through the API); failures as loadConfigFile's. */
export async function parseConfigDocument(text: string, kind: ConfigKind, displayPath: string): Promise<LoadedConfig> {
  if (text.trim() === '') throw new GatesError('GATES_E_CONFIG_EMPTY', { file: displayPath });
  // The YAML parser, ajv and the schemas are the heaviest modules in the core; load them only when a file exists.
  const { parseConfigText } = await import('./parse-document.js');
  const parsed = parseConfigText(text, displayPath);
  const [{ validateAgainstSchema }, { SCHEMAS }] = await Promise.all([import('./schema-validator.js'), import('./schema-documents.js')]);
  const problems = validateAgainstSchema(parsed.value, SCHEMAS[kind.id], displayPath, parsed.positions);
  if (problems.length > 0) {
    throw new GatesError(
      'GATES_E_CONFIG_INVALID',
      { file: displayPath, count: problems.length },
      { details: problems, location: problems[0]!.location },
    );
  }
  return { ...parsed, file: displayPath };
}

/** A config file's text: a regular file, at most MAX_CONFIG_BYTES, UTF-8 (a BOM dropped); otherwise a GatesError naming it (exit 2). */
export async function readConfigText(path: string, displayPath: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, { maxBytes: MAX_CONFIG_BYTES });
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    if (error.kind === 'missing') throw new GatesError('GATES_E_CONFIG_NOT_FOUND', { file: displayPath });
    if (error.kind === 'too-large') throw new GatesError('GATES_E_CONFIG_TOO_LARGE', { file: displayPath, size: statSync(path).size, limit: MAX_CONFIG_BYTES });
    throw new GatesError('GATES_E_CONFIG_UNREADABLE', { file: displayPath, reason: error.reason });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new GatesError('GATES_E_CONFIG_UNREADABLE', { file: displayPath, reason: 'it is not valid UTF-8' });
  }
}
