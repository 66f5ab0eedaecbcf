import { afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PIN, VERSION_REPOSITORIES, VERSIONS_WORKFLOW } from '../fixtures/pin-versions.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// Version comments, stale refs, ref confusion and the comment fixes, through the committed bundle against a loopback GitHub.
const TOKEN = 'ghs_versionChecksTokenD0NotLeak9f8e7d6c5b4a3';
const WORKFLOW = '.github/workflows/build.yml';

// Each run starts its own server; a test may run several, so every one is closed, not only the last.
let server: GitHubApiServer | undefined;
const started: GitHubApiServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((each) => each.close()));
});

type Report = { findings: { ruleId: string; line: number; file: string; message: string }[] };

async function run(inputs: Record<string, string>, workspace = makeWorkspace({ [WORKFLOW]: VERSIONS_WORKFLOW })) {
  server = await startGitHubApiServer(repositoryRoutes(VERSION_REPOSITORIES), { token: TOKEN });
  started.push(server);
  const result = await runBundle('pin-check', { workspace, inputs: { token: TOKEN, 'fail-on': 'error', 'api-timeout': '10s', ...inputs }, env: { GITHUB_API_URL: server.url } });
  const report = (result.outputs['report-json'] ? JSON.parse(readFileSync(result.outputs['report-json'], 'utf8')) : { findings: [] }) as Report;
  return { result, workspace, report, rules: report.findings.filter((f) => f.file === WORKFLOW).map((f) => `${f.line}:${f.ruleId}`).sort() };
}

const line = (text: string, number: number) => text.split('\n')[number - 1];

describe('version comments, stale refs and ref confusion through the bundle', () => {
  test('check mode: each comment form verified against its tag, commits between releases, a tag that is also a branch, tools fetched at latest', async () => {
    const { result, rules, report } = await run({});
    expect(result.stderr).toBe('');
    expect(rules).toEqual([
      '10:version-comment-mismatch',
      '11:version-comment-mismatch',
      '12:stale-action-refs',
      '12:version-comment-mismatch',
      '16:version-comment-mismatch',
      '17:ref-confusion',
      '17:unpinned-uses',
      '20:unpinned-tools',
      '7:missing-version-comment',
      '8:missing-version-comment',
      '9:missing-version-comment',
    ]);
    const message = (at: number, rule: string) => report.findings.find((f) => f.line === at && f.ruleId === rule)!.message;
    expect(message(11, 'version-comment-mismatch')).toContain('has the comment releases/v4, which is a branch of octo-actions/checkout, not a version.');
    expect(message(12, 'stale-action-refs')).toBe(`octo-actions/checkout@${PIN.between} is on a branch of octo-actions/checkout but no tag points at it: a commit between releases.`);
    expect(message(17, 'ref-confusion')).toContain('names both a tag and a branch of octo-org/confused');
    // The release on the second page of tags was found: its pages were read.
    expect(server!.requests.some((request) => request.path.endsWith('/tags') && request.query.get('page') === '2')).toBe(true);
  });

  test('fix mode: adds, makes specific and corrects comments byte-exact, with two spaces when asked; pins the confused ref', async () => {
    const { result, workspace } = await run({ mode: 'fix', 'comment-separator': 'two-spaces' });
    const after = readFileSync(join(workspace, WORKFLOW), 'utf8');
    const expected = VERSIONS_WORKFLOW.split('\n');
    expected[6] = `      - uses: octo-actions/checkout@${PIN.v422} # v4.2.2`;
    expected[7] = `      - uses: octo-actions/checkout@${PIN.v422}  # v4.2.2`;
    expected[8] = `      - uses: octo-actions/checkout@${PIN.v422} # v4.2.2`;
    expected[9] = `      - uses: octo-actions/checkout@${PIN.v422}   # tag=v4.2.2`;
    expected[10] = `      - uses: octo-actions/checkout@${PIN.v422} # v4.2.2`;
    expected[15] = `      - uses: octo-org/monorepo/create-github-app-token@${PIN.token022} # create-github-app-token/v0.2.2`;
    expected[16] = `      - uses: octo-org/confused@${PIN.confusedTag}  # v1.0.0`;
    expect(after).toBe(expected.join('\n'));
    expect(line(after, 12)).toBe(line(VERSIONS_WORKFLOW, 12));
    expect(result.summary).toContain('Pinned 1 reference(s) and corrected 6 version comment(s) in 1 file(s).');
    expect(result.summary).toContain(`- ${WORKFLOW}:10: correct the version comment of octo-actions/checkout@${PIN.v422.slice(0, 12)}… from v4.2.1 to v4.2.2 (version-comment-mismatch)`);
    expect(result.stdout).toContain(`${WORKFLOW}:8: add the version comment of octo-actions/checkout@${PIN.v422.slice(0, 12)}…: # v4.2.2 (missing-version-comment)`);
  });

  test('verify-only: only what is wrong with existing SHA pins; unpinned references and notes are not reported', async () => {
    const { rules, result } = await run({ mode: 'verify-only' });
    expect(rules).toEqual(['10:version-comment-mismatch', '11:version-comment-mismatch', '12:stale-action-refs', '12:version-comment-mismatch', '16:version-comment-mismatch']);
    expect(result.summary).toContain('Verify-only: 11 SHA pin(s) checked against their repositories');
    expect(result.outputs['unpinned-count']).toBe('0');
  });

  test('verify-only without a token fails closed (exit 3), never passes unchecked', async () => {
    const result = await runBundle('pin-check', { workspace: makeWorkspace({ [WORKFLOW]: VERSIONS_WORKFLOW }), inputs: { mode: 'verify-only', token: '' } });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_API_NO_TOKEN');
  });

  test('fix-scope: changed fixes only lines changed against base-ref; changed-files the whole changed file; an unknown base is exit 2', async () => {
    const workspace = makeWorkspace({ [WORKFLOW]: VERSIONS_WORKFLOW, '.github/workflows/other.yml': VERSIONS_WORKFLOW });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd: workspace });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('switch', '-qc', 'feature');
    // The pull request touches line 9 of one workflow only.
    writeFileSync(join(workspace, WORKFLOW), VERSIONS_WORKFLOW.replace(`${PIN.v422} # main`, `${PIN.v422} # master`));
    const { workspace: fixed, result } = await run({ mode: 'fix', 'fix-scope': 'changed', 'base-ref': 'main' }, workspace);
    const after = readFileSync(join(fixed, WORKFLOW), 'utf8');
    expect(line(after, 9)).toBe(`      - uses: octo-actions/checkout@${PIN.v422} # v4.2.2`);
    expect(line(after, 8)).toBe(line(VERSIONS_WORKFLOW, 8));
    expect(readFileSync(join(fixed, '.github/workflows/other.yml'), 'utf8')).toBe(VERSIONS_WORKFLOW);
    expect(result.summary).toContain('Fix scope: lines changed against main.');

    const files = await run({ mode: 'dry-run', 'fix-scope': 'changed-files', 'base-ref': 'main' }, workspace);
    expect(readFileSync(files.result.outputs['patch-file']!, 'utf8')).not.toContain('other.yml');
    expect(files.result.summary).toContain('Would pin 1 reference(s) and would correct 5 version comment(s) in 1 file(s).');

    const unknown = await run({ mode: 'fix', 'fix-scope': 'changed', 'base-ref': 'no-such-branch' }, workspace);
    expect(unknown.result.exitCode).toBe(2);
    expect(unknown.result.stdout).toContain('Input "base-ref" is invalid');
  });
});
