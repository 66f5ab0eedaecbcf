import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

/** A filesystem a test mounted itself: the directory as each client sees it, and how to take it down. */
export interface TestMount {
  clients: string[];
  stop(): Promise<void>;
}

/** Why a mount cannot be made on this machine (no FUSE, missing package), or undefined when it can. */
export function missingTools(commands: readonly string[]): string | undefined {
  if (process.platform !== 'linux') return `not Linux (${process.platform})`;
  try {
    readFileSync('/dev/fuse', { flag: 'r' }).length;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no /dev/fuse (FUSE not available)';
  }
  const missing = commands.filter((command) => spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0);
  return missing.length ? `missing ${missing.join(', ')} (Debian packages: see .ci/run)` : undefined;
}

export function isMounted(mountPoint: string, type: string): boolean {
  return readFileSync('/proc/self/mountinfo', 'utf8').split('\n').some((line) => line.split(' ')[4] === mountPoint && line.includes(` - ${type} `));
}

/** Polls a condition that another process makes true (a mount appearing), up to `ms`: there is no event to wait on. */
export async function until(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms}ms waiting for ${what}`);
    await delay(20);
  }
}

export function unmount(mountPoint: string): void {
  spawnSync('fusermount3', ['-u', '-z', mountPoint]);
}

/**
 * A filesystem that cannot be mounted is reported as not run, with the reason;
 * in CI (CI=true), where .ci/run installs what it needs, that fails the test.
 */
export function notRun(name: string, reason: string): void {
  const line = `${name}: not run: ${reason}`;
  if (process.env.CI === 'true') throw new Error(`${line} (CI must run it)`);
  process.stderr.write(`${line}\n`);
}
