import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicFile, largest, writeTextAtomically } from '@gates/core';
import { BUFFER_BYTES, CHUNK_UNITS, Utf8Writer } from '../../packages/core/src/safe-files/text-writer.js';
import { makeWorkspace } from '../harness/workspace.js';

/** What a writer gives its output for these pieces: every write, copied (the buffer is reused). */
function written(pieces: string[]): { bytes: Buffer; writes: number[] } {
  const chunks: Buffer[] = [];
  const writer = new Utf8Writer((bytes) => chunks.push(Buffer.from(bytes)));
  for (const piece of pieces) writer.write(piece);
  writer.end();
  return { bytes: Buffer.concat(chunks), writes: chunks.map((chunk) => chunk.length) };
}

/** The bytes the pieces must come to: the UTF-8 of the text they join into. */
function utf8(pieces: string[]): Buffer {
  return Buffer.from(pieces.join(''), 'utf8');
}

describe('Utf8Writer: text in pieces, out as the UTF-8 of the whole', () => {
  test('a surrogate pair across the boundary of a chunk of a big piece is one character, not two U+FFFD', () => {
    // The pair's high half is the last unit of the first chunk, and of the second.
    const text = `${'a'.repeat(CHUNK_UNITS - 1)}😀${'b'.repeat(CHUNK_UNITS - 2)}😀tail`;
    const { bytes, writes } = written([text]);
    expect(bytes.equals(utf8([text]))).toBe(true);
    expect(bytes.toString('utf8')).toBe(text);
    expect(writes.length).toBeGreaterThan(1);
  });

  test('a surrogate pair split between two pieces, or held across a flush, is one character', () => {
    for (const pieces of [['a\ud83d', '\ude00b'], ['\ud83d', '', '\ude00'], ['x'.repeat(BUFFER_BYTES / 3 - 1), '\ud83d', '\ude00'], ['\ud83d', 'x'.repeat(CHUNK_UNITS * 2)]]) {
      expect(written(pieces).bytes.equals(utf8(pieces))).toBe(true);
    }
    expect(written(['a\ud83d', '\ude00b']).bytes.toString('utf8')).toBe('a😀b');
  });

  test('lone surrogates are U+FFFD where they stand, as in the joined text: last, before ASCII, low alone', () => {
    // The last: the buffer two bytes short of full when end() writes the held surrogate's three.
    const full = [...(Array(BUFFER_BYTES - 2).fill('x') as string[]), '\ud800'];
    for (const pieces of [['a\ud800'], ['\ud800', 'a'], ['\udc00'], ['\ud800', '\ud800', '\udc00'], ['x'.repeat(BUFFER_BYTES - 1), '\ud800'], full]) {
      expect(written(pieces).bytes.equals(utf8(pieces))).toBe(true);
    }
  });

  test('multi-byte text across chunks and buffers: two, three and four bytes a character', () => {
    const text = 'é€😀a'.repeat(40_000);
    expect(written([text]).bytes.equals(utf8([text]))).toBe(true);
    const pieces = text.match(/[\s\S]{1,997}/g) ?? [];
    expect(written(pieces).bytes.equals(utf8(pieces))).toBe(true);
  });

  test('a piece bigger than the buffer goes out in chunks no bigger than the buffer, after what came before it', () => {
    const big = '€'.repeat(3 * CHUNK_UNITS + 5);
    const { bytes, writes } = written(['head,', big, ',tail']);
    expect(bytes.equals(utf8(['head,', big, ',tail']))).toBe(true);
    expect(largest(writes, 0)).toBeLessThanOrEqual(BUFFER_BYTES);
    expect(writes.length).toBeGreaterThanOrEqual(4);
  });

  test('empty text writes nothing, and calls its output never', () => {
    expect(written([]).writes).toEqual([]);
    expect(written(['', '', '']).writes).toEqual([]);
  });

  test('small pieces are gathered: one output call for many', () => {
    const pieces = Array.from({ length: 1000 }, (_, index) => (index % 2 ? ',' : `{"n":${index},"é":"ü"}`));
    const { bytes, writes } = written(pieces);
    expect(bytes.equals(utf8(pieces))).toBe(true);
    expect(writes).toHaveLength(1);
  });

  test('any pieces, of any code units and sizes: the UTF-8 of the joined text', () => {
    const unit = fc.oneof(fc.constantFrom('\ud83d', '\ude00', '😀', 'é', '€', ',', '\u0000', '\u007f', '\u0080'), fc.string({ unit: 'binary', maxLength: 4 }));
    // Now and then a piece of up to three buffers' worth of units.
    const big = fc.tuple(fc.string({ unit, minLength: 1, maxLength: 3 }).filter((text) => text.length > 0), fc.integer({ min: 1, max: 3 * CHUNK_UNITS }));
    const piece = fc.oneof({ weight: 8, arbitrary: fc.string({ unit, maxLength: 20 }) }, { weight: 1, arbitrary: big.map(([text, units]) => text.repeat(Math.ceil(units / text.length))) });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        expect(written(pieces).bytes.equals(utf8(pieces))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('writers open at once do not share a buffer; one that ended leaves a buffer the next reuses, intact', () => {
    const first: Buffer[] = [];
    const second: Buffer[] = [];
    const a = new Utf8Writer((bytes) => first.push(Buffer.from(bytes)));
    const b = new Utf8Writer((bytes) => second.push(Buffer.from(bytes)));
    a.write('first writer ');
    b.write('second writer ');
    a.write('ends');
    b.write('too');
    a.end();
    b.end();
    expect(Buffer.concat(first).toString()).toBe('first writer ends');
    expect(Buffer.concat(second).toString()).toBe('second writer too');
    expect(written(['again']).bytes.toString()).toBe('again');
  });

  test('text written after end() is refused', () => {
    const writer = new Utf8Writer(() => undefined);
    writer.end();
    expect(() => writer.write('late')).toThrow('after end()');
  });
});

describe('AtomicFile text: through the writer', () => {
  test('writeText writes the UTF-8 of the text, big or empty; after commit it is refused', () => {
    const root = makeWorkspace({});
    const text = `${'é'.repeat(CHUNK_UNITS - 1)}😀\ud800 end`;
    const file = new AtomicFile(join(root, 'out.txt'), { root });
    file.writeText(text);
    file.writeText('');
    file.commit();
    expect(readFileSync(join(root, 'out.txt')).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(() => file.writeText('')).toThrow('already closed');
  });

  test('writeTextAtomically: the pieces its source gives, renamed into place; a source that throws leaves no file', () => {
    const root = makeWorkspace({});
    const path = writeTextAtomically(join(root, 'report.json'), (sink) => ['{"a":', '"ü\ud83d', '\ude00"}', '\n'].forEach((piece) => sink(piece)), { root });
    expect(path).toBe(join(root, 'report.json'));
    expect(readFileSync(path, 'utf8')).toBe('{"a":"ü😀"}\n');
    expect(() =>
      writeTextAtomically(
        join(root, 'broken.json'),
        (sink) => {
          sink('x'.repeat(2 * CHUNK_UNITS));
          throw new TypeError('cannot render');
        },
        { root },
      ),
    ).toThrow('cannot render');
    expect(readdirSync(root)).toEqual(['report.json']);
  });
});
