import type { Readable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';

/**
 * yauzl's callback-and-event reading as promises, for a reader opened with
 * `lazyEntries: true` (one entry at a time: a zip with a million entries is
 * never listed in memory). Shared by every zip the suite reads (state segment
 * artifacts, redact-logs' zipped logs), so the listener bookkeeping is written
 * once: each call removes the listeners it added, whichever event settles it.
 */

/** The next entry, or undefined after the last; rejects with yauzl's error for a zip it cannot read further. */
export function nextZipEntry(reader: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const settle = (callback: () => void) => {
      reader.off('entry', onEntry).off('end', onEnd).off('error', onError);
      callback();
    };
    const onEntry = (entry: Entry) => settle(() => resolve(entry));
    const onEnd = () => settle(() => resolve(undefined));
    const onError = (error: Error) => settle(() => reject(error));
    reader.on('entry', onEntry).on('end', onEnd).on('error', onError);
    reader.readEntry();
  });
}

/** The entry's inflated bytes as a stream (yauzl checks them against the declared size when `validateEntrySizes` is set). */
export function openZipEntry(reader: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => reader.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
}
