import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';

/** Writes a zip of the given entries (stored or deflated) for tests. */
export async function writeZip(path: string, entries: Record<string, Buffer | string>): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name, { mode: 0o100640, compress: !name.endsWith('.png') });
  zip.end();
  await finished(zip.outputStream.pipe(createWriteStream(path)));
}
