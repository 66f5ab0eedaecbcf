import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accessRoutes, type FakeAccess } from '../harness/github-api/access-routes.js';
import { fakeSha, repositoryRoutes, type FakeRepository } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type Fault, type GitHubApiServer } from '../harness/github-api/server.js';
import { leaks, stepTexts } from '../harness/leaks.js';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// Approvals are read from a loopback GitHub: the waiver file's history (commits and contents),
// the pull requests of the commit that added the waiver, their reviews, and who holds the role.
const TOKEN = 'ghs_waiverApprovalTokenNeverShown0123456789';
const WAIVERS_PATH = '.github/gates-waivers.yml';
const [BASE, ADDED, HEAD] = ['base', 'waiver added', 'unrelated change'].map(fakeSha) as [string, string, string];
const PR_HEAD = fakeSha('head of the waiver pull request');
const DAY = 24 * 60 * 60 * 1000;
const date = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

const RBAC_POLICY = `version: 1
roles:
  security-approver:
    grants:
      - commands: [security-gate]
subjects:
  - role: security-approver
    users: [sec-lead]
  - role: security-approver
    teams: [octo-org/security]
`;

const WAIVERS = `version: 1
policy:
  approval:
    role: security-approver
waivers:
  - id: W-SHELL
    gate: security-gate
    rule: B602
    path: app/run.py
    reason: the command is a constant; tracked for removal
    ticket: SEC-12
    approvers: [sec-lead, dana, alice]
    created: ${date(-3)}
    expires: ${date(30)}
`;

const ACCESS: FakeAccess = {
  collaborators: { 'sec-lead': 'write', alice: 'admin', dana: 'write', mallory: 'write' },
  teams: { 'octo-org/security': { visible: true, members: { dana: 'active' } } },
  pulls: { 7: { author: 'mallory', head: 'octo-org/octo-repo', headSha: PR_HEAD } },
};

let servers: GitHubApiServer[] = [];
afterEach(async () => {
  for (const server of servers) await server.close();
  servers = [];
});

/** One run; `checkedOut` is the waiver file in the workspace when it differs from what was committed. */
async function decide(access: Partial<FakeAccess>, options: { checkedOut?: string; faults?: Fault[] } = {}) {
  const repository: FakeRepository = {
    owner: 'octo-org',
    name: 'octo-repo',
    branches: { main: [HEAD, ADDED, BASE] },
    files: { [BASE]: {}, [ADDED]: { [WAIVERS_PATH]: WAIVERS }, [HEAD]: { [WAIVERS_PATH]: WAIVERS } },
  };
  const server = await startGitHubApiServer([...repositoryRoutes([repository]), ...accessRoutes({ ...ACCESS, ...access })], { token: TOKEN, faults: options.faults });
  servers.push(server);
  const workspace = makeWorkspace({
    'bandit.sarif': readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'scanners', 'bandit.sarif'), 'utf8'),
    [WAIVERS_PATH]: options.checkedOut ?? WAIVERS,
    '.github/gates-rbac.yml': RBAC_POLICY,
  });
  const run = await runBundle('security-gate', { workspace, token: TOKEN, apiUrl: server.url, env: { GITHUB_SHA: HEAD }, inputs: { results: 'bandit.sarif' } });
  expect(leaks(stepTexts(run), [TOKEN])).toEqual([]);
  const warning = run.annotations.find((annotation) => annotation.data.startsWith('Waiver W-SHELL'));
  return { run, server, warning: warning?.data };
}

describe('waiver approvals through the API: commit → pull requests → reviews → role', () => {
  test('approved by a holder of the role, on the pull request that added the waiver: applied', async () => {
    const { run, server } = await decide({ commitPulls: { [ADDED]: [7] }, reviews: { 7: [{ login: 'sec-lead', state: 'APPROVED' }] } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ blocked: 'false', 'waived-count': '1' });
    expect(run.summary).toContain('Waived (<code>W-SHELL</code>) by sec-lead until');
    // The commit that last changed the waiver is the one asked about, not the run's head.
    expect(server.requests.some((request) => request.path === `/repos/octo-org/octo-repo/commits/${ADDED}/pulls`)).toBe(true);
  });

  test('approved through a team that holds the role, after 120 comments (the reviews come in two pages)', async () => {
    const comments = Array.from({ length: 120 }, () => ({ login: 'mallory', state: 'COMMENTED' as const }));
    const { run } = await decide({ commitPulls: { [ADDED]: [7] }, reviews: { 7: [...comments, { login: 'dana', state: 'APPROVED' }] } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'waived-count': '1' });
  });

  test('approved by someone without the role: not applied, the finding blocks, the warning says who approved', async () => {
    const { run, warning } = await decide({ commitPulls: { [ADDED]: [7] }, reviews: { 7: [{ login: 'alice', state: 'APPROVED' }] } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ blocked: 'true', 'waived-count': '0' });
    expect(warning).toBe('Waiver W-SHELL not applied: pull request #7 has no approval of its head commit by one of its approvers (sec-lead, dana, alice) holding role security-approver (approved by alice on #7).');
  });

  test('an approval of an earlier head of the pull request does not count', async () => {
    const { run } = await decide({ commitPulls: { [ADDED]: [7] }, reviews: { 7: [{ login: 'sec-lead', state: 'APPROVED', commit: fakeSha('an earlier push') }] } });
    expect(run.exitCode).toBe(1);
  });

  test('no pull request at all (pushed straight to the branch): not applied', async () => {
    const { run, warning } = await decide({});
    expect(run.exitCode).toBe(1);
    expect(warning).toBe(`Waiver W-SHELL not applied: commit ${ADDED.slice(0, 7)}, which added or last changed it, came through no pull request.`);
  });

  test('a waiver edited after its approval (not committed as it reads) is not applied', async () => {
    const edited = WAIVERS.replace(`expires: ${date(30)}`, `expires: ${date(60)}`);
    const { run, warning } = await decide({ commitPulls: { [ADDED]: [7] }, reviews: { 7: [{ login: 'sec-lead', state: 'APPROVED' }] } }, { checkedOut: edited });
    expect(run.exitCode).toBe(1);
    expect(warning).toBe('Waiver W-SHELL not applied: it is not committed as it reads now, so no pull request approved it.');
  });

  test('the API failing while approvals are checked is an infrastructure error (exit 3), never a silent waiver', async () => {
    const faults: Fault[] = [{ match: '/pulls', reply: { status: 502, body: { message: 'Bad Gateway' } } }];
    const { run } = await decide({ commitPulls: { [ADDED]: [7] }, reviews: { 7: [{ login: 'sec-lead', state: 'APPROVED' }] } }, { faults });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toContain('GATES_E_API_UNAVAILABLE');
  });
});
