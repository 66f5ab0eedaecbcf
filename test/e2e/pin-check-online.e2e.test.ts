import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateRepositoryWorkflows } from '../../bench/generate-workflows.mjs';
import { ACTION_REPOSITORIES, CI_WORKFLOW, SHA } from '../fixtures/action-repositories.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type Fault, type GitHubApiServer } from '../harness/github-api/server.js';
import { leaks, stepTexts } from '../harness/leaks.js';
import { runBundle, type BundleRun } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

// The committed bundle, run as the runner runs it, with GITHUB_API_URL pointing at a loopback GitHub.
const TOKEN = 'ghs_pinCheckTokenD0NotLeak4f9a8b7c6d5e4f3a2b1';
const WORKFLOW_PATH = '.github/workflows/ci.yml';
// With a byte-order mark, which fix mode must keep.
const COMPOSITE = "\uFEFFname: setup\r\nruns:\r\n  using: composite\r\n  steps:\r\n    - uses: actions/checkout@v4\r\n";

let server: GitHubApiServer | undefined;
afterEach(async () => server?.close());

async function run(inputs: Record<string, string>, options: { config?: string; token?: string } = {}) {
  server = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: TOKEN });
  const workspace = makeWorkspace({
    [WORKFLOW_PATH]: CI_WORKFLOW,
    '.github/actions/local/action.yml': COMPOSITE,
    ...(options.config ? { '.github/gates.yml': options.config } : {}),
  });
  // The job's token is the one the server accepts; the `token` input stays at its default unless a test sets it.
  const result = await runBundle('pin-check', {
    workspace,
    token: TOKEN,
    apiUrl: server.url,
    inputs: { 'fail-on': 'error', ...(options.token === undefined ? {} : { token: options.token }), ...inputs },
  });
  return { result, workspace, report: JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8')) as { findings: { ruleId: string; line: number; file: string }[] } };
}

const rulesAt = (report: { findings: { ruleId: string; line: number; file: string }[] }) =>
  report.findings.filter((f) => f.file === WORKFLOW_PATH).map((f) => `${f.line}:${f.ruleId}`).sort();


describe('pin-check online, against a loopback GitHub API', () => {
  test('check mode: imposter commit, moved tag, deprecated runtimes, unknown reference; files untouched; calls reported', async () => {
    const { result, workspace, report } = await run({});
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    expect(rulesAt(report)).toEqual(
      [
        '12:unpinned-uses',
        '15:deprecated-runtime', '15:stale-action-refs', '15:version-comment-mismatch',
        '16:imposter-commit', '16:version-comment-mismatch',
        '17:deprecated-runtime', '17:unpinned-uses',
        '18:deprecated-runtime', '18:unpinned-uses',
        '19:unpinned-uses',
        '20:unpinned-uses',
        '23:unknown-reference', '23:unpinned-uses',
        '26:unpinned-uses',
      ].sort(),
    );
    expect(readFileSync(join(workspace, WORKFLOW_PATH), 'utf8')).toBe(CI_WORKFLOW);
    expect(result.summary).toMatch(/Online checks: 9 reference\(s\) looked up with \d+ API call\(s\); rate limit \d+\/5000 left\./);
    expect(result.annotations.find((a) => a.properties.title === 'imposter-commit')).toMatchObject({ command: 'error', properties: { line: '16' } });
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file']!, 'utf8'));
    const withFix = sarif.runs[0].results.find((r: { fixes?: unknown[] }) => r.fixes);
    expect(withFix.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toMatch(/@[0-9a-f]{40}/);
    expect(leaks(stepTexts(result, { workspace: true }), [TOKEN])).toEqual([]);
  });

  test('fix mode pins every resolvable ref byte-exact (CRLF, quotes, comments kept) and lists the files', async () => {
    const { result, workspace, report } = await run({ mode: 'fix' });
    const expected = CI_WORKFLOW.replace('actions/checkout@v4\r', `actions/checkout@${SHA.checkout422} # v4.2.2\r`)
      .replace("'actions/checkout@v3'   # old major", `'actions/checkout@${SHA.checkoutV3}'   # v3.6.0`)
      .replace('"docker/build-push-action@4f58ea7"', `"docker/build-push-action@${SHA.buildPush}" # v6.9.0`)
      .replace('codecov/codecov-action@main', `codecov/codecov-action@${SHA.codecovMain} # main`)
      .replace('github/codeql-action/upload-sarif@v3', `github/codeql-action/upload-sarif@${SHA.codeql} # v3.27.0`)
      .replace('release.yml@v1', `release.yml@${SHA.workflows} # v1.4.0`);
    expect(readFileSync(join(workspace, WORKFLOW_PATH), 'utf8')).toBe(expected);
    expect(readFileSync(join(workspace, '.github/actions/local/action.yml'), 'utf8')).toBe(COMPOSITE.replace('checkout@v4', `checkout@${SHA.checkout422} # v4.2.2`));
    expect(result.outputs['fixed-files']).toBe(`.github/actions/local/action.yml\n${WORKFLOW_PATH}`);
    // What fix could not fix still fails the gate: the unknown reference, the imposter commit.
    expect(rulesAt(report).filter((entry) => entry.endsWith('unpinned-uses'))).toEqual(['23:unpinned-uses']);
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain('Pinned 7 reference(s) in 2 file(s).');
    expect(readFileSync(result.outputs['patch-file']!, 'utf8')).toContain(`+      - uses: actions/checkout@${SHA.checkout422} # v4.2.2\r`);
  });

  test('dry run prints the diff and writes the patch but changes nothing', async () => {
    const { result, workspace } = await run({ mode: 'dry-run' });
    expect(readFileSync(join(workspace, WORKFLOW_PATH), 'utf8')).toBe(CI_WORKFLOW);
    expect(result.outputs['fixed-files']).toBe('');
    expect(result.stdout).toContain('-      - uses: actions/checkout@v4');
    expect(result.summary).toContain('Would pin 7 reference(s) in 2 file(s).');
    expect(readFileSync(result.outputs['patch-file']!, 'utf8')).toMatch(/^--- a\/\.github\/actions\/local\/action\.yml\n\+\+\+ b\//);
  });

  test('without a token: offline rules run, the summary names the skipped checks, fix mode changes nothing', async () => {
    const { result, workspace, report } = await run({ mode: 'fix' }, { token: '' });
    expect(server!.requests).toEqual([]);
    expect(result.summary).toContain('Online checks skipped (no token was given): unknown references, imposter commits');
    expect(result.summary).toContain('Fix mode needs the GitHub API');
    expect(readFileSync(join(workspace, WORKFLOW_PATH), 'utf8')).toBe(CI_WORKFLOW);
    expect(rulesAt(report)).toContain('12:unpinned-uses');
    expect(result.exitCode).toBe(1);
  });
});

describe('pin-check online failures fail closed', () => {
  async function runRaw(config: string, options: { token?: string; faults?: Fault[] }) {
    server = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: TOKEN, faults: options.faults });
    const workspace = makeWorkspace({ [WORKFLOW_PATH]: CI_WORKFLOW, '.github/gates.yml': config });
    return runBundle('pin-check', { workspace, token: TOKEN, apiUrl: server.url, inputs: { 'api-timeout': '1s', ...(options.token === undefined ? {} : { token: options.token }) } });
  }

  test('required + no token: exit 3 and the error names the fix', async () => {
    const result = await runRaw('version: 1\npin-check:\n  online: required\n', { token: '' });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_API_NO_TOKEN');
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });

  test('required + 5xx on every call: exit 3 after retries', async () => {
    const result = await runRaw('version: 1\npin-check:\n  online: required\n', { faults: [{ match: '/repos/', reply: { status: 503, body: { message: 'Service Unavailable' } } }] });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_API_UNAVAILABLE');
  });

  test('required + 403 (token without access): exit 3, GATES_E_API_DENIED', async () => {
    const result = await runRaw('version: 1\npin-check:\n  online: required\n', { faults: [{ match: '/repos/', reply: { status: 403, body: { message: 'Resource not accessible by integration' } } }] });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_API_DENIED');
    expect(result.stdout).toContain('Resource not accessible by integration');
  });

});

describe('an API outage costs seconds and one finding (circuit breaker), with the inputs the runner delivers by default', () => {
  // Many references, most SHA-pinned: before the breaker each was one more timeout and one more finding.
  const workspace = () => {
    const root = makeWorkspace({ [WORKFLOW_PATH]: CI_WORKFLOW });
    generateRepositoryWorkflows(root, 30);
    return root;
  };
  // Only the token is given, as `${{ github.token }}` delivers it: api-timeout (10s) and api-budget (2m) are the action's defaults.
  const runDefaults = (apiUrl: string) => runBundle('pin-check', { workspace: workspace(), inputs: { token: TOKEN }, env: { GITHUB_API_URL: apiUrl }, timeoutMs: 60_000 });

  function expectOneOutageFinding(result: BundleRun, cause: RegExp) {
    const report = JSON.parse(readFileSync(result.outputs['report-json']!, 'utf8')) as { findings: { ruleId: string; message: string }[] };
    const failed = report.findings.filter((finding) => finding.ruleId === 'online-check-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toMatch(/^\d+ of \d+ reference\(s\) could not be checked online \(unknown references, imposter commits/);
    expect(failed[0]!.message).toMatch(cause);
    expect(result.annotations.filter((a) => a.properties.title === 'online-check-failed')).toHaveLength(1);
    // Offline rules still ran: the gate fails on the unpinned references, it does not pass unchecked.
    expect(report.findings.some((finding) => finding.ruleId === 'unpinned-uses')).toBe(true);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
  }

  test('unreachable (nothing listens on the port): done in seconds, one finding naming the connection failure', async () => {
    const closed = await startGitHubApiServer([]);
    await closed.close();
    const started = Date.now();
    const result = await runDefaults(closed.url);
    expect(Date.now() - started).toBeLessThan(10_000);
    expectOneOutageFinding(result, /the API client stopped after Request to GET .+ failed: .+ \(GATES_E_NETWORK\)/);
  });

  test('hanging (accepts, never answers): one api-timeout, not one per reference; one finding naming the timeout', async () => {
    server = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: TOKEN, faults: [{ match: '/repos/', reply: 'hang' }] });
    const started = Date.now();
    const result = await runDefaults(server.url);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(10_000);
    expect(elapsed).toBeLessThan(25_000);
    expectOneOutageFinding(result, /the API client stopped after GitHub API call GET .+ timed out after 10s \(GATES_E_API_TIMEOUT\)/);
    // The calls in flight when the first timed out, and none after.
    expect(server!.requests.length).toBeLessThanOrEqual(6);
  }, 60_000);

  test('online: required still fails closed with exit 3 on an unreachable API', async () => {
    const closed = await startGitHubApiServer([]);
    await closed.close();
    const root = workspace();
    writeFileSync(join(root, '.github/gates.yml'), 'version: 1\npin-check:\n  online: required\n');
    const result = await runBundle('pin-check', { workspace: root, inputs: { token: TOKEN }, env: { GITHUB_API_URL: closed.url } });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_NETWORK');
  });
});

describe('gates run pin-check --fix / --dry-run on a terminal', () => {
  test('--dry-run prints the diff; --fix then rewrites with GITHUB_TOKEN from the environment; a second --fix changes nothing', async () => {
    server = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: TOKEN });
    const workspace = makeWorkspace({ [WORKFLOW_PATH]: CI_WORKFLOW });
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: server.url, MEMORY_STORAGE_ROOT: join(workspace, '..', `${workspace.split('/').pop()}-state`) };
    const dry = await runCli(['run', 'pin-check', '--dry-run', '--workspace', workspace], { env });
    expect(dry.stdout).toContain(`+      - uses: actions/checkout@${SHA.checkout422} # v4.2.2`);
    expect(readFileSync(join(workspace, WORKFLOW_PATH), 'utf8')).toBe(CI_WORKFLOW);

    const fixed = await runCli(['run', 'pin-check', '--fix', '--workspace', workspace], { env });
    expect(fixed.stdout).toContain('pin-check: gate failed (exit 1)');
    const afterFix = readFileSync(join(workspace, WORKFLOW_PATH), 'utf8');
    expect(afterFix).toContain(`actions/checkout@${SHA.checkout422} # v4.2.2\r\n`);

    const again = await runCli(['run', 'pin-check', '--fix', '--workspace', workspace, '--json'], { env });
    expect(readFileSync(join(workspace, WORKFLOW_PATH), 'utf8')).toBe(afterFix);
    expect(JSON.parse(again.stdout).outputs['fixed-files']).toBe('');
    expect(dry.stdout + fixed.stdout + again.stdout).not.toContain(TOKEN);
  });

  test('--fix and --dry-run together are a usage error (exit 2)', async () => {
    const result = await runCli(['run', 'pin-check', '--fix', '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain('--fix and --dry-run cannot be combined');
  });
});
