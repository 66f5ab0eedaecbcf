import { describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { decodeChunk, encodeChunkParts } from './codec.js';
import { looksIncompressible } from './encode-chunk.js';

const text = (length: number) => Buffer.from('export function handler(event) { return { status: 200, body: JSON.stringify(event) }; }\n'.repeat(Math.ceil(length / 80))).subarray(0, length);

describe('looksIncompressible', () => {
  test('random bytes (compressed or encrypted files) look incompressible, every time', () => {
    for (let trial = 0; trial < 200; trial++) expect(looksIncompressible(randomBytes(20_000 + trial * 997))).toBe(true);
    expect(looksIncompressible(gzipSync(randomBytes(100_000).toString('base64')))).toBe(true);
  });

  test('text, base64, hex, zeros and small chunks do not', () => {
    expect(looksIncompressible(text(64 * 1024))).toBe(false);
    expect(looksIncompressible(Buffer.from(randomBytes(48 * 1024).toString('base64')))).toBe(false);
    expect(looksIncompressible(Buffer.from(randomBytes(32 * 1024).toString('hex')))).toBe(false);
    expect(looksIncompressible(Buffer.alloc(64 * 1024))).toBe(false);
    // Under four samples' worth: compressed as before.
    expect(looksIncompressible(randomBytes(2047))).toBe(false);
  });

  test('a compressible part at any sample point makes the chunk compressible', () => {
    const size = 90_000;
    for (const at of [0, 0.33, 0.66, 1]) {
      const chunk = randomBytes(size);
      const from = Math.min(Math.floor(size * at), size - 4096);
      text(4096).copy(chunk, from);
      expect(looksIncompressible(chunk)).toBe(false);
    }
  });
});

describe('encodeChunkParts', () => {
  test('stores random bytes as they are, without running the compressor, and compresses text', () => {
    const random = randomBytes(70_000);
    expect(encodeChunkParts(random, 'gzip')).toEqual({ tag: Buffer.from([0]), body: random });
    const plain = text(70_000);
    const { tag, body } = encodeChunkParts(plain, 'gzip');
    expect(tag[0]).toBe(1);
    expect(body.length).toBeLessThan(plain.length / 10);
    expect(decodeChunk(Buffer.concat([tag, body]), plain.length).equals(plain)).toBe(true);
  });
});
