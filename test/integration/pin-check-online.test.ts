import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { connectGitHub, Redactor, TerminalRunner } from '@gates/core';
import { collectOnlineFacts } from '../../actions/pin-check/src/online/collect-online.js';
import { referenceKey, tagKey, type OnlineFacts } from '../../actions/pin-check/src/online/online-facts.js';
import { factsFrom } from '../../actions/pin-check/src/testing/facts-from-files.js';
import { ACTION_REPOSITORIES, CI_WORKFLOW, SHA } from '../fixtures/action-repositories.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';

// The collector over real Octokit against a loopback server serving GitHub's recorded response shapes.
let server: GitHubApiServer;
let online: OnlineFacts;
const get = (key: string) => online.references.get(key.toLowerCase());

beforeAll(async () => {
  server = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: 'test-token-0123456789' });
  const runner = new TerminalRunner(new Redactor(), { debug: false }, () => {}, () => {});
  const api = await connectGitHub('test-token-0123456789', { GITHUB_API_URL: server.url }, runner, { timeoutMs: 5000 });
  online = await collectOnlineFacts(factsFrom({ '.github/workflows/ci.yml': CI_WORKFLOW }), api, false);
});
afterAll(async () => server.close());

describe('collectOnlineFacts', () => {
  test('a moving major tag resolves through the annotated release tag to its commit, named by the most specific tag', () => {
    expect(get('actions/checkout@v4')).toMatchObject({ commit: SHA.checkout422, resolvedVia: 'tag', bestTag: 'v4.2.2', runtime: 'node24' });
    expect(get('actions/checkout@v3')).toMatchObject({ commit: SHA.checkoutV3, bestTag: 'v3.6.0', runtime: 'node16' });
  });

  test('branches, short SHAs, sub-directory actions and reusable workflows resolve', () => {
    // A branch without a tag at its head keeps the branch name as the comment; a short SHA finds the tag at its commit.
    expect(get('codecov/codecov-action@main')).toMatchObject({ commit: SHA.codecovMain, resolvedVia: 'branch', bestTag: 'main', runtime: 'composite' });
    expect(get('docker/build-push-action@4f58ea7')).toMatchObject({ commit: SHA.buildPush, resolvedVia: 'commit', bestTag: 'v6.9.0', runtime: 'node20' });
    expect(get('github/codeql-action/upload-sarif@v3')).toMatchObject({ commit: SHA.codeql, bestTag: 'v3.27.0', runtime: 'node24' });
    expect(get('octo-org/workflows/.github/workflows/release.yml@v1')).toMatchObject({ commit: SHA.workflows, bestTag: 'v1.4.0' });
    expect(get('octo-org/workflows/.github/workflows/release.yml@v1')!.runtime).toBeUndefined();
  });

  test('a sub-directory action\'s action.yml is asked for with literal slashes (as %2F GitHub answers 404 to fine-grained tokens)', () => {
    const contents = server.requests.filter((request) => request.path.includes('/contents/')).map((request) => request.path);
    expect(contents).toContain('/repos/github/codeql-action/contents/upload-sarif/action.yml');
    expect(contents.filter((path) => /%2F/i.test(path))).toEqual([]);
  });

  test('SHA pins: reachability through branches; a fork commit is not reachable; comment tags are resolved', () => {
    expect(get(`actions/setup-node@${SHA.setupNode410}`)).toMatchObject({ commit: SHA.setupNode410, reachable: true, runtime: 'node20' });
    expect(get(`actions/checkout@${SHA.checkoutFork}`)).toMatchObject({ commit: SHA.checkoutFork, reachable: false });
    expect(online.tags.get(tagKey('actions', 'setup-node', 'v4.1.0'))).toBe(SHA.setupNodeMoved);
    expect(online.tags.get(tagKey('actions', 'checkout', 'v4.2.2'))).toBe(SHA.checkout422);
  });

  test('a repository that does not exist is missing, not an error', () => {
    expect(get('octo-org/missing-action@v1')).toMatchObject({ missing: true });
    expect(get('octo-org/missing-action@v1')!.error).toBeUndefined();
  });

  test('local actions are not looked up; calls and the rate limit are counted', () => {
    expect([...online.references.keys()].some((key) => key.startsWith('./'))).toBe(false);
    expect(online.references.size).toBe(9);
    expect(online.calls).toBe(server.requests.length);
    expect(online.rateLimit).toEqual({ limit: 5000, remaining: 4999 - server.requests.length });
    expect(referenceKey('A', 'B', 'c', 'v1')).toBe('a/b/c@v1');
  });
});
