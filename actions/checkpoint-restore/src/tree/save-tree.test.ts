import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chunkLengths } from '../chunking/content-chunker.js';
import { ChunkStore } from '../store/chunk-store.js';
import { sha256Hex, type ManifestEntry } from '../store/manifest.js';
import { BATCH_BYTES } from './chunk-batches.js';
import { saveTree } from './save-tree.js';
import { walkTree } from './walk-tree.js';

let base: string;
const mixed = (size: number) => Buffer.concat([randomBytes(size >> 1), Buffer.from('a line of text that compresses\n'.repeat(Math.ceil(size / 62)))]).subarray(0, size);

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'gates-save-tree-'));
  const out = join(base, 'ws', 'out');
  mkdirSync(join(out, 'many'), { recursive: true });
  // Small files fill batches; their sizes walk every offset class so some file starts right before a batch ends.
  for (let index = 0; index < 150; index++) writeFileSync(join(out, 'many', `f${String(index).padStart(3, '0')}.bin`), mixed(1 + index * 997));
  // Bigger than a batch: cut across batch borders, its tail carried into the next batch.
  writeFileSync(join(out, 'big.bin'), mixed(2 * BATCH_BYTES + 12_345));
  writeFileSync(join(out, 'copy-a.txt'), mixed(300_000).toString('base64'));
  writeFileSync(join(out, 'copy-b.txt'), readFileSync(join(out, 'copy-a.txt')));
  writeFileSync(join(out, 'empty'), '');
  writeFileSync(join(out, 'zeros'), Buffer.alloc(3 * 1024 * 1024));
  writeFileSync(join(out, 'random'), randomBytes(700_000));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

async function saveWith(workers: number, storeName = `store-${workers}`) {
  const store = new ChunkStore(join(base, storeName), 'gzip');
  mkdirSync(store.directory, { recursive: true });
  const saved = await saveTree(walkTree(['out'], join(base, 'ws')), store, { workers });
  store.flush();
  const packs = readdirSync(store.packsDirectory).filter((name) => name.endsWith('.pack'));
  return { ...saved, store, packs: packs.map((name) => readFileSync(join(store.packsDirectory, name))) };
}

describe('saveTree', () => {
  test('cuts every file where the whole-file chunker cuts it, and names each chunk by its hash', async () => {
    const { entries } = await saveWith(2);
    const files = entries.filter((entry): entry is Extract<ManifestEntry, { type: 'file' }> => entry.type === 'file');
    expect(files).toHaveLength(156);
    for (const file of files) {
      const bytes = readFileSync(join(base, 'ws', file.path));
      expect(file.chunks.map((chunk) => chunk.size)).toEqual(bytes.length === 0 ? [] : chunkLengths(bytes));
      let offset = 0;
      for (const chunk of file.chunks) {
        expect(chunk.sha256).toBe(sha256Hex(bytes.subarray(offset, offset + chunk.size)));
        offset += chunk.size;
      }
    }
  });

  test('gives the same manifest and the same pack, byte for byte, whatever the number of worker threads', async () => {
    const onMain = await saveWith(0);
    expect(onMain.packs).toHaveLength(1);
    for (const workers of [1, 3]) {
      const threaded = await saveWith(workers);
      expect(threaded.entries).toEqual(onMain.entries);
      expect(threaded.totals).toEqual({ ...onMain.totals, workers });
      expect(onMain.totals.workers).toBe(0);
      expect(threaded.packs).toHaveLength(1);
      expect(threaded.packs[0]!.equals(onMain.packs[0]!)).toBe(true);
    }
    // The two copies and the zero chunks of `zeros` are stored once.
    expect(onMain.totals.newChunks).toBe(new Set(onMain.entries.flatMap((entry) => (entry.type === 'file' ? entry.chunks.map((chunk) => chunk.sha256) : []))).size);
  });

  test('a second save stores nothing the store has (the workers are told what it holds)', async () => {
    const first = await saveWith(2, 'store-again');
    expect(first.totals.newChunks).toBeGreaterThan(0);
    const again = await saveTree(walkTree(['out'], join(base, 'ws')), first.store, { workers: 2 });
    expect(again.entries).toEqual(first.entries);
    expect(again.totals).toMatchObject({ newChunks: 0, newBytes: 0, chunks: first.totals.chunks });
  });

  test('every stored chunk reads back as its plain bytes', async () => {
    const { entries, store } = await saveWith(2, 'store-read');
    const reader = new ChunkStore(store.directory, 'gzip');
    for (const entry of entries) {
      if (entry.type !== 'file') continue;
      const bytes = readFileSync(join(base, 'ws', entry.path));
      const back = Buffer.concat(entry.chunks.map((chunk) => reader.get(chunk.sha256, chunk.size)));
      expect(back.equals(bytes)).toBe(true);
    }
  });
});
