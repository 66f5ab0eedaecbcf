import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { LiteralMatcher } from '@gates/core';
import { ShiftTable } from '../../packages/core/src/redact/skip-scan.js';

/** The obvious oracle: at each position, the longest literal that starts there. */
function naive(literals: string[], text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; start++) {
    const longest = literals.filter((literal) => text.startsWith(literal, start)).sort((a, b) => b.length - a.length)[0];
    if (longest) out.push({ start, end: start + longest.length });
  }
  return out;
}

describe('LiteralMatcher', () => {
  test('property: finds exactly what a naive search finds, on a small alphabet where literals overlap and share prefixes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[ab]{4,8}$/), { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[abc]{0,80}$/), (literals, text) => {
        const matcher = new LiteralMatcher(literals.map((literal) => Buffer.from(literal)));
        const found = matcher.findAll(Buffer.from(text)).map(({ start, end }) => ({ start, end }));
        expect(found).toEqual(naive(literals, text));
      }),
      { numRuns: 500 },
    );
  });

  test('property: the same at every alignment and bound, on texts long enough for the word loop', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[ab]{4,9}$/), { minLength: 1, maxLength: 5 }),
        fc.stringMatching(/^[abc]{40,200}$/),
        fc.nat(7),
        fc.nat(30),
        fc.nat(30),
        (literals, text, offset, cutStart, cutEnd) => {
          const matcher = new LiteralMatcher(literals.map((literal) => Buffer.from(literal)));
          // A view at an odd byte offset into a larger buffer, as Buffer pools hand out.
          const backing = Buffer.alloc(text.length + offset);
          backing.write(text, offset, 'latin1');
          const view = backing.subarray(offset);
          const from = Math.min(cutStart, text.length);
          const to = Math.max(from, text.length - cutEnd);
          const found = matcher.findAll(view, from, to).map(({ start, end }) => ({ start, end }));
          const expected = naive(literals, text.slice(from, to)).map(({ start, end }) => ({ start: start + from, end: end + from }));
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('property: long literals (the shift-table scan) are found exactly as a naive search finds them, at any bound', () => {
    fc.assert(
      fc.property(
        // A two-letter alphabet: grams repeat, shifts are small and hash collisions are common, the hard case for skipping.
        fc.uniqueArray(fc.stringMatching(/^[ab]{8,24}$/), { minLength: 1, maxLength: 8 }),
        fc.stringMatching(/^[abc]{0,300}$/),
        fc.nat(40),
        fc.nat(40),
        (literals, text, cutStart, cutEnd) => {
          const matcher = new LiteralMatcher(literals.map((literal) => Buffer.from(literal)));
          const from = Math.min(cutStart, text.length);
          const to = Math.max(from, text.length - cutEnd);
          const found = matcher.findAll(Buffer.from(text), from, to).map(({ start, end }) => ({ start, end }));
          const expected = naive(literals, text.slice(from, to)).map(({ start, end }) => ({ start: start + from, end: end + from }));
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('long random secrets planted in a long log are all found, and nothing else', () => {
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 26;
    const secrets = Array.from({ length: 50 }, (_, index) => Array.from({ length: 20 + (index % 17) }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[next()]).join(''));
    const matcher = new LiteralMatcher(secrets.map((secret) => Buffer.from(secret)));
    const parts: string[] = [];
    const planted: { start: number; end: number }[] = [];
    let length = 0;
    for (let line = 0; line < 2000; line++) {
      const text = `2026-12-02T10:00:${String(line % 60).padStart(2, '0')}Z step ${line} ran npm ci in /home/runner/work (exit 0) `;
      parts.push(text);
      length += text.length;
      if (line % 37 === 0) {
        const secret = secrets[line % secrets.length]!;
        planted.push({ start: length, end: length + secret.length });
        parts.push(secret);
        length += secret.length;
      }
    }
    expect(matcher.findAll(Buffer.from(parts.join(''))).map(({ start, end }) => ({ start, end }))).toEqual(planted);
  });

  test('respects the from/to bounds: a literal crossing `to` is not reported', () => {
    const matcher = new LiteralMatcher([Buffer.from('secret')]);
    const text = Buffer.from('xxsecretxx');
    expect(matcher.findAll(text, 0, 7)).toEqual([]);
    expect(matcher.findAll(text, 2, 8)).toEqual([{ start: 2, end: 8, literal: 0 }]);
  });

  test('refuses literals shorter than its four-byte key', () => {
    expect(() => new LiteralMatcher([Buffer.from('abc')])).toThrow(RangeError);
  });

  test('matches bytes, so multi-byte UTF-8 secrets are found inside any text', () => {
    const matcher = new LiteralMatcher([Buffer.from('pässwörd-ñ')]);
    expect(matcher.findAll(Buffer.from('x=pässwörd-ñ;'))).toEqual([{ start: 2, end: 2 + Buffer.byteLength('pässwörd-ñ'), literal: 0 }]);
  });
});

describe('ShiftTable', () => {
  test('sized by its literals: a few KiB for a secret and its encodings, 1 MiB at most for thousands; candidates include every occurrence either way', () => {
    let state = 99;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 26;
    const literal = (length: number) => Buffer.from(Array.from({ length }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[next()]).join(''));
    const few = Array.from({ length: 20 }, () => literal(40));
    const many = Array.from({ length: 5000 }, () => literal(40));
    expect(new ShiftTable(few, 40).size).toBeLessThanOrEqual(16 * 1024);
    expect(new ShiftTable(many, 40).size).toBe(1 << 20);
    // Literals that share their first window (the starts of a fragment's wrapped forms) count once.
    const shared = Array.from({ length: 500 }, (_, index) => Buffer.concat([few[0]!.subarray(0, 16), Buffer.from(`-${index}-`), literal(20)]));
    expect(new ShiftTable(shared, 40).size).toBeLessThanOrEqual(4 * 1024);
    for (const literals of [few, shared, many.slice(0, 300), many]) {
      const table = new ShiftTable(literals, 40);
      const text = Buffer.concat([literal(500), literals[3]!, literal(77), literals[literals.length - 1]!, literal(10)]);
      const candidates: number[] = [];
      table.scan(text, 0, text.length, (start) => candidates.push(start));
      expect(candidates).toEqual(expect.arrayContaining([500, 500 + literals[3]!.length + 77]));
    }
  });
});
