import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { nextZipEntry, openZipEntry } from '../files/zip-entries.js';

/**
 * A segment artifact's zip, unpacked by the restore itself (docs/ordering.md,
 * "Size limits"). Any step holding the runtime token can upload an artifact:
 * the artifact client's own extraction writes whatever the zip holds (16 MiB
 * of zeros deflate to 16 KiB, so a zip under the listed-size limit can fill
 * the runner's disk), and a zip it cannot read fails the whole restore after
 * its retries. Here yauzl (already the suite's zip reader, redact-logs uses
 * it) reads the zip, and the bytes are counted against a limit as they are
 * inflated: a zip that is malformed, over the limit, encrypted, in another
 * compression method, or names a path outside the directory is refused, and
 * the restore leaves that one artifact out and goes on.
 */
export class ZipRefused extends Error {}

/** Writes the zip's files under `into` (created), at most `maxBytes` of them in all; rejects with ZipRefused for a zip it will not unpack. */
export async function extractZip(zip: Buffer, into: string, maxBytes: number): Promise<void> {
  const reader = await open(zip);
  try {
    let left = maxBytes;
    const seen = new Set<string>();
    mkdirSync(into, { recursive: true, mode: 0o700 });
    for (let entry = await nextEntry(reader); entry; entry = await nextEntry(reader)) {
      const name = entry.fileName;
      if (name.endsWith('/')) continue;
      if (!isSafeName(name)) throw new ZipRefused(`it names a path outside its directory: ${JSON.stringify(name.slice(0, 80))}`);
      if (seen.has(name)) throw new ZipRefused(`it holds ${JSON.stringify(name.slice(0, 80))} twice`);
      seen.add(name);
      // The declared size first (yauzl checks it against what inflates), then the bytes themselves as they come.
      if (entry.uncompressedSize > left) throw over(maxBytes);
      const content = await inflate(reader, entry, left, maxBytes);
      left -= content.length;
      const path = join(into, name);
      mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
      writeFileSync(path, content, { mode: 0o600, flag: 'wx' });
    }
  } finally {
    reader.close();
  }
}

/** The next entry; a zip yauzl cannot read further is a refusal. */
function nextEntry(reader: ZipFile): Promise<Entry | undefined> {
  return nextZipEntry(reader).catch((error: unknown) => Promise.reject(refusal(error)));
}

const over = (maxBytes: number) => new ZipRefused(`its files unpack to more than the ${maxBytes} bytes of a segment`);

function open(zip: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    // strictFileNames: a backslash is refused, not turned into a separator; yauzl refuses absolute and `..` paths itself.
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, reader) =>
      error ? reject(refusal(error)) : resolve(reader),
    ),
  );
}

/** The entry's bytes, inflating no more than `left` of them: a deflate bomb is never held whole, nor written. */
async function inflate(reader: ZipFile, entry: Entry, left: number, maxBytes: number): Promise<Buffer> {
  const stream = await openZipEntry(reader, entry).catch((error: unknown) => Promise.reject(refusal(error, entry.fileName)));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > left) {
        stream.destroy();
        reject(over(maxBytes));
      } else chunks.push(chunk);
    });
    stream.on('error', (streamError) => reject(refusal(streamError, entry.fileName)));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** yauzl's own words for what it would not read (truncated, encrypted, unsupported method, bad path), as a refusal. */
function refusal(error: unknown, name?: string): ZipRefused {
  if (error instanceof ZipRefused) return error;
  const reason = String((error as Error)?.message ?? error).slice(0, 200);
  return new ZipRefused(name === undefined ? `it is not a zip the restore reads (${reason})` : `${JSON.stringify(name.slice(0, 80))} cannot be read (${reason})`);
}

/** Relative, forward slashes only, no empty, `.` or `..` part, no NUL or drive colon: the path stays under the directory on every platform. */
function isSafeName(name: string): boolean {
  const parts = name.split('/');
  return name.length > 0 && !/[\\\0:]/.test(name) && parts.every((part) => part !== '' && part !== '.' && part !== '..');
}
