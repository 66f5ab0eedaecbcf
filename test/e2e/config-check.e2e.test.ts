import { describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeSha, repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer } from '../harness/github-api/server.js';
import { leaks, stepTexts } from '../harness/leaks.js';
import { webhookPayload } from '../harness/rbac-scenario.js';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// config-check through its bundle, as phase A runs it in a caller's checkout (which has no gates CLI).
const DEMO_POLICY = readFileSync(join(REPO_ROOT, 'examples/demo-repo/.github/gates-rbac.yml'), 'utf8');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function waiver(id: string, created: string, expires: string): string {
  return `  - id: ${id}\n    gate: security-gate\n    rule: B602\n    path: app/run.py\n    reason: accepted while the fix is tested\n    ticket: SEC-1\n    approvers: [alice]\n    created: ${created}\n    expires: ${expires}\n`;
}

describe('config-check through its bundle', () => {
  test('the demo repository: every suite config present is valid and its planner-first bypass is live', async () => {
    const run = await runBundle('config-check', { workspace: join(REPO_ROOT, 'examples/demo-repo') });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'findings-count': '0', checked: '.github/gates.yml,.github/gates-rbac.yml,.github/gates-env.yml,.github/gates-perf.yml' });
    expect(run.outputs['state-root']).toBe(run.stateRoot);
    expect(run.summary).toContain('Checked 4 config file(s)');
  });

  test('every broken file is named at its line in one run: an invalid policy, an expired bypass, a bad regex, expired and expiring waivers', async () => {
    const workspace = makeWorkspace({
      '.github/gates-rbac.yml': DEMO_POLICY.replace("until: '2027-06-30'", "until: '2020-01-31'"),
      '.github/gates-redact.yml': 'version: 1\nrules:\n  custom:\n    - id: broken\n      regex: "(unclosed"\n      keywords: [token]\n',
      '.github/gates-perf.yml': 'version: 1\nrun:\n  max-total: soon\n',
      '.github/gates-waivers.yml': `version: 1\nwaivers:\n${waiver('W-OLD', day(-40), day(-2))}${waiver('W-SOON', day(-5), day(3))}`,
    });
    const run = await runBundle('config-check', { workspace });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((annotation) => annotation.command === 'error');
    const byRule = (title: string) => errors.filter((annotation) => annotation.properties.title === title);
    expect(byRule('confirmation-unbypassed')[0]?.data).toContain("planner-first confirmation required in CI: planning needs a human's confirmation and its bypass expired: nightly-plan-refresh (until 2020-01-31), so every CI run of it is denied");
    const invalid = byRule('invalid-config').map((annotation) => `${annotation.properties.file}:${annotation.properties.line}`);
    expect(invalid).toEqual(expect.arrayContaining(['.github/gates-redact.yml:5', '.github/gates-perf.yml:3']));
    expect(byRule('waiver-not-applied')[0]).toMatchObject({ properties: expect.objectContaining({ file: '.github/gates-waivers.yml', line: '3' }) });
    expect(byRule('waiver-not-applied')[0]?.data).toMatch(/^waiver W-OLD \(security-gate\) expired \d+ days? ago \(/);
    expect(run.annotations.some((annotation) => annotation.command === 'warning' && annotation.properties.title === 'waiver-expiring' && annotation.data.startsWith('waiver W-SOON'))).toBe(true);
  });

  test('a missing rbac policy fails (rbac-guard never decides without one); nothing at all is not a pass', async () => {
    const missing = await runBundle('config-check', { workspace: makeWorkspace({ '.github/gates-env.yml': 'version: 1\n' }) });
    expect(missing.exitCode).toBe(1);
    expect(missing.annotations.find((annotation) => annotation.properties.title === 'missing-config')?.data).toContain('no rbac config: .github/gates-rbac.yml is required (input require)');
    const empty = await runBundle('config-check', { workspace: makeWorkspace({ 'README.md': 'x\n' }), inputs: { require: '' } });
    expect(empty.exitCode).toBe(1);
    expect(empty.outputs.verdict).toBe('empty');
  });

  test('an unsafe state root stops the step with exit 2 before any check', async () => {
    const workspace = makeWorkspace({ '.github/gates-rbac.yml': DEMO_POLICY });
    mkdirSync(join(workspace, 'state'));
    const run = await runBundle('config-check', { workspace, env: { MEMORY_STORAGE_ROOT: join(workspace, 'state') } });
    expect(run.exitCode).toBe(2);
    expect(run.log).toContain('GATES_E_STATE_ROOT');
  });
});

describe('config-check on a pull request judges waivers by the base commit\'s policy, as the gates do', () => {
  const TOKEN = 'ghs_configCheckBasePolicyToken0123456789';
  const [BASE, HEAD] = ['base branch head', 'merge commit'].map(fakeSha) as [string, string];
  const entry = (id: string, gate: string, rule: string, created: string, expires: string) =>
    `  - id: ${id}\n    gate: ${gate}\n    rule: ${rule}\n    path: app/run.py\n    reason: accepted while the fix is tested\n    ticket: SEC-1\n    approvers: [alice]\n    created: ${created}\n    expires: ${expires}\n`;

  test('a pull request raising max-lifetime-days is told its long waiver breaks the base\'s cap; a waiver of config-check\'s own needs no extra setup', async () => {
    // The checkout relaxes the cap to 365 days next to a 100-day waiver; the base allows 30. W-OWN waives one of config-check's rules.
    const checkout = { '.github/gates-waivers.yml': `version: 1\npolicy:\n  max-lifetime-days: 365\nwaivers:\n${entry('W-LONG', 'security-gate', 'B602', day(-1), day(99))}${entry('W-OWN', 'config-check', 'missing-config', day(-1), day(20))}` };
    const repository = { owner: 'octo-org', name: 'octo-repo', branches: { main: [HEAD, BASE] }, files: { [BASE]: { '.github/gates-waivers.yml': 'version: 1\npolicy:\n  max-lifetime-days: 30\nwaivers: []\n' }, [HEAD]: checkout } };
    const server = await startGitHubApiServer(repositoryRoutes([repository]), { token: TOKEN });
    try {
      const payload = webhookPayload('pull_request', 'opened');
      (payload.pull_request as { base: { sha: string } }).base.sha = BASE;
      const run = await runBundle('config-check', { workspace: makeWorkspace(checkout), token: TOKEN, apiUrl: server.url, event: { name: 'pull_request', payload }, env: { GITHUB_SHA: HEAD }, inputs: { require: '' } });
      expect(leaks(stepTexts(run), [TOKEN])).toEqual([]);
      expect(run.exitCode).toBe(1);
      const notApplied = run.annotations.filter((annotation) => annotation.properties.title === 'waiver-not-applied').map((annotation) => annotation.data);
      expect(notApplied).toHaveLength(1);
      expect(notApplied[0]).toMatch(/^waiver W-LONG \(security-gate\) would not be applied: its lifetime is 10[01] days \(.*\); the policy allows at most 30\n/);
      expect(server.requests.filter((request) => request.path.includes('/contents/')).every((request) => request.query.get('ref') === BASE)).toBe(true);
    } finally {
      await server.close();
    }
  });
});
