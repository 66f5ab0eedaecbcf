import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { classifyContent } from './classify.js';

describe('classifyContent', () => {
  test('a log with a few NUL bytes is text: one byte must not switch scrubbing off', () => {
    const log = Buffer.concat([Buffer.from([0]), Buffer.from('build started\n'.repeat(100)), Buffer.from([0, 0])]);
    expect(classifyContent(log)).toBe('text');
  });

  test('content with many control bytes (NUL included) is binary; archives are told by their magic bytes', () => {
    expect(classifyContent(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(256, 0), Buffer.from('text')]))).toBe('binary');
    expect(classifyContent(Buffer.from([0x1f, 0x8b, 8, 0]))).toBe('gzip');
    expect(classifyContent(Buffer.from([0x50, 0x4b, 3, 4]))).toBe('zip');
    expect(classifyContent(Buffer.from('\u001b[31mred\u001b[0m\tcolumns\r\n'))).toBe('text');
  });

  test('random or encrypted bytes (a key store) are binary: about 10% of them are control bytes, right at the line, and none is UTF-8', () => {
    // Deterministic random blocks: SHA-256 in counter mode, 1,232 bytes like the PKCS#12 sample.
    const block = (seed: number) => Buffer.concat(Array.from({ length: 39 }, (_, index) => createHash('sha256').update(`${seed}:${index}`).digest())).subarray(0, 1232);
    const text = Array.from({ length: 500 }, (_, seed) => seed).filter((seed) => classifyContent(block(seed)) === 'text');
    expect(text).toEqual([]);
  });

  test('latin1 and UTF-8 text with a rare control byte stay text', () => {
    expect(classifyContent(Buffer.from('Prüfung läuft: Größe überschritten\n'.repeat(50), 'latin1'))).toBe('text');
    expect(classifyContent(Buffer.from(`${'テストは成功しました\n'.repeat(50)}\u0000`, 'utf8'))).toBe('text');
  });
});

