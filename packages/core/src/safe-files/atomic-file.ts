import { closeSync, fsyncSync, renameSync, rmSync, writeSync } from 'node:fs';
import { Writable } from 'node:stream';
import { basename, dirname } from 'node:path';
import { GatesError } from '../errors/gates-error.js';
import { containedPath } from './contained-path.js';
import { createTemporary, sweepStaleTemporaries } from './temp-files.js';
import { Utf8Writer } from './text-writer.js';

export interface AtomicFileOptions {
  /** The directory the file must stay inside (workspace, state root, output directory): see containedPath. */
  root: string;
  /** Permission bits of the finished file (default 0600). */
  mode?: number;
  /** Mode of directories created on the way (default 0777 less the umask; 0700 for state). */
  directoryMode?: number;
  /** fsync before the rename: for small state files whose loss would break a chain (the ledger head). */
  durable?: boolean;
}

/**
 * A file written beside its destination under a temporary name and renamed
 * over it only when complete, so a reader, or a run killed half way, sees the
 * old file or the new one, never half of one. Every atomic write in the suite
 * goes through here: the destination's directory is resolved and checked to
 * be inside the root, the temporary file is created new (O_EXCL|O_NOFOLLOW)
 * under an unpredictable name, and temporaries that killed writers left in
 * that directory are removed first.
 */
export class AtomicFile {
  /** The real path the file is renamed to. */
  readonly destination: string;
  readonly temporary: string;
  readonly fd: number;
  private finished = false;

  constructor(destination: string, private readonly options: AtomicFileOptions) {
    this.destination = containedPath(options.root, destination, { createDirectories: true, directoryMode: options.directoryMode });
    const directory = dirname(this.destination);
    sweepStaleTemporaries(directory);
    try {
      ({ fd: this.fd, path: this.temporary } = createTemporary(directory, basename(this.destination), options.mode));
    } catch (error) {
      throw new GatesError('GATES_E_FILESYSTEM', { path: destination, reason: `cannot create a temporary file beside it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }, { cause: error });
    }
  }

  /** Appends all of `bytes`; refused once committed or abandoned (a late stream write must not reach a reused descriptor). */
  write(bytes: Uint8Array): void {
    if (this.finished) throw new Error(`${this.temporary} is already closed`);
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
  }

  /**
   * Appends all of `text` as UTF-8, a chunk at a time through one reused buffer (text-writer.ts): reports run to
   * megabytes, and encoding one whole (writeFileSync does, into memory of its size) cost a page fault per 4 KB.
   */
  writeText(text: string): void {
    if (this.finished) throw new Error(`${this.temporary} is already closed`);
    const writer = this.textWriter();
    writer.write(text);
    writer.end();
  }

  /** A writer that appends the UTF-8 of the text given to it piece by piece; end() it before commit(). */
  textWriter(): Utf8Writer {
    return new Utf8Writer((bytes) => this.write(bytes));
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
    if (this.options.durable) fsyncSync(this.fd);
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

/** Writes a whole file atomically (see AtomicFile); returns the real path written. */
export function writeFileAtomically(destination: string, content: string | Uint8Array, options: AtomicFileOptions): string {
  return writeThrough(destination, options, (file) => (typeof content === 'string' ? file.writeText(content) : file.write(content)));
}

/** What writes a text piece by piece into a sink (a renderer that never holds its whole output). */
export type TextSource = (sink: (piece: string) => void) => void;

/** Writes a file atomically from text given piece by piece (see AtomicFile, Utf8Writer); returns the real path written. */
export function writeTextAtomically(destination: string, source: TextSource, options: AtomicFileOptions): string {
  return writeThrough(destination, options, (file) => {
    const writer = file.textWriter();
    source((piece) => writer.write(piece));
    writer.end();
  });
}

/** Creates the temporary file, lets `write` fill it, then renames it into place; on any error removes it and rethrows. */
function writeThrough(destination: string, options: AtomicFileOptions, write: (file: AtomicFile) => void): string {
  const file = new AtomicFile(destination, options);
  try {
    write(file);
    file.commit();
  } catch (error) {
    file.abandon();
    throw error;
  }
  return file.destination;
}
