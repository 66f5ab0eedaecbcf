import { GEAR } from './gear-table.js';

/**
 * Content-defined chunking, FastCDC style: a gear rolling hash over the bytes
 * (`h = (h << 1) + GEAR[byte]`, so the hash depends on the last 32 bytes),
 * and a cut where the hash's masked bits are all zero. The cut depends on the
 * content, not on offsets, so inserting a byte moves only the chunk it lands
 * in: the rest of the file keeps its chunks and is not stored again.
 * Normalised chunking: below the average size a harder mask (more bits) makes
 * a cut unlikely, above it an easier one makes it likely, which narrows the
 * spread of chunk sizes around the average. Pure: no I/O.
 */
export interface ChunkSizes {
  min: number;
  average: number;
  max: number;
}

export const DEFAULT_CHUNK_SIZES: ChunkSizes = { min: 16 * 1024, average: 64 * 1024, max: 256 * 1024 };

/** A mask of `bits` one-bits spread over the hash's top 24 bits (the bits that mix the most bytes). */
export function spreadMask(bits: number): number {
  let mask = 0;
  for (let index = 0; index < bits; index++) mask |= 1 << (31 - Math.floor((index * 24) / bits));
  return mask >>> 0;
}

export interface ChunkMasks {
  /** Harder mask, used before the average size. */
  small: number;
  /** Easier mask, used after it. */
  large: number;
}

export function masksFor(sizes: ChunkSizes): ChunkMasks {
  const bits = Math.round(Math.log2(sizes.average));
  return { small: spreadMask(bits + 2), large: spreadMask(bits - 2) };
}

/**
 * Where the chunk that starts at `start` ends (exclusive), looking at
 * `data[start, end)`; `final` says there is no more data after `end`.
 * Returns -1 when the boundary may lie beyond `end` (read more, then ask again
 * from the same `start`).
 */
export function findBoundary(data: Uint8Array, start: number, end: number, final: boolean, sizes: ChunkSizes, masks: ChunkMasks): number {
  // A run of zeros (sparse files, disk images) cuts the same way wherever it is: answered by one native compare, not a byte loop.
  if (end - start >= sizes.max && zerosCutAtMax(sizes, masks) && isZeroRun(data, start, start + sizes.max)) return start + sizes.max;
  return scanBoundary(data, start, end, final, sizes, masks);
}

/**
 * The gear loop, unrolled by four: four hash steps per iteration, each with
 * its own mask check, so the cuts are exactly the simple loop's (one step per
 * byte, kept in the tests as the reference model) at about half the time per
 * byte on Node 24 (fewer loop-condition checks and bounds checks per byte).
 */
export function scanBoundary(data: Uint8Array, start: number, end: number, final: boolean, sizes: ChunkSizes, masks: ChunkMasks): number {
  const available = end - start;
  if (available <= sizes.min) return final ? end : -1;
  const normal = Math.min(start + sizes.average, end);
  const limit = Math.min(start + sizes.max, end);
  // Signed 32-bit arithmetic (`| 0`, the table read as Int32Array): the same bits as the unsigned hash, but V8 keeps
  // them in small integers; `>>> 0` made every hash above 2^31 a heap double, the loop about 1.4x slower.
  const gear = GEAR_SIGNED;
  let hash = 0;
  let index = start + sizes.min;
  for (let pass = 0; pass < 2; pass++) {
    const mask = (pass === 0 ? masks.small : masks.large) | 0;
    const stop = pass === 0 ? normal : limit;
    for (const unrolled = stop - 3; index < unrolled; index += 4) {
      hash = ((hash << 1) + gear[data[index]!]!) | 0;
      if ((hash & mask) === 0) return index + 1;
      hash = ((hash << 1) + gear[data[index + 1]!]!) | 0;
      if ((hash & mask) === 0) return index + 2;
      hash = ((hash << 1) + gear[data[index + 2]!]!) | 0;
      if ((hash & mask) === 0) return index + 3;
      hash = ((hash << 1) + gear[data[index + 3]!]!) | 0;
      if ((hash & mask) === 0) return index + 4;
    }
    for (; index < stop; index++) {
      hash = ((hash << 1) + gear[data[index]!]!) | 0;
      if ((hash & mask) === 0) return index + 1;
    }
  }
  if (limit === start + sizes.max) return limit;
  return final ? end : -1;
}

const GEAR_SIGNED = new Int32Array(GEAR.buffer, GEAR.byteOffset, GEAR.length);

const ZERO_PAGE = new Uint8Array(64 * 1024);

function isZeroRun(data: Uint8Array, start: number, end: number): boolean {
  for (let offset = start; offset < end; offset += ZERO_PAGE.length) {
    const length = Math.min(ZERO_PAGE.length, end - offset);
    if (Buffer.compare(data.subarray(offset, offset + length), ZERO_PAGE.subarray(0, length)) !== 0) return false;
  }
  return true;
}

const zeroCuts = new Map<string, boolean>();

/** Whether the byte loop, run over max zeros, cuts at max (true for the default sizes; checked, not assumed, for any). */
function zerosCutAtMax(sizes: ChunkSizes, masks: ChunkMasks): boolean {
  const key = `${sizes.min}/${sizes.average}/${sizes.max}/${masks.small}/${masks.large}`;
  let answer = zeroCuts.get(key);
  if (answer === undefined) {
    answer = scanBoundary(new Uint8Array(sizes.max), 0, sizes.max, true, sizes, masks) === sizes.max;
    zeroCuts.set(key, answer);
  }
  return answer;
}

/** Every chunk boundary of a whole buffer: the lengths of its chunks, in order (for tests and small inputs). */
export function chunkLengths(data: Uint8Array, sizes: ChunkSizes = DEFAULT_CHUNK_SIZES): number[] {
  const masks = masksFor(sizes);
  const lengths: number[] = [];
  for (let start = 0; start < data.length; ) {
    const cut = findBoundary(data, start, data.length, true, sizes, masks);
    lengths.push(cut - start);
    start = cut;
  }
  return lengths;
}
