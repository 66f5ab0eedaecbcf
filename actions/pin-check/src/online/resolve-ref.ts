import { answerOrAbsent as found, contentsRoute, GatesError, getAllPages, type GitHubApi } from '@gates/core';
import { actionRuntime } from './action-runtime.js';
import { objectSha, tagName } from './api-answers.js';

/**
 * The REST lookups pin-check makes, each a few calls through the shared
 * client (which memoises, retries and counts). Answers that are not a
 * success come back as `undefined` (not found); anything else throws.
 */
interface GitRef {
  ref: string;
  object: { type: 'commit' | 'tag'; sha: string };
}

export interface Resolution {
  commit: string;
  via: 'tag' | 'annotated-tag' | 'branch' | 'commit';
}

const MAX_TAG_NESTING = 5;
/** Tag lists read at most 10 pages of 100: the newest 1000 tags (GitHub lists them newest first). */
const TAG_PAGES = { maxPages: 10, beyond: 'truncate' } as const;

type Repo = { owner: string; repo: string };

/** Follows a tag object (annotated tag) to the commit it names; tags can point at tags. */
export async function peelTag(api: GitHubApi, { owner, repo }: Repo, tagObjectSha: string): Promise<string | undefined> {
  let sha = tagObjectSha;
  for (let depth = 0; depth < MAX_TAG_NESTING; depth++) {
    const tag = found(await api.get<{ object: { type: string; sha: string } }>('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner, repo, tag_sha: sha }), `tag object ${sha}`);
    if (!tag) return undefined;
    if (tag.object?.type === 'commit') return objectSha(tag.object.sha, `tag object ${sha}`);
    sha = objectSha(tag.object?.sha, `tag object ${sha}`);
  }
  return undefined;
}

async function commitOfRef(api: GitHubApi, repository: Repo, ref: GitRef): Promise<string | undefined> {
  return ref.object?.type === 'tag' ? peelTag(api, repository, objectSha(ref.object.sha, ref.ref)) : objectSha(ref.object?.sha, ref.ref);
}

/** A tag's commit (annotated tags peeled), or undefined when there is no such tag. */
export async function resolveTag(api: GitHubApi, repository: Repo, tag: string): Promise<Resolution | undefined> {
  const ref = found(await api.get<GitRef>('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repository, ref: `tags/${tag}` }), `tag ${tag}`);
  if (!ref) return undefined;
  const commit = await commitOfRef(api, repository, ref);
  return commit ? { commit, via: ref.object.type === 'tag' ? 'annotated-tag' : 'tag' } : undefined;
}

/** What `uses: owner/repo@ref` runs today: a tag wins over a branch, as the runner resolves it. */
export async function resolveRef(api: GitHubApi, repository: Repo, ref: string): Promise<Resolution | undefined> {
  const tag = await resolveTag(api, repository, ref);
  if (tag) return tag;
  const branch = await branchHead(api, repository, ref);
  if (branch) return { commit: branch, via: 'branch' };
  if (!/^[0-9a-f]{7,40}$/.test(ref)) return undefined;
  const commit = found(await api.get<{ sha: string }>('GET /repos/{owner}/{repo}/commits/{ref}', { ...repository, ref }), `commit ${ref}`);
  return commit ? { commit: objectSha(commit.sha, `commit ${ref}`), via: 'commit' } : undefined;
}

/** Tags whose name is `prefix` or starts with it, with their commits (for the version comment). */
export async function tagsMatching(api: GitHubApi, repository: Repo, prefix: string): Promise<{ name: string; commit: string }[]> {
  const refs = found(await getAllPages<GitRef>(api, 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...repository, ref: `tags/${prefix}` }, TAG_PAGES), `tags ${prefix}*`) ?? [];
  const tags: { name: string; commit: string }[] = [];
  for (const ref of refs) {
    const name = tagName(ref.ref.replace(/^refs\/tags\//, ''), `tags ${prefix}*`);
    if (name !== prefix && !name.startsWith(`${prefix}.`)) continue;
    const commit = await commitOfRef(api, repository, ref);
    if (commit) tags.push({ name, commit });
  }
  return tags;
}

/** The newest 100 tags with their commits (GitHub lists tags newest first). */
export async function recentTags(api: GitHubApi, repository: Repo): Promise<{ name: string; commit: string }[]> {
  return (await tagPage(api, repository, 1)) ?? [];
}

/** Every tag with its commit, page by page; `complete` is false when the repository has more than TAG_PAGES.maxPages pages. */
export async function allTags(api: GitHubApi, repository: Repo): Promise<{ tags: { name: string; commit: string }[]; complete: boolean }> {
  const tags: { name: string; commit: string }[] = [];
  for (let page = 1; page <= TAG_PAGES.maxPages; page++) {
    const items = (await tagPage(api, repository, page)) ?? [];
    for (const item of items) tags.push(item);
    if (items.length < 100) return { tags, complete: true };
  }
  return { tags, complete: false };
}

/** One page of 100 tags; every name and commit checked for the form GitHub gives them. */
async function tagPage(api: GitHubApi, repository: Repo, page: number): Promise<{ name: string; commit: string }[] | undefined> {
  const tags = found(await api.get<{ name: string; commit: { sha: string } }[]>('GET /repos/{owner}/{repo}/tags', { ...repository, per_page: 100, page }), 'tags');
  if (tags !== undefined && !Array.isArray(tags)) throw new GatesError('GATES_E_API_MALFORMED', { route: `GET /repos/${repository.owner}/${repository.repo}/tags`, reason: `page ${page} is not a list` });
  return tags?.map((tag) => ({ name: tagName(tag.name, 'tags'), commit: objectSha(tag.commit?.sha, `tag ${tag.name}`) }));
}

/** The head commit of branch `name`, or undefined when there is no such branch. */
export async function branchHead(api: GitHubApi, repository: Repo, name: string): Promise<string | undefined> {
  const branch = found(await api.get<GitRef>('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repository, ref: `heads/${name}` }), `branch ${name}`);
  return branch ? objectSha(branch.object?.sha, `branch ${name}`) : undefined;
}

const BRANCHES_COMPARED = 10;

/**
 * Whether `sha` is in the history of the default branch or up to ten other
 * branches. A commit pushed to a fork is served under the parent's name too
 * (the fork network shares objects), so existence proves nothing: only
 * reachability does. (Tags are checked first by the caller.)
 */
export async function isOnBranch(api: GitHubApi, repository: Repo, sha: string): Promise<boolean | undefined> {
  const info = found(await api.get<{ default_branch: string }>('GET /repos/{owner}/{repo}', repository), 'repository');
  if (!info) return undefined;
  const onBranch = async (branch: string) => {
    const comparison = found(await api.get<{ status: string }>('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repository, basehead: `${branch}...${sha}` }), `compare ${branch}`);
    return comparison?.status === 'behind' || comparison?.status === 'identical';
  };
  if (await onBranch(info.default_branch)) return true;
  // One page is enough: at most BRANCHES_COMPARED are compared, and a commit found on none is reported, never passed.
  const branches = found(await api.get<{ name: string }[]>('GET /repos/{owner}/{repo}/branches', { ...repository, per_page: 100 }), 'branches') ?? [];
  for (const branch of branches.filter((candidate) => candidate.name !== info.default_branch).slice(0, BRANCHES_COMPARED)) {
    if (await onBranch(branch.name)) return true;
  }
  return false;
}

/** `runs.using` of the action at `commit`; undefined for reusable workflows and Docker-only repos. */
export async function runtimeAt(api: GitHubApi, repository: Repo, path: string, commit: string): Promise<string | undefined> {
  if (path.includes('.github/workflows/')) return undefined;
  for (const file of ['action.yml', 'action.yaml']) {
    // The path goes into the route with literal slashes: as an Octokit {path} parameter they would be sent as %2F (contentsRoute).
    const content = found(await api.get<{ content?: string }>(contentsRoute(path ? `${path}/${file}` : file), { ...repository, ref: commit }), file);
    if (content?.content !== undefined) return actionRuntime(Buffer.from(content.content, 'base64').toString('utf8'));
  }
  return undefined;
}
