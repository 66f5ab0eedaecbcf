import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_REPOSITORIES } from '../fixtures/action-repositories.js';
import { accessRoutes, type FakeAccess } from '../harness/github-api/access-routes.js';
import { fakeSha, repositoryRoutes, type FakeRepository } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type Fault, type GitHubApiServer } from '../harness/github-api/server.js';
import { leaks, stepTexts } from '../harness/leaks.js';
import { webhookPayload } from '../harness/rbac-scenario.js';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// On a pull request the checkout is the pull request's own code: its waiver policy is read from the base commit
// (pull_request.base.sha in the event payload) through a loopback GitHub's contents API, never from the checkout.
const TOKEN = 'ghs_basePolicyTokenNeverShown0123456789ab';
const WAIVERS_PATH = '.github/gates-waivers.yml';
const RBAC_PATH = '.github/gates-rbac.yml';
const [BASE, ADDED, HEAD] = ['base branch head', 'pull request commit', 'merge commit'].map(fakeSha) as [string, string, string];
const DAY = 24 * 60 * 60 * 1000;
const date = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** The base branch's policy: the defaults but a 30-day cap. */
const BASE_WAIVERS = `version: 1\npolicy:\n  max-lifetime-days: 30\nwaivers: []\n`;

function waivers(policy: string, fields: string, created = date(-1), expires = date(20)): string {
  return `version: 1\npolicy:\n${policy}waivers:\n  - id: W-SHELL\n    gate: security-gate\n${fields}    reason: the command is a constant\n    ticket: SEC-12\n    approvers: [sec-lead, eve]\n    created: ${created}\n    expires: ${expires}\n`;
}

const WILDCARD = waivers('  allow-wildcards: true\n', '    rule: B602\n');

let servers: GitHubApiServer[] = [];
afterEach(async () => {
  for (const server of servers) await server.close();
  servers = [];
});

interface Scenario {
  /** The checkout (the pull request's head): path → text. */
  checkout: Record<string, string>;
  /** The base commit's files; the pull request's commit and the merge commit have the checkout's. */
  base: Record<string, string>;
  event?: 'pull_request' | 'pull_request_target' | 'push';
  access?: Partial<FakeAccess>;
  faults?: Fault[];
  inputs?: Record<string, string>;
}

async function decide(scenario: Scenario) {
  const repository: FakeRepository = {
    owner: 'octo-org',
    name: 'octo-repo',
    branches: { main: [HEAD, ADDED, BASE] },
    files: { [BASE]: scenario.base, [ADDED]: scenario.checkout, [HEAD]: scenario.checkout },
  };
  const access: FakeAccess = { collaborators: { 'sec-lead': 'write', eve: 'write', mallory: 'write' }, pulls: { 7: { author: 'mallory', head: 'octo-org/octo-repo', headSha: ADDED } }, ...scenario.access };
  const server = await startGitHubApiServer([...repositoryRoutes([repository]), ...accessRoutes(access)], { token: TOKEN, faults: scenario.faults });
  servers.push(server);
  const event = scenario.event ?? 'pull_request';
  const payload = webhookPayload(event === 'push' ? 'push' : 'pull_request', event === 'push' ? undefined : 'opened');
  if (event !== 'push') (payload.pull_request as { base: { sha: string } }).base.sha = BASE;
  const workspace = makeWorkspace({ 'bandit.sarif': readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'scanners', 'bandit.sarif'), 'utf8'), ...scenario.checkout });
  const run = await runBundle('security-gate', {
    workspace,
    token: TOKEN,
    apiUrl: server.url,
    event: { name: event, payload },
    env: { GITHUB_SHA: HEAD },
    inputs: { results: 'bandit.sarif', ...scenario.inputs },
  });
  expect(leaks(stepTexts(run), [TOKEN])).toEqual([]);
  const waiverWarning = run.annotations.find((annotation) => annotation.data.startsWith('Waiver W-SHELL'))?.data;
  const policyWarning = run.annotations.find((annotation) => annotation.data.startsWith('This pull request changes the waiver policy'))?.data;
  const contents = server.requests.filter((request) => request.path.includes('/contents/'));
  return { run, waiverWarning, policyWarning, contents };
}

describe('security-gate on a pull request judges its waivers by the base commit\'s policy', () => {
  test('a pull request that allows wildcards and adds one: the wildcard is refused and the finding blocks', async () => {
    const { run, waiverWarning, policyWarning, contents } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: { [WAIVERS_PATH]: BASE_WAIVERS } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ blocked: 'true', 'waived-count': '0' });
    expect(waiverWarning).toBe('Waiver W-SHELL not applied: it is a wildcard (a glob, or a rule with no fingerprint, path or package) and the policy does not allow wildcards.');
    expect(policyWarning).toBe(`This pull request changes the waiver policy (max-lifetime-days, allow-wildcards); policy changes take effect once merged. This run judges its waivers by the policy of the base commit ${BASE.slice(0, 7)}.`);
    expect(run.summary).toContain(`Waivers are judged by the policy of the base commit ${BASE.slice(0, 7)}, not by this pull request's checkout. This pull request changes the waiver policy (max-lifetime-days, allow-wildcards); policy changes take effect once merged.`);
    // Two reads at the base commit, as the contents API takes them: its gates config (which names no other waiver file), then its waiver file.
    expect(contents.map((request) => [request.path, request.query.get('ref')])).toEqual([
      ['/repos/octo-org/octo-repo/contents/.github/gates.yml', BASE],
      [`/repos/octo-org/octo-repo/contents/${WAIVERS_PATH}`, BASE],
    ]);
  });

  test('the same change on a push is judged by the checkout, as before: the wildcard applies', async () => {
    const { run, policyWarning, contents } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: { [WAIVERS_PATH]: BASE_WAIVERS }, event: 'push' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ blocked: 'false', 'waived-count': '1' });
    expect(policyWarning).toBeUndefined();
    expect(contents).toEqual([]);
    expect(run.summary).not.toContain('Waivers are judged by');
  });

  test('a pull request that raises max-lifetime-days: the base\'s 30-day cap applies', async () => {
    const long = waivers('  max-lifetime-days: 365\n', '    rule: B602\n    path: app/run.py\n', date(-1), date(100));
    const { run, waiverWarning, policyWarning } = await decide({ checkout: { [WAIVERS_PATH]: long }, base: { [WAIVERS_PATH]: BASE_WAIVERS }, event: 'pull_request_target' });
    expect(run.exitCode).toBe(1);
    expect(waiverWarning).toMatch(/^Waiver W-SHELL not applied: its lifetime is 10[12] days \(.*\); the policy allows at most 30\.$/);
    expect(policyWarning).toContain('(max-lifetime-days)');
  });

  test('a waiver within the base\'s policy still applies on the pull request that adds it, with no policy warning', async () => {
    const narrow = waivers('  max-lifetime-days: 30\n', '    rule: B602\n    path: app/run.py\n');
    const { run, policyWarning } = await decide({ checkout: { [WAIVERS_PATH]: narrow }, base: { [WAIVERS_PATH]: BASE_WAIVERS } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'waived-count': '1' });
    expect(policyWarning).toBeUndefined();
  });

  test('the base has no waiver file: the default policy applies (no wildcards), whatever the pull request\'s file says', async () => {
    const { run, waiverWarning, policyWarning } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: {} });
    expect(run.exitCode).toBe(1);
    expect(waiverWarning).toContain('the policy does not allow wildcards');
    expect(policyWarning).toContain('(allow-wildcards)');
    expect(run.summary).toContain(`Waivers are judged by the default policy (the base commit ${BASE.slice(0, 7)} has no .github/gates-waivers.yml)`);
  });

  test('a pull request that points `waivers:` at a file of its own is still judged by the base\'s .github/gates-waivers.yml', async () => {
    const own = waivers('  max-lifetime-days: 90\n', '    rule: B602\n    path: app/run.py\n', date(-1), date(60));
    const { run, waiverWarning, contents } = await decide({ checkout: { '.github/gates.yml': 'version: 1\nwaivers: .github/my-waivers.yml\n', '.github/my-waivers.yml': own }, base: { [WAIVERS_PATH]: BASE_WAIVERS } });
    expect(run.exitCode).toBe(1);
    expect(waiverWarning).toContain('the policy allows at most 30');
    expect(run.summary).toContain(`Waivers are judged by the policy of the base commit ${BASE.slice(0, 7)} (its ${WAIVERS_PATH})`);
    expect(contents.map((request) => request.path)).toEqual(['/repos/octo-org/octo-repo/contents/.github/gates.yml', `/repos/octo-org/octo-repo/contents/${WAIVERS_PATH}`]);
  });

  test('a base that keeps its waivers at another path (its gates.yml says so): a pull request redirecting `waivers:` to a new file is judged by that file\'s policy', async () => {
    const own = waivers('  max-lifetime-days: 90\n', '    rule: B602\n    path: app/run.py\n', date(-1), date(60));
    const { run, waiverWarning, policyWarning, contents } = await decide({
      checkout: { '.github/gates.yml': 'version: 1\nwaivers: .github/my-waivers.yml\n', '.github/my-waivers.yml': own, 'security/waivers.yml': BASE_WAIVERS },
      base: { '.github/gates.yml': 'version: 1\nwaivers: ./security/waivers.yml\n', 'security/waivers.yml': BASE_WAIVERS },
    });
    expect(run.exitCode).toBe(1);
    expect(waiverWarning).toMatch(/^Waiver W-SHELL not applied: its lifetime is 6[12] days \(.*\); the policy allows at most 30\.$/);
    expect(policyWarning).toContain('(max-lifetime-days)');
    expect(run.summary).toContain(`Waivers are judged by the policy of the base commit ${BASE.slice(0, 7)} (its security/waivers.yml, named by its .github/gates.yml)`);
    // Only the file the base's config names is read: neither the pull request's path nor the default.
    expect(contents.map((request) => request.path)).toEqual(['/repos/octo-org/octo-repo/contents/.github/gates.yml', '/repos/octo-org/octo-repo/contents/security/waivers.yml']);
  });

  test('the base config is read at the path the `config` input names', async () => {
    const own = waivers('  max-lifetime-days: 90\n', '    rule: B602\n    path: app/run.py\n', date(-1), date(60));
    const { run, contents } = await decide({
      checkout: { 'ci/gates.yml': 'version: 1\nwaivers: mine.yml\n', 'mine.yml': own },
      base: { 'ci/gates.yml': 'version: 1\nwaivers: security/waivers.yml\n', 'security/waivers.yml': BASE_WAIVERS },
      inputs: { config: 'ci/gates.yml' },
    });
    expect(run.exitCode).toBe(1);
    expect(contents.map((request) => request.path)).toEqual(['/repos/octo-org/octo-repo/contents/ci/gates.yml', '/repos/octo-org/octo-repo/contents/security/waivers.yml']);
  });

  test('a base gates config that is not valid: a config error naming it at the base commit (exit 2)', async () => {
    const { run } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: { '.github/gates.yml': 'version: 1\nwaivers: 7\n', [WAIVERS_PATH]: BASE_WAIVERS } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('GATES_E_CONFIG_INVALID');
    expect(run.stdout).toContain(`.github/gates.yml at ${BASE.slice(0, 7)}`);
  });

  test('a base gates config naming a waiver file outside the repository: exit 3, never the checkout\'s policy', async () => {
    const { run } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: { '.github/gates.yml': 'version: 1\nwaivers: ../elsewhere.yml\n' } });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toContain('GATES_E_WAIVER_POLICY_UNAVAILABLE');
  });

  test('the contents API failing on the base config only: exit 3', async () => {
    const { run } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: { [WAIVERS_PATH]: BASE_WAIVERS }, faults: [{ match: '/contents/.github/gates.yml', reply: { status: 500, body: { message: 'Server Error' } } }] });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toContain('GATES_E_API_UNAVAILABLE');
  });

  test('the contents API failing (500 on every attempt): exit 3, never the checkout\'s policy', async () => {
    const { run } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: { [WAIVERS_PATH]: BASE_WAIVERS }, faults: [{ match: '/contents/', reply: { status: 500, body: { message: 'Server Error' } } }] });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toContain('GATES_E_API_UNAVAILABLE');
    expect(run.outputs.verdict).toBeUndefined();
  });

  test('the contents API not answering: exit 3 after api-timeout', async () => {
    const { run } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: { [WAIVERS_PATH]: BASE_WAIVERS }, faults: [{ match: '/contents/', reply: 'hang' }], inputs: { 'api-timeout': '1s' } });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toContain('GATES_E_API_TIMEOUT');
  });

  test('an answer that is not a file (a directory listing, through a proxy that rewrites): exit 3, nothing decided from it', async () => {
    const { run } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: { [WAIVERS_PATH]: BASE_WAIVERS }, faults: [{ match: '/contents/', reply: { status: 200, body: [] } }] });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toContain('GATES_E_API_MALFORMED');
  });

  test('a base waiver file that is not valid: a config error naming the base commit (exit 2), not the checkout\'s policy', async () => {
    const { run } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: { [WAIVERS_PATH]: 'version: 1\npolicy:\n  allow-wildcards: maybe\nwaivers: []\n' } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain(`${WAIVERS_PATH} at ${BASE.slice(0, 7)}`);
  });

  test('no token on a pull request: exit 3 with a hint, never the checkout\'s policy', async () => {
    const { run, contents } = await decide({ checkout: { [WAIVERS_PATH]: WILDCARD }, base: { [WAIVERS_PATH]: BASE_WAIVERS }, inputs: { token: '' } });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toContain('GATES_E_WAIVER_POLICY_UNAVAILABLE');
    expect(run.stdout).toContain('contents: read');
    expect(contents).toEqual([]);
  });

  test('the approving role is judged by the base\'s rbac policy: a pull request that grants the role to its reviewer gains nothing', async () => {
    const policy = '  approval:\n    role: security-approver\n';
    const rbac = (users: string) => `version: 1\nroles:\n  security-approver:\n    grants:\n      - commands: [security-gate]\nsubjects:\n  - role: security-approver\n    users: [${users}]\n`;
    const narrow = waivers(policy, '    rule: B602\n    path: app/run.py\n');
    const { run, waiverWarning, policyWarning } = await decide({
      checkout: { [WAIVERS_PATH]: narrow, [RBAC_PATH]: rbac('sec-lead, eve') },
      base: { [WAIVERS_PATH]: `version: 1\npolicy:\n${policy}waivers: []\n`, [RBAC_PATH]: rbac('sec-lead') },
      access: { commitPulls: { [ADDED]: [7] }, reviews: { 7: [{ login: 'eve', state: 'APPROVED' }] } },
    });
    expect(run.exitCode).toBe(1);
    expect(waiverWarning).toBe('Waiver W-SHELL not applied: pull request #7 has no approval of its head commit by one of its approvers (sec-lead, eve) holding role security-approver (approved by eve on #7).');
    expect(policyWarning).toBeUndefined();
  });
});

describe('pin-check on a pull request: the same core rule', () => {
  const workflow = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
  const wildcard = `version: 1\npolicy:\n  allow-wildcards: true\nwaivers:\n  - id: W-PINS\n    gate: pin-check\n    rule: unpinned-uses\n    reason: pinned later\n    ticket: OPS-3\n    approvers: [sec-lead]\n    created: ${date(-1)}\n    expires: ${date(20)}\n`;

  async function pinCheck(event: 'pull_request' | 'push') {
    const checkout = { [WAIVERS_PATH]: wildcard, '.github/workflows/ci.yml': workflow };
    const repository: FakeRepository = { owner: 'octo-org', name: 'octo-repo', branches: { main: [HEAD, BASE] }, files: { [BASE]: { [WAIVERS_PATH]: BASE_WAIVERS }, [HEAD]: checkout } };
    const server = await startGitHubApiServer(repositoryRoutes([...ACTION_REPOSITORIES, repository]), { token: TOKEN });
    servers.push(server);
    const payload = webhookPayload(event, event === 'push' ? undefined : 'opened');
    if (event !== 'push') (payload.pull_request as { base: { sha: string } }).base.sha = BASE;
    const run = await runBundle('pin-check', { workspace: makeWorkspace(checkout), token: TOKEN, apiUrl: server.url, event: { name: event, payload }, env: { GITHUB_SHA: HEAD } });
    expect(leaks(stepTexts(run), [TOKEN])).toEqual([]);
    return { run, warning: run.annotations.find((annotation) => annotation.data.startsWith('Waiver W-PINS'))?.data };
  }

  test('a pull request that allows wildcards cannot waive every unpinned action; a push keeps the checkout\'s policy', async () => {
    const pull = await pinCheck('pull_request');
    expect(pull.run.exitCode).toBe(1);
    expect(pull.warning).toContain('the policy does not allow wildcards');
    expect(pull.run.summary).toContain('This pull request changes the waiver policy (max-lifetime-days, allow-wildcards)');
    const push = await pinCheck('push');
    expect(push.run.exitCode).toBe(0);
    expect(push.warning).toBeUndefined();
  });
});
