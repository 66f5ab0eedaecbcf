/**
 * What the GitHub API said about each remote `uses:` reference: raw facts,
 * collected once (collect-online.ts) and judged by pure rules, as Scorecard
 * separates collection from checks.
 */
export interface ReferenceFacts {
  owner: string;
  repo: string;
  /** Sub-path of the action inside the repo ('' for the root). */
  path: string;
  ref: string;
  /** The commit the ref points to now; for a SHA pin, the SHA when the repo serves it. */
  commit?: string;
  resolvedVia?: 'tag' | 'annotated-tag' | 'branch' | 'commit';
  /** The ref names nothing in the repo (or the repo does not exist or is private). */
  missing?: boolean;
  /** The most specific semver tag at `commit`, for the `# vX.Y.Z` comment. */
  bestTag?: string;
  /** SHA pins: whether the commit is on a branch or tag of the repo (false: imposter). */
  reachable?: boolean;
  /** SHA pins: the tags pointing at the commit (annotated tags peeled). */
  tagsAtCommit?: string[];
  /** SHA pins: whether a tag points at the commit; undefined when the repository has too many tags to list them all. */
  tagged?: boolean;
  /** Tag refs: the repository also has a branch of that name (ref confusion). */
  alsoBranch?: boolean;
  /** `runs.using` of the action at `commit`, when it has an action.yml. */
  runtime?: string;
  /** A lookup that failed without an answer (timeout, 5xx, rate limit, 403). */
  error?: { code: string; message: string };
}

export interface OnlineFacts {
  /** Why no online check ran, e.g. "no token"; undefined when they ran. */
  skipped?: string;
  /** `owner/repo/path@ref` → facts. */
  references: Map<string, ReferenceFacts>;
  /** `owner/repo:tag` → the tag's commit, or null when the tag does not exist. */
  tags: Map<string, string | null>;
  /** `owner/repo:name` → the head commit of a branch that a version comment names where no such tag exists. */
  commentBranches: Map<string, string>;
  calls: number;
  rateLimit?: { limit: number; remaining: number };
  /** Why the API client stopped calling partway (no answer, or the budget spent): every lookup after it failed unasked. */
  stopped?: string;
}

export function referenceKey(owner: string, repo: string, path: string, ref: string): string {
  return `${owner}/${repo}${path ? `/${path}` : ''}@${ref}`.toLowerCase();
}

export function tagKey(owner: string, repo: string, tag: string): string {
  return `${owner}/${repo}`.toLowerCase() + `:${tag}`;
}

export function skippedOnline(reason: string): OnlineFacts {
  return { skipped: reason, references: new Map(), tags: new Map(), commentBranches: new Map(), calls: 0 };
}
