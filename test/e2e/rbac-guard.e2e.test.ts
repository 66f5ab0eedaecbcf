import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeAccess } from '../harness/github-api/access-routes.js';
import type { Fault, GitHubApiServer } from '../harness/github-api/server.js';
import { decideRbac, RBAC_SHA as SHA, webhookPayload as payload, type RbacScenario } from '../harness/rbac-scenario.js';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';

// The rbac-guard bundle as the runner runs it, against a loopback GitHub, with the demo repository's policy.
const POLICY = readFileSync(join(REPO_ROOT, 'examples/demo-repo/.github/gates-rbac.yml'), 'utf8');

const ACCESS: FakeAccess = {
  collaborators: { alice: 'write', mona: 'maintain', triager: 'triage', 'demo-release-manager': 'admin', sec: { custom: 'security-reviewer', base: 'write' } },
  appActors: ['renovate-app'],
  teams: { 'demo-org/engineers': { visible: true, members: { eve: 'active', frank: 'pending' } } },
};

/** A real `pull_request` payload whose head is moved to a fork, as GitHub sends for a contributor's fork. */
function forkPullRequest(event = 'pull_request') {
  const body = payload('pull_request', 'opened') as { pull_request: { head: { repo: { full_name: string; fork: boolean } } } };
  body.pull_request.head.repo = { ...body.pull_request.head.repo, full_name: 'mallory/Hello-World', fork: true };
  return { event, body };
}

// Some tests decide more than once: every server they start is closed after them.
let server: GitHubApiServer | undefined;
const servers: GitHubApiServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((started) => started.close()));
});

async function decide(scenario: Omit<RbacScenario, 'policy' | 'access'> & { access?: FakeAccess }) {
  const run = await decideRbac({ policy: POLICY, ...scenario, access: scenario.access ?? ACCESS }, servers);
  server = run.server;
  return run.result;
}

describe('rbac-guard decisions through the bundle', () => {
  test('maintain (role_name, which the legacy permission field reports as write) allows mlops to deploy to staging', async () => {
    const result = await decide({ actor: 'mona', command: 'deploy', environment: 'staging', event: 'workflow_dispatch', payload: payload('workflow_dispatch') });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ allowed: 'true', role: 'mlops', verdict: 'pass' });
    expect(result.outputs['decision-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.summary).toContain('### ✅ Allowed: deploy');
    expect(result.summary).toContain('<code>mlops</code> via repository role maintain');
    const ledger = readFileSync(join(result.stateRoot, 'audit', 'ledger.jsonl'), 'utf8');
    expect(ledger).toContain(`"decisionId":"${result.outputs['decision-id']}"`);
  });

  test('on a re-run the triggering actor is the subject, and the summary shows both', async () => {
    const result = await decide({ actor: 'mona', triggeringActor: 'triager', command: 'deploy', environment: 'staging' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.allowed).toBe('false');
    expect(result.summary).toContain('<code>triager</code> (triggering actor; the run was first started by <code>mona</code>)');
    expect(server!.requests.some((request) => request.path.endsWith('/collaborators/triager/permission'))).toBe(true);
    expect(server!.requests.some((request) => request.path.includes('/mona/'))).toBe(false);
  });

  test('a deny exits 1, says which rule decided, what would allow it, and annotates', async () => {
    const result = await decide({ actor: 'alice', command: 'deploy', environment: 'staging' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ allowed: 'false', role: '', verdict: 'fail' });
    expect(result.outputs.reason).toBe('no grant allows alice (holds contributor) to run deploy in staging on push refs/heads/main');
    expect(result.summary).toContain('**What would allow it**');
    expect(result.annotations.find((annotation) => annotation.properties.title === 'denied')?.command).toBe('error');
  });

  test('planner-first: a confirmed command in CI without a bypass is denied with an error annotation and a summary callout; the bypass warns', async () => {
    const denied = await decide({ actor: 'demo-planner', command: 'planning' });
    expect(denied.exitCode).toBe(1);
    expect(denied.outputs.reason).toBe("planner-first confirmation required in CI: planning needs a human's confirmation and no bypass applies");
    const alert = denied.annotations.find((annotation) => annotation.properties.title === 'denied');
    expect(alert?.command).toBe('error');
    expect(alert?.data).toContain('planner-first confirmation required in CI');
    expect(denied.summary).toContain("> [!CAUTION]\n> **Planner-first confirmation required in CI:** <code>planning</code> needs a human's confirmation");
    // The nightly refresh: the policy's bypass for the bot on schedule applies, and says so.
    const bypassed = await decide({ actor: 'github-actions[bot]', command: 'planning', event: 'schedule', payload: { schedule: '0 3 * * *' } }); // GitHub's schedule payload: the cron line
    expect(bypassed.exitCode).toBe(0);
    expect(bypassed.annotations.find((annotation) => annotation.command === 'warning')?.data).toContain('planner-first confirmation required in CI: bypassed by policy entry nightly-plan-refresh');
    expect(bypassed.summary).toContain('> [!WARNING]\n> **Non-interactive bypass used:** <code>nightly-plan-refresh</code>');
    expect(bypassed.summary).not.toContain('[!CAUTION]');
  });

  test('team membership: an active member is an engineer; codegen then needs a green planning for the commit', async () => {
    const stateRoot = mkdtempSync(join(tmpdir(), 'gates-rbac-state-'));
    const blocked = await decide({ actor: 'eve', command: 'codegen', stateRoot });
    expect(blocked.exitCode).toBe(1);
    expect(blocked.outputs.reason).toContain('planning has not run (planning ? → codegen)');
    const recorded = await runCli(['audit', 'record', '--gate', 'planning', '--verdict', 'pass', '--sha', SHA], { env: { MEMORY_STORAGE_ROOT: stateRoot } });
    expect(recorded.code).toBe(0);
    const allowed = await decide({ actor: 'eve', command: 'codegen', stateRoot });
    expect(allowed.outputs).toMatchObject({ allowed: 'true', role: 'engineer' });
  });

  test('a pending team membership is not membership', async () => {
    const result = await decide({ actor: 'frank', command: 'qa' });
    expect(result.outputs.allowed).toBe('false');
  });

  test('a team the token cannot see (404 on membership and on the team) fails closed with exit 3 naming the fix', async () => {
    const hidden: FakeAccess = { ...ACCESS, teams: { 'demo-org/engineers': { visible: false, members: { eve: 'active' } } } };
    const result = await decide({ actor: 'eve', command: 'codegen', access: hidden });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_RBAC_UNRESOLVED');
    expect(result.stdout).toContain('Members: read');
    expect(result.outputs.allowed).toBeUndefined();
  });

  test('pull requests from forks are denied, on pull_request and pull_request_target alike', async () => {
    for (const event of ['pull_request', 'pull_request_target']) {
      const fork = forkPullRequest(event);
      const result = await decide({ actor: 'alice', command: 'pin-check', event, payload: fork.body });
      expect(result.outputs.reason).toContain('no grant allows alice');
      expect(result.exitCode).toBe(1);
    }
    const sameRepo = await decide({ actor: 'alice', command: 'pin-check', event: 'pull_request', payload: payload('pull_request', 'opened') });
    expect(sameRepo.outputs.allowed).toBe('true');
  });

  test('bots are explicit identities: no permission lookup; an app that "is not a user" is simply no collaborator', async () => {
    const bot = await decide({ actor: 'dependabot[bot]', command: 'pin-check' });
    expect(bot.outputs.allowed).toBe('false');
    expect(server!.requests.filter((request) => request.path.includes('dependabot'))).toEqual([]);
    const app = await decide({ actor: 'renovate-app', command: 'pin-check' });
    expect(app.exitCode).toBe(1);
    expect(app.outputs.allowed).toBe('false');
  });
});

describe('rbac-guard fails closed on every API failure (exit 3)', () => {
  test.each([
    ['403 insufficient scope', [{ match: '/permission', reply: { status: 403, body: { message: 'Resource not accessible by integration' } } }], 'GATES_E_API_DENIED'],
    ['401 bad credentials', [{ match: '/permission', reply: { status: 401, body: { message: 'Bad credentials' } } }], 'GATES_E_API_DENIED'],
    ['5xx on every attempt', [{ match: '/permission', reply: { status: 502, body: { message: 'Server Error' } } }], 'GATES_E_API_UNAVAILABLE'],
    ['a response slower than api-timeout', [{ match: '/permission', reply: 'hang' as const }], 'GATES_E_API_TIMEOUT'],
  ])('%s', async (_name, faults, code) => {
    const result = await decide({ actor: 'alice', command: 'pin-check', faults: faults as Fault[] });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain(code);
    expect(result.outputs.allowed).toBeUndefined();
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });

  test('an exhausted rate limit', async () => {
    const result = await decide({ actor: 'alice', command: 'pin-check', rateLimit: { limit: 1000, remaining: 0, resetEpochSeconds: Math.floor(Date.now() / 1000) + 1800 } });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_API_RATE_LIMITED');
  });

  test('no token when the policy decides by repository role', async () => {
    const result = await decide({ actor: 'alice', command: 'pin-check', token: '' });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_API_NO_TOKEN');
  });
});
