import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Job } from '../harness/run-bundle.js';

/**
 * The digest threads as the runner runs the bundle: the workers start from source text built inside the bundle, so a
 * bundler change that broke that text would only show as saves quietly falling back to the main thread. These runs
 * read the save's metrics to see the threads did the work.
 */

/** 12 MiB over several 4 MiB batches: random files (stored as they are) and text (compressed). */
function output(workspace: string): Record<string, Buffer> {
  rmSync(join(workspace, 'out'), { recursive: true, force: true });
  mkdirSync(join(workspace, 'out'));
  const written: Record<string, Buffer> = {};
  for (let i = 0; i < 24; i++) {
    written[`f${i}`] = i % 2 ? randomBytes(500_000) : Buffer.from(`line ${i} of a build log that compresses well\n`.repeat(12_000));
    writeFileSync(join(workspace, 'out', `f${i}`), written[`f${i}`]!);
  }
  return written;
}

describe('checkpoint-restore save on digest threads (through the bundle, every default)', () => {
  let job: Job;
  beforeAll(async () => {
    job = await Job.start();
  });
  afterAll(async () => {
    await job.close();
  });

  test('a save of several batches runs its digest threads, without falling back, and restores byte for byte', async () => {
    const written = output(job.workspace);
    const saved = await job.run('checkpoint-restore', { inputs: { gate: 'Threads', paths: 'out' }, env: { GATES_CHECKPOINT_WORKERS: '2' } });
    expect([saved.exitCode, saved.outputs.outcome, saved.stderr]).toEqual([0, 'saved', '']);
    const metrics = JSON.parse(readFileSync(saved.outputs['metrics-file']!, 'utf8'));
    expect(metrics).toMatchObject({ files: 24, digestWorkers: 2, digestFellBack: false });
    // Random halves stored as they are, text compressed: well under the plain size, over the random half.
    expect(metrics.newBytes).toBeGreaterThan(6_000_000);
    expect(metrics.newBytes).toBeLessThan(6_500_000);
    rmSync(join(job.workspace, 'out'), { recursive: true });
    const restored = await job.run('checkpoint-restore', { inputs: { gate: 'Threads', mode: 'restore' } });
    expect(restored.exitCode).toBe(0);
    for (const [name, bytes] of Object.entries(written)) expect(readFileSync(join(job.workspace, 'out', name)).equals(bytes)).toBe(true);
  });

  test('by default at least one thread; with 0 none, and the same bytes stored', async () => {
    output(job.workspace);
    // Each save writes the same metrics file: read after each.
    const metricsOf = async (gate: string, env: Record<string, string>) => {
      const run = await job.run('checkpoint-restore', { inputs: { gate, paths: 'out' }, env });
      expect(run.exitCode).toBe(0);
      return JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8'));
    };
    const a = await metricsOf('Default', {});
    const b = await metricsOf('Main', { GATES_CHECKPOINT_WORKERS: '0' });
    expect(a.digestWorkers).toBeGreaterThanOrEqual(1);
    expect(b).toMatchObject({ digestWorkers: 0, newChunks: 0, chunks: a.chunks });
  });

  test('GATES_CHECKPOINT_WORKERS that is not 0-4: exit 2 naming the variable, nothing saved', async () => {
    output(job.workspace);
    for (const value of ['two', '5', '-1', '1.5']) {
      const run = await job.run('checkpoint-restore', { inputs: { gate: 'Bad', paths: 'out' }, env: { GATES_CHECKPOINT_WORKERS: value } });
      expect(run.exitCode).toBe(2);
      expect(run.stdout).toContain('GATES_E_ENV_INVALID');
      expect(run.stdout).toContain('GATES_CHECKPOINT_WORKERS');
      expect(run.outputs.outcome ?? '').not.toBe('saved');
    }
  });
});
