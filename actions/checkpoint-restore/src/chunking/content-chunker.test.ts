import { describe, expect, test } from '@jest/globals';
import { createCipheriv, randomBytes } from 'node:crypto';
import { chunkLengths, DEFAULT_CHUNK_SIZES, findBoundary, masksFor, spreadMask } from './content-chunker.js';

const sizes = DEFAULT_CHUNK_SIZES;

function chunksOf(data: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let offset = 0;
  for (const length of chunkLengths(data)) {
    out.push(data.subarray(offset, offset + length));
    offset += length;
  }
  return out;
}

/** Bytes that look random and are the same for a seed: an AES-CTR key stream. */
function seededNoise(length: number, seed: number): Buffer {
  const key = Buffer.alloc(32);
  key.writeUInt32BE(seed);
  return createCipheriv('aes-256-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}

describe('content-defined chunking', () => {
  test('chunks cover the input exactly, each between min and max (the last may be shorter)', () => {
    const data = randomBytes(8 * 1024 * 1024);
    const lengths = chunkLengths(data);
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(data.length);
    for (const length of lengths.slice(0, -1)) {
      expect(length).toBeGreaterThanOrEqual(sizes.min);
      expect(length).toBeLessThanOrEqual(sizes.max);
    }
    // Normalised chunking keeps the average near the target (64 KiB): within a factor of 1.5 on 8 MiB of noise.
    const average = data.length / lengths.length;
    expect(average).toBeGreaterThan(sizes.average / 1.5);
    expect(average).toBeLessThan(sizes.average * 1.5);
  });

  test('an insertion moves only the chunks around it: most chunks are shared (the point of content-defined cuts)', () => {
    // Seeded noise, so the test gives the same answer every run: on fresh random bytes an insertion changes one chunk
    // in about 149 of 150 trials and three in the rest (the cut after the insertion can fall within the next chunk's
    // minimum size and take one more chunk to find the old cuts again), which made a bound of two fail now and then.
    const changedChunks: number[] = [];
    for (let seed = 0; seed < 20; seed++) {
      const data = seededNoise(2 * 1024 * 1024, seed);
      const at = 100_000 + ((seed * 91_711) % 1_800_000);
      const edited = Buffer.concat([data.subarray(0, at), Buffer.from('inserted bytes'), data.subarray(at)]);
      const before = new Set(chunksOf(data).map((chunk) => chunk.toString('base64')));
      changedChunks.push(chunksOf(edited).filter((chunk) => !before.has(chunk.toString('base64'))).length);
    }
    expect(Math.max(...changedChunks)).toBeLessThanOrEqual(3);
    expect(changedChunks.filter((changed) => changed === 1).length).toBeGreaterThanOrEqual(18);
  });

  test('fixed-size cutting would share nothing after the same insertion (why content-defined)', () => {
    const data = randomBytes(1024 * 1024);
    const edited = Buffer.concat([Buffer.from('x'), data]);
    const fixed = (buffer: Buffer) => Array.from({ length: Math.ceil(buffer.length / sizes.average) }, (_, i) => buffer.subarray(i * sizes.average, (i + 1) * sizes.average).toString('base64'));
    const before = new Set(fixed(data));
    expect(fixed(edited).filter((chunk) => before.has(chunk))).toHaveLength(0);
  });

  test('zeros (a sparse file) cut at the maximum size: one chunk repeated', () => {
    const lengths = chunkLengths(Buffer.alloc(1024 * 1024));
    expect(lengths).toEqual(Array(4).fill(sizes.max));
  });

  test('empty and small inputs: no chunk, one chunk', () => {
    expect(chunkLengths(Buffer.alloc(0))).toEqual([]);
    expect(chunkLengths(Buffer.from('hello'))).toEqual([5]);
  });

  test('asks for more data rather than cutting early when the input is not final', () => {
    const data = randomBytes(sizes.max - 1);
    const masks = masksFor(sizes);
    const cut = findBoundary(data, 0, data.length, false, sizes, masks);
    // Either a content boundary inside the window, or "read more" — never a forced cut at the window's end.
    expect(cut === -1 || cut < data.length).toBe(true);
    expect(findBoundary(data, 0, 100, false, sizes, masks)).toBe(-1);
  });

  test('the same bytes cut the same way wherever they sit in a read window (streaming equals whole-buffer)', () => {
    const data = randomBytes(2 * 1024 * 1024);
    const masks = masksFor(sizes);
    const padded = Buffer.concat([randomBytes(12345), data]);
    const streamed: number[] = [];
    for (let start = 12345; start < padded.length; ) {
      const cut = findBoundary(padded, start, padded.length, true, sizes, masks);
      streamed.push(cut - start);
      start = cut;
    }
    expect(streamed).toEqual(chunkLengths(data));
  });

  test('the cut points never change: the same 2 MiB cut as the first release cut them (checkpoints dedupe across versions)', () => {
    // Fixed pseudo-random bytes (AES-CTR of zeros); the lengths were computed with the unsigned-arithmetic loop.
    const data = createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 0)).update(Buffer.alloc(2 * 1024 * 1024));
    expect(chunkLengths(data)).toEqual([
      47659, 49851, 67285, 70974, 112655, 29046, 77215, 76945, 70853, 86497, 68173, 17323, 68790, 24519, 83890, 71392,
      69566, 89296, 37996, 93955, 73792, 18802, 74042, 67688, 78264, 77942, 66804, 67449, 77942, 78542, 86024, 15981,
    ]);
  });

  test('masks: the harder one has more bits than the easier one, all in the top 24 bits', () => {
    const { small, large } = masksFor(sizes);
    const bits = (mask: number) => mask.toString(2).replace(/0/g, '').length;
    expect(bits(small)).toBe(18);
    expect(bits(large)).toBe(14);
    expect(spreadMask(16) & 0xff).toBe(0);
  });
});
