import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { factsFromCase, type OfflineCase } from '../offline-case.js';
import { compilePolicy } from '../policy/compile.js';
import type { RbacPolicy } from '../policy/model.js';
import { evaluate } from './evaluate.js';

// A policy shaped like a platform team's: inheritance, teams, permission levels, a freeze, a chain, a bypass.
const POLICY = parse(`
version: 1
roles:
  contributor:
    grants:
      - commands: [pin-check, 'lint-*']
  engineer:
    extends: [contributor]
    grants:
      - commands: [codegen, qa]
        refs: [refs/heads/main, refs/heads/release/*]
      - commands: [preview]
        events: [pull_request]
        forks: true
  reviewer-gated:
    grants:
      - commands: [merge-train]
        events: [pull_request]
        approvals: 2
  releaser:
    extends: [engineer]
    grants:
      - commands: [deploy]
        environments: [production]
        events: [push, workflow_dispatch]
        refs: [refs/heads/main]
        windows: [{ days: [mon, tue, wed, thu], from: '08:00', to: '17:00', timezone: Europe/Berlin }]
  planner:
    grants:
      - commands: [planning]
        events: [push, schedule]
  security:
    grants:
      - commands: [deploy]
        environments: [staging]
subjects:
  - { role: contributor, permissions: [write] }
  - { role: engineer, teams: [octo-org/engineers] }
  - { role: releaser, users: [Rel-Manager] }
  - { role: planner, apps: ['github-actions[bot]'], users: [planner-pat] }
  - { role: security, permissions: [security-reviewer] }
  - { role: reviewer-gated, users: [carol] }
deny:
  - id: freeze
    commands: [deploy]
    environments: [production]
    during: [{ from: '2026-12-21T00:00:00Z', to: '2027-01-04T00:00:00Z' }]
    reason: year-end change freeze
  - id: no-mallory
    commands: ['*']
    users: [mallory]
    reason: account under investigation
dependencies:
  codegen: [planning]
  qa: [codegen]
confirmation:
  commands: [planning]
bypass:
  - id: nightly
    commands: [planning]
    events: [schedule]
    actors: ['github-actions[bot]']
    until: '2026-12-31'
    reason: nightly plan refresh runs unattended
  - id: old
    commands: [planning]
    events: [push]
    actors: [planner-pat]
    until: '2026-01-31'
    reason: migration window that has ended
`) as RbacPolicy;

const compiled = compilePolicy(POLICY);
// A Tuesday, 10:00 in Berlin.
const TUESDAY = '2026-11-24T09:00:00Z';

function decide(testCase: Partial<OfflineCase> & { actor: string; command: string }) {
  const { request, actor, history } = factsFromCase({ now: TUESDAY, ...testCase }, new Date(TUESDAY));
  return evaluate(compiled, request, actor, history);
}

describe('evaluate: grants and their conditions', () => {
  test.each([
    ['permission write ≥ write grants contributor commands, globs too', { actor: 'dev', command: 'lint-yaml', permission: 'write' }, true, 'contributor grant #1'],
    ['admin is at least write', { actor: 'boss', command: 'pin-check', permission: 'admin' }, true, 'contributor grant #1'],
    ['triage is below write', { actor: 'triager', command: 'pin-check', permission: 'triage' }, false, 'default deny'],
    ['a custom repository role matches by exact name', { actor: 'sec', command: 'deploy', environment: 'staging', permission: 'security-reviewer' }, true, 'security grant #1'],
    ['a team member inherits contributor grants through engineer', { actor: 'eve', command: 'pin-check', teams: ['octo-org/engineers'] }, true, 'engineer grant #1 (inherited from contributor)'],
    ['refs glob: release branches', { actor: 'eve', command: 'qa', teams: ['octo-org/engineers'], ref: 'refs/heads/release/2.1', passed: ['planning', 'codegen'] }, true, 'engineer grant #1'],
    ['refs: a feature branch is not granted', { actor: 'eve', command: 'codegen', teams: ['octo-org/engineers'], ref: 'refs/heads/feature', passed: ['planning'] }, false, 'default deny'],
    ['users match case-insensitively; all deploy conditions hold', { actor: 'rel-manager', command: 'deploy', environment: 'production' }, true, 'releaser grant #1'],
    ['environment not granted', { actor: 'rel-manager', command: 'deploy', environment: 'staging' }, false, 'default deny'],
    ['a request without environment does not match a grant for environments', { actor: 'rel-manager', command: 'deploy' }, false, 'default deny'],
    ['event not in the grant', { actor: 'rel-manager', command: 'deploy', environment: 'production', event: 'pull_request' }, false, 'default deny'],
    ['outside the time window (Friday)', { actor: 'rel-manager', command: 'deploy', environment: 'production', now: '2026-11-27T09:00:00Z' }, false, 'default deny'],
    ['outside the time window (18:00 Berlin)', { actor: 'rel-manager', command: 'deploy', environment: 'production', now: '2026-11-24T17:00:00Z' }, false, 'default deny'],
    ['fork pull requests need forks: true', { actor: 'eve', command: 'preview', teams: ['octo-org/engineers'], event: 'pull_request', fork: true }, true, 'engineer grant #2'],
    ['fork pull requests are denied by default', { actor: 'dev', command: 'pin-check', permission: 'write', event: 'pull_request', fork: true }, false, 'default deny'],
    ['approvals: 2 of 2', { actor: 'carol', command: 'merge-train', event: 'pull_request', approvals: 2 }, true, 'reviewer-gated grant #1'],
    ['approvals: 1 of 2', { actor: 'carol', command: 'merge-train', event: 'pull_request', approvals: 1 }, false, 'default deny'],
    ['bots never match through permission levels', { actor: 'dependabot[bot]', command: 'pin-check', permission: 'write' }, false, 'default deny'],
    ['schedule needs a grant that lists it', { actor: 'dev', command: 'pin-check', permission: 'write', event: 'schedule' }, false, 'default deny'],
  ])('%s', (_name, testCase, allowed, rule) => {
    const decision = decide(testCase);
    expect(decision.allowed).toBe(allowed);
    expect(decision.rule).toBe(rule);
  });

  test('a deny explains the nearest grant and what would allow it', () => {
    const decision = decide({ actor: 'rel-manager', command: 'deploy', environment: 'production', event: 'pull_request' });
    expect(decision.wouldAllow[0]).toBe('releaser grant #1 would allow it if: event pull_request is not in [push, workflow_dispatch]');
    const stranger = decide({ actor: 'stranger', command: 'deploy', environment: 'production' });
    expect(stranger.reason).toBe('no grant allows stranger (holds no role) to run deploy in production on push refs/heads/main');
    expect(stranger.wouldAllow).toContain('bind stranger to role releaser (users, teams, apps or permissions under subjects)');
  });
});

describe('evaluate: conflicts, dependencies, confirmation', () => {
  test('an explicit deny wins over a grant (freeze), and only inside its period', () => {
    const frozen = decide({ actor: 'rel-manager', command: 'deploy', environment: 'production', now: '2026-12-22T09:00:00Z' });
    expect(frozen).toMatchObject({ allowed: false, decidedBy: 'deny-rule', rule: 'deny freeze', reason: 'year-end change freeze' });
    expect(decide({ actor: 'mallory', command: 'pin-check', permission: 'admin' })).toMatchObject({ allowed: false, rule: 'deny no-mallory' });
  });

  test('a command needs its whole predecessor chain green for the commit, printed in order', () => {
    const engineer = { actor: 'eve', teams: ['octo-org/engineers'] };
    const missing = decide({ ...engineer, command: 'qa', passed: ['planning'] });
    expect(missing).toMatchObject({ allowed: false, decidedBy: 'dependency', role: 'engineer' });
    expect(missing.reason).toContain('codegen has not run (planning ✓ → codegen ? → qa)');
    const failed = decide({ ...engineer, command: 'qa', passed: ['codegen'], failed: ['planning'] });
    expect(failed.reason).toContain('planning failed');
    expect(failed.chain).toEqual([{ gate: 'planning', status: 'fail' }, { gate: 'codegen', status: 'pass' }]);
    expect(decide({ ...engineer, command: 'qa', passed: ['planning', 'codegen'] }).allowed).toBe(true);
  });

  test('planner-first confirmation: denied in CI unless an unexpired bypass for this event and actor applies', () => {
    const bot = decide({ actor: 'github-actions[bot]', command: 'planning', event: 'schedule' });
    expect(bot).toMatchObject({ allowed: true, role: 'planner' });
    expect(bot.bypass?.id).toBe('nightly');
    const pat = decide({ actor: 'planner-pat', command: 'planning', event: 'push' });
    expect(pat).toMatchObject({ allowed: false, decidedBy: 'confirmation' });
    expect(pat.reason).toBe('planner-first confirmation required in CI: planning needs a human\'s confirmation and no bypass applies (bypass old expired)');
    const afterExpiry = decide({ actor: 'github-actions[bot]', command: 'planning', event: 'schedule', now: '2027-01-01T00:00:00Z' });
    expect(afterExpiry).toMatchObject({ allowed: false, decidedBy: 'confirmation' });
  });

  test('team membership the token cannot see is an unknown fact, not a "no"', () => {
    const { request, actor, history } = factsFromCase({ actor: 'eve', command: 'codegen', now: TUESDAY }, new Date(TUESDAY));
    actor.unknownTeams.set('octo-org/engineers', 'the token cannot see this team');
    expect(evaluate(compiled, request, actor, history)).toMatchObject({ allowed: false, decidedBy: 'unknown-facts' });
  });
});

describe('compilePolicy', () => {
  const base = (roles: RbacPolicy['roles'], extra: Partial<RbacPolicy> = {}): RbacPolicy => ({ version: 1, roles, ...extra });

  test('an inheritance cycle is rejected with the cycle printed', () => {
    expect(() => compilePolicy(base({ a: { extends: ['b'] }, b: { extends: ['c'] }, c: { extends: ['a'] } }))).toThrow(
      expect.objectContaining({ code: 'GATES_E_CONFIG_INVALID', details: [expect.objectContaining({ message: 'role inheritance has a cycle: a → b → c → a' })] }),
    );
  });

  test('unknown roles in extends and subjects, and unknown time zones, are all reported at once', () => {
    const policy = base(
      { a: { extends: ['ghost'], grants: [{ commands: ['x'], windows: [{ days: ['mon'], from: '08:00', to: '09:00', timezone: 'Mars/Olympus' }] }] } },
      { subjects: [{ role: 'phantom', users: ['u'] }] },
    );
    let thrown: { details: { message: string }[] } | undefined;
    try {
      compilePolicy(policy);
    } catch (error) {
      thrown = error as typeof thrown;
    }
    expect(thrown!.details.map((detail) => detail.message)).toEqual([
      'role "a" extends unknown role "ghost"',
      'subject binds unknown role "phantom"',
      'unknown time zone "Mars/Olympus"',
    ]);
  });
});
