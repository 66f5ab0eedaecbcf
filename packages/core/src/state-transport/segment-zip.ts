import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * A segment artifact's zip, unpacked by the restore itself (docs/ordering.md,
 * "Size limits"). Any step holding the runtime token can upload an artifact:
 * the artifact client's own extraction writes whatever the zip holds (16 MiB
 * of zeros deflate to 16 KiB, so a zip under the listed-size limit can fill
 * the runner's disk), and a zip it cannot read fails the whole restore after
 * its retries. Here the bytes written are counted against a limit as they are
 * inflated, and any zip that is malformed, over the limit, encrypted, zip64,
 * or names a path outside the directory is refused: the restore leaves that
 * one artifact out and goes on.
 */
export class ZipRefused extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  offset: number;
}

/** Writes the zip's files under `into` (created), at most `maxBytes` of them in all; throws ZipRefused for a zip it will not unpack. */
export function extractZip(zip: Buffer, into: string, maxBytes: number): void {
  const entries = centralDirectory(zip);
  let left = maxBytes;
  const seen = new Set<string>();
  mkdirSync(into, { recursive: true, mode: 0o700 });
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (seen.has(entry.name)) throw new ZipRefused(`it holds ${JSON.stringify(entry.name.slice(0, 80))} twice`);
    seen.add(entry.name);
    const content = inflate(zip, entry, left);
    if (content.length > left) throw new ZipRefused(`its files unpack to more than the ${maxBytes} bytes of a segment`);
    left -= content.length;
    const path = join(into, entry.name);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, content, { mode: 0o600, flag: 'wx' });
  }
}

function centralDirectory(zip: Buffer): Entry[] {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipRefused('it is not a zip (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipRefused('its central directory is malformed');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    if (at + 46 + nameLength > zip.length) throw new ZipRefused('its central directory is malformed');
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (flags & 0x1) throw new ZipRefused('it is encrypted');
    if (compressed === 0xffffffff || offset === 0xffffffff) throw new ZipRefused('it is a zip64 archive (no segment is that large)');
    if (method !== 0 && method !== 8) throw new ZipRefused(`it uses compression method ${method} (only stored and deflated)`);
    if (!isSafeName(name)) throw new ZipRefused(`it names a path outside its directory: ${JSON.stringify(name.slice(0, 80))}`);
    entries.push({ name, method, compressed, offset });
    at += 46 + nameLength + skip;
  }
  return entries;
}

/** Relative, forward slashes only, no empty, `.` or `..` part, no NUL: the path stays under the directory on every platform. */
function isSafeName(name: string): boolean {
  const parts = name.replace(/\/$/, '').split('/');
  return name.length > 0 && !/[\\\0:]/.test(name) && parts.every((part) => part !== '' && part !== '.' && part !== '..');
}

function inflate(zip: Buffer, entry: Entry, left: number): Buffer {
  const { offset } = entry;
  if (offset + 30 > zip.length || zip.readUInt32LE(offset) !== LOCAL_HEADER) throw new ZipRefused(`the local header of ${JSON.stringify(entry.name.slice(0, 80))} is malformed`);
  const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
  if (start + entry.compressed > zip.length) throw new ZipRefused(`${JSON.stringify(entry.name.slice(0, 80))} runs past the end of the zip`);
  const data = zip.subarray(start, start + entry.compressed);
  const over = () => new ZipRefused(`its files unpack to more than the limit of a segment`);
  if (entry.method === 0) {
    if (data.length > left) throw over();
    return data;
  }
  try {
    // maxOutputLength stops inflating at the limit: a deflate bomb is never written, nor held in memory whole.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, left) });
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw over();
    throw new ZipRefused(`${JSON.stringify(entry.name.slice(0, 80))} does not inflate (${(error as Error).message})`);
  }
}
