import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { extractZip, ZipRefused } from './segment-zip.js';

async function zipOf(entries: Record<string, Buffer | string>, compress = true): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(entries)) zip.addBuffer(Buffer.from(content), name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const target = () => join(mkdtempSync(join(tmpdir(), 'gates-segment-zip-')), 'out');

describe('extractZip', () => {
  test('unpacks stored and deflated files, reports in their directory', async () => {
    const into = target();
    await extractZip(await zipOf({ 'segment.json': '{"a":1}', 'reports/r.json': 'x'.repeat(5000) }), into, 1024 * 1024);
    expect(readFileSync(join(into, 'segment.json'), 'utf8')).toBe('{"a":1}');
    expect(readFileSync(join(into, 'reports', 'r.json'), 'utf8')).toHaveLength(5000);
    const stored = target();
    await extractZip(await zipOf({ 'segment.json': 'stored' }, false), stored, 100);
    expect(readFileSync(join(stored, 'segment.json'), 'utf8')).toBe('stored');
  });

  test('a deflate bomb is refused at the limit, without writing it', async () => {
    const zip = await zipOf({ 'segment.json': Buffer.alloc(64 * 1024 * 1024) });
    expect(zip.length).toBeLessThan(200 * 1024);
    const into = target();
    await expect(extractZip(zip, into, 16 * 1024 * 1024)).rejects.toThrow(ZipRefused);
    expect(existsSync(join(into, 'segment.json'))).toBe(false);
  });

  test('files that fit one by one but not together are refused', async () => {
    const zip = await zipOf({ a: Buffer.alloc(600), b: Buffer.alloc(600) });
    await expect(extractZip(zip, target(), 1000)).rejects.toThrow(/more than/);
  });

  test('not a zip, a truncated zip, paths outside the directory, a name twice: refused', async () => {
    await expect(extractZip(Buffer.from('not a zip at all, just text that is long enough'), target(), 1000)).rejects.toThrow(ZipRefused);
    const good = await zipOf({ 'segment.json': 'x'.repeat(300) });
    await expect(extractZip(good.subarray(0, 40), target(), 1000)).rejects.toThrow(ZipRefused);
    await expect(extractZip(Buffer.concat([good.subarray(0, 30), Buffer.alloc(40), good.subarray(70)]), target(), 1000)).rejects.toThrow(ZipRefused);
    // yazl refuses such names itself: zip a placeholder of the same length and patch it in both headers.
    const renamed = async (name: string, placeholder = 'Q'.repeat(name.length)) => Buffer.from((await zipOf({ [placeholder]: 'x', other: 'y' })).toString('latin1').split(placeholder).join(name), 'latin1');
    for (const name of ['../escape', 'a/../../escape', '/abs', 'a\\b', 'c:x', 'a//b']) {
      const zip = await renamed(name);
      const refused = await extractZip(zip, target(), 1000).then(() => undefined, (error: unknown) => error);
      expect(refused).toBeInstanceOf(ZipRefused);
      expect((refused as Error).message).toContain(name);
    }
    const twice = await renamed('other');
    await expect(extractZip(twice, target(), 1000)).rejects.toThrow(/twice/);
  });
});
