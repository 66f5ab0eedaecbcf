import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { basename, dirname, join } from 'node:path';

/**
 * A file written next to its destination and renamed over it only when
 * complete, so an interrupted or killed run leaves the old file or the new
 * one, never half of one. The source's permission bits are kept. No fsync:
 * it cost a third of the run time on a 1 GiB log, and what it adds (surviving
 * a power loss) does not matter on a runner, where a crashed machine ends the
 * job and its uploads with it.
 */
/** Names of temporary files (`.<name>.gates-redact-<pid>-<hex>.tmp`): never scrubbed themselves, removed once their writer is gone. */
export const TEMPORARY_NAME = /^\..+\.gates-redact-(\d+)-[0-9a-f]{8}\.tmp$/;

export class AtomicTarget {
  readonly temporary: string;
  readonly fd: number;
  private finished = false;

  constructor(
    readonly destination: string,
    mode: number,
  ) {
    mkdirSync(dirname(destination), { recursive: true });
    this.temporary = join(dirname(destination), `.${basename(destination)}.gates-redact-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    // O_EXCL: never write through a file or link someone placed there.
    this.fd = openSync(this.temporary, 'wx', 0o600);
    // After open, so the umask does not narrow the source's permissions.
    fchmodSync(this.fd, mode & 0o7777);
  }

  /** Appends all of `bytes`; refused once committed or abandoned (a late stream write must not reach a reused descriptor). */
  write(bytes: Uint8Array): void {
    if (this.finished) throw new Error(`${this.temporary} is already closed`);
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
  }

  /**
   * A stream that appends to the file without owning its descriptor. A write
   * stream given the descriptor would close it when destroyed (pipeline does
   * that on error, autoClose: false or not), asynchronously: after abandon()
   * had closed it and the number was reused by the next file, which then lost
   * its descriptor (EBADF) or had its writes go nowhere.
   */
  sink(): Writable {
    return new Writable({
      write: (chunk: Buffer, _encoding, callback) => {
        try {
          this.write(chunk);
          callback();
        } catch (error) {
          callback(error as Error);
        }
      },
    });
  }

  commit(): void {
    closeSync(this.fd);
    this.finished = true;
    renameSync(this.temporary, this.destination);
  }

  abandon(): void {
    // Only commit() and abandon() close the descriptor, once.
    if (!this.finished) closeSync(this.fd);
    this.finished = true;
    rmSync(this.temporary, { force: true });
  }
}

/**
 * A temporary file of a killed run (it holds only already-scrubbed bytes):
 * not a file to scrub; removed when the process that wrote it is gone.
 */
export function isLeftoverTemporary(path: string): boolean {
  const match = TEMPORARY_NAME.exec(basename(path));
  if (!match) return false;
  if (!isAlive(Number(match[1]))) rmSync(path, { force: true });
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

