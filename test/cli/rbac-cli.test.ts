import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

const DEMO = join(REPO_ROOT, 'examples', 'demo-repo');
const POLICY = join(DEMO, '.github', 'gates-rbac.yml');

describe('gates rbac (offline)', () => {
  test('test: the demo policy passes its own cases', async () => {
    const run = await runCli(['rbac', 'test', join(DEMO, '.github', 'gates-rbac-test.yml'), '--policy', POLICY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ not in the year-end freeze (deny year-end-freeze)');
    expect(run.stdout).toContain('policy cases: 11 passed, 0 failed');
  });

  test('test: a case whose expectation is wrong fails with the actual decision, exit 1', async () => {
    const cases = makeWorkspace({ 'cases.yml': 'cases:\n  - { name: triage deploys, actor: t, permission: triage, command: deploy, environment: staging, expect: allow }\n' });
    const run = await runCli(['rbac', 'test', join(cases, 'cases.yml'), '--policy', POLICY, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ passed: 0, failed: 1 });
    expect(report.results[0].problems[0]).toContain('expected allow, got deny (default deny');
  });

  test('explain: allow exits 0 with the rule path; deny exits 1 with what would allow it', async () => {
    const allow = await runCli(['rbac', 'explain', '--actor', 'mona', '--command', 'deploy', '--env', 'staging', '--permission', 'maintain', '--policy', POLICY]);
    expect(allow.code).toBe(0);
    expect(allow.stdout).toContain('ALLOW mona → deploy (staging) on push refs/heads/main');
    expect(allow.stdout).toContain('decided by: mlops grant #2');
    const deny = await runCli(['rbac', 'explain', '--actor', 'eve', '--command', 'qa', '--team', 'demo-org/engineers', '--passed', 'codegen', '--policy', POLICY, '--json']);
    expect(deny.code).toBe(1);
    expect(JSON.parse(deny.stdout)).toMatchObject({ allowed: false, decidedBy: 'dependency', chain: [{ gate: 'planning', status: 'missing' }, { gate: 'codegen', status: 'pass' }] });
  });

  test('validate: a policy with a cycle and an unknown role is exit 2 with each problem at its line', async () => {
    const dir = makeWorkspace({ '.github/gates-rbac.yml': 'version: 1\nroles:\n  a:\n    extends: [b]\n  b:\n    extends: [a]\nsubjects:\n  - role: ghost\n    users: [x]\n' });
    const run = await runCli(['rbac', 'explain', '--actor', 'x', '--command', 'y', '--policy', join(dir, '.github/gates-rbac.yml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/gates-rbac\.yml:8:\d+: subject binds unknown role "ghost"/);
    expect(run.stderr).toContain('role inheritance has a cycle: a → b → a');
    const validate = await runCli(['validate', join(dir, '.github/gates-rbac.yml')]);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain('role inheritance has a cycle: a → b → a');
    const schema = await runCli(['validate', join(makeWorkspace({ '.github/gates-rbac.yml': 'version: 1\nroles:\n  a:\n    grantz: []\n' }), '.github/gates-rbac.yml')]);
    expect(schema.code).toBe(2);
    expect(schema.stderr).toMatch(/:4:5: .*grantz/);
  });

  test('explain without --actor is a usage error', async () => {
    const run = await runCli(['rbac', 'explain', '--command', 'deploy', '--policy', POLICY]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('needs --actor and --command');
  });
});
