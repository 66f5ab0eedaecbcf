import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { Redactor, REDACTED, type Span } from '@gates/core';
import { BUILTIN_RULES } from '../rules/builtin-rules.js';
import { compileRules } from '../rules/compile-rules.js';
import { samplesOf, testSeed } from '../testing/rule-samples.js';
import { formsToSearch, producedForms, SECRET } from '../../../../test/fixtures/secret-forms.js';
import { SecretScanner } from './secret-scanner.js';
import { StreamScrubber } from './stream-scrubber.js';

/** A scrubber writing into a list, with the given window and overlap. */
function collecting(scanner: SecretScanner, replacement: (span: Span) => string, windowBytes?: number, minOverlap?: number) {
  const out: Buffer[] = [];
  const scrubber = new StreamScrubber(scanner, { write: (bytes) => out.push(Buffer.from(bytes)), replacement, windowBytes, minOverlap });
  return { scrubber, output: () => Buffer.concat(out).toString('utf8') };
}

/** Feeds the input in the given chunk sizes and returns everything the scrubber wrote. */
function scrubInChunks(scanner: SecretScanner, input: Buffer, sizes: number[], windowBytes: number, minOverlap: number) {
  const { scrubber, output } = collecting(scanner, () => REDACTED, windowBytes, minOverlap);
  let at = 0;
  for (let index = 0; at < input.length; index++) {
    const size = Math.max(1, sizes[index % sizes.length]!);
    scrubber.push(input.subarray(at, at + size));
    at += size;
  }
  scrubber.end();
  return { scrubber, text: output() };
}

const seed = testSeed();

describe(`StreamScrubber (seed ${seed})`, () => {
  test('property: with windows of a few dozen bytes, no secret survives a chunk boundary and all other text is unchanged', () => {
    const secretArb = fc.stringMatching(/^[A-Za-z0-9_\-+/=:.]{8,20}$/);
    const fillerArb = fc.stringMatching(/^[ a-z,.;\n]{0,60}$/);
    fc.assert(
      fc.property(fc.uniqueArray(secretArb, { minLength: 1, maxLength: 3 }), fc.array(fillerArb, { minLength: 2, maxLength: 12 }), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 5 }), (secrets, gaps, sizes) => {
        const redactor = new Redactor();
        for (const secret of secrets) redactor.addSecret(secret);
        const pieces: string[] = [];
        const expected: string[] = [];
        gaps.forEach((gap, index) => {
          const secret = secrets[index % secrets.length]!;
          pieces.push(gap, `<${secret}>`);
          expected.push(gap, `<${REDACTED}>`);
        });
        const scanner = new SecretScanner(redactor.forms(), []);
        const output = scrubInChunks(scanner, Buffer.from(pieces.join('')), sizes, 24, 0).text;
        for (const secret of secrets) expect(output).not.toContain(secret);
        expect(output).toBe(expected.join(''));
      }),
      { numRuns: 300 },
    );
  });

  test('every rule\'s sample, between filler lines, pushed in odd chunk sizes through small windows: each found whole, once', () => {
    const rules = compileRules(BUILTIN_RULES, []);
    const scanner = new SecretScanner([], rules);
    const samples = samplesOf(BUILTIN_RULES, seed);
    const filler = 'build step output line\n'.repeat(40);
    const input = Buffer.from(samples.map((sample) => `${filler}${sample.line}\n`).join('') + filler, 'latin1');
    for (const sizes of [[1000, 7, 333], [4093], [65536, 1]]) {
      const { scrubber, text } = scrubInChunks(scanner, input, sizes, 4096, 0);
      const output = Buffer.from(text, 'utf8').toString('latin1');
      const survivors = samples.filter((sample) => output.includes(sample.secret)).map((sample) => sample.ruleId);
      expect({ sizes, survivors }).toEqual({ sizes, survivors: [] });
      // The per-rule counts add up to the places replaced: one value matched by two rules is one redaction.
      let counted = 0;
      for (const occurrence of scrubber.occurrences.values()) counted += occurrence.count;
      expect(counted).toBe(scrubber.replacements);
    }
  });

  test('a pattern match straddling every possible chunk boundary is found once, with its first line', () => {
    const scanner = new SecretScanner([], compileRules(BUILTIN_RULES, []));
    const planted = samplesOf(BUILTIN_RULES, seed).find((sample) => sample.ruleId === 'github-pat-classic')!;
    const filler = 'build step output line\n'.repeat(10);
    const input = Buffer.from(`${filler}${planted.line}\n${filler}`);
    const tokenAt = input.indexOf(planted.secret);
    for (const boundary of [tokenAt - 1, tokenAt + 1, tokenAt + 20, tokenAt + planted.secret.length - 1]) {
      const { scrubber, text: output } = scrubInChunks(scanner, input, [boundary, 7, 100], 16, 0);
      expect(output).not.toContain(planted.secret);
      expect(output).toContain(`token=${REDACTED}\n`);
      expect(scrubber.occurrences.get('github-pat-classic')).toEqual({ count: 1, firstLine: 11, alsoMatched: 0 });
      expect(scrubber.occurrences.get('generic-secret-assignment')).toEqual({ count: 0, firstLine: 11, alsoMatched: 1 });
    }
  });

  test('overlapping matches of two rules become one replacement, counted once under the first rule and as "also matched" for the other', () => {
    const redactor = new Redactor();
    const token = `ghp_${'a1B2c3D4e5'.repeat(3)}x9Y8z7`;
    redactor.addSecret(token.slice(4, 20));
    const scanner = new SecretScanner(redactor.forms(), compileRules(BUILTIN_RULES, []));
    const { scrubber, output } = collecting(scanner, (span) => `[${span.ruleId}]`);
    scrubber.push(Buffer.from(`t=${token};`));
    scrubber.end();
    expect(output()).toBe('t=[github-pat-classic];');
    // Known values come first in priority; the rule's match is "also matched".
    expect(Object.fromEntries(scrubber.occurrences)).toEqual({ 'known-secret': { count: 1, alsoMatched: 0, firstLine: 1 }, 'github-pat-classic': { count: 0, alsoMatched: 1, firstLine: 1 } });
    expect(scrubber.replacements).toBe(1);
  });

  test('memory stays bounded: what it holds back never exceeds one window plus the overlap', () => {
    const scanner = new SecretScanner(['never-present-value'], compileRules(BUILTIN_RULES, []));
    let emitted = 0;
    const scrubber = new StreamScrubber(scanner, { write: (bytes) => (emitted += bytes.length), replacement: () => REDACTED, windowBytes: 4096, minOverlap: 1024 });
    const line = Buffer.from(`${'x'.repeat(99)}\n`);
    // The overlap is the longest possible match (the rules' reach, encoded runs), whatever the window.
    expect(scanner.reach).toBeLessThanOrEqual(64 * 1024);
    for (let index = 0; index < 4000; index++) {
      scrubber.push(line);
      expect((index + 1) * line.length - emitted).toBeLessThanOrEqual(4096 + scanner.reach + 1);
    }
    scrubber.end();
    expect(emitted).toBe(4000 * line.length);
  });
});

describe('StreamScrubber with encoded forms', () => {
  test('property: every encoded form of a secret, at random places and chunk boundaries, leaves nothing of the secret behind', () => {
    const forms = Object.values(producedForms(SECRET));
    const redactor = new Redactor();
    redactor.addSecret(SECRET);
    const scanner = new SecretScanner(redactor.forms(), []);
    const searched = formsToSearch(SECRET);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(forms.length - 1), fc.stringMatching(/^[ a-z.\n]{0,30}$/)), { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 4 }), (plants, sizes) => {
        const text = plants.map(([form, gap]) => `${gap}${forms[form]}`).join('');
        const output = scrubInChunks(scanner, Buffer.from(text), sizes, 32, 0).text;
        const unwrapped = output.replace(/\r?\n/g, '');
        for (const form of searched) {
          expect(output).not.toContain(form);
          expect(unwrapped).not.toContain(form);
        }
      }),
      { numRuns: 300 },
    );
  });
});
