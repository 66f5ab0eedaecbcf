import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOUNDED, experiment } from './lock-experiment.js';

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

/** A tmpfs of the test's own when it may mount one (root), else /dev/shm (tmpfs on every Linux). */
function tmpfsDirectory(): string {
  if (process.getuid?.() === 0) {
    const dir = mkdtempSync(join(tmpdir(), 'gates-tmpfs-'));
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dir]).status === 0) {
      cleanups.push(() => spawnSync('umount', ['-l', dir]));
      return dir;
    }
  }
  const dir = mkdtempSync(join('/dev/shm', 'gates-fs-lock-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('fs-lock-test on tmpfs, through the bundle', () => {
  test('every primitive SAFE: every update counted, one holder at a time, a SIGKILLed holder replaced', async () => {
    const { run, report } = await experiment({ ...BOUNDED, workers: '4', path: tmpfsDirectory() });
    expect(report.fsType).toBe('tmpfs');
    expect(report.primitives.map((row) => [row.primitive, row.verdict])).toEqual(['o_excl', 'mkdir', 'flock', 'fcntl', 'link', 'rename'].map((name) => [name, 'SAFE']));
    expect(report.primitives.every((row) => row.acquisitions === 80 && row.recoveryMs !== null)).toBe(true);
    expect(run.exitCode).toBe(0);
  }, 60_000);
});
