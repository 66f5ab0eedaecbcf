import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCheckpointStore } from '../../actions/checkpoint-restore/src/store/checkpoint-store.js';
import { Job } from '../harness/run-bundle.js';

/** A build output of every kind a checkpoint keeps. */
function buildOutput(workspace: string, marker: string): void {
  rmSync(join(workspace, 'dist'), { recursive: true, force: true });
  mkdirSync(join(workspace, 'dist', 'bin'), { recursive: true });
  writeFileSync(join(workspace, 'dist', 'app.js'), `console.log(${JSON.stringify(marker)});\n`);
  writeFileSync(join(workspace, 'dist', 'blob.bin'), randomBytes(200_000));
  writeFileSync(join(workspace, 'dist', 'bin', 'start'), '#!/bin/sh\nexec node "$(dirname "$0")/../app.js"\n');
  chmodSync(join(workspace, 'dist', 'bin', 'start'), 0o755);
  symlinkSync('app.js', join(workspace, 'dist', 'current.js'));
}

describe('checkpoint-restore through the bundle (one job, the state root shared by its steps)', () => {
  let job: Job;
  beforeAll(async () => {
    job = await Job.start();
  });
  afterAll(async () => {
    await job.close();
  });

  test('save with every default delivered; the same gate run again is skipped-idempotent', async () => {
    buildOutput(job.workspace, 'green build');
    const saved = await job.run('checkpoint-restore', { inputs: { gate: 'Gen Code', paths: 'dist' } });
    expect({ exit: saved.exitCode, stderr: saved.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(saved.outputs).toMatchObject({ outcome: 'saved', verdict: 'pass' });
    expect(saved.outputs.checkpoint).toMatch(/^[0-9a-f]{64}$/);
    expect(saved.summary).toContain('### Checkpoint: saved');
    const metrics = JSON.parse(readFileSync(saved.outputs['metrics-file']!, 'utf8'));
    expect(metrics).toMatchObject({ mode: 'save', outcome: 'saved', files: 3 });
    expect(metrics.newChunks).toBe(metrics.chunks);
    const ledger = readFileSync(join(saved.stateRoot, 'audit', 'ledger.jsonl'), 'utf8');
    expect(ledger).toContain(`"checkpoint":"${saved.outputs.checkpoint}"`);
    const again = await job.run('checkpoint-restore', { inputs: { gate: 'Gen Code', paths: 'dist' } });
    expect(again.outputs).toMatchObject({ outcome: 'skipped-idempotent', checkpoint: saved.outputs.checkpoint, verdict: 'pass' });
  });

  test('rollback: quiesces, reports the diff, restores the last green checkpoint, runs health checks, names the gate to re-run', async () => {
    writeFileSync(join(job.workspace, 'dist', 'app.js'), 'console.log("broken build");\n');
    writeFileSync(join(job.workspace, 'dist', 'junk.tmp'), 'left by the failed gate');
    rmSync(join(job.workspace, 'dist', 'current.js'));
    const healthChecks = '- run: dist/bin/start\n  expect-output: green build\n  timeout-seconds: 30\n- run: test -L dist/current.js\n';
    const rollback = await job.run('checkpoint-restore', { inputs: { gate: 'Gen Code', mode: 'rollback', 'failed-gate': 'Test', 'health-checks': healthChecks }, timeoutMs: 60_000 });
    expect({ exit: rollback.exitCode, stderr: rollback.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(rollback.outputs).toMatchObject({ outcome: 'restored', added: '1', modified: '1', removed: '1', 'rerun-gate': 'Test', verdict: 'pass' });
    expect(rollback.log).toMatch(/modified: dist\/app\.js[\s\S]*added: dist\/current\.js[\s\S]*removed: dist\/junk\.tmp/);
    expect(readFileSync(join(job.workspace, 'dist', 'app.js'), 'utf8')).toContain('green build');
    expect(readlinkSync(join(job.workspace, 'dist', 'current.js'))).toBe('app.js');
    expect(existsSync(join(job.workspace, 'dist', 'junk.tmp'))).toBe(false);
    expect(lstatSync(join(job.workspace, 'dist', 'bin', 'start')).mode & 0o777).toBe(0o755);
    expect(rollback.summary).toContain('Rollback after <code>Test</code> failed (gate-failure)');
    expect(rollback.summary).toContain('| <code>dist/bin/start</code> | passed |');
    expect(Number(rollback.outputs['rto-seconds'])).toBeGreaterThan(0);
    expect(existsSync(join(rollback.stateRoot, 'quiesce.json'))).toBe(false);
  });

  test('a failing health check fails the rollback (exit 1) after restoring', async () => {
    const rollback = await job.run('checkpoint-restore', { inputs: { gate: 'Gen Code', mode: 'rollback', 'health-checks': '- run: exit 3\n' } });
    expect(rollback.exitCode).toBe(1);
    expect(rollback.annotations.map((a) => a.properties.title)).toContain('health-check-failed');
  });

  test('rehearse: scratch restore twice (idempotent), RTO against the target; the workspace is not touched', async () => {
    writeFileSync(join(job.workspace, 'dist', 'app.js'), 'console.log("work in progress");\n');
    const rehearsal = await job.run('checkpoint-restore', { inputs: { gate: 'Gen Code', mode: 'rehearse', 'health-checks': 'dist/bin/start', 'rto-target-seconds': '120' }, timeoutMs: 60_000 });
    expect({ exit: rehearsal.exitCode, stderr: rehearsal.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(rehearsal.outputs).toMatchObject({ outcome: 'rehearsed', 'rto-target-met': 'true' });
    expect(rehearsal.summary).toContain('no change (idempotent)');
    expect(readFileSync(join(job.workspace, 'dist', 'app.js'), 'utf8')).toContain('work in progress');
    expect(readdirSync(join(job.runnerDir, 'temp')).filter((name) => name.startsWith('gates-rehearsal-'))).toEqual([]);
  });

  test('a gate failed and its gate has no checkpoint: the alert (error annotation and summary), exit 1', async () => {
    const rollback = await job.run('checkpoint-restore', { inputs: { gate: 'Deploy', mode: 'rollback' } });
    expect(rollback.exitCode).toBe(1);
    expect(rollback.outputs.outcome).toBe('no-checkpoint');
    const alert = rollback.annotations.find((a) => a.command === 'error')!;
    expect(alert.properties.title).toBe('no-checkpoint');
    expect(alert.data).toContain('gate "Deploy" has no green checkpoint');
    expect(rollback.summary).toContain('no-checkpoint');
  });

  test('a damaged chunk: exit 3 naming it, the workspace unchanged', async () => {
    const saved = await job.run('checkpoint-restore', { inputs: { gate: 'Audit', paths: 'dist' } });
    const manifest = JSON.parse(readFileSync(join(saved.stateRoot, 'checkpoints', 'manifests', `${saved.outputs.checkpoint}.json`), 'utf8'));
    const blob = manifest.entries.find((entry: { path: string }) => entry.path === 'dist/blob.bin');
    const chunk = blob.chunks[0].sha256 as string;
    // The chunk's bytes changed inside its pack file (the store's index says where they are).
    const { path, offset, length } = openCheckpointStore(saved.stateRoot, 'gzip').chunks.locate(chunk)!;
    const pack = readFileSync(path);
    pack.fill(0x5a, offset + 1, offset + length!);
    writeFileSync(path, pack);
    rmSync(join(job.workspace, 'dist', 'blob.bin'));
    const restore = await job.run('checkpoint-restore', { inputs: { gate: 'Audit', mode: 'restore' } });
    expect(restore.exitCode).toBe(3);
    expect(restore.stderr).toBe('');
    expect(restore.annotations[0]!.data).toContain(`chunk ${chunk} of dist/blob.bin does not match its hash`);
    expect(existsSync(join(job.workspace, 'dist', 'blob.bin'))).toBe(false);
  });
});

describe('the quiesce marker, checked by every gates action before it starts', () => {
  test('policy fail: another action fails fast with GATES_E_QUIESCED (exit 3); wait: it starts once the marker is gone', async () => {
    const job = await Job.start();
    try {
      const stateRoot = join(job.runnerDir, 'temp', 'gates-state');
      mkdirSync(stateRoot, { recursive: true, mode: 0o700 });
      // This test process plays the rollback in progress: a live pid on this host.
      writeFileSync(join(stateRoot, 'quiesce.json'), JSON.stringify({ gate: 'Test', since: new Date().toISOString(), run: '7', pid: process.pid, host: (await import('node:os')).hostname() }));
      mkdirSync(join(job.workspace, 'logs'));
      writeFileSync(join(job.workspace, 'logs', 'a.log'), 'hello\n');
      writeFileSync(join(job.workspace, '.github-fail.yml'), 'version: 1\nquiesce:\n  policy: fail\n');
      const failed = await job.run('redact-logs', { inputs: { paths: 'logs', config: '.github-fail.yml' } });
      expect(failed.exitCode).toBe(3);
      expect(failed.annotations[0]!.data).toContain('quiesced for a rollback of gate "Test"');
      const waiting = job.start('redact-logs', { inputs: { paths: 'logs' }, timeoutMs: 60_000 });
      // Lifted once the waiting step says it waits: no sleep, the step's own log is the signal.
      await new Promise<void>((resolve) => {
        let seen = '';
        waiting.child.stdout!.on('data', (chunk: Buffer) => {
          seen += chunk.toString('utf8');
          if (seen.includes('Waiting: a rollback of gate "Test"')) resolve();
        });
      });
      rmSync(join(stateRoot, 'quiesce.json'));
      const run = await waiting.result;
      expect(run.exitCode).toBe(0);
    } finally {
      await job.close();
    }
  }, 90_000);
});
