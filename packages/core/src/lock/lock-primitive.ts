import { closeSync, constants, linkSync, openSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { GatesError } from '../errors/gates-error.js';
import { createTemporary } from '../safe-files/temp-files.js';

/** How a lock file is created exclusively. */
export type LockPrimitive = 'o_excl' | 'link';
export const LOCK_PRIMITIVES: readonly LockPrimitive[] = ['o_excl', 'link'];

/**
 * The default per filesystem type, from what fs-lock-test measured (see
 * fs-lock-test/README.md): NFS clients may not make O_EXCL atomic across
 * machines, while link(2) is atomic on the server and its result can be
 * checked by the link count; everywhere else O_EXCL is atomic and needs one
 * file instead of two (SMB shares have no hard links).
 */
export function defaultPrimitive(filesystemType: string | undefined): LockPrimitive {
  return filesystemType && /^nfs/.test(filesystemType) ? 'link' : 'o_excl';
}

/** Creates `path` holding `content` if nothing is there; false when it exists. */
export function createLockFile(primitive: LockPrimitive, path: string, content: string): boolean {
  return primitive === 'link' ? createByLink(path, content) : createExclusive(path, content);
}

/** O_EXCL: a lock (or a link planted under its name) that exists is never opened, let alone written through. */
function createExclusive(path: string, content: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw filesystemError(path, error);
  }
  // No fsync: after a crash the holder is gone and the boot id differs, so the record need not survive one.
  try {
    writeSync(descriptor, content);
  } finally {
    closeSync(descriptor);
  }
  return true;
}

/**
 * The NFS-safe trick (open(2)): write the record to a unique file, link it
 * to the lock's name, and trust the unique file's link count, not link()'s
 * answer (a retransmitted LINK can report EEXIST for a link that was made).
 */
function createByLink(path: string, content: string): boolean {
  const directory = path.slice(0, path.lastIndexOf('/'));
  const temporary = createTemporary(directory, path.slice(directory.length + 1));
  try {
    try {
      writeSync(temporary.fd, content);
    } finally {
      closeSync(temporary.fd);
    }
    try {
      linkSync(temporary.path, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw filesystemError(path, error, code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS');
    }
    return statSync(temporary.path).nlink === 2;
  } finally {
    try {
      unlinkSync(temporary.path);
    } catch {
      // Removed already.
    }
  }
}

function filesystemError(path: string, error: unknown, noLinks = false): GatesError {
  return new GatesError(
    'GATES_E_FILESYSTEM',
    { path, reason: (error as Error).message },
    noLinks ? { hint: 'This filesystem has no hard links: set the lock primitive to o_excl (GATES_LOCK_PRIMITIVE=o_excl), after checking it with gates fs-lock-test.' } : undefined,
  );
}
