import { randomUUID } from 'node:crypto';
import { unlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { GatesError } from '../errors/gates-error.js';
import { writeFileAtomically } from '../safe-files/atomic-file.js';
import { makeDirectories } from '../safe-files/make-directories.js';
import { releaseOnExit } from './exit-release.js';
import { nextFence, readFence } from './fence.js';
import { filesystemOf } from './filesystem-type.js';
import { DEFAULT_LOCK_OPTIONS, type Lock, type LockOptions, type Release } from './lock.js';
import { describeOwner, isStale, newOwner, readOwner, unreadableOwner, type Owner, type SeenOwner } from './lock-owner.js';
import { createLockFile, defaultPrimitive, LOCK_PRIMITIVES, type LockPrimitive } from './lock-primitive.js';

/** A lock held for a child process: name the child as soon as it has a pid. */
export interface ChildLock {
  handOver(pid: number): void;
  release: Release;
}

/** Waits between attempts: from 1ms doubling to 100ms, each drawn at random from its upper half so waiters do not retry in step. */
const FIRST_WAIT = 1;
const LONGEST_WAIT = 100;

/**
 * A lock file `<dir>/<name>.lock` holding the owner's pid, host, boot id and
 * token, created exclusively (O_EXCL, or link(2) on NFS; see lock-primitive),
 * with a heartbeat (its mtime, touched while held) and a fencing counter. An
 * abandoned lock (see isStale) is taken over; to keep two waiters from both
 * breaking it, the breaker first takes `<name>.lock.break` the same way, then
 * re-reads the lock and removes it only if it is still the stale one it saw.
 * File operations are synchronous (each is one small syscall, and a promise
 * round trip idled longer); only the wait between attempts is asynchronous.
 */
export class LockfileLock implements Lock {
  private primitive?: LockPrimitive;

  constructor(
    private readonly directory: string,
    private readonly defaults: Partial<LockOptions> = {},
  ) {}

  async acquire(name: string, options: Partial<LockOptions> = {}): Promise<Release> {
    const { path, owner, fence, heartbeat } = await this.take(name, options, undefined);
    const stopExitRelease = releaseOnExit(path, () => releaseIfOwner(path, owner.token));
    return held(path, owner, fence, () => {
      clearInterval(heartbeat);
      stopExitRelease();
    });
  }

  /** Takes the lock for a child process about to be started; see Owner.child. Its heartbeat runs while this process lives. */
  async acquireForChild(name: string, options: Partial<LockOptions> = {}): Promise<ChildLock> {
    const { path, owner, fence, heartbeat } = await this.take(name, options, null);
    return {
      handOver: (pid) => {
        // Replaced whole (rename), so the lock file never goes missing or half-written meanwhile.
        writeFileAtomically(path, JSON.stringify({ ...owner, child: pid }), { root: this.directory });
      },
      release: held(path, owner, fence, () => clearInterval(heartbeat)),
    };
  }

  private async take(name: string, options: Partial<LockOptions>, child: null | undefined) {
    const { timeout, staleAfter, primitive } = { ...DEFAULT_LOCK_OPTIONS, ...this.defaults, ...options };
    if (!/^[\w.-]+$/.test(name)) throw new Error(`invalid lock name "${name}"`);
    makeDirectories(this.directory, 0o700);
    const how = primitive ?? this.defaultPrimitive();
    const path = join(this.directory, `${name}.lock`);
    const owner = newOwner(randomUUID(), child);
    const deadline = Date.now() + timeout;
    for (let attempt = 0; ; attempt++) {
      owner.acquiredAt = Date.now();
      if (createLockFile(how, path, JSON.stringify(owner))) {
        const fence = nextFence(`${path}.fence`);
        return { path, owner, fence, heartbeat: startHeartbeat(path, owner.token, staleAfter) };
      }
      const holder = readOwner(path) ?? unreadableOwner(path);
      if (holder && isStale(holder, staleAfter)) {
        this.breakStale(path, holder, staleAfter, how);
        continue;
      }
      if (Date.now() >= deadline) {
        throw new GatesError('GATES_E_LOCK_TIMEOUT', { name, timeout: `${timeout}ms`, owner: holderName(holder) });
      }
      // Polling is the only portable wait on a lockfile; back off, with jitter, to spare the filesystem.
      const ceiling = Math.min(LONGEST_WAIT, FIRST_WAIT * 2 ** Math.min(attempt, 10));
      await delay(Math.max(1, Math.min(ceiling / 2 + Math.random() * (ceiling / 2), deadline - Date.now())));
    }
  }

  /** GATES_LOCK_PRIMITIVE overrides; otherwise by the type of filesystem the locks live on. */
  private defaultPrimitive(): LockPrimitive {
    if (this.primitive) return this.primitive;
    const override = process.env.GATES_LOCK_PRIMITIVE;
    if (override) {
      if (!(LOCK_PRIMITIVES as readonly string[]).includes(override)) {
        throw new GatesError('GATES_E_USAGE', { detail: `GATES_LOCK_PRIMITIVE must be one of ${LOCK_PRIMITIVES.join(', ')}, got "${override}"` });
      }
      return (this.primitive = override as LockPrimitive);
    }
    return (this.primitive = defaultPrimitive(filesystemOf(this.directory)?.type));
  }

  private breakStale(path: string, seen: SeenOwner, staleAfter: number, how: LockPrimitive): void {
    const breaker = newOwner(randomUUID());
    const breakPath = `${path}.break`;
    if (!createLockFile(how, breakPath, JSON.stringify(breaker))) {
      const other = readOwner(breakPath) ?? unreadableOwner(breakPath);
      if (other && isStale(other, staleAfter)) removeQuietly(breakPath);
      return;
    }
    try {
      const current = readOwner(path) ?? unreadableOwner(path);
      if (current && current.owner.token === seen.owner.token) removeQuietly(path);
    } finally {
      releaseIfOwner(breakPath, breaker.token);
    }
  }
}

function holderName(holder: SeenOwner | undefined): string {
  if (!holder) return 'an unknown owner';
  return holder.unreadable ? 'a process that has not written its owner record yet' : describeOwner(holder.owner);
}

function held(path: string, owner: Owner, fence: number, stop: () => void): Release {
  const release = async () => {
    stop();
    releaseIfOwner(path, owner.token);
  };
  return Object.assign(release, {
    fence,
    assertHeld: () => {
      const current = readOwner(path);
      const latest = readFence(`${path}.fence`);
      if (current?.owner.token !== owner.token || latest !== fence) {
        throw new GatesError('GATES_E_LOCK_LOST', { name: path, fence: String(fence), latest: String(latest ?? 'unreadable') });
      }
    },
  });
}

/**
 * Touches the lock file's mtime while it is held, so waiters can tell a live
 * holder from one that stopped (killed elsewhere, or frozen). Unref'd: it never
 * keeps the process alive.
 */
function startHeartbeat(path: string, token: string, staleAfter: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    if (readOwner(path)?.owner.token !== token) return;
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // Released or broken meanwhile: the fencing check tells the holder.
    }
  }, Math.max(50, Math.floor(staleAfter / 4)));
  timer.unref();
  return timer;
}

function releaseIfOwner(path: string, token: string): void {
  if (readOwner(path)?.owner.token === token) removeQuietly(path);
}

/** Removes a lock file; one already gone (released or broken by another) is fine. */
function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already.
  }
}
