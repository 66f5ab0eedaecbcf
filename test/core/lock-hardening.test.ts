import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { acquireAll, defaultPrimitive, LockfileLock, parseMountinfo } from '@gates/core';
import { coreForChildren } from '../harness/core-for-children.js';
import { SCRIPTS, whenExists } from '../harness/lock-exec.js';
import { makeWorkspace } from '../harness/workspace.js';

const WORKER = join(SCRIPTS, 'core-lock-worker.mjs');

function worker(args: string[]) {
  const child = spawn(process.execPath, [WORKER, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const exit = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, exit, nextLine: async () => (await lines.next()).value as string };
}

describe('core lock: real processes, SIGKILL, fencing', () => {
  test('a holder killed with SIGKILL is taken over at once by its dead pid (not by age), by one of three waiters at a time', async () => {
    const dir = makeWorkspace({ counter: '0' });
    const locks = join(dir, 'locks');
    const ready = join(dir, 'ready');
    const holder = worker(['hold', coreForChildren(), locks, ready]);
    await whenExists(ready);
    holder.child.kill('SIGKILL');
    await holder.exit;
    expect(existsSync(join(locks, 'shared.lock'))).toBe(true);
    // stale-after is 10 minutes: only the dead pid can free the lock in time.
    const waiters = [1, 2, 3].map(() => worker(['count', coreForChildren(), locks, join(dir, 'counter'), '40']));
    for (const waiter of waiters) expect((await waiter.exit)[0]).toBe(0);
    expect(readFileSync(join(dir, 'counter'), 'utf8')).toBe('120');
  });

  test('a holder frozen past stale-after is taken over, and its fencing check then refuses its commit', async () => {
    const dir = makeWorkspace({});
    const locks = join(dir, 'locks');
    const ready = join(dir, 'ready');
    const holder = worker(['hold', coreForChildren(), locks, ready, '300']);
    await whenExists(ready);
    holder.child.stdin!.write('check\n');
    expect(await holder.nextLine()).toBe(`held ${readFileSync(ready, 'utf8')}`);
    holder.child.kill('SIGSTOP');
    // Alive (pid exists) but its heartbeat stops: the takeover waits for stale-after, then succeeds.
    const started = Date.now();
    const release = await new LockfileLock(locks).acquire('shared', { staleAfter: 300, timeout: 10_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(release.fence).toBeGreaterThan(Number(readFileSync(ready, 'utf8')));
    holder.child.kill('SIGCONT');
    holder.child.stdin!.write('check\n');
    expect(await holder.nextLine()).toBe('lost GATES_E_LOCK_LOST');
    holder.child.kill('SIGKILL');
    await holder.exit;
    release.assertHeld();
    await release();
  });

  test('SIGTERM releases the lock on the way out, and the process still dies of the signal', async () => {
    const dir = makeWorkspace({});
    const locks = join(dir, 'locks');
    const ready = join(dir, 'ready');
    const holder = worker(['hold', coreForChildren(), locks, ready]);
    await whenExists(ready);
    expect(existsSync(join(locks, 'shared.lock'))).toBe(true);
    holder.child.kill('SIGTERM');
    expect(await holder.exit).toEqual([null, 'SIGTERM']);
    expect(existsSync(join(locks, 'shared.lock'))).toBe(false);
  });

  test('a foreign host\'s lock is stale only when its heartbeat has stopped, however old its acquisition', async () => {
    const locks = join(makeWorkspace({}), 'locks');
    const lock = new LockfileLock(locks);
    await (await lock.acquire('warmup'))();
    const path = join(locks, 'remote.lock');
    writeFileSync(path, JSON.stringify({ pid: 1, host: 'other-host', boot: 'x', acquiredAt: Date.now() - 3_600_000, token: 't' }));
    await expect(lock.acquire('remote', { timeout: 100, staleAfter: 10_000 })).rejects.toMatchObject({ code: 'GATES_E_LOCK_TIMEOUT' });
    const silentSince = new Date(Date.now() - 60_000);
    utimesSync(path, silentSince, silentSince);
    const release = await lock.acquire('remote', { timeout: 1000, staleAfter: 10_000 });
    await release();
  });

  test('a lock from before a reboot (other boot id, same host) is stale at once', async () => {
    const locks = join(makeWorkspace({}), 'locks');
    const lock = new LockfileLock(locks);
    const first = await lock.acquire('boot');
    const owner = JSON.parse(readFileSync(join(locks, 'boot.lock'), 'utf8'));
    writeFileSync(join(locks, 'boot.lock'), JSON.stringify({ ...owner, pid: process.pid, boot: 'another-boot', token: 'old' }));
    const second = await lock.acquire('boot', { timeout: 1000 });
    expect(() => first.assertHeld()).toThrow(expect.objectContaining({ code: 'GATES_E_LOCK_LOST' }));
    await second();
  });

  test('both primitives exclude and fence; link leaves no temporary file behind', async () => {
    for (const primitive of ['o_excl', 'link'] as const) {
      const locks = join(makeWorkspace({}), 'locks');
      const lock = new LockfileLock(locks, { primitive });
      const first = await lock.acquire('p');
      await expect(lock.acquire('p', { timeout: 30 })).rejects.toMatchObject({ code: 'GATES_E_LOCK_TIMEOUT' });
      await first();
      const second = await lock.acquire('p');
      expect(second.fence).toBe(first.fence + 1);
      await second();
      expect(readFileSync(join(locks, 'p.lock.fence'), 'utf8')).toBe(String(second.fence));
    }
  });

  test('acquireAll takes locks in name order whatever order they are asked in, so two callers cannot deadlock', async () => {
    const lock = new LockfileLock(join(makeWorkspace({}), 'locks'));
    const order: string[] = [];
    const tracing = { acquire: async (name: string, options?: object) => (order.push(name), lock.acquire(name, options)) };
    const first = await acquireAll(tracing, ['zeta', 'alpha', 'mid']);
    expect(order).toEqual(['alpha', 'mid', 'zeta']);
    const second = acquireAll(tracing, ['mid', 'zeta', 'alpha'], { timeout: 10_000 });
    await first();
    await (await second)();
    expect(order.slice(3)).toEqual(['alpha', 'mid', 'zeta']);
  });

  test('default primitive per filesystem type: link on NFS, O_EXCL elsewhere; mountinfo paths unescaped', () => {
    expect(defaultPrimitive('nfs4')).toBe('link');
    for (const type of ['ext4', 'overlay', 'tmpfs', 'cifs', 'fuse.smbnetfs', undefined]) expect(defaultPrimitive(type)).toBe('o_excl');
    expect(parseMountinfo('36 35 98:0 / /mnt/my\\040share rw,noatime master:1 - nfs4 server:/export rw')).toEqual([{ mountPoint: '/mnt/my share', type: 'nfs4', source: 'server:/export' }]);
  });
});
