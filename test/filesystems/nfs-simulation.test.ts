import { afterAll, describe, expect, test } from '@jest/globals';
import { mountNfsSimulation } from '../harness/filesystems/nfs-sim-mount.js';
import { notRun, type TestMount } from '../harness/filesystems/mount-tools.js';
import { BOUNDED, experiment, expectObservedFailure } from './lock-experiment.js';

const mounts: TestMount[] = [];
afterAll(async () => {
  for (const mount of mounts) await mount.stop();
});

describe('fs-lock-test on NFS semantics (a simulation: two FUSE clients of one directory), through the bundle', () => {
  test('UNSAFE exactly where NFS is, each on an observed failure; flock UNSUPPORTED; link SAFE and recommended', async () => {
    // A 20 ms gap inside the exclusive create: two clients that start together both get through it.
    const mount = await mountNfsSimulation({ delaySeconds: 1, windowUs: 20_000 });
    if (typeof mount === 'string') return notRun('nfs simulation', mount);
    mounts.push(mount);
    const { run, report, verdicts, row } = await experiment({ ...BOUNDED, path: mount.clients.join('\n') });
    expect(report.fsType).toBe('fuse.nfs-sim');
    expectObservedFailure(row('o_excl'));
    expectObservedFailure(row('fcntl'));
    expect(verdicts).toMatchObject({ flock: 'UNSUPPORTED', link: 'SAFE' });
    // Single operations on the server: never a lost update or two holders.
    for (const name of ['mkdir', 'rename']) expect(row(name).lostUpdates + row(name).violations).toBe(0);
    expect(run.outputs['recommended-primitive']).toBe('link');
    expect(run.exitCode).toBe(0);
  }, 60_000);
});
