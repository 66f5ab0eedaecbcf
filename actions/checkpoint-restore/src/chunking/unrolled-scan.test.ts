import { describe, expect, test } from '@jest/globals';
import { createCipheriv, randomBytes } from 'node:crypto';
import { DEFAULT_CHUNK_SIZES, masksFor, scanBoundary, type ChunkMasks, type ChunkSizes } from './content-chunker.js';
import { GEAR } from './gear-table.js';

/** The reference model: the gear loop one byte per step, as it was before the unrolling. */
function simpleScan(data: Uint8Array, start: number, end: number, final: boolean, sizes: ChunkSizes, masks: ChunkMasks): number {
  if (end - start <= sizes.min) return final ? end : -1;
  const normal = Math.min(start + sizes.average, end);
  const limit = Math.min(start + sizes.max, end);
  let hash = 0;
  let index = start + sizes.min;
  for (; index < normal; index++) {
    hash = ((hash << 1) + GEAR[data[index]!]!) >>> 0;
    if ((hash & masks.small) >>> 0 === 0) return index + 1;
  }
  for (; index < limit; index++) {
    hash = ((hash << 1) + GEAR[data[index]!]!) >>> 0;
    if ((hash & masks.large) >>> 0 === 0) return index + 1;
  }
  if (limit === start + sizes.max) return limit;
  return final ? end : -1;
}

/** Deterministic pseudo-random bytes (AES-CTR of zeros under a seed), so a failure reproduces. */
function bytes(seed: number, length: number): Buffer {
  const key = Buffer.alloc(16);
  key.writeUInt32LE(seed);
  return createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}

/** Size sets with odd lengths so every remainder of the unrolled loop (0-3 bytes) is reached at both mask switches. */
const SIZE_SETS: ChunkSizes[] = [DEFAULT_CHUNK_SIZES, { min: 64, average: 256, max: 1024 }, { min: 61, average: 259, max: 1031 }, { min: 1, average: 6, max: 23 }, { min: 0, average: 2, max: 7 }];

describe('unrolled gear scan', () => {
  test.each(SIZE_SETS.map((sizes) => [sizes]))('returns exactly what the one-step loop returns on random inputs, starts, ends and finality (%o)', (sizes) => {
    const masks = masksFor(sizes);
    let seed = 1;
    for (let round = 0; round < 300; round++) {
      const data = bytes(seed++, 1 + (round * 7919) % (sizes.max * 3 + 17));
      const start = (round * 104729) % data.length;
      const end = start + ((round * 15485863) % (data.length - start + 1));
      for (const final of [true, false]) expect([round, final, scanBoundary(data, start, end, final, sizes, masks)]).toEqual([round, final, simpleScan(data, start, end, final, sizes, masks)]);
    }
  });

  test('walking a whole buffer chunk by chunk gives the same cuts as the one-step loop (text-like and random bytes)', () => {
    for (const sizes of SIZE_SETS.slice(0, 3)) {
      const masks = masksFor(sizes);
      const text = Buffer.from('the quick brown fox jumps over the lazy dog 0123456789\n'.repeat(20_000));
      for (const data of [randomBytes(1024 * 1024 + 3), text, Buffer.alloc(sizes.max * 2 + 1)]) {
        for (let start = 0; start < data.length; ) {
          const cut = scanBoundary(data, start, data.length, true, sizes, masks);
          expect(cut).toBe(simpleScan(data, start, data.length, true, sizes, masks));
          start = cut;
        }
      }
    }
  });
});
