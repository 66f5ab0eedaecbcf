import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { GatesError } from '../errors/gates-error.js';
import { DEFAULT_LOCK_OPTIONS, type Lock, type LockOptions, type Release } from './lock.js';

interface Owner {
  pid: number;
  host: string;
  acquiredAt: number;
  token: string;
}

/**
 * Lock by exclusive create (O_CREAT|O_EXCL) of `<dir>/<name>.lock`, holding the
 * owner's pid, host and time. An abandoned lock (dead pid on this host, or
 * older than staleAfter) is taken over; to keep two waiters from both breaking
 * it, the breaker first takes `<name>.lock.break` the same way, then re-reads
 * the lock and removes it only if it is still the stale one it saw.
 */
export class LockfileLock implements Lock {
  constructor(private readonly directory: string) {}

  async acquire(name: string, options: Partial<LockOptions> = {}): Promise<Release> {
    const { timeout, staleAfter } = { ...DEFAULT_LOCK_OPTIONS, ...options };
    if (!/^[\w.-]+$/.test(name)) throw new Error(`invalid lock name "${name}"`);
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const path = join(this.directory, `${name}.lock`);
    const owner: Owner = { pid: process.pid, host: hostname(), acquiredAt: 0, token: randomUUID() };
    const deadline = Date.now() + timeout;
    let wait = 5;
    for (;;) {
      owner.acquiredAt = Date.now();
      if (await createExclusive(path, owner)) return () => releaseIfOwner(path, owner.token);
      const holder = (await readOwner(path)) ?? (await unreadableOwner(path));
      if (holder && isStale(holder, staleAfter)) {
        await this.breakStale(path, holder, staleAfter);
        continue;
      }
      if (Date.now() >= deadline) {
        throw new GatesError('GATES_E_LOCK_TIMEOUT', {
          name,
          timeout: `${timeout}ms`,
          owner: holder ? `pid ${holder.pid} on ${holder.host}` : 'an unknown owner',
        });
      }
      // Polling is the only portable wait on a lockfile; back off to spare the filesystem.
      await delay(Math.min(wait, Math.max(1, deadline - Date.now())));
      wait = Math.min(wait * 2, 200);
    }
  }

  private async breakStale(path: string, seen: Owner, staleAfter: number): Promise<void> {
    const breaker: Owner = { pid: process.pid, host: hostname(), acquiredAt: Date.now(), token: randomUUID() };
    const breakPath = `${path}.break`;
    if (!(await createExclusive(breakPath, breaker))) {
      const other = await readOwner(breakPath);
      if (other && isStale(other, staleAfter)) await unlink(breakPath).catch(() => undefined);
      return;
    }
    try {
      const current = (await readOwner(path)) ?? (await unreadableOwner(path));
      if (current && current.token === seen.token) await unlink(path).catch(() => undefined);
    } finally {
      await releaseIfOwner(breakPath, breaker.token);
    }
  }
}

async function createExclusive(path: string, owner: Owner): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new GatesError('GATES_E_FILESYSTEM', { path, reason: (error as Error).message });
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function readOwner(path: string): Promise<Owner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Owner;
    return typeof owner.token === 'string' ? owner : undefined;
  } catch {
    // Missing (released meanwhile) or half-written by a creator that is still writing.
    return undefined;
  }
}

/**
 * A lockfile whose owner record cannot be read: its creator died between the
 * exclusive create and the write. It stands for an owner as old as the file.
 */
async function unreadableOwner(path: string): Promise<Owner | undefined> {
  try {
    const info = await stat(path);
    return { pid: -1, host: '', acquiredAt: info.mtimeMs, token: `unreadable@${info.mtimeMs}` };
  } catch {
    return undefined;
  }
}

function isStale(owner: Owner, staleAfter: number): boolean {
  if (Date.now() - owner.acquiredAt > staleAfter) return true;
  return owner.host === hostname() && !isAlive(owner.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function releaseIfOwner(path: string, token: string): Promise<void> {
  const current = await readOwner(path);
  if (current?.token === token) await unlink(path).catch(() => undefined);
}
