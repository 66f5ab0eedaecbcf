import { randomFillSync } from 'node:crypto';
import { closeSync, constants, fchmodSync, openSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { HOST_TAG, isProcessAlive } from '../lock/process-alive.js';

/**
 * Temporary files: `.<name>.gates-tmp-<pid>-<host>-<random>`, next to the file
 * they will replace. The pid and host say whose it is, so a later run can tell
 * a file left by a killed writer (removed) from one still being written (left
 * alone); the random part makes the name impossible to plant in advance.
 */
const TEMPORARY_NAME = /^\..*\.gates-tmp-(\d+)-([0-9a-f]{8})-[0-9a-f]{16}$/;
/** Keeps temporary names within NAME_MAX (255 bytes) whatever the destination's name. */
const MAX_BASE_CHARS = 100;

export function isTemporaryName(name: string): boolean {
  return TEMPORARY_NAME.test(name);
}

function temporaryName(base: string): string {
  return `.${base.slice(0, MAX_BASE_CHARS)}.gates-tmp-${process.pid}-${HOST_TAG}-${randomHex8()}`;
}

/**
 * 8 random bytes as hex, taken from a pool filled 4 KiB at a time: one
 * `randomBytes(8)` per name cost a call into OpenSSL each, 7 µs a name when a
 * restore writes 10,000 files. Every name still gets its own 8 bytes, never
 * reused.
 */
const RANDOM_POOL = Buffer.alloc(4096);
let randomTaken = RANDOM_POOL.length;

function randomHex8(): string {
  if (randomTaken === RANDOM_POOL.length) {
    randomFillSync(RANDOM_POOL);
    randomTaken = 0;
  }
  randomTaken += 8;
  return RANDOM_POOL.toString('hex', randomTaken - 8, randomTaken);
}

/**
 * O_EXCL with O_NOFOLLOW: the file is new, made by this call — never a file or
 * link someone placed under that name (a committed `.github/x.tmp -> /etc/...`
 * link is not written through).
 */
const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** Creates a new temporary file in `directory` (which must be a real, checked directory). Mode 0600 unless given. */
export function createTemporary(directory: string, base: string, mode = 0o600): { fd: number; path: string } {
  for (let attempt = 0; ; attempt++) {
    const path = join(directory, temporaryName(base));
    let fd: number;
    try {
      fd = openSync(path, CREATE_FLAGS, 0o600);
    } catch (error) {
      // 64 random bits: a collision means someone is guessing; give up rather than loop.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 3) continue;
      throw error;
    }
    try {
      // After open, so the umask does not narrow a mode copied from the file being replaced.
      if (mode !== 0o600) fchmodSync(fd, mode & 0o7777);
    } catch (error) {
      closeSync(fd);
      unlinkSync(path);
      throw error;
    }
    return { fd, path };
  }
}

const swept = new Set<string>();

/**
 * Removes temporary files left in `directory` by writers on this machine that
 * are gone (killed mid-write: a SIGKILL runs no cleanup). Once per directory
 * per process: every writer calls it before its first write to a directory.
 * Files of live processes and of other machines are left alone.
 */
export function sweepStaleTemporaries(directory: string): number {
  if (swept.has(directory)) return 0;
  swept.add(directory);
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (!match || match[2] !== HOST_TAG || Number(match[1]) === process.pid || isProcessAlive(Number(match[1]))) continue;
    try {
      unlinkSync(join(directory, name));
      removed++;
    } catch {
      // Removed by another run meanwhile, or not ours to remove: it stays.
    }
  }
  return removed;
}
