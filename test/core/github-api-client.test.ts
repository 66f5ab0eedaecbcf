import { afterEach, describe, expect, test } from '@jest/globals';
import { connectGitHub, GatesError, Redactor, TerminalRunner } from '@gates/core';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';

// The client over real Octokit against a real HTTP server on loopback.
const TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
const REPO = { owner: 'actions', name: 'checkout', branches: { main: ['a'.repeat(40)] } };

let server: GitHubApiServer | undefined;
afterEach(async () => server?.close());

async function client(options: Parameters<typeof startGitHubApiServer>[1] = {}, timeoutMs = 5000, budgetMs?: number) {
  server = await startGitHubApiServer(repositoryRoutes([REPO]), { token: TOKEN, ...options });
  let log = '';
  const runner = new TerminalRunner(new Redactor(), { debug: false }, (text) => (log += text), (text) => (log += text));
  const api = await connectGitHub(TOKEN, { GITHUB_API_URL: server.url }, runner, { timeoutMs, budgetMs, limits: { baseDelayMs: 10 } });
  return { api, log: () => log, server };
}

describe('GitHubApi over Octokit', () => {
  test('sends the token, follows GITHUB_API_URL, reads rate-limit headers and memoises identical GETs', async () => {
    const { api, server } = await client();
    const first = await api.get<{ default_branch: string }>('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' });
    const again = await api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' });
    expect(first).toMatchObject({ ok: true, status: 200, data: { default_branch: 'main', full_name: 'actions/checkout' } });
    expect(again).toBe(await api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' }));
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.authorization).toBe(`token ${TOKEN}`);
    expect(api.calls).toBe(1);
    expect(api.rateLimit).toMatchObject({ limit: 5000, remaining: 4998 });
  });

  test('GHES: GITHUB_API_URL with a path prefix (/api/v3) is followed', async () => {
    server = await startGitHubApiServer(repositoryRoutes([REPO]), { token: TOKEN, basePath: '/api/v3' });
    const runner = new TerminalRunner(new Redactor(), { debug: false }, () => {}, () => {});
    const api = await connectGitHub(TOKEN, { GITHUB_API_URL: server.url }, runner, { timeoutMs: 5000 });
    expect(server.url).toMatch(/\/api\/v3$/);
    await expect(api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' })).resolves.toMatchObject({ ok: true, status: 200 });
    expect(server.requests[0]!.path).toBe('/repos/actions/checkout');
  });

  test('404 and 401 come back as answers with GitHub\'s message, not exceptions', async () => {
    const { api } = await client();
    await expect(api.get('GET /repos/{owner}/{repo}', { owner: 'nobody', repo: 'nothing' })).resolves.toEqual({ ok: false, status: 404, message: 'Not Found' });
    server!.faults.push({ match: '/repos/actions/checkout', reply: { status: 401, body: { message: 'Bad credentials' } } });
    await expect(api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' })).resolves.toEqual({ ok: false, status: 401, message: 'Bad credentials' });
  });

  test('5xx is retried with backoff and then succeeds', async () => {
    const { api, server, log } = await client({ faults: [{ match: '/repos/actions/checkout', reply: { status: 502, body: { message: 'Server Error' } }, times: 2 }] });
    await expect(api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' })).resolves.toMatchObject({ ok: true });
    expect(server.requests).toHaveLength(3);
    expect(log()).toContain('server error 502');
  });

  test('5xx on every attempt is GATES_E_API_UNAVAILABLE (exit 3) after 3 attempts', async () => {
    const { api, server } = await client({ faults: [{ match: '/repos/', reply: { status: 503 } }] });
    const error = await api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(GatesError);
    expect(error).toMatchObject({ code: 'GATES_E_API_UNAVAILABLE', exitCode: 3 });
    expect((error as Error).message).toContain('GET /repos/actions/checkout failed after 3 attempt(s)');
    expect(server.requests).toHaveLength(3);
  });

  test('a server that never answers is a timeout (exit 3), not a hang', async () => {
    const { api } = await client({ faults: [{ match: '/repos/', reply: 'hang' }] }, 300);
    await expect(api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' })).rejects.toMatchObject({ code: 'GATES_E_API_TIMEOUT', exitCode: 3 });
  });

  test('an exhausted rate limit with a distant reset stops at once and says when it resets', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3000;
    const { api, server } = await client({ rateLimit: { limit: 60, remaining: 0, resetEpochSeconds: reset } });
    const error = (await api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' }).catch((thrown: unknown) => thrown)) as GatesError;
    expect(error.code).toBe('GATES_E_API_RATE_LIMITED');
    expect(error.message).toContain(new Date(reset * 1000).toISOString());
    // Known exhausted: the next call does not even reach the server, and says why.
    const next = (await api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'other' }).catch((thrown: unknown) => thrown)) as GatesError;
    expect(next.code).toBe('GATES_E_API_STOPPED');
    expect(next.message).toContain('(GATES_E_API_RATE_LIMITED)');
    expect(server.requests).toHaveLength(1);
  });

  test('a secondary rate limit with retry-after is waited out and retried', async () => {
    const { api, server } = await client({ faults: [{ match: '/repos/', reply: { status: 403, headers: { 'retry-after': '0' }, body: { message: 'You have exceeded a secondary rate limit' } }, times: 1 }] });
    await expect(api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' })).resolves.toMatchObject({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  test('nothing listening is a network error naming the URL (exit 3)', async () => {
    const { api, server } = await client();
    await server.close();
    await expect(api.get('GET /repos/{owner}/{repo}', { owner: 'actions', repo: 'checkout' })).rejects.toMatchObject({ code: 'GATES_E_NETWORK', exitCode: 3 });
  });
});

describe('circuit breaker and budget: an outage costs one failure, not one per call', () => {
  const repo = (name: string) => ({ owner: 'actions', repo: name });

  test('after a timeout, calls in flight are abandoned and later calls are refused without reaching the server', async () => {
    const { api, server } = await client({ faults: [{ match: '/repos/', reply: 'hang' }] }, 300);
    const started = Date.now();
    const inFlight = ['a', 'b', 'c'].map((name) => api.get('GET /repos/{owner}/{repo}', repo(name)).then(() => undefined, (thrown: unknown) => thrown as GatesError));
    const errors = await Promise.all(inFlight);
    // One timeout for all three, not three in a row.
    expect(Date.now() - started).toBeLessThan(2000);
    expect(errors.map((error) => error?.code).sort()).toEqual(['GATES_E_API_STOPPED', 'GATES_E_API_STOPPED', 'GATES_E_API_TIMEOUT']);
    expect(api.stopped).toBe('GitHub API call GET /repos/actions/a timed out after 300ms (GATES_E_API_TIMEOUT)');
    const later = (await api.get('GET /repos/{owner}/{repo}', repo('d')).catch((thrown: unknown) => thrown)) as GatesError;
    expect(later).toMatchObject({ code: 'GATES_E_API_STOPPED', exitCode: 3 });
    expect(later.message).toBe('GitHub API call GET /repos/actions/d was not made: calls stopped for the rest of this run after GitHub API call GET /repos/actions/a timed out after 300ms (GATES_E_API_TIMEOUT).');
    expect(server.requests.map((request) => request.path)).toEqual(['/repos/actions/a', '/repos/actions/b', '/repos/actions/c']);
  });

  test('a refused connection opens the breaker after its retries', async () => {
    const { api, server } = await client();
    await server.close();
    await expect(api.get('GET /repos/{owner}/{repo}', repo('a'))).rejects.toMatchObject({ code: 'GATES_E_NETWORK' });
    const before = api.calls;
    await expect(api.get('GET /repos/{owner}/{repo}', repo('b'))).rejects.toMatchObject({ code: 'GATES_E_API_STOPPED' });
    expect(api.calls).toBe(before);
    expect(api.stopped).toMatch(/^Request to GET \/repos\/actions\/a failed: .+ \(GATES_E_NETWORK\)$/);
  });

  test('5xx on every attempt opens it too; a 404 (an answer) does not', async () => {
    const { api } = await client({ faults: [{ match: '/repos/actions/down', reply: { status: 503 } }] });
    await expect(api.get('GET /repos/{owner}/{repo}', repo('nothing-here'))).resolves.toMatchObject({ ok: false, status: 404 });
    expect(api.stopped).toBeUndefined();
    await expect(api.get('GET /repos/{owner}/{repo}', repo('down'))).rejects.toMatchObject({ code: 'GATES_E_API_UNAVAILABLE' });
    await expect(api.get('GET /repos/{owner}/{repo}', repo('checkout'))).rejects.toMatchObject({ code: 'GATES_E_API_STOPPED' });
  });

  test('the budget bounds the run: a call still waiting when it ends is abandoned, and nothing is called after', async () => {
    const { api, server } = await client({ faults: [{ match: '/repos/actions/slow', reply: 'hang' }] }, 60_000, 400);
    await expect(api.get('GET /repos/{owner}/{repo}', repo('checkout'))).resolves.toMatchObject({ ok: true });
    const started = Date.now();
    const error = (await api.get('GET /repos/{owner}/{repo}', repo('slow')).catch((thrown: unknown) => thrown)) as GatesError;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.code).toBe('GATES_E_API_STOPPED');
    expect(error.message).toContain("after the run's API budget of 400ms was spent");
    await expect(api.get('GET /repos/{owner}/{repo}', repo('other'))).rejects.toMatchObject({ code: 'GATES_E_API_STOPPED' });
    expect(server.requests).toHaveLength(2);
  });
});
