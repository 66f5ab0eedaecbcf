import type { TextEdit } from '@gates/core';

/**
 * Applies non-overlapping edits to a text; everything outside them is kept
 * as it was, byte for byte. Pure. Overlapping edits are a bug in the caller
 * and throw.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start < cursor) throw new Error(`overlapping edits at offset ${edit.start}`);
    result += text.slice(cursor, edit.start) + edit.replacement;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
