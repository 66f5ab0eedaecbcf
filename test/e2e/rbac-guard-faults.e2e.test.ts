import { afterEach, describe, expect, test } from '@jest/globals';
import type { FakeAccess } from '../harness/github-api/access-routes.js';
import type { GitHubApiServer } from '../harness/github-api/server.js';
import { decideRbac, webhookPayload, type RbacScenario } from '../harness/rbac-scenario.js';

// rbac-guard against the faults an adversarial review found: long review lists, answers cut short,
// out-of-range inputs, events whose payload does not say where the code comes from.
const POLICY = `version: 1
roles:
  merger:
    grants:
      - commands: [merge]
        events: [pull_request, issue_comment]
        approvals: 2
  contributor:
    grants:
      - commands: [pin-check]
subjects:
  - role: merger
    permissions: [write]
  - role: contributor
    permissions: [write]
`;

type Review = NonNullable<FakeAccess['reviews']>[number][number];
const ACCESS: FakeAccess = { collaborators: { alice: 'write', bob: 'write', carol: 'write' } };
const servers: GitHubApiServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((started) => started.close()));
});

const decide = (scenario: Partial<RbacScenario> & Pick<RbacScenario, 'actor' | 'command'>) => decideRbac({ policy: POLICY, access: ACCESS, ...scenario }, servers);

/** The recorded pull_request payload: pull request #2 by Codertocat, head and base in one repository. */
const pullRequestEvent = { event: 'pull_request', payload: webhookPayload('pull_request', 'opened') };
const pullNumber = (pullRequestEvent.payload.pull_request as { number: number }).number;
const author = (pullRequestEvent.payload.pull_request as { user: { login: string } }).user.login;
const comments = (count: number): Review[] => Array.from({ length: count }, (_, index) => ({ login: `passer-by-${index}`, state: 'COMMENTED' }));

describe('reviews are read over every page (GitHub pages them 100 at a time)', () => {
  test('approvals on page one and a CHANGES_REQUESTED on page two: the later review counts, the request is denied', async () => {
    const reviews = [{ login: 'bob', state: 'APPROVED' }, { login: 'carol', state: 'APPROVED' }, ...comments(120), { login: 'carol', state: 'CHANGES_REQUESTED' }] satisfies Review[];
    const { result, server } = await decide({ actor: 'alice', command: 'merge', ...pullRequestEvent, access: { ...ACCESS, reviews: { [pullNumber]: reviews } } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ allowed: 'false', verdict: 'fail' });
    expect(result.summary).toContain('has 1 approving review(s), needs 2');
    expect(server.requests.filter((request) => request.path.endsWith('/reviews')).map((request) => request.query.get('page'))).toEqual([null, '2']);
  });

  test('approvals only on page three allow it; the author\'s own approvals on any page never count', async () => {
    const reviews = [...comments(150), { login: author, state: 'APPROVED' }, ...comments(60), { login: 'bob', state: 'APPROVED' }, { login: 'carol', state: 'APPROVED' }] satisfies Review[];
    const { result } = await decide({ actor: 'alice', command: 'merge', ...pullRequestEvent, access: { ...ACCESS, reviews: { [pullNumber]: reviews } } });
    expect(result.outputs).toMatchObject({ allowed: 'true', role: 'merger' });
    const authorOnly = await decide({ actor: 'alice', command: 'merge', ...pullRequestEvent, access: { ...ACCESS, reviews: { [pullNumber]: [...comments(101), { login: author, state: 'APPROVED' }, { login: 'bob', state: 'APPROVED' }] } } });
    expect(authorOnly.result.summary).toContain('has 1 approving review(s), needs 2');
  });

  test('a next-page link that never advances is exit 3, not an endless loop or a decision from part of the list', async () => {
    const link = '<https://api.github.com/repositories/1/pulls/2/reviews?per_page=100&page=2>; rel="next"';
    const faults = [{ match: '/reviews', reply: { status: 200, body: [], headers: { link } } }];
    const { result } = await decide({ actor: 'alice', command: 'merge', ...pullRequestEvent, faults });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_API_MALFORMED');
    expect(result.outputs.allowed).toBeUndefined();
  });
});

describe('an answer cut off mid-body is no answer (exit 3), never "no role" or "no reviews"', () => {
  test.each([
    ['the repository permission', '/permission'],
    ['the second page of reviews', (request: { path: string; query: URLSearchParams }) => request.path.endsWith('/reviews') && request.query.get('page') === '2'],
  ])('%s', async (_name, match) => {
    const reviews = [{ login: 'bob', state: 'APPROVED' }, { login: 'carol', state: 'APPROVED' }, ...comments(120)] satisfies Review[];
    const { result } = await decide({ actor: 'alice', command: 'merge', ...pullRequestEvent, access: { ...ACCESS, reviews: { [pullNumber]: reviews } }, faults: [{ match, reply: 'cut' }] });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toMatch(/GATES_E_NETWORK.*cut off/);
    expect(result.outputs.allowed).toBeUndefined();
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('inputs and environment out of range are usage errors (exit 2) before any call', () => {
  test.each([
    ['api-timeout: 30d (over what a timer can wait: it fired after 1 ms)', { inputs: { 'api-timeout': '30d' } }, 'GATES_E_INPUT_INVALID'],
    ['api-timeout: 60d (AbortSignal.timeout threw: exit 4)', { inputs: { 'api-timeout': '60d' } }, 'GATES_E_INPUT_INVALID'],
    ['api-timeout: a 25-digit number', { inputs: { 'api-timeout': '9'.repeat(25) } }, 'GATES_E_INPUT_INVALID'],
    ['api-timeout: 0s', { inputs: { 'api-timeout': '0s' } }, 'GATES_E_INPUT_INVALID'],
    ['GITHUB_API_URL: not a URL', { env: { GITHUB_API_URL: 'not a url at all' } }, 'GATES_E_ENV_INVALID'],
    ['GITHUB_API_URL: file:///etc/passwd', { env: { GITHUB_API_URL: 'file:///etc/passwd' } }, 'GATES_E_ENV_INVALID'],
  ])('%s', async (_name, scenario, code) => {
    const { result, server } = await decide({ actor: 'alice', command: 'pin-check', ...scenario });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain(code);
    expect(server.requests).toEqual([]);
  });
});

test('a missing policy is exit 2 naming the input that names it', async () => {
  const { result } = await decide({ actor: 'alice', command: 'pin-check', inputs: { policy: '.github/rbac-policy.yml' } });
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toContain('error GATES_E_INPUT_FILE_NOT_FOUND: Input "policy" names .github/rbac-policy.yml, which does not exist.');
});

describe('code from a fork is recognised on every event that can carry it (fail closed)', () => {
  const issueComment = (onPullRequest: boolean) => {
    const body = webhookPayload('issue_comment', 'created') as { issue: Record<string, unknown> };
    // As GitHub sends it for a comment on a pull request: the issue carries a `pull_request` object with its links.
    if (onPullRequest) body.issue.pull_request = { url: 'https://api.github.com/repos/demo-org/demo-repo/pulls/1', html_url: 'https://github.com/demo-org/demo-repo/pull/1', diff_url: 'https://github.com/demo-org/demo-repo/pull/1.diff', patch_url: 'https://github.com/demo-org/demo-repo/pull/1.patch', merged_at: null };
    return { event: 'issue_comment', payload: body };
  };
  const workflowRun = (head: string, fork: boolean) => {
    const body = webhookPayload('workflow_run', 'completed') as { workflow_run: { head_repository: Record<string, unknown> } };
    body.workflow_run.head_repository = { ...body.workflow_run.head_repository, full_name: head, fork };
    return { event: 'workflow_run', payload: body };
  };

  test.each([
    ['pull_request without an event payload', { event: 'pull_request', payload: null }],
    ['pull_request whose payload has no pull_request', { event: 'pull_request', payload: {} }],
    ['pull_request_target whose payload has no pull_request', { event: 'pull_request_target', payload: { action: 'opened' } }],
    ['issue_comment on a pull request from a fork (looked up through the API)', { ...issueComment(true), access: { ...ACCESS, pulls: { 1: { author: 'mallory', head: 'mallory/demo-repo' } } } }],
    ['issue_comment on a pull request whose fork was deleted', { ...issueComment(true), access: { ...ACCESS, pulls: { 1: { author: 'mallory', head: null } } } }],
    ['workflow_run of a fork\'s pull request', workflowRun('mallory/octo-repo', true)],
  ])('denied: %s', async (_name, scenario) => {
    const { result } = await decide({ actor: 'alice', command: 'pin-check', ...scenario });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.reason).toContain('no grant allows alice');
    expect(result.summary).toContain('fork');
  });

  test.each([
    ['issue_comment on a pull request from a branch', { ...issueComment(true), access: { ...ACCESS, pulls: { 1: { author: 'bob', head: 'demo-org/demo-repo' } } } }],
    ['issue_comment on an issue', issueComment(false)],
    ['workflow_run from the repository itself', workflowRun('octo-org/octo-repo', false)],
  ])('allowed: %s', async (_name, scenario) => {
    const { result } = await decide({ actor: 'alice', command: 'pin-check', ...scenario });
    expect(result.outputs).toMatchObject({ allowed: 'true', role: 'contributor' });
  });

  test('a comment on a pull request counts that pull request\'s approvals', async () => {
    const access = { ...ACCESS, pulls: { 1: { author: 'mallory', head: 'demo-org/demo-repo' } }, reviews: { 1: [{ login: 'bob', state: 'APPROVED' }, { login: 'carol', state: 'APPROVED' }] satisfies Review[] } };
    const { result } = await decide({ actor: 'alice', command: 'merge', ...issueComment(true), access });
    expect(result.outputs).toMatchObject({ allowed: 'true', role: 'merger' });
  });
});
