/** The lock every writer of shared state takes. fs-lock-test hardens the implementation; this interface stays. */
export interface LockOptions {
  /** How long to wait for the lock, in milliseconds. */
  timeout: number;
  /** A lock held longer than this (ms) is presumed abandoned and may be taken over. */
  staleAfter: number;
}

export type Release = () => Promise<void>;

export interface Lock {
  acquire(name: string, options?: Partial<LockOptions>): Promise<Release>;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { timeout: 30_000, staleAfter: 10 * 60_000 };

/** Runs `body` holding the named lock, releasing it however `body` ends. */
export async function withLock<T>(lock: Lock, name: string, body: () => Promise<T>, options?: Partial<LockOptions>): Promise<T> {
  const release = await lock.acquire(name, options);
  try {
    return await body();
  } finally {
    await release();
  }
}
