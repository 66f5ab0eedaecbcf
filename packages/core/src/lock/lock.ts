import type { LockPrimitive } from './lock-primitive.js';

/** The lock every writer of shared state takes. */
export interface LockOptions {
  /** How long to wait for the lock, in milliseconds. */
  timeout: number;
  /** A holder whose heartbeat has stopped this long (ms) is presumed gone; see isStale. */
  staleAfter: number;
  /** How the lock file is created; default chosen by the filesystem type (defaultPrimitive). */
  primitive?: LockPrimitive;
}

/**
 * Releases the lock (a function, so `await release()` reads as before), and
 * carries the fencing token: a number that grows with every acquisition of
 * this lock. `assertHeld()` before a commit throws GATES_E_LOCK_LOST when
 * the lock was taken over meanwhile (this holder was frozen past staleAfter).
 */
export type Release = (() => Promise<void>) & { readonly fence: number; assertHeld(): void };

export interface Lock {
  acquire(name: string, options?: Partial<LockOptions>): Promise<Release>;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { timeout: 30_000, staleAfter: 10 * 60_000 };

/** Runs `body` holding the named lock, releasing it however `body` ends. */
export async function withLock<T>(lock: Lock, name: string, body: (held: Release) => Promise<T>, options?: Partial<LockOptions>): Promise<T> {
  const release = await lock.acquire(name, options);
  try {
    return await body(release);
  } finally {
    await release();
  }
}

/**
 * Takes several locks without deadlock: always in one order (sorted by
 * name), so two processes that need the same locks never each hold one the
 * other waits for. Code that nests withLock calls must keep that order too.
 * If one cannot be taken, those already taken are released.
 */
export async function acquireAll(lock: Lock, names: readonly string[], options?: Partial<LockOptions>): Promise<() => Promise<void>> {
  const ordered = [...new Set(names)].sort();
  const releases: Release[] = [];
  const releaseAll = async () => {
    for (const release of releases.reverse()) await release();
  };
  try {
    for (const name of ordered) releases.push(await lock.acquire(name, options));
  } catch (error) {
    await releaseAll();
    throw error;
  }
  return releaseAll;
}
