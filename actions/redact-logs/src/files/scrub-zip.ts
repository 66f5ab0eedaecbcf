import { closeSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import yauzl, { type ZipFile as ZipReader } from 'yauzl';
import yazl from 'yazl';
import { nextZipEntry, openRegularFile, openZipEntry } from '@gates/core';
import { ScrubRefusal, ScrubTransform } from '../scrub/scrub-transform.js';
import type { ScrubEngine } from '../scrub/scrub-engine.js';
import { addOccurrences, type FileOutcome } from './file-outcome.js';
import { openTarget, type Destination } from './scrub-target.js';

/**
 * Re-packs a zip with every entry scrubbed, one entry at a time (memory is one
 * entry's window, not the archive). Names, times, permissions and whether an
 * entry was compressed are kept. Encrypted entries cannot be scrubbed: the
 * archive is refused.
 */
export async function scrubZip(source: string, destination: Destination, engine: ScrubEngine, maxBytes: number, display: string): Promise<FileOutcome> {
  const reader = await openZip(source);
  const target = openTarget(destination);
  const writer = new yazl.ZipFile();
  const written = finished(writer.outputStream.pipe(target.sink()));
  const outcome: FileOutcome = { display, kind: 'zip', status: 'clean', occurrences: new Map(), replacements: 0, entries: { scrubbed: 0, passedThrough: 0 }, knownLeft: 0 };
  try {
    for (let entry = await nextZipEntry(reader); entry; entry = await nextZipEntry(reader)) {
      const options = { mtime: entry.getLastModDate(), mode: entry.externalFileAttributes >>> 16 || undefined };
      if (entry.fileName.endsWith('/')) {
        writer.addEmptyDirectory(entry.fileName, options);
        continue;
      }
      if (entry.isEncrypted()) throw new ScrubRefusal(`entry ${entry.fileName} is encrypted and cannot be scrubbed`);
      const scrub = new ScrubTransform(engine, maxBytes);
      const input = await openZipEntry(reader, entry);
      input.on('error', (error) => scrub.destroy(error));
      writer.addReadStream(input.pipe(scrub), entry.fileName, { ...options, compress: entry.compressionMethod !== 0 });
      await finished(scrub);
      addOccurrences(outcome.occurrences, scrub.outcome.occurrences);
      outcome.replacements! += scrub.outcome.replacements;
      outcome.knownLeft! += scrub.outcome.knownLeft;
      if (scrub.outcome.scrubbed) outcome.entries!.scrubbed++;
      else outcome.entries!.passedThrough++;
    }
    writer.end();
    await written;
  } catch (error) {
    reader.close();
    target.abandon();
    throw error;
  }
  outcome.status = outcome.occurrences.size > 0 ? 'redacted' : 'clean';
  if (outcome.status === 'clean' && destination.path === source) target.abandon();
  else target.commit();
  return outcome;
}

/** Opened as every file is (regular file, no link followed); yauzl reads the descriptor and closes it when done. */
function openZip(path: string): Promise<ZipReader> {
  const { fd } = openRegularFile(path, { noFollow: true });
  return new Promise((resolve, reject) =>
    yauzl.fromFd(fd, { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (!error) return resolve(zip);
      closeSync(fd);
      reject(error);
    }),
  );
}
