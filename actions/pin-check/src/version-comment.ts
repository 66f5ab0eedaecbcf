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

/** What a comment's first word is, read once per distinct comment (see commentWord). */
interface CommentWord {
  token: Readonly<CommentVersion> | undefined;
  isVersion: boolean;
  isBranch: boolean;
}

/**
 * Comments already read: a repository pins the same release in many files (the bench corpus: 2,566 SHA pins,
 * a few dozen distinct comments), and two rules and the online stage each read every pin's comment with three
 * regular expressions. Tokens are frozen: every caller gets the same object. Bounded, for a long-lived process.
 */
const commentWords = new Map<string, CommentWord>();
const MAX_COMMENTS = 10_000;

function commentWord(comment: string): CommentWord {
  let word = commentWords.get(comment);
  if (word === undefined) {
    const token = firstToken(comment);
    word = { token, isVersion: token !== undefined && VERSION.test(token.tag), isBranch: token !== undefined && BRANCHES.has(token.tag.toLowerCase()) };
    if (commentWords.size >= MAX_COMMENTS) commentWords.clear();
    commentWords.set(comment, word);
  }
  return word;
}

/** The first word of the comment after a known prefix, with its offsets. */
function firstToken(comment: string): Readonly<CommentVersion> | undefined {
  const prefix = PREFIX.exec(comment)?.[0].length ?? 0;
  const token = TOKEN.exec(comment.slice(prefix));
  return token ? Object.freeze({ tag: token[0], start: prefix, end: prefix + token[0].length }) : undefined;
}

export function versionInComment(comment: string | undefined): Readonly<CommentVersion> | undefined {
  if (comment === undefined) return undefined;
  const word = commentWord(comment);
  return word.isVersion ? word.token : undefined;
}

/** A comment that names a well-known branch (`# main`, `# tag=master`) instead of a version. */
export function branchInComment(comment: string | undefined): Readonly<CommentVersion> | undefined {
  if (comment === undefined) return undefined;
  const word = commentWord(comment);
  return word.isBranch ? word.token : undefined;
}
