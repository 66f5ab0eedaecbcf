import { afterEach, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pullStateRoutes } from '../harness/github-api/pull-state-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { leaks, stepTexts } from '../harness/leaks.js';
import { webhookPayload } from '../harness/rbac-scenario.js';
import { Job, REPO_ROOT, runBundle, type BundleRun } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// The env-guard bundle as the runner runs it, with the demo repository's policy (documented in env-guard/README.md).
const POLICY = readFileSync(join(REPO_ROOT, 'examples/demo-repo/.github/gates-env.yml'), 'utf8');
const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
const PROD_SECRET = 'prod-deploy-key-never-printed-9f3a1c77';

function pullRequestEvent(number: number, fork = false) {
  const payload = webhookPayload('pull_request', 'opened') as { number: number; pull_request: { number: number; head: { repo: { full_name: string; fork: boolean } }; base: { repo: { full_name: string } } } };
  payload.number = payload.pull_request.number = number;
  if (fork) payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: 'mallory/octo-repo', fork: true };
  else payload.pull_request.head.repo = { ...payload.pull_request.head.repo, full_name: payload.pull_request.base.repo.full_name, fork: false };
  return { name: 'pull_request', payload };
}

const PUSH = { name: 'push', payload: webhookPayload('push') };

async function guard(options: { environment?: string; event?: { name: string; payload: unknown }; env?: Record<string, string>; inputs?: Record<string, string>; policy?: string | null }): Promise<BundleRun> {
  const workspace = makeWorkspace(options.policy === null ? {} : { '.github/gates-env.yml': options.policy ?? POLICY });
  return runBundle('env-guard', {
    workspace,
    event: options.event ?? PUSH,
    inputs: { ...(options.environment ? { environment: options.environment } : {}), ...options.inputs },
    env: { GITHUB_SHA: SHA, ...options.env },
  });
}

describe('env-guard through the bundle', () => {
  test('without a policy file a pull request gets the default namespace: output, GITHUB_ENV and the ledger', async () => {
    const run = await guard({ policy: null, event: pullRequestEvent(7) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'environment-kind': 'ephemeral', namespace: 'octo-repo-pr7-ffac537', allowed: 'true', verdict: 'pass' });
    expect(run.exportedEnv).toEqual({ DEPLOY_NAMESPACE: 'octo-repo-pr7-ffac537' });
    const ledger = readFileSync(join(run.stateRoot, 'audit', 'ledger.jsonl'), 'utf8');
    expect(ledger).toContain('"namespace":"octo-repo-pr7-ffac537"');
    expect(ledger).toContain('"pullRequest":7');
    expect(run.summary).toContain('<code>octo-repo-pr7-ffac537</code>');
  });

  // One run per deny reason and the allowed cases; the full kind × event × ref × fork table is segregation.test.ts.
  test.each([
    ['production from protected main on push', 'production', PUSH, { GITHUB_REF_PROTECTED: 'true' }, {}, 0, []],
    ['production from an unprotected ref', 'production', PUSH, {}, {}, 1, ['unprotected-ref']],
    ['production from a fork', 'production', pullRequestEvent(9, true), { GITHUB_REF: 'refs/pull/9/merge', GITHUB_REF_PROTECTED: 'false' }, {}, 1, ['event', 'ref', 'unprotected-ref', 'fork']],
    ['production with staging credentials in sight', 'production', PUSH, { GITHUB_REF_PROTECTED: 'true', STAGING_DB_PASSWORD: 'stg-db-password-0b9c' }, {}, 1, ['forbidden-variable']],
    ['staging given production secrets', 'staging', PUSH, {}, { secrets: JSON.stringify({ github_token: 'x', PROD_DEPLOY_KEY: PROD_SECRET }) }, 1, ['forbidden-variable']],
    ['staging from main', 'staging', PUSH, {}, {}, 0, []],
    ['a preview from a fork', 'pr-11', pullRequestEvent(11, true), { GITHUB_REF: 'refs/pull/11/merge' }, {}, 0, []],
    ['a target no environment matches', 'qa', PUSH, {}, {}, 1, ['no-environment']],
  ] as const)('%s', async (_name, environment, event, env, inputs, exitCode, rules) => {
    const run = await guard({ environment, event, env, inputs });
    expect(run.exitCode).toBe(exitCode);
    expect(run.outputs.allowed).toBe(String(exitCode === 0));
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { findings: { message: string }[] };
    expect(report.findings.map((finding) => finding.message.split(':')[0]).sort()).toEqual([...rules].sort());
    // Only allowed runs hand later steps a namespace or defaults.
    if (exitCode !== 0) expect(run.exportedEnv).toEqual({});
    expect(leaks(stepTexts(run), [PROD_SECRET, 'stg-db-password-0b9c'])).toEqual([]);
  });

  test('declared variables: defaults exported, bad values denied by name with the reason, never the value', async () => {
    const run = await guard({ environment: 'staging', env: { DEPLOY_URL: 'http://staging.example.test/?token=leaky-value-77', REPLICAS: '40', DEPLOY_TIMEOUT: 'soon' } });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain('DEPLOY_URL is invalid: expected an https URL, got scheme http');
    expect(run.log).toContain('REPLICAS is invalid: expected a whole number from 1 to 10');
    expect(run.log).toContain('DEPLOY_TIMEOUT is invalid: expected a duration');
    expect(leaks(stepTexts(run), ['leaky-value-77'])).toEqual([]);
    const ok = await guard({ environment: 'staging', env: { DEPLOY_URL: 'https://staging.example.test' } });
    expect(ok.exitCode).toBe(0);
    expect(ok.exportedEnv).toEqual({ REPLICAS: '2', DEPLOY_TIMEOUT: '10m', DEPLOY_REGION: 'eu' });
    expect(ok.summary).toContain('<code>REPLICAS</code> | default | ✓');
  });

  test.each([
    ['an unknown placeholder', POLICY.replace('{repo}-pr{number}-{sha7}', '{repository}-{number}'), 'unknown placeholder {repository}'],
    ['a kind the schema does not know', POLICY.replace('kind: staging', 'kind: stage'), 'gates-env.yml'],
  ])('a bad policy (%s) is exit 2 with the file', async (_name, policy, expected) => {
    const run = await guard({ environment: 'staging', policy });
    expect(run.exitCode).toBe(2);
    expect(`${run.log}${run.errorLog}`).toContain(expected);
  });
});

describe('env-guard cleanup', () => {
  let server: GitHubApiServer | undefined;
  afterEach(async () => server?.close());

  test('lists the namespaces recorded for pull requests that are closed, from the ledger and the API', async () => {
    const token = 'ghs_envGuardCleanupToken0123456789abcdef';
    server = await startGitHubApiServer(pullStateRoutes({ 7: 'merged', 8: 'open', 9: 'closed' }), { token });
    const job = await Job.start({ workspace: makeWorkspace({ '.github/gates-env.yml': POLICY }), token, apiUrl: server.url, env: { GITHUB_SHA: SHA } });
    try {
      // One job, one state root: the earlier steps' records are in the ledger the cleanup reads.
      for (const number of [7, 8, 9]) {
        const start = job.run('env-guard', { inputs: { environment: `pr-${number}` }, env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: writeEvent(job, number) } });
        expect((await start).exitCode).toBe(0);
      }
      const cleanup = await job.run('env-guard', { inputs: { mode: 'cleanup' } });
      expect(cleanup.exitCode).toBe(0);
      expect(JSON.parse(cleanup.outputs['stale-namespaces']!)).toEqual(['octo-repo-pr7-ffac537', 'octo-repo-pr9-ffac537']);
      expect(cleanup.summary).toContain('2 of 3 recorded ephemeral namespace(s) belong to closed pull requests.');
      expect(server.requests.map((request) => request.path)).toEqual(['/repos/octo-org/octo-repo/pulls/7', '/repos/octo-org/octo-repo/pulls/8', '/repos/octo-org/octo-repo/pulls/9']);
    } finally {
      await job.close();
    }
  });

  test('with nothing recorded, a cleanup is empty, not a pass', async () => {
    const run = await runBundle('env-guard', { inputs: { mode: 'cleanup' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('empty');
  });
});

/** The runner writes one event file per job; the steps here each stand for a job of another pull request. */
function writeEvent(job: Job, number: number): string {
  const file = join(job.runnerDir, `event-${number}.json`);
  writeFileSync(file, JSON.stringify(pullRequestEvent(number).payload));
  return file;
}
