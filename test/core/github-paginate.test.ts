import { afterEach, describe, expect, test } from '@jest/globals';
import { connectGitHub, GatesError, getAllPages, nextLink, Redactor, TerminalRunner } from '@gates/core';
import { fakeSha, repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type Fault, type GitHubApiServer } from '../harness/github-api/server.js';

// getAllPages over real Octokit against the loopback API, which pages list endpoints as GitHub does.
const TOKEN = 'ghs_paginationTestToken0123456789abcdefAB';
const tags = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`v1.0.${index}`, fakeSha(`commit ${index}`)]));
const REPO = { owner: 'octo-org', name: 'many-tags', branches: { main: [fakeSha('head')] }, tags: tags(250) };
const ROUTE = 'GET /repos/{owner}/{repo}/tags';
const PARAMS = { owner: 'octo-org', repo: 'many-tags' };

let server: GitHubApiServer | undefined;
afterEach(async () => server?.close());

async function client(faults: Fault[] = []) {
  server = await startGitHubApiServer(repositoryRoutes([REPO]), { token: TOKEN, faults });
  const runner = new TerminalRunner(new Redactor(), { debug: false }, () => {}, () => {});
  return connectGitHub(TOKEN, { GITHUB_API_URL: server.url }, runner, { timeoutMs: 5000, limits: { baseDelayMs: 10 } });
}

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (thrown: unknown) => thrown as GatesError);

describe('getAllPages follows GitHub\'s Link header', () => {
  test('250 items in three pages of 100, in order; the links name /repositories/{id} paths, the route stays the same', async () => {
    const api = await client();
    const result = await getAllPages<{ name: string }>(api, ROUTE, PARAMS, { maxPages: 10, beyond: 'fail' });
    expect(result.ok && result.data.map((tag) => tag.name)).toEqual(Object.keys(REPO.tags));
    expect(server!.requests.map((request) => `${request.path}?${request.query}`)).toEqual([
      '/repos/octo-org/many-tags/tags?per_page=100',
      '/repos/octo-org/many-tags/tags?per_page=100&page=2',
      '/repos/octo-org/many-tags/tags?per_page=100&page=3',
    ]);
  });

  test('a bounded list stops at its page limit when truncation is its documented bound, and fails when a decision needs all of it', async () => {
    const api = await client();
    const truncated = await getAllPages(api, ROUTE, PARAMS, { maxPages: 2, beyond: 'truncate' });
    expect(truncated.ok && truncated.data).toHaveLength(200);
    const error = await failure(getAllPages(api, ROUTE, PARAMS, { maxPages: 2, beyond: 'fail' }));
    expect(error).toMatchObject({ code: 'GATES_E_API_MALFORMED', exitCode: 3 });
    expect(error!.message).toContain('more than 2 pages');
  });

  test('the first page\'s 404 comes back as an answer; a later page\'s 404 or a page that is not a list throws (exit 3)', async () => {
    const api = await client([{ match: (request) => request.query.get('page') === '3', reply: { status: 404, body: { message: 'Not Found' } } }]);
    await expect(getAllPages(api, ROUTE, { ...PARAMS, repo: 'absent' }, { maxPages: 10, beyond: 'fail' })).resolves.toMatchObject({ ok: false, status: 404 });
    expect(await failure(getAllPages(api, ROUTE, PARAMS, { maxPages: 10, beyond: 'fail' }))).toMatchObject({ code: 'GATES_E_API_MALFORMED' });
    server!.faults.push({ match: '/tags', reply: { status: 200, body: { not: 'a list' } } });
    expect(await failure(getAllPages(api, ROUTE, { ...PARAMS, per_page: 7 }, { maxPages: 10, beyond: 'fail' }))).toMatchObject({ code: 'GATES_E_API_MALFORMED' });
  });

  test('a next link may not rename the route\'s own path parameters', async () => {
    const link = '<https://api.github.com/repositories/1/tags?owner=someone-else&repo=secrets&page=2>; rel="next"';
    const api = await client([{ match: (request) => request.query.get('page') === null, reply: { status: 200, body: [], headers: { link } }, times: 1 }]);
    await getAllPages(api, ROUTE, PARAMS, { maxPages: 10, beyond: 'fail' });
    expect(server!.requests[1]!.path).toBe('/repos/octo-org/many-tags/tags');
  });
});

describe('an answer cut off mid-body', () => {
  test('is a failed exchange, retried, then GATES_E_NETWORK (exit 3) — never an empty answer', async () => {
    const api = await client([{ match: '/repos/octo-org/many-tags', reply: 'cut' }]);
    const error = await failure(api.get('GET /repos/{owner}/{repo}', PARAMS));
    expect(error).toMatchObject({ code: 'GATES_E_NETWORK', exitCode: 3 });
    expect(error!.message).toContain('cut off');
    expect(server!.requests).toHaveLength(3);
  });
});

describe('nextLink (RFC 8288 as GitHub writes it)', () => {
  test.each([
    ['<https://api.github.com/repositories/1300192/issues?page=2>; rel="prev", <https://api.github.com/repositories/1300192/issues?page=4>; rel="next", <https://api.github.com/repositories/1300192/issues?page=515>; rel="last", <https://api.github.com/repositories/1300192/issues?page=1>; rel="first"', 'https://api.github.com/repositories/1300192/issues?page=4'],
    ['<https://api.github.com/x?after=Y3Vyc29yOjEw%2C>; rel="next"', 'https://api.github.com/x?after=Y3Vyc29yOjEw%2C'],
    ['<https://api.github.com/x?page=2>; rel=next', 'https://api.github.com/x?page=2'],
    ['<https://api.github.com/x?page=5>; rel="last", <https://api.github.com/x?page=1>; rel="first"', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (link, next) => expect(nextLink(link)).toBe(next));
});
