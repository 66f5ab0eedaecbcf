import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Job, UNPRIVILEGED_LAUNCHER } from '../harness/run-bundle.js';

/** What is in the store's pack directory that is not a pack (a FIFO, an unreadable pack) must not stop or shrink the store. */

function output(workspace: string, files: number): Record<string, Buffer> {
  rmSync(join(workspace, 'out'), { recursive: true, force: true });
  mkdirSync(join(workspace, 'out'));
  const written: Record<string, Buffer> = {};
  for (let i = 0; i < files; i++) {
    written[`f${i}.bin`] = randomBytes(30_000);
    writeFileSync(join(workspace, 'out', `f${i}.bin`), written[`f${i}.bin`]!);
  }
  return written;
}

function packsOf(stateRoot: string): string {
  return join(stateRoot, 'checkpoints', 'chunks', 'packs');
}

describe('checkpoint-restore with strays in its pack directory (through the bundle, every default)', () => {
  let job: Job;
  beforeAll(async () => {
    job = await Job.start();
  });
  afterAll(async () => {
    await job.close();
  });

  test('a FIFO under a pack name with no writer: save and restore finish (a blocking open would hang them under the lock)', async () => {
    const written = output(job.workspace, 3);
    const saved = await job.run('checkpoint-restore', { inputs: { gate: 'Fifo', paths: 'out' } });
    expect([saved.exitCode, saved.outputs.outcome]).toEqual([0, 'saved']);
    const fifo = join(packsOf(saved.stateRoot), `${'0'.repeat(64)}.pack`);
    execFileSync('mkfifo', [fifo]);
    try {
      rmSync(join(job.workspace, 'out'), { recursive: true });
      const restored = await job.run('checkpoint-restore', { inputs: { gate: 'Fifo', mode: 'restore' }, timeoutMs: 30_000 });
      expect({ exit: restored.exitCode, signal: restored.signal, stderr: restored.stderr }).toEqual({ exit: 0, signal: null, stderr: '' });
      for (const [name, bytes] of Object.entries(written)) expect(readFileSync(join(job.workspace, 'out', name)).equals(bytes)).toBe(true);
      output(job.workspace, 3);
      const again = await job.run('checkpoint-restore', { inputs: { gate: 'Fifo', paths: 'out', force: 'true' }, timeoutMs: 30_000 });
      expect([again.exitCode, again.outputs.outcome]).toEqual([0, 'saved']);
      // Retention collected it as garbage (unlinked: nothing read from it).
      expect(existsSync(fifo)).toBe(false);
    } finally {
      // Whatever happened, the next test's store has no FIFO in it.
      rmSync(fifo, { force: true });
    }
  });

  test('a pack this step cannot open (EACCES) is kept by retention, and restores once it can be read again', async () => {
    const written = output(job.workspace, 3);
    const first = await job.run('checkpoint-restore', { inputs: { gate: 'Kept', paths: 'out' } });
    expect([first.exitCode, first.outputs.outcome]).toEqual([0, 'saved']);
    const packs = readdirSync(packsOf(first.stateRoot)).filter((name) => name.endsWith('.pack') && lstatSync(join(packsOf(first.stateRoot), name)).isFile());
    for (const name of packs) chmodSync(join(packsOf(first.stateRoot), name), 0o000);
    try {
      output(job.workspace, 2);
      // Another gate's save runs retention over the whole store, without the capability that lets root read any file.
      const other = await job.run('checkpoint-restore', { inputs: { gate: 'Other', paths: 'out' }, launcher: UNPRIVILEGED_LAUNCHER });
      expect([other.exitCode, other.outputs.outcome, other.stderr]).toEqual([0, 'saved', '']);
      for (const name of packs) expect(existsSync(join(packsOf(first.stateRoot), name))).toBe(true);
    } finally {
      for (const name of packs) if (existsSync(join(packsOf(first.stateRoot), name))) chmodSync(join(packsOf(first.stateRoot), name), 0o600);
    }
    rmSync(join(job.workspace, 'out'), { recursive: true });
    const restored = await job.run('checkpoint-restore', { inputs: { gate: 'Kept', mode: 'restore' } });
    expect({ exit: restored.exitCode, stderr: restored.stderr }).toEqual({ exit: 0, stderr: '' });
    for (const [name, bytes] of Object.entries(written)) expect(readFileSync(join(job.workspace, 'out', name)).equals(bytes)).toBe(true);
  });
});
