import { afterEach, describe, expect, test } from '@jest/globals';
import { GatesError } from '@gates/core';
import { GitHubApi } from '../../packages/core/src/github/api-client.js';
import { createOctokitTransport } from '../../packages/core/src/github/octokit-transport.js';
import { contentsRoute, fileAtCommit, repositoryPath } from '../../packages/core/src/waivers/policy/file-at-commit.js';
import { changedPolicyKeys } from '../../packages/core/src/waivers/policy/policy-diff.js';
import { policySource } from '../../packages/core/src/waivers/policy/policy-source.js';
import { effectivePolicy, type WaiverPolicy } from '../../packages/core/src/waivers/waiver-model.js';
import { fakeSha, repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type Fault, type GitHubApiServer } from '../harness/github-api/server.js';

const diff = (head: WaiverPolicy, base: WaiverPolicy) => changedPolicyKeys(effectivePolicy(head), effectivePolicy(base));
const BASE_SHA = fakeSha('base of the pull request');

describe('which policy keys a pull request changed (pure)', () => {
  test('the same policy, or a default written out, or unwaivable reordered: no change', () => {
    expect(diff({}, {})).toEqual([]);
    expect(diff({ 'max-lifetime-days': 90, 'allow-wildcards': false, timezone: 'UTC', 'warn-within-days': 14, unwaivable: [] }, {})).toEqual([]);
    expect(diff({ unwaivable: ['gitleaks/*', 'CVE-2021-44228'] }, { unwaivable: ['CVE-2021-44228', 'gitleaks/*'] })).toEqual([]);
    expect(diff({ approval: { role: 'sec' } }, { approval: { role: 'sec', 'rbac-policy': '.github/gates-rbac.yml' } })).toEqual([]);
  });

  test('each relaxed key is named, in the order the docs list them', () => {
    expect(diff({ 'allow-wildcards': true, 'max-lifetime-days': 365 }, {})).toEqual(['max-lifetime-days', 'allow-wildcards']);
    expect(diff({ unwaivable: [] }, { unwaivable: ['CVE-2021-44228'] })).toEqual(['unwaivable']);
    expect(diff({ timezone: 'Pacific/Kiritimati', 'warn-within-days': 1 }, {})).toEqual(['warn-within-days', 'timezone']);
  });

  test('approval dropped, its role changed, or its rbac policy pointed elsewhere', () => {
    const base: WaiverPolicy = { approval: { role: 'security-approver' } };
    expect(diff({}, base)).toEqual(['approval', 'approval.role', 'approval.rbac-policy']);
    expect(diff({ approval: { role: 'developer' } }, base)).toEqual(['approval.role']);
    expect(diff({ approval: { role: 'security-approver', 'rbac-policy': '.github/my-rbac.yml' } }, base)).toEqual(['approval.rbac-policy']);
  });
});

describe('where the policy comes from, per event (pure)', () => {
  const payload = { pull_request: { number: 7, base: { sha: BASE_SHA } } };

  test.each(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])('%s: the base commit of the payload', (event) => {
    expect(policySource(event, payload)).toEqual({ from: 'base', event, sha: BASE_SHA });
  });

  test.each(['push', 'workflow_dispatch', 'schedule', 'merge_group', undefined])('%s: the checkout', (event) => {
    expect(policySource(event, payload)).toEqual({ from: 'checkout' });
  });

  test.each([
    ['no pull request', {}],
    ['no base', { pull_request: { number: 7 } }],
    ['a base sha that is not one', { pull_request: { base: { sha: 'main' } } }],
    ['a base sha of the wrong type', { pull_request: { base: { sha: 12 } } }],
  ])('a pull request payload with %s fails closed (exit 3), never the checkout', (_label, broken) => {
    const thrown = (() => {
      try {
        policySource('pull_request', broken as never);
      } catch (error) {
        return error as GatesError;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(GatesError);
    expect(thrown).toMatchObject({ code: 'GATES_E_WAIVER_POLICY_UNAVAILABLE', exitCode: 3 });
  });
});

describe('a config path as the contents API takes it (pure)', () => {
  test.each([
    ['.github/gates-waivers.yml', '.github/gates-waivers.yml'],
    ['./.github/gates-waivers.yml', '.github/gates-waivers.yml'],
    ['config/../.github/w.yml', '.github/w.yml'],
    ['/etc/waivers.yml', undefined],
    ['../elsewhere/w.yml', undefined],
    ['C:\\w.yml', undefined],
  ])('%s → %s', (display, expected) => {
    expect(repositoryPath(display)).toBe(expected);
  });
});

describe('a file at a commit through the contents API (loopback GitHub)', () => {
  let server: GitHubApiServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function read(files: Record<string, string>, faults: Fault[] = []) {
    server = await startGitHubApiServer(repositoryRoutes([{ owner: 'octo-org', name: 'octo-repo', branches: { main: [BASE_SHA] }, files: { [BASE_SHA]: files } }]), { token: 't0ken', faults });
    const transport = await createOctokitTransport({ token: 't0ken', baseUrl: server.url, warn: () => {} });
    const api = new GitHubApi(transport, { timeoutMs: 5_000, limits: { maxRetries: 0 } });
    return fileAtCommit(api, { owner: 'octo-org', repo: 'octo-repo' }, '.github/gates-waivers.yml', BASE_SHA);
  }

  test('the text the base commit has, decoded from base64 wrapped at 60 columns', async () => {
    const text = `version: 1\npolicy:\n  max-lifetime-days: 30\n# ${'é'.repeat(80)}\nwaivers: []\n`;
    await expect(read({ '.github/gates-waivers.yml': text })).resolves.toBe(text);
    expect(server!.requests[0]!.query.get('ref')).toBe(BASE_SHA);
    // Slashes literal: sent as %2F (Octokit's `{path}`), GitHub answers 404 to fine-grained tokens, which would read as "no policy".
    expect(server!.requests[0]!.path).toBe('/repos/octo-org/octo-repo/contents/.github/gates-waivers.yml');
  });

  test('a file name with characters a URL or a route template would take apart is encoded per segment', async () => {
    expect(contentsRoute('.github/a {b}#c?.yml')).toBe('GET /repos/{owner}/{repo}/contents/.github/a%20%7Bb%7D%23c%3F.yml');
  });

  test('no such file at the base commit: undefined (the default policy applies)', async () => {
    await expect(read({})).resolves.toBeUndefined();
  });

  test.each([
    ['a directory listing', []],
    ['a symlink', { type: 'symlink', target: '/etc/passwd', size: 11 }],
    ['no content', { type: 'file', encoding: 'none', content: '', size: 20 }],
    ['content that is not base64', { type: 'file', encoding: 'base64', content: '<html>proxy</html>', size: 18 }],
    ['content shorter than its size', { type: 'file', encoding: 'base64', content: Buffer.from('policy: {}').toString('base64'), size: 400 }],
  ])('an answer that is %s decides nothing (GATES_E_API_MALFORMED, exit 3)', async (_label, body) => {
    await expect(read({ '.github/gates-waivers.yml': 'x' }, [{ match: '/contents/', reply: { status: 200, body } }])).rejects.toMatchObject({ code: 'GATES_E_API_MALFORMED', exitCode: 3 });
  });

  test('a server error is an infrastructure error, not an absent file', async () => {
    await expect(read({ '.github/gates-waivers.yml': 'x' }, [{ match: '/contents/', reply: { status: 500, body: { message: 'boom' } } }])).rejects.toMatchObject({ exitCode: 3 });
  });
});
