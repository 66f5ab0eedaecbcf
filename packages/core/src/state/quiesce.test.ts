import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { awaitQuiesce, clearQuiesce, quiescePath, readQuiesce, setQuiesce } from './quiesce.js';

function stateRoot(): string {
  return mkdtempSync(join(tmpdir(), 'gates-quiesce-'));
}

describe('quiesce marker', () => {
  test('set, read, cleared only by its owner; its own process never waits on it', async () => {
    const root = stateRoot();
    expect(readQuiesce(root)).toBeUndefined();
    setQuiesce(root, 'Test', '42');
    expect(readQuiesce(root)).toMatchObject({ gate: 'Test', run: '42', pid: process.pid });
    await expect(awaitQuiesce(root, { policy: 'fail', timeoutMs: 0 }, () => {})).resolves.toBeUndefined();
    clearQuiesce(root);
    expect(readQuiesce(root)).toBeUndefined();
  });

  test('another live process holds the gates: fail fast, or wait until the timeout', async () => {
    const root = stateRoot();
    // The parent of this test (jest's runner or the shell) is alive and is not this process.
    writeFileSync(quiescePath(root), JSON.stringify({ gate: 'Deploy', since: '2026-12-03T10:00:00Z', run: '9', pid: process.ppid, host: hostname() }));
    await expect(awaitQuiesce(root, { policy: 'fail', timeoutMs: 60_000 }, () => {})).rejects.toThrow('quiesced for a rollback of gate "Deploy"');
    let told = 0;
    await expect(awaitQuiesce(root, { policy: 'wait', timeoutMs: 0 }, () => told++)).rejects.toThrow('waited 0s');
  });

  test('a marker left by a process that is gone (killed rollback) is stale and holds nobody', async () => {
    const root = stateRoot();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(quiescePath(root), JSON.stringify({ gate: 'Deploy', since: 'x', run: '9', pid: Number(gone), host: hostname() }));
    expect(readQuiesce(root)).toBeUndefined();
    await expect(awaitQuiesce(root, { policy: 'fail', timeoutMs: 0 }, () => {})).resolves.toBeUndefined();
  });

  test('a marker that is not one (not JSON) holds the gates: fail closed', () => {
    const root = stateRoot();
    writeFileSync(quiescePath(root), 'garbage');
    expect(readQuiesce(root)).toMatchObject({ gate: 'unknown' });
  });
});
