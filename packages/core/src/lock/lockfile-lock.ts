import { randomUUID } from 'node:crypto';
import { closeSync, constants, fsyncSync, openSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { GatesError } from '../errors/gates-error.js';
import { writeFileAtomically } from '../safe-files/atomic-file.js';
import { makeDirectories } from '../safe-files/make-directories.js';
import { readRegularFile } from '../safe-files/read-file.js';
import { DEFAULT_LOCK_OPTIONS, type Lock, type LockOptions, type Release } from './lock.js';
import { isProcessAlive } from './process-alive.js';

interface Owner {
  pid: number;
  host: string;
  acquiredAt: number;
  token: string;
  /**
   * A child process the lock is handed to (`gates lock exec`): the lock stays
   * held while it lives, even if `pid` is killed. `null`: announced before the
   * child starts, so a holder killed before it could name the child leaves a
   * lock that only age makes stale.
   */
  child?: number | null;
}

/** A lock held for a child process: name the child as soon as it has a pid. */
export interface ChildLock {
  handOver(pid: number): void;
  release: Release;
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
    const { path, owner } = await this.take(name, options, undefined);
    return async () => releaseIfOwner(path, owner.token);
  }

  /** Takes the lock for a child process about to be started; see Owner.child. */
  async acquireForChild(name: string, options: Partial<LockOptions> = {}): Promise<ChildLock> {
    const { path, owner } = await this.take(name, options, null);
    return {
      handOver: (pid) => {
        // Replaced whole (rename), so the lock file never goes missing or half-written meanwhile.
        writeFileAtomically(path, JSON.stringify({ ...owner, child: pid }), { root: dirname(path) });
      },
      release: async () => releaseIfOwner(path, owner.token),
    };
  }

  private async take(name: string, options: Partial<LockOptions>, child: null | undefined): Promise<{ path: string; owner: Owner }> {
    const { timeout, staleAfter } = { ...DEFAULT_LOCK_OPTIONS, ...options };
    if (!/^[\w.-]+$/.test(name)) throw new Error(`invalid lock name "${name}"`);
    makeDirectories(this.directory, 0o700);
    const path = join(this.directory, `${name}.lock`);
    const owner: Owner = { pid: process.pid, host: hostname(), acquiredAt: 0, token: randomUUID(), child };
    const deadline = Date.now() + timeout;
    let wait = 5;
    for (;;) {
      owner.acquiredAt = Date.now();
      if (createExclusive(path, owner)) return { path, owner };
      const holder = readOwner(path) ?? unreadableOwner(path);
      if (holder && isStale(holder, staleAfter)) {
        this.breakStale(path, holder, staleAfter);
        continue;
      }
      if (Date.now() >= deadline) {
        throw new GatesError('GATES_E_LOCK_TIMEOUT', { name, timeout: `${timeout}ms`, owner: holder ? describeOwner(holder) : 'an unknown owner' });
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

/** O_EXCL: a lock (or a link planted under its name) that exists is never opened, let alone written through. */
function createExclusive(path: string, owner: Owner): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
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
    const owner = JSON.parse(readRegularFile(path, { maxBytes: 4096, noFollow: true }).toString('utf8')) as Owner;
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
  if (owner.host !== hostname() || isProcessAlive(owner.pid)) return false;
  // The holder is gone; a child it handed the lock to may still be in the critical section.
  if (owner.child === null) return false;
  return owner.child === undefined || !isProcessAlive(owner.child);
}

function describeOwner(owner: Owner): string {
  const child = typeof owner.child === 'number' ? ` (command pid ${owner.child})` : '';
  return `pid ${owner.pid} on ${owner.host}${child}`;
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
