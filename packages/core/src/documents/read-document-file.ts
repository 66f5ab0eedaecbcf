import { GatesError } from '../errors/gates-error.js';
import { readRegularFile, UnreadableFile } from '../safe-files/read-file.js';

/** A document's bytes and where they came from, for messages (`file routes.json` or `command gates routes --json`). */
export interface DocumentSource {
  label: string;
  bytes: Buffer;
  /** The file's path as the user gave it, for an error's file:line:column (a command's output has none). */
  file?: string;
}

/** Reads a file up to `maxBytes`; a larger one is refused (GATES_E_DOCUMENT_TOO_LARGE) before it is read whole. */
export function readDocumentFile(path: string, shown: string, maxBytes: number): DocumentSource {
  const label = `file ${shown}`;
  try {
    return { label, bytes: readRegularFile(path, { maxBytes }), file: shown };
  } catch (error) {
    if (error instanceof UnreadableFile && error.kind === 'too-large') throw documentTooLarge(label, maxBytes);
    throw error;
  }
}

export function documentTooLarge(source: string, maxBytes: number): GatesError {
  return new GatesError('GATES_E_DOCUMENT_TOO_LARGE', { source, limit: `${maxBytes} bytes` });
}
