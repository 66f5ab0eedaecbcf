import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
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
 * File operations are synchronous (each is one small syscall, and a promise
 * round trip idled longer); only the wait between attempts is asynchronous.
 */
export class LockfileLock implements Lock {
  constructor(private readonly directory: string) {}

  async acquire(name: string, options: Partial<LockOptions> = {}): Promise<Release> {
    const { timeout, staleAfter } = { ...DEFAULT_LOCK_OPTIONS, ...options };
    if (!/^[\w.-]+$/.test(name)) throw new Error(`invalid lock name "${name}"`);
    mkdirSync(this.directory, { recursive: true, mode: 0o700 });
    const path = join(this.directory, `${name}.lock`);
    const owner: Owner = { pid: process.pid, host: hostname(), acquiredAt: 0, token: randomUUID() };
    const deadline = Date.now() + timeout;
    let wait = 5;
    for (;;) {
      owner.acquiredAt = Date.now();
      if (createExclusive(path, owner)) return async () => releaseIfOwner(path, owner.token);
      const holder = readOwner(path) ?? unreadableOwner(path);
      if (holder && isStale(holder, staleAfter)) {
        this.breakStale(path, holder, staleAfter);
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

  private breakStale(path: string, seen: Owner, staleAfter: number): void {
    const breaker: Owner = { pid: process.pid, host: hostname(), acquiredAt: Date.now(), token: randomUUID() };
    const breakPath = `${path}.break`;
    if (!createExclusive(breakPath, breaker)) {
      const other = readOwner(breakPath);
      if (other && isStale(other, staleAfter)) removeQuietly(breakPath);
      return;
    }
    try {
      const current = readOwner(path) ?? unreadableOwner(path);
      if (current && current.token === seen.token) removeQuietly(path);
    } finally {
      releaseIfOwner(breakPath, breaker.token);
    }
  }
}

function createExclusive(path: string, owner: Owner): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new GatesError('GATES_E_FILESYSTEM', { path, reason: (error as Error).message });
  }
  try {
    writeSync(descriptor, JSON.stringify(owner));
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  return true;
}

function readOwner(path: string): Owner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Owner;
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
function unreadableOwner(path: string): Owner | undefined {
  try {
    const info = statSync(path);
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

function releaseIfOwner(path: string, token: string): void {
  const current = readOwner(path);
  if (current?.token === token) removeQuietly(path);
}

/** Removes a lock file; one already gone (released or broken by another) is fine. */
function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already.
  }
}
