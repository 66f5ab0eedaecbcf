import { statSync } from 'node:fs';
import { hostname } from 'node:os';
import { readRegularFile } from '../safe-files/read-file.js';
import { isProcessAlive } from './process-alive.js';

/** What a lock file says about its holder. */
export interface Owner {
  pid: number;
  host: string;
  /** The kernel's boot id: the same pid after a reboot is another process. */
  boot: string;
  acquiredAt: number;
  token: string;
  /**
   * A child process the lock is handed to (`gates lock exec`): the lock stays
   * held while it lives, even if `pid` is killed. `null`: announced before the
   * child starts, so a holder killed before it could name the child leaves a
   * lock that only its stopped heartbeat makes stale.
   */
  child?: number | null;
}

/** An owner record and the time of its last heartbeat (the lock file's mtime). */
export interface SeenOwner {
  owner: Owner;
  heartbeat: number;
  /** The file holds no owner record (see unreadableOwner). */
  unreadable?: true;
}

/**
 * How long a lock file may stay without an owner record before it counts as
 * abandoned. Its creator writes the record in the syscall right after the
 * exclusive create, so a record still missing seconds later means the creator
 * was killed in between (or frozen there: its late commits are refused by
 * the fencing check, as for any holder taken over). Shorter than the default
 * wait (30 s), or a waiter would time out behind a dead creator.
 */
export const UNREADABLE_GRACE_MS = 5_000;

export const BOOT_ID = readBootId();

function readBootId(): string {
  try {
    return readRegularFile('/proc/sys/kernel/random/boot_id', { maxBytes: 100 }).toString('utf8').trim();
  } catch {
    return '';
  }
}

export function newOwner(token: string, child?: null): Owner {
  return { pid: process.pid, host: hostname(), boot: BOOT_ID, acquiredAt: Date.now(), token, child };
}

export function readOwner(path: string): SeenOwner | undefined {
  try {
    const owner = JSON.parse(readRegularFile(path, { maxBytes: 4096, noFollow: true }).toString('utf8')) as Owner;
    if (typeof owner.token !== 'string') return undefined;
    return { owner, heartbeat: statSync(path).mtimeMs };
  } catch {
    // Missing (released meanwhile) or half-written by a creator that is still writing.
    return undefined;
  }
}

/**
 * A lockfile whose owner record cannot be read: its creator died between the
 * exclusive create and the write. It stands for a foreign owner whose last
 * heartbeat is the file's mtime.
 */
export function unreadableOwner(path: string): SeenOwner | undefined {
  try {
    const info = statSync(path);
    return { owner: { pid: -1, host: '', boot: '', acquiredAt: info.mtimeMs, token: `unreadable@${info.mtimeMs}` }, heartbeat: info.mtimeMs, unreadable: true };
  } catch {
    return undefined;
  }
}

/**
 * Stale means the holder can no longer be in its critical section. On this
 * machine (same host and boot id) a dead pid — and no live child it handed
 * the lock to — is proof. A live pid proves nothing once its heartbeat has
 * stopped for staleAfter (pid reused, or the holder frozen: its fencing
 * check refuses its late commit). Another machine's holder, or one from
 * before a reboot, is judged by its heartbeat alone. Age alone never is.
 */
export function isStale({ owner, heartbeat, unreadable }: SeenOwner, staleAfter: number, now = Date.now()): boolean {
  if (unreadable) return now - heartbeat > Math.min(staleAfter, UNREADABLE_GRACE_MS);
  const silent = now - heartbeat > staleAfter;
  if (owner.host !== hostname()) return silent;
  if (owner.boot && BOOT_ID && owner.boot !== BOOT_ID) return true;
  if (isProcessAlive(owner.pid)) return silent;
  if (owner.child === null) return silent;
  return owner.child === undefined || !isProcessAlive(owner.child) || silent;
}

export function describeOwner(owner: Owner): string {
  const child = typeof owner.child === 'number' ? ` (command pid ${owner.child})` : '';
  return `pid ${owner.pid} on ${owner.host}${child}`;
}
