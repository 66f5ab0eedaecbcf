import { describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { decodeChunk, encodeChunkParts } from './codec.js';
import { looksIncompressible, reusableZstd } from './encode-chunk.js';

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

/**
 * A stand-in for Node's zstd internals (this Node may have no zstd): "compresses" by halving each run of two equal
 * bytes, so output sizes are known; writes what fits in the room given, reports unread input and unused output in
 * the write state as Node's handle does, and keeps a partial frame until reset.
 */
function fakeZlib(options: { corrupt?: boolean; noHandle?: boolean; failOn?: string } = {}) {
  const halve = (data: Uint8Array) => Buffer.from(data.filter((_, index) => index % 2 === 0));
  const calls = { writes: 0, resets: 0 };
  class ZstdCompress {
    _writeState = new Uint32Array(2);
    _handle = options.noHandle
      ? undefined
      : {
          pending: undefined as Buffer | undefined,
          writeSync: (_flush: number, input: Uint8Array, inOffset: number, inLength: number, output: Uint8Array, outOffset: number, outLength: number) => {
            if (this._handle === null) throw new Error('a closed handle was used: Node would crash');
            calls.writes++;
            // As Node's zlib on an error: the stream destroyed and its handle closed at once, 'error' emitted on the next tick.
            if (options.failOn !== undefined && Buffer.from(input.subarray(inOffset, inOffset + inLength)).toString() === options.failOn) {
              this.destroyed = true;
              (this as { _handle: unknown })._handle = null;
              setImmediate(() => this.listeners.forEach((listener) => listener(new Error('zstd: Unknown frame descriptor'))));
              return;
            }
            const frame = this._handle!.pending ?? halve(input.subarray(inOffset, inOffset + inLength));
            const written = Math.min(frame.length, outLength);
            output.set(options.corrupt ? Buffer.alloc(written, 7) : frame.subarray(0, written), outOffset);
            this._handle!.pending = written < frame.length ? frame.subarray(written) : undefined;
            this._writeState[0] = outLength - written;
            this._writeState[1] = 0;
          },
          reset: () => {
            if (this._handle === null) throw new Error('a closed handle was used: Node would crash');
            calls.resets++;
            this._handle!.pending = undefined;
          },
        };
    destroyed = false;
    listeners: ((error: Error) => void)[] = [];
    on(_event: 'error', listener: (error: Error) => void): void {
      this.listeners.push(listener);
    }
  }
  return { calls, load: () => ({ ZstdCompress, zstdCompressSync: halve, constants: { ZSTD_e_end: 2 } }) };
}

describe('reusableZstd (one zstd context for many chunks, through Node internals it checks first)', () => {
  test('writes each frame into the caller\'s memory; an output that does not fit answers -1 and resets the context', () => {
    const { calls, load } = fakeZlib();
    const compress = reusableZstd(load)!;
    expect(compress).toBeDefined();
    const output = new Uint8Array(100);
    expect(compress(Buffer.from('aabbccdd'), output, 10, 50)).toBe(4);
    expect(Buffer.from(output.subarray(10, 14)).toString()).toBe('abcd');
    const resets = calls.resets;
    // Exactly full: the frame may go on past it (Node's own loop would continue in a second buffer), so it does not fit.
    expect(compress(Buffer.from('aabbccdd'), output, 0, 4)).toBe(-1);
    expect(compress(Buffer.from('aabbccddee'), output, 0, 3)).toBe(-1);
    expect(calls.resets).toBe(resets + 2);
    // A range outside the output (Node's handle would abort the process) does not fit.
    expect(compress(Buffer.from('aabb'), output, 98, 4)).toBe(-1);
    expect(compress(Buffer.from('aabb'), output, 0, 0)).toBe(-1);
    // The next frame starts clean.
    expect(compress(Buffer.from('xxyy'), output, 0, 50)).toBe(2);
    expect(Buffer.from(output.subarray(0, 2)).toString()).toBe('xy');
  });

  test('a zstd error fails the call, and every later one, without touching the closed handle (which would crash the process)', async () => {
    const { calls, load } = fakeZlib({ failOn: 'poison!!' });
    const compress = reusableZstd(load)!;
    const output = new Uint8Array(100);
    expect(() => compress(Buffer.from('poison!!'), output, 0, 50)).toThrow(/destroyed its compression stream/);
    const writes = calls.writes;
    expect(() => compress(Buffer.from('aabb'), output, 0, 50)).toThrow(/destroyed/);
    await new Promise((resolve) => setImmediate(resolve));
    // Once emitted, the stream's own error is the one reported.
    expect(() => compress(Buffer.from('aabb'), output, 0, 50)).toThrow(/Unknown frame descriptor/);
    expect(calls.writes).toBe(writes);
  });

  test('is not used where the internals are missing or give other bytes than zstdCompressSync', () => {
    expect(reusableZstd(() => ({ constants: {} }))).toBeUndefined();
    expect(reusableZstd(fakeZlib({ noHandle: true }).load)).toBeUndefined();
    expect(reusableZstd(fakeZlib({ corrupt: true }).load)).toBeUndefined();
  });
});
