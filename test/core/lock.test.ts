import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { LockfileLock, UNREADABLE_GRACE_MS, withLock } from '@gates/core';
import { gatesLockExec, SCRIPTS, whenExists } from '../harness/lock-exec.js';
import { makeWorkspace } from '../harness/workspace.js';

describe('LockfileLock across real processes', () => {
  test('6 processes x 5 read-modify-write increments lose no update', async () => {
    const dir = makeWorkspace({ counter: '0' });
    const state = join(dir, 'state');
    const counter = join(dir, 'counter');
    const workers = Array.from({ length: 6 }, async () => {
      for (let i = 0; i < 5; i++) {
        const run = gatesLockExec(state, [process.execPath, join(SCRIPTS, 'increment-counter.mjs'), counter]);
        expect(await run.done).toBe(0);
      }
    });
    await Promise.all(workers);
    expect(readFileSync(counter, 'utf8')).toBe('30');
  });

  test('a holder killed with SIGKILL leaves a lock that the next process takes over (dead pid)', async () => {
    const dir = makeWorkspace({});
    const state = join(dir, 'state');
    const ready = join(dir, 'ready');
    const holder = gatesLockExec(state, [process.execPath, join(SCRIPTS, 'hold-until-killed.mjs'), ready], { detached: true });
    await whenExists(ready);
    const owner = JSON.parse(readFileSync(join(state, 'locks', 'counter.lock'), 'utf8'));
    expect(owner).toMatchObject({ pid: holder.child.pid, host: hostname() });
    process.kill(-holder.child.pid!, 'SIGKILL');
    await holder.done;
    writeFileSync(join(dir, 'counter'), '41');
    const next = gatesLockExec(state, [process.execPath, join(SCRIPTS, 'increment-counter.mjs'), join(dir, 'counter')]);
    expect(await next.done).toBe(0);
    expect(readFileSync(join(dir, 'counter'), 'utf8')).toBe('42');
  });

  test('waiting past the timeout is GATES_E_LOCK_TIMEOUT naming the holder', async () => {
    const lock = new LockfileLock(join(makeWorkspace({}), 'locks'));
    const release = await lock.acquire('busy');
    await expect(lock.acquire('busy', { timeout: 50 })).rejects.toMatchObject({
      code: 'GATES_E_LOCK_TIMEOUT',
      exitCode: 3,
      message: expect.stringContaining(`pid ${process.pid} on ${hostname()}`),
    });
    await release();
    const again = await lock.acquire('busy', { timeout: 50 });
    await again();
  });

  test('a lock whose heartbeat stopped longer than staleAfter ago is taken over even if its owner looks alive', async () => {
    const dir = join(makeWorkspace({}), 'locks');
    const lock = new LockfileLock(dir);
    await (await lock.acquire('warmup'))();
    writeFileSync(join(dir, 'old.lock'), JSON.stringify({ pid: 1, host: 'other-host', acquiredAt: Date.now() - 60_000, token: 't' }));
    const silentSince = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'old.lock'), silentSince, silentSince);
    const release = await lock.acquire('old', { timeout: 1000, staleAfter: 10_000 });
    expect(JSON.parse(readFileSync(join(dir, 'old.lock'), 'utf8')).pid).toBe(process.pid);
    await release();
    expect(existsSync(join(dir, 'old.lock'))).toBe(false);
  });

  test('a lock file left empty by a creator killed between the exclusive create and its write is taken over after a short grace, not staleAfter', async () => {
    const dir = join(makeWorkspace({}), 'locks');
    const lock = new LockfileLock(dir);
    await (await lock.acquire('warmup'))();
    // Just created: its creator may be writing the record this instant, so it is held.
    writeFileSync(join(dir, 'torn.lock'), '');
    await expect(lock.acquire('torn', { timeout: 100 })).rejects.toMatchObject({
      code: 'GATES_E_LOCK_TIMEOUT',
      message: expect.stringContaining('a process that has not written its owner record yet'),
    });
    // Empty for longer than the grace: its creator is gone (the default staleAfter is 10 minutes).
    const abandoned = new Date(Date.now() - UNREADABLE_GRACE_MS - 1_000);
    utimesSync(join(dir, 'torn.lock'), abandoned, abandoned);
    const release = await lock.acquire('torn', { timeout: 1000 });
    expect(JSON.parse(readFileSync(join(dir, 'torn.lock'), 'utf8')).pid).toBe(process.pid);
    await release();
  });

  test('withLock releases when the body throws', async () => {
    const lock = new LockfileLock(join(makeWorkspace({}), 'locks'));
    await expect(withLock(lock, 'x', async () => Promise.reject(new Error('body failed')))).rejects.toThrow('body failed');
    await (await lock.acquire('x', { timeout: 10 }))();
  });
});
