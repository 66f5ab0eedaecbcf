import type { TextEdit } from '@gates/core';
import type { UsesFact } from '../workflow-model.js';

/**
 * The edit that pins one `uses:` value to a commit and names its tag in a
 * comment, touching nothing else on the line: quotes are kept, an existing
 * comment is replaced (its spacing kept; a new one gets `separator`), and a value inside a flow mapping
 * (`{ uses: x@v1, with: ... }`) is rewritten without a comment, which would
 * swallow the rest of the line. Pure; undefined when the value cannot be
 * rewritten safely (block scalars, escapes) or the SHA or tag is not one
 * that can be written.
 */
export function pinEdit(uses: UsesFact, sha: string, tag: string | undefined, separator = ' '): TextEdit | undefined {
  const at = uses.value.lastIndexOf('@');
  // What is written comes from the API: only a full SHA, and a comment that cannot end the line (checked at the source too).
  if (at <= 0 || !/^[0-9a-f]{40}$/.test(sha) || (tag !== undefined && /[\u0000-\u001f\u007f]/.test(tag))) return undefined;
  const raw = uses.raw ?? uses.value;
  const quote = raw === `"${uses.value}"` ? '"' : raw === `'${uses.value}'` ? "'" : '';
  if (!quote && raw !== uses.value) return undefined;
  const value = `${quote}${uses.value.slice(0, at)}@${sha}${quote}`;
  const comment = /^(\s*)#/.exec(uses.trailing);
  if (comment) {
    const replacement = tag ? `${value}${comment[1]}# ${tag}` : value + uses.trailing;
    return { start: uses.start, end: uses.end + uses.trailing.length, replacement, expected: raw + uses.trailing };
  }
  const restOfLine = uses.trailing.trim();
  return { start: uses.start, end: uses.end, replacement: tag && restOfLine === '' ? `${value}${separator}# ${tag}` : value, expected: raw };
}
