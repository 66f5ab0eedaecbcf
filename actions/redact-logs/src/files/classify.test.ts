import { describe, expect, test } from '@jest/globals';
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
});
