import { describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChunkStore } from './chunk-store.js';
import { sha256Hex } from './manifest.js';

// get() reads stored chunks into one reused buffer: what it returned before must not change when it reads the next one.
describe('ChunkStore.get', () => {
  test.each([['gzip'], ['none']] as const)('a chunk it returned keeps its bytes after later reads (codec %s, chunks stored plain and compressed)', (codec) => {
    const directory = mkdtempSync(join(tmpdir(), 'gates-get-'));
    try {
      const writer = new ChunkStore(directory, codec);
      // Random bytes are stored as they are (a view of the read buffer unless copied); text is compressed.
      const chunks = [randomBytes(70_000), randomBytes(70_000), Buffer.from('text '.repeat(20_000)), randomBytes(10)];
      for (const chunk of chunks) writer.put(sha256Hex(chunk), chunk);
      writer.flush();
      const reader = new ChunkStore(directory, codec);
      const got = chunks.map((chunk) => reader.get(sha256Hex(chunk), chunk.length));
      // Read again in another order: the `last` cache and the scratch buffer both in play.
      for (const chunk of [...chunks].reverse()) reader.get(sha256Hex(chunk), chunk.length);
      got.forEach((plain, index) => expect(plain.equals(chunks[index]!)).toBe(true));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('a pack entry longer than the chunk can be is refused before it is read (a damaged index)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'gates-get-'));
    try {
      const writer = new ChunkStore(directory, 'none');
      const chunk = randomBytes(1000);
      writer.put(sha256Hex(chunk), chunk);
      writer.flush();
      // Asked for fewer bytes than stored: the entry (1001 bytes) is longer than size + 1.
      expect(() => new ChunkStore(directory, 'none').get(sha256Hex(chunk), 500)).toThrow(/more than it can have/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
