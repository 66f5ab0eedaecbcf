import { closeSync, readSync, type Stats } from 'node:fs';
import { GatesError, openRegularFile, UnreadableFile } from '@gates/core';
import { knownValueSearch, scrubberFor, type ScrubEngine } from '../scrub/scrub-engine.js';
import { ScrubRefusal } from '../scrub/scrub-transform.js';
import type { ArchivePolicy } from '../policy/redact-policy.js';
import { classifyContent, SNIFF_BYTES } from './classify.js';
import { binaryLeftAsItIs, type FileOutcome } from './file-outcome.js';
import { openTarget, type Destination } from './scrub-target.js';
import { scrubGzip } from './scrub-gzip.js';
import { scrubZip } from './scrub-zip.js';

const READ_BYTES = 1024 * 1024;

export interface ScrubFileOptions {
  engine: ScrubEngine;
  /** The directory `destination` must stay inside (the workspace, the directory a pattern names, output-dir). */
  root: string;
  archives: ArchivePolicy;
  maxFileBytes: number;
}

/**
 * Scrubs one file into `destination` (itself, in place, or a copy under
 * output-dir). Never throws for a file's own problems (unreadable, too large,
 * broken archive): they come back as an outcome, so one bad file does not
 * stop the others, and the report says which files were not scrubbed.
 */
export async function scrubFile(source: string, destination: string, display: string, options: ScrubFileOptions): Promise<FileOutcome> {
  let fd: number | undefined;
  try {
    // No link followed (one swapped in after discovery is refused, not written through); a FIFO or device is refused unread.
    let stats: Stats;
    try {
      ({ fd, stats } = openRegularFile(source, { noFollow: true }));
    } catch (error) {
      if (error instanceof UnreadableFile && error.kind === 'not-regular') return notScrubbed(display, 'skipped', 'not a regular file');
      throw error;
    }
    if (stats.size > options.maxFileBytes) return notScrubbed(display, 'refused', `larger than max-file-size (${stats.size} bytes)`);
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, stats.size));
    readSync(fd, head, 0, head.length, 0);
    const kind = classifyContent(head);
    if (kind === 'gzip' || kind === 'zip') {
      closeSync(fd);
      fd = undefined;
      if (options.archives === 'skip') return { display, kind, status: 'skipped', reason: 'archive (policy archives: skip)', occurrences: new Map() };
      if (options.archives === 'refuse') return { display, kind, status: 'refused', reason: 'archive (policy archives: refuse)', occurrences: new Map() };
      const scrub = kind === 'gzip' ? scrubGzip : scrubZip;
      return await scrub(source, { path: destination, root: options.root, mode: stats.mode }, options.engine, options.maxFileBytes, display);
    }
    if (kind === 'binary' && options.engine.binary !== 'scrub') {
      const search = knownValueSearch(options.engine);
      readAll(fd, (chunk) => search.push(chunk));
      return binaryLeftAsItIs(display, kind, options.engine.binary, search.end());
    }
    return scrubPlain(fd, { path: destination, root: options.root, mode: stats.mode }, destination === source, display, kind, options.engine);
  } catch (error) {
    // A destination that leads outside its root (a link swapped in since discovery) is refused like a policy refusal.
    const refused = error instanceof ScrubRefusal || (error instanceof GatesError && error.code === 'GATES_E_PATH_OUTSIDE');
    const reason = refused ? (error as Error).message : describeIoError(error);
    return notScrubbed(display, refused ? 'refused' : 'failed', reason);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The fast path for plain files: synchronous reads into the scrubber, written to a temporary file renamed into place. */
function scrubPlain(fd: number, destination: Destination, inPlace: boolean, display: string, kind: 'text' | 'binary', engine: ScrubEngine): FileOutcome {
  const target = openTarget(destination);
  const scrubber = scrubberFor(engine, kind, (bytes) => target.write(bytes));
  try {
    readAll(fd, (chunk) => scrubber.push(chunk));
    scrubber.end();
  } catch (error) {
    target.abandon();
    throw error;
  }
  const found = scrubber.occurrences.size > 0;
  // Nothing found: the original stays as it was, mtime included.
  if (inPlace && !found) target.abandon();
  else target.commit();
  return { display, kind, status: found ? 'redacted' : 'clean', occurrences: scrubber.occurrences, replacements: scrubber.replacements };
}

/** The whole file in 1 MiB reads, through one reused buffer (the consumer copies what it keeps). */
function readAll(fd: number, consume: (chunk: Buffer) => void): void {
  const chunk = Buffer.allocUnsafe(READ_BYTES);
  for (let position = 0; ; ) {
    const read = readSync(fd, chunk, 0, READ_BYTES, position);
    if (read === 0) break;
    position += read;
    consume(chunk.subarray(0, read));
  }
}

function notScrubbed(display: string, status: 'skipped' | 'refused' | 'failed', reason: string): FileOutcome {
  return { display, kind: 'text', status, reason, occurrences: new Map() };
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP' || (error instanceof UnreadableFile && error.kind === 'symlink')) return 'symbolic link (not followed)';
  if (error instanceof UnreadableFile && error.kind === 'missing') return 'disappeared while scrubbing';
  if (code === 'ENOENT') return 'disappeared while scrubbing';
  if (code === 'ENOSPC') return 'no space left to write the scrubbed copy';
  if (error instanceof GatesError) return error.message;
  return `${code ?? 'error'}: ${(error as Error).message}`;
}
