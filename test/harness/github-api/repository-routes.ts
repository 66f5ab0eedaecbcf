import { createHash } from 'node:crypto';
import { errorBody, recordedExample } from './recorded.js';
import type { ApiReply, Route } from './server.js';

/**
 * A small model of repositories (branches with their history, tags, files at
 * commits) served through the REST endpoints pin-check calls, each answer
 * built from GitHub's recorded example with only the facts replaced.
 */
export interface FakeRepository {
  owner: string;
  name: string;
  defaultBranch?: string;
  /** Branch → its commits, head first. */
  branches: Record<string, string[]>;
  /** Tag → commit; `annotated` tags get a tag object that must be peeled. */
  tags?: Record<string, string | { commit: string; annotated: true }>;
  /** Commits the API serves that are on no branch or tag (e.g. pushed to a fork). */
  danglingCommits?: string[];
  /** Commit → path → file text. */
  files?: Record<string, Record<string, string>>;
}

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

const notFound = (docs = 'https://docs.github.com/rest'): ApiReply => ({ status: 404, body: errorBody('Not Found', docs, 404) });

/** One page of a list endpoint as GitHub pages it: `per_page` (default 30, at most 100) and `page` (from 1). */
export function repositoryRoutes(repositories: FakeRepository[], apiUrl = 'https://api.github.com'): Route[] {
  const byName = new Map(repositories.map((repository) => [`${repository.owner}/${repository.name}`.toLowerCase(), repository]));
  const lookup = (params: Record<string, string>) => byName.get(`${params.owner}/${params.repo}`.toLowerCase());
  const base = (repository: FakeRepository) => `${apiUrl}/repos/${repository.owner}/${repository.name}`;
  const tagsOf = (repository: FakeRepository) =>
    Object.entries(repository.tags ?? {}).map(([name, target]) => ({
      name,
      commit: typeof target === 'string' ? target : target.commit,
      annotated: typeof target !== 'string',
    }));
  const allCommits = (repository: FakeRepository) => new Set([...Object.values(repository.branches).flat(), ...(repository.danglingCommits ?? [])]);
  const peelName = (repository: FakeRepository, name: string): string | undefined => {
    if (name in repository.branches) return repository.branches[name]![0];
    const tag = tagsOf(repository).find((candidate) => candidate.name === name);
    if (tag) return tag.commit;
    const matches = [...allCommits(repository)].filter((sha) => sha.startsWith(name.toLowerCase()) && name.length >= 7);
    return matches.length === 1 ? matches[0] : undefined;
  };
  const refBody = (repository: FakeRepository, ref: string, sha: string, type: 'commit' | 'tag') => {
    const body = recordedExample('git-ref');
    body.ref = `refs/${ref}`;
    body.node_id = Buffer.from(`refs/${ref}`).toString('base64');
    body.url = `${base(repository)}/git/refs/${ref}`;
    body.object = { type, sha, url: `${base(repository)}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` };
    return body;
  };
  const refsOf = (repository: FakeRepository) => [
    ...Object.entries(repository.branches).map(([name, history]) => ({ ref: `heads/${name}`, sha: history[0]!, type: 'commit' as const })),
    ...tagsOf(repository).map((tag) => ({ ref: `tags/${tag.name}`, sha: tag.annotated ? fakeSha(`tag ${tag.name}`) : tag.commit, type: tag.annotated ? ('tag' as const) : ('commit' as const) })),
  ];

  const route = (pattern: string, handle: (repository: FakeRepository, params: Record<string, string>, query: URLSearchParams) => ApiReply, paginated = false): Route => ({
    method: 'GET',
    pattern,
    paginated,
    handle: ({ params, query }) => {
      const repository = lookup(params);
      return repository ? handle(repository, params, query) : notFound();
    },
  });

  return [
    route('/repos/{owner}/{repo}', (repository) => {
      const body = recordedExample('full-repository-default-response');
      Object.assign(body, { name: repository.name, full_name: `${repository.owner}/${repository.name}`, default_branch: repository.defaultBranch ?? 'main', url: base(repository) });
      return { status: 200, body };
    }),
    route('/repos/{owner}/{repo}/git/ref/{ref}', (repository, { ref }) => {
      const found = refsOf(repository).find((candidate) => candidate.ref === ref);
      return found ? { status: 200, body: refBody(repository, found.ref, found.sha, found.type) } : notFound('https://docs.github.com/rest/git/refs#get-a-reference');
    }),
    route('/repos/{owner}/{repo}/git/matching-refs/{ref}', (repository, { ref }) => ({
      status: 200,
      body: refsOf(repository)
        .filter((candidate) => candidate.ref.startsWith(ref!))
        .map((candidate) => refBody(repository, candidate.ref, candidate.sha, candidate.type)),
    }), true),
    route('/repos/{owner}/{repo}/git/tags/{tag_sha}', (repository, { tag_sha }) => {
      const tag = tagsOf(repository).find((candidate) => candidate.annotated && fakeSha(`tag ${candidate.name}`) === tag_sha);
      if (!tag) return notFound('https://docs.github.com/rest/git/tags#get-a-tag');
      const body = recordedExample('git-tag');
      Object.assign(body, { tag: tag.name, sha: tag_sha, url: `${base(repository)}/git/tags/${tag_sha}` });
      body.object = { type: 'commit', sha: tag.commit, url: `${base(repository)}/git/commits/${tag.commit}` };
      return { status: 200, body };
    }),
    route('/repos/{owner}/{repo}/commits/{ref}', (repository, { ref }) => {
      const sha = peelName(repository, ref!);
      if (!sha || !allCommits(repository).has(sha)) return { status: 422, body: errorBody(`No commit found for SHA: ${ref}`, 'https://docs.github.com/rest/commits/commits#get-a-commit', 422) };
      const body = recordedExample('commit');
      Object.assign(body, { sha, url: `${base(repository)}/commits/${sha}` });
      return { status: 200, body };
    }),
    // The history of `sha` (a branch, tag or commit) that changed `path`, newest first: GitHub's `path` filter.
    route('/repos/{owner}/{repo}/commits', (repository, _params, query) => {
      const start = peelName(repository, query.get('sha') ?? repository.defaultBranch ?? 'main');
      const history = Object.values(repository.branches).find((commits) => start !== undefined && commits.includes(start));
      if (!start || !history) return { status: 404, body: errorBody('Not Found', 'https://docs.github.com/rest/commits/commits#list-commits', 404) };
      const path = query.get('path');
      const text = (sha: string | undefined) => (sha && path ? repository.files?.[sha]?.[path] : undefined);
      const commits = history.slice(history.indexOf(start)).filter((sha, index, older) => !path || text(sha) !== text(older[index + 1]));
      const shape = recordedExample<Record<string, unknown>[]>('commit-items')[0]!;
      return { status: 200, body: commits.map((sha) => ({ ...structuredClone(shape), sha, url: `${base(repository)}/commits/${sha}` })) };
    }, true),
    route('/repos/{owner}/{repo}/compare/{basehead}', (repository, { basehead }) => {
      const [baseRef, headRef] = basehead!.split('...');
      const history = repository.branches[baseRef!];
      const head = peelName(repository, headRef!);
      if (!history || !head || !allCommits(repository).has(head)) return notFound('https://docs.github.com/rest/commits/commits#compare-two-commits');
      const index = history.indexOf(head);
      const status = index === 0 ? 'identical' : index > 0 ? 'behind' : 'diverged';
      const body = recordedExample('commit-comparison');
      Object.assign(body, { status, ahead_by: index < 0 ? 1 : 0, behind_by: index < 0 ? history.length : index, total_commits: index < 0 ? 1 : 0, commits: [], files: [] });
      return { status: 200, body };
    }),
    route('/repos/{owner}/{repo}/tags', (repository) => {
      const shape = recordedExample<Record<string, unknown>[]>('tag-items')[0]!;
      return {
        status: 200,
        body: tagsOf(repository).map((tag) => ({ ...shape, name: tag.name, commit: { sha: tag.commit, url: `${base(repository)}/commits/${tag.commit}` } })),
      };
    }, true),
    route('/repos/{owner}/{repo}/branches', (repository) => {
      const shape = recordedExample<Record<string, unknown>[]>('short-branch-with-protection-items')[0]!;
      return {
        status: 200,
        body: Object.entries(repository.branches).map(([name, history]) => ({ ...shape, name, commit: { sha: history[0], url: `${base(repository)}/commits/${history[0]}` } })),
      };
    }, true),
    // GitHub takes the file path with its slashes literal or encoded (%2F); gates sends them literal.
    route('/repos/{owner}/{repo}/contents/{path+}', (repository, { path }, query) => {
      const commit = peelName(repository, query.get('ref') ?? repository.defaultBranch ?? 'main');
      const text = commit ? repository.files?.[commit]?.[path!] : undefined;
      if (text === undefined) return notFound('https://docs.github.com/rest/repos/contents#get-repository-content');
      const body = recordedExample('content-file-response-if-content-is-a-file');
      // GitHub wraps base64 content at 60 columns with "\n".
      const content = Buffer.from(text).toString('base64').replace(/.{60}/g, '$&\n');
      Object.assign(body, { name: path!.split('/').pop(), path, size: Buffer.byteLength(text), sha: fakeSha(`blob ${text}`), content });
      return { status: 200, body };
    }),
  ];
}
