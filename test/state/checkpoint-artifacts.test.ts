import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startResultsService, type ResultsService } from '../harness/results-service/server.js';
import { Job } from '../harness/run-bundle.js';

/**
 * checkpoint-restore's default `store: auto` on GitHub Actions: a checkpoint
 * saved in one job reaches a rollback in a later job of the same run as an
 * artifact, through the loopback results service and the real
 * `@actions/artifact` client (the suite's state transport). Each job is a
 * fresh runner: its own RUNNER_TEMP, so its own state root.
 */
let results: ResultsService;
beforeAll(async () => {
  results = await startResultsService();
});
afterAll(async () => {
  await results.close();
});

async function inJob<T>(run: string, backend: string, body: (job: Job) => Promise<T>): Promise<T> {
  const job = await Job.start({ env: { GITHUB_RUN_ID: run, GITHUB_JOB: backend, ACTIONS_RESULTS_URL: results.url, ACTIONS_RUNTIME_TOKEN: results.runtimeToken({ runBackendId: `backend-${run}`, jobBackendId: backend }) } });
  try {
    return await body(job);
  } finally {
    await job.close();
  }
}

describe('checkpoints between the jobs of a run, as artifacts (store: auto)', () => {
  test('saved in one job, rolled back in another: files back and verified; a second save sends only new chunks; another run finds none', async () => {
    const big = randomBytes(300_000);
    const saved = await inJob('4001', 'build', async (job) => {
      mkdirSync(join(job.workspace, 'dist'));
      writeFileSync(join(job.workspace, 'dist', 'app.bin'), big);
      writeFileSync(join(job.workspace, 'dist', 'index.js'), 'console.log("v1");\n');
      const save = await job.run('checkpoint-restore', { inputs: { gate: 'Build', paths: 'dist' } });
      expect(save.exitCode).toBe(0);
      expect(save.summary).toMatch(/Published to this run's artifacts \(gates-checkpoint-Build-…\): gates-checkpoint-Build-build\.[0-9a-f]{8}-1-[0-9a-f]{16} \(\d+ chunk\(s\)/);
      return save.outputs.checkpoint!;
    });

    await inJob('4001', 'deploy', async (job) => {
      mkdirSync(join(job.workspace, 'dist'));
      writeFileSync(join(job.workspace, 'dist', 'index.js'), 'console.log("broken");\n');
      const rollback = await job.run('checkpoint-restore', { inputs: { gate: 'Build', mode: 'rollback', 'failed-gate': 'Deploy', 'health-checks': 'grep -q v1 dist/index.js' } });
      expect(rollback.exitCode).toBe(0);
      expect(rollback.outputs).toMatchObject({ outcome: 'restored', checkpoint: saved, added: '1', modified: '1', removed: '0', 'rerun-gate': 'Deploy' });
      expect(readFileSync(join(job.workspace, 'dist', 'app.bin'))).toEqual(big);
      expect(readFileSync(join(job.workspace, 'dist', 'index.js'), 'utf8')).toBe('console.log("v1");\n');

      // The same job saves the next version: the run's artifacts carry app.bin's chunks already.
      writeFileSync(join(job.workspace, 'dist', 'index.js'), 'console.log("v2");\n');
      const next = await job.run('checkpoint-restore', { inputs: { gate: 'Build', paths: 'dist', key: 'v2' } });
      expect(next.outputs.outcome).toBe('saved');
      expect(next.summary).toMatch(/Published to this run's artifacts[^\n]*\(1 chunk\(s\)/);
    });

    expect(results.artifacts.filter((artifact) => artifact.name.startsWith('gates-checkpoint-Build-')).map((artifact) => artifact.finalized)).toEqual([true, true]);

    // Artifacts are per run: a later run has no checkpoint this way (the Actions cache carries them across runs).
    await inJob('4002', 'deploy', async (job) => {
      const rollback = await job.run('checkpoint-restore', { inputs: { gate: 'Build', mode: 'rollback', 'failed-gate': 'Deploy' } });
      expect(rollback.exitCode).toBe(1);
      expect(rollback.outputs.outcome).toBe('no-checkpoint');
    });
  }, 90_000);
});
