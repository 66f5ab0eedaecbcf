/**
 * The version a SHA pin's comment names, in the formats people and tools
 * write: `# v4.1.1`, `# 4.1.1`, `# tag=v4.1.1`, `# version: v4.1.1`,
 * `# pin @v4.1.1`, `# ratchet:actions/checkout@v4.1.1`, pre-releases
 * (`v4.0.0rc1`, `v4.0.0-beta.2`) and monorepo tags with a path
 * (`create-github-app-token/v0.2.2`); or the branch it names instead
 * (`# main`). Offsets are within the comment text, for fix mode. Pure.
 */
export interface CommentVersion {
  tag: string;
  start: number;
  end: number;
}

const PREFIX = /^(?:ratchet:[\w.-]+\/[\w./-]+@|(?:tag|version|ver|release|pin(?:ned)?(?:\s+(?:to|at))?)(?:\s*[:=]\s*|\s+)@?|@)/i;
const TOKEN = /^[\w./+-]*[\w+]/;
const VERSION = /^(?:[\w.-]+\/)*v?\d+(?:\.\d+){0,3}(?:[-+.]?[0-9A-Za-z][0-9A-Za-z.+-]*)?$/;
/** Names that are branches in nearly every repository: on a SHA pin they say nothing about the release. */
const BRANCHES = new Set(['main', 'master', 'develop', 'development', 'dev', 'trunk', 'head', 'default']);

/** The first word of the comment after a known prefix, with its offsets. */
function firstToken(comment: string): CommentVersion | undefined {
  const prefix = PREFIX.exec(comment)?.[0].length ?? 0;
  const token = TOKEN.exec(comment.slice(prefix));
  return token ? { tag: token[0], start: prefix, end: prefix + token[0].length } : undefined;
}

export function versionInComment(comment: string | undefined): CommentVersion | undefined {
  const token = comment === undefined ? undefined : firstToken(comment);
  return token && VERSION.test(token.tag) ? token : undefined;
}

/** A comment that names a well-known branch (`# main`, `# tag=master`) instead of a version. */
export function branchInComment(comment: string | undefined): CommentVersion | undefined {
  const token = comment === undefined ? undefined : firstToken(comment);
  return token && BRANCHES.has(token.tag.toLowerCase()) ? token : undefined;
}
