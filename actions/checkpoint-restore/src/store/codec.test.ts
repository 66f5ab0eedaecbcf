import { describe, expect, test } from '@jest/globals';
import { decodeChunk, encodeChunkParts, zstdAvailable, type CodecName } from './codec.js';

const text = Buffer.from('export function handler(event) { return { status: 200, body: JSON.stringify(event) }; }\n'.repeat(1300));

describe.each([['gzip'], ...(zstdAvailable() ? [['zstd']] : [])] as [CodecName][])('decodeChunk (%s)', (codec) => {
  const { tag, body } = encodeChunkParts(text, codec);
  const stored = Buffer.concat([tag, body]);

  test('decompresses into one buffer of the expected size (not pieces joined into a second one)', () => {
    const plain = decodeChunk(stored, text.length);
    expect(plain.equals(text)).toBe(true);
    // maxLength + 1: allocated once up front, the output never fills it and starts another.
    expect(plain.buffer.byteLength).toBe(text.length + 1);
  });

  test('refuses output past maxLength (a crafted chunk cannot inflate without bound)', () => {
    expect(() => decodeChunk(stored, text.length - 1)).toThrow();
  });
});
