import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

/** The filesystem experiments (tmpfs, NFS simulation, Samba) are in test/filesystems: they run once, not per Node. */
const unmounts: string[] = [];
afterAll(() => {
  for (const dir of unmounts) spawnSync('umount', ['-l', dir]);
});

describe('fs-lock-test through the bundle, on the workspace', () => {
  test('local disk: the primitives tried are SAFE, o_excl recommended; report, metrics file and summary written', async () => {
    const dir = makeWorkspace({});
    const run = await runBundle('fs-lock-test', { inputs: { path: dir, workers: '2', iterations: '20', primitives: 'o_excl, link' }, timeoutMs: 30_000 });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { fsType: string; primitives: { primitive: string; verdict: string; acquisitions: number }[] };
    expect(report.primitives.map((row) => [row.primitive, row.verdict, row.acquisitions])).toEqual([['o_excl', 'SAFE', 40], ['link', 'SAFE', 40]]);
    expect(run.outputs).toMatchObject({ 'fs-type': report.fsType, 'recommended-primitive': 'o_excl', safe: 'true' });
    expect(JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8'))).toMatchObject({ metric: 'lock_contention_incidents', action: 'fs-lock-test', fsType: report.fsType });
    // The run's metrics line (what the pipeline aggregates): no lock failure observed on a local disk.
    const line = readFileSync(join(run.stateRoot, 'metrics', 'metrics.jsonl'), 'utf8').trim().split('\n').map((text) => JSON.parse(text) as Record<string, unknown>).at(-1)!;
    expect(line).toMatchObject({ action: 'fs-lock-test', verdict: 'pass', 'lock-incidents': 0 });
    expect(run.summary).toContain('| <code>o\\_excl</code> | SAFE |');
  }, 40_000);

  test('a missing or read-only path is a clear usage error (exit 2), before any worker starts', async () => {
    const missing = await runBundle('fs-lock-test', { inputs: { path: join(tmpdir(), 'gates-no-such-dir-19') } });
    expect(missing.exitCode).toBe(2);
    expect(missing.stdout + missing.stderr).toContain('GATES_E_INPUT_FILE_NOT_FOUND');
    if (process.getuid?.() !== 0) return;
    const dir = mkdtempSync(join(tmpdir(), 'gates-ro-'));
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir]).status).toBe(0);
    unmounts.push(dir);
    const readOnly = await runBundle('fs-lock-test', { inputs: { path: dir } });
    expect(readOnly.exitCode).toBe(2);
    expect(readOnly.stdout + readOnly.stderr).toContain('a writable directory');
  }, 40_000);
});
