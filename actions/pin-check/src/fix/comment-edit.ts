import type { TextEdit } from '@gates/core';
import { branchInComment, versionInComment } from '../version-comment.js';
import type { UsesFact } from '../workflow-model.js';

/**
 * The edit that makes a SHA pin's comment name `tag`: only the version (or
 * branch) the comment names is replaced, so `# tag=v3` becomes
 * `# tag=v3.5.3` and the rest of the comment stays; a pin without a comment
 * gets `<separator># tag`. Pure; undefined when there is nothing to replace
 * safely (a free-text comment, a value inside a flow mapping or a block scalar).
 */
export function commentEdit(uses: UsesFact, tag: string, separator: string): TextEdit | undefined {
  if (uses.comment !== undefined && uses.commentStart !== undefined) {
    const token = versionInComment(uses.comment) ?? branchInComment(uses.comment);
    if (!token || token.tag === tag) return undefined;
    return { start: uses.commentStart + token.start, end: uses.commentStart + token.end, replacement: tag, expected: token.tag };
  }
  const raw = uses.raw ?? uses.value;
  const quoted = raw === `"${uses.value}"` || raw === `'${uses.value}'`;
  if (uses.trailing.trim() !== '' || (raw !== uses.value && !quoted)) return undefined;
  return { start: uses.start, end: uses.end, replacement: `${raw}${separator}# ${tag}`, expected: raw };
}
