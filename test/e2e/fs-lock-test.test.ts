import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountNfsSimulation } from '../harness/filesystems/nfs-sim-mount.js';
import { notRun, type TestMount } from '../harness/filesystems/mount-tools.js';
import { mountSambaShare } from '../harness/filesystems/samba-mount.js';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

interface Row { primitive: string; verdict: string; reasons: string[]; acquisitions: number; lostUpdates: number; violations: number; recoveryMs: number | null }
interface LockReport { fsType: string; recommended: string | null; primitives: Row[] }

const SMALL = { workers: '4', iterations: '100', 'stale-after': '10s', timeout: '60s' };
const mounts: TestMount[] = [];
afterAll(async () => {
  for (const mount of mounts) await mount.stop();
});

async function experiment(inputs: Record<string, string>) {
  const run = await runBundle('fs-lock-test', { inputs, timeoutMs: 170_000 });
  if (!run.outputs['report-file']) throw new Error(`fs-lock-test ended ${run.exitCode} without a report:\n${run.stdout}\n${run.stderr}`);
  const report = run.outputs['report-file'] ? (JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')) as LockReport) : undefined;
  const verdicts = Object.fromEntries((report?.primitives ?? []).map((row) => [row.primitive, row.verdict]));
  return { run, report, verdicts, row: (name: string) => report!.primitives.find((row) => row.primitive === name)! };
}

/** UNSAFE must rest on an observed failure: a lost update or two holders at once. */
function expectObservedFailure(row: Row): void {
  expect(row.verdict).toBe('UNSAFE');
  expect(row.lostUpdates + row.violations).toBeGreaterThan(0);
}

describe('fs-lock-test through the bundle, on filesystems the test mounts itself', () => {
  test('local disk (the workspace): every primitive SAFE, a SIGKILLed holder replaced; o_excl recommended; metrics written', async () => {
    const dir = makeWorkspace({});
    const { run, report, verdicts } = await experiment({ ...SMALL, path: dir });
    expect(run.exitCode).toBe(0);
    expect(verdicts).toEqual({ o_excl: 'SAFE', mkdir: 'SAFE', flock: 'SAFE', fcntl: 'SAFE', link: 'SAFE', rename: 'SAFE' });
    expect(report!.primitives.every((row) => row.acquisitions === 400 && row.recoveryMs !== null)).toBe(true);
    expect(run.outputs).toMatchObject({ 'fs-type': report!.fsType, 'recommended-primitive': 'o_excl', safe: 'true' });
    const metrics = JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8'));
    expect(metrics).toMatchObject({ metric: 'lock_contention_incidents', action: 'fs-lock-test', fsType: report!.fsType });
    expect(run.summary).toContain('| <code>o\\_excl</code> | SAFE |');
  }, 180_000);

  test('tmpfs: every primitive SAFE', async () => {
    let dir = '/dev/shm';
    if (process.getuid?.() === 0) {
      dir = mkdtempSync(join(tmpdir(), 'gates-tmpfs-'));
      const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', dir]);
      if (mount.status === 0) mounts.push({ clients: [dir], stop: async () => void spawnSync('umount', ['-l', dir]) });
    }
    const path = mkdtempSync(join(dir, 'gates-fs-lock-'));
    const { run, report } = await experiment({ ...SMALL, path });
    expect(report!.fsType).toBe('tmpfs');
    expect(report!.primitives.map((row) => row.verdict)).toEqual(Array(6).fill('SAFE'));
    expect(run.exitCode).toBe(0);
  }, 180_000);

  test('NFS (simulation: two FUSE clients with attribute caching, non-atomic O_EXCL, no flock, local-only fcntl): UNSAFE exactly where NFS is, link safe', async () => {
    const mount = await mountNfsSimulation({ delaySeconds: 1, windowUs: 2000 });
    if (typeof mount === 'string') return notRun('nfs simulation', mount);
    mounts.push(mount);
    const { run, report, verdicts, row } = await experiment({ ...SMALL, hold: '1ms', path: mount.clients.join('\n') });
    expect(report!.fsType).toBe('fuse.nfs-sim');
    expectObservedFailure(row('o_excl'));
    expectObservedFailure(row('fcntl'));
    expect(verdicts).toMatchObject({ flock: 'UNSUPPORTED', link: 'SAFE' });
    // Server-side single operations: never a lost update or two holders.
    for (const name of ['mkdir', 'rename']) expect(row(name).lostUpdates + row(name).violations).toBe(0);
    expect(run.outputs['recommended-primitive']).toBe('link');
    expect(run.exitCode).toBe(0);
  }, 180_000);

  test('SMB (real Samba on loopback, two smbnetfs clients): no hard links; flock and fcntl do not exclude across clients', async () => {
    const mount = await mountSambaShare();
    if (typeof mount === 'string') return notRun('smb', mount);
    mounts.push(mount);
    const { report, verdicts, row } = await experiment({ ...SMALL, iterations: '30', hold: '1ms', path: mount.clients.join('\n'), primitives: 'flock, fcntl, link' });
    expect(report!.fsType).toBe('fuse.smbnetfs');
    expect(verdicts.link).toBe('UNSUPPORTED');
    expectObservedFailure(row('flock'));
    expectObservedFailure(row('fcntl'));
  }, 180_000);

  test('a missing or read-only path is a clear usage error (exit 2), before any worker starts', async () => {
    const missing = await runBundle('fs-lock-test', { inputs: { path: join(tmpdir(), 'gates-no-such-dir-19') } });
    expect(missing.exitCode).toBe(2);
    expect(missing.stdout + missing.stderr).toContain('GATES_E_INPUT_FILE_NOT_FOUND');
    if (process.getuid?.() !== 0) return;
    const dir = mkdtempSync(join(tmpdir(), 'gates-ro-'));
    mkdirSync(dir, { recursive: true });
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir]).status !== 0) return;
    mounts.push({ clients: [dir], stop: async () => void spawnSync('umount', ['-l', dir]) });
    const readOnly = await runBundle('fs-lock-test', { inputs: { path: dir } });
    expect(readOnly.exitCode).toBe(2);
    expect(readOnly.stdout + readOnly.stderr).toContain('a writable directory');
  }, 60_000);
});
