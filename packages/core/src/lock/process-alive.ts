import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { readRegularFile } from '../safe-files/read-file.js';

/**
 * Whether a process with this id is running on this machine (EPERM: it
 * exists, owned by another user). A zombie — exited, not yet reaped, which
 * is what an orphan becomes where PID 1 does not reap (many containers) — is
 * not running: its lock and its temporary files are free to take.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

/** Linux: the state letter after the command name in /proc/<pid>/stat. Elsewhere (no /proc) a process counts as alive. */
function isZombie(pid: number): boolean {
  try {
    const stat = readRegularFile(`/proc/${pid}/stat`, { maxBytes: 4096 }).toString('utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

/**
 * A short tag of this machine's host name, for names of files that a pid
 * alone would not tie to a machine: on a state root shared between machines,
 * only the machine that wrote a file can tell whether its writer is gone.
 */
export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
