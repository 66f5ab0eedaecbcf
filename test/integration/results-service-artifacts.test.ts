import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';

const STEP = join(REPO_ROOT, 'test', 'harness', 'results-service', 'artifact-step.mjs');

/**
 * The loopback results service against the real `@actions/artifact` client,
 * each step its own process with the env the runner gives a job: what one job
 * uploads, a later job of the same run lists and downloads; names are unique
 * per run; other runs see nothing.
 */
describe('loopback artifact service with the real @actions/artifact client', () => {
  let service: ResultsService;
  beforeAll(async () => {
    service = await startResultsService();
  });
  afterAll(async () => {
    await service.close();
  });

  async function step(run: string, job: string, args: string[], token = service.runtimeToken({ runBackendId: run, jobBackendId: job })) {
    const workspace = mkdtempSync(join(tmpdir(), 'gates-artifact-ws-'));
    const env = { PATH: process.env.PATH, ACTIONS_RESULTS_URL: service.url, ACTIONS_RUNTIME_TOKEN: token, GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKSPACE: workspace };
    const { stdout } = await promisify(execFile)(process.execPath, [STEP, ...args], { env, cwd: REPO_ROOT }).catch((failed: { stdout: string }) => failed);
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown> & { error?: string };
  }

  function files(content: Record<string, string>): { root: string; paths: string[] } {
    const root = mkdtempSync(join(tmpdir(), 'gates-artifact-files-'));
    const paths = Object.entries(content).map(([name, text]) => {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), text);
      return join(root, name);
    });
    return { root, paths };
  }

  test('a later job of the run lists and downloads what an earlier job uploaded, digest and all', async () => {
    const segment = files({ 'ledger.jsonl': '{"n":1}\n', 'reports/r.json': '{}' });
    const uploaded = await step('run-1', 'job-a', ['upload', 'gates-state-a-1-1', segment.root, ...segment.paths]);
    expect(uploaded.error).toBeUndefined();

    const listed = (await step('run-1', 'job-b', ['list'])) as { artifacts: { id: number; name: string; digest: string }[] };
    expect(listed.artifacts.map((artifact) => artifact.name)).toEqual(['gates-state-a-1-1']);
    expect(listed.artifacts[0]!.digest).toBe(`sha256:${uploaded.digest}`);
    const target = mkdtempSync(join(tmpdir(), 'gates-artifact-restore-'));
    const downloaded = await step('run-1', 'job-b', ['download', String(listed.artifacts[0]!.id), target]);
    expect(downloaded.error).toBeUndefined();
    expect(readFileSync(join(target, 'ledger.jsonl'), 'utf8')).toBe('{"n":1}\n');
    expect(readFileSync(join(target, 'reports', 'r.json'), 'utf8')).toBe('{}');
  });

  test('a name is unique within a run (409), and another run sees none of this run\'s artifacts', async () => {
    const again = files({ 'x.txt': 'x' });
    expect((await step('run-1', 'job-c', ['upload', 'gates-state-a-1-1', again.root, ...again.paths])).error).toMatch(/409|already exists/);
    expect(await step('run-2', 'job-a', ['list'])).toEqual({ artifacts: [] });
  });

  test('eight jobs uploading at once lose nothing', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, index) => {
        const part = files({ [`part-${index}.txt`]: `part ${index}`.repeat(1000) });
        return step('run-3', `job-${index}`, ['upload', `gates-state-${index}-1-1`, part.root, ...part.paths]);
      }),
    );
    const listed = (await step('run-3', 'job-reader', ['list'])) as { artifacts: { name: string }[] };
    expect(listed.artifacts.map((artifact) => artifact.name).sort()).toEqual(Array.from({ length: 8 }, (_, index) => `gates-state-${index}-1-1`).sort());
  });

  test('blob URLs need their signature: a bare or tampered URL is 403', async () => {
    const blobPath = service.requests.find((request) => request.startsWith('PUT /devstoreaccount1/actions-results/'))!.slice(4);
    const base = service.url.replace(/\/$/, '');
    expect((await fetch(`${base}${blobPath}`)).status).toBe(403);
    expect((await fetch(`${base}${blobPath}?sp=r&sig=${service.signatures[0]!.slice(1)}x`)).status).toBe(403);
  });

  test('an invalid runtime token is refused and nothing is stored', async () => {
    const before = service.artifacts.length;
    const forged = `${service.runtimeToken({ runBackendId: 'run-4', jobBackendId: 'job-a' })}x`;
    const part = files({ 'y.txt': 'y' });
    expect((await step('run-4', 'job-a', ['upload', 'gates-state-forged', part.root, ...part.paths], forged)).error).toMatch(/401|Unauthorized|non-retryable/i);
    expect(service.artifacts).toHaveLength(before);
  });
});
