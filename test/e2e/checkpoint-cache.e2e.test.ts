import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { leaks, stepTexts } from '../harness/leaks.js';
import { startCacheService, type CacheService } from '../harness/results-service/server.js';
import { Job } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// github.com's protocol (v2: Twirp + signed blob URLs); perf-sla's tests cover v1 on the same service.
describe('checkpoints across jobs and runs through the Actions cache (real @actions/cache, loopback cache service)', () => {
  let service: CacheService;
  beforeAll(async () => {
    service = await startCacheService();
  });
  afterAll(async () => {
    await service.close();
  });

  // The runner's temp directory has the same path on every machine and is empty at the start of each job (the
  // cache entry's version includes the path it was saved from, so it must be the same path, as on hosted runners).
  const runnerTemp = join(makeWorkspace({}), '_temp');

  /** A fresh machine each time: an empty RUNNER_TEMP (so an empty state root) and its own checkout. */
  async function onFreshRunner<T>(runId: string, body: (job: Job) => Promise<T>): Promise<T> {
    rmSync(runnerTemp, { recursive: true, force: true });
    mkdirSync(runnerTemp, { recursive: true });
    const job = await Job.start({ env: { ACTIONS_RESULTS_URL: service.url, ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RUNTIME_TOKEN: service.token, GITHUB_RUN_ID: runId, RUNNER_TEMP: runnerTemp } });
    try {
      return await body(job);
    } finally {
      await job.close();
    }
  }

  test('saved in one job, restored in another; the next save publishes only new chunks; a third machine restores the newest', async () => {
    const big = randomBytes(400_000);
    const first = await onFreshRunner('201', async (job) => {
      mkdirSync(join(job.workspace, 'dist'));
      writeFileSync(join(job.workspace, 'dist', 'big.bin'), big);
      writeFileSync(join(job.workspace, 'dist', 'small.txt'), 'v1');
      return job.run('checkpoint-restore', { inputs: { gate: 'Build', paths: 'dist', store: 'cache' }, timeoutMs: 60_000 });
    });
    expect({ exit: first.exitCode, stderr: first.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(first.summary).toContain('No checkpoint published yet');
    const second = await onFreshRunner('202', async (job) => {
      const restore = await job.run('checkpoint-restore', { inputs: { gate: 'Build', mode: 'restore', store: 'cache' }, timeoutMs: 60_000 });
      expect({ exit: restore.exitCode, stderr: restore.stderr, checkpoint: restore.outputs.checkpoint }).toEqual({ exit: 0, stderr: '', checkpoint: first.outputs.checkpoint });
      expect(readFileSync(join(job.workspace, 'dist', 'big.bin')).equals(big)).toBe(true);
      writeFileSync(join(job.workspace, 'dist', 'small.txt'), 'v2');
      // The next commit's gate (the same commit's would be skipped-idempotent).
      return job.run('checkpoint-restore', { inputs: { gate: 'Build', paths: 'dist', store: 'cache' }, env: { GITHUB_SHA: 'b'.repeat(40) }, timeoutMs: 60_000 });
    });
    expect(second.exitCode).toBe(0);
    // Only the changed file's chunk travels: the big file's chunks are in the entry this job fetched.
    expect(second.summary).toMatch(/Published to Actions cache .*\(1 chunk\(s\)/);
    await onFreshRunner('203', async (job) => {
      const restore = await job.run('checkpoint-restore', { inputs: { gate: 'Build', mode: 'restore', store: 'cache' }, timeoutMs: 60_000 });
      expect({ exit: restore.exitCode, checkpoint: restore.outputs.checkpoint }).toEqual({ exit: 0, checkpoint: second.outputs.checkpoint });
      expect(readFileSync(join(job.workspace, 'dist', 'small.txt'), 'utf8')).toBe('v2');
      expect(readFileSync(join(job.workspace, 'dist', 'big.bin')).equals(big)).toBe(true);
      for (const run of [restore, first, second]) expect(leaks(stepTexts(run), [service.token, ...service.signatures])).toEqual([]);
    });
    const keys = service.entries.filter((entry) => entry.committed).map((entry) => entry.key);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^gates-checkpoint-gates-Build-main-201-1-[0-9a-f]{12}$/);
  }, 180_000);
});
