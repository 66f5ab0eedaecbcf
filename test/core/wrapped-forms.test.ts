import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { base64Fragments, LiteralMatcher, mergeSpans, Redactor, REDACTED, replaceByteSpans, secretVariants, wrappedForms, WRAP_WIDTHS } from '@gates/core';
import { wrapSources } from '../../packages/core/src/redact/secret-variants.js';
import { shortestWrappedLength } from '../../packages/core/src/redact/wrapped-forms.js';
import { producedForms, SECRET } from '../fixtures/secret-forms.js';

/**
 * The redactor finds wrapped base64 forms from their starts instead of
 * listing them (wrapped-forms.ts). The reference here is what it did when
 * it listed them: every form secretVariants gives, searched as literals.
 */
function referenceMatcher(secrets: readonly string[], minLength: number): LiteralMatcher {
  const forms = new Set<string>();
  for (const secret of secrets) for (const form of secretVariants(secret, minLength)) forms.add(form);
  return new LiteralMatcher([...forms].map((form) => Buffer.from(form, 'utf8')));
}

function referenceMatches(secrets: readonly string[], minLength: number, bytes: Uint8Array): { start: number; end: number }[] {
  return referenceMatcher(secrets, minLength).findAll(bytes).map(({ start, end }) => ({ start, end }));
}

function referenceRedact(secrets: readonly string[], minLength: number, text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const spans = mergeSpans(referenceMatches(secrets, minLength, bytes).map((match) => ({ ...match, ruleId: 'known-secret' })));
  return spans.length > 0 ? replaceByteSpans(bytes, spans, () => REDACTED).toString('utf8') : text;
}

function redactorOf(secrets: readonly string[], minLength: number): Redactor {
  const redactor = new Redactor(minLength);
  for (const secret of secrets) redactor.addSecret(secret);
  return redactor;
}

/** One of a list's values (fc.constantFrom would take the list spread into its arguments). */
function pick<T>(values: readonly T[]): fc.Arbitrary<T> {
  return fc.nat(values.length - 1).map((index) => values[index]!);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A secret of the redactor's kind, now and then with a line break (its lines are secrets too) or a non-ASCII character. */
const secretArbitrary = fc
  .tuple(fc.array(fc.constantFrom(...'abcXYZ019-_.+/=:é€\n'.split('')), { minLength: 32, maxLength: 140, size: 'max' }), fc.nat())
  .map(([chars, salt]) => `${chars.join('')}${salt.toString(36)}`)
  .filter((secret) => secret.trim().length >= 30 && new Set(secret).size >= 3);

/** A piece of text: filler, a wrapped form of one of the secrets' fragments (often damaged), or a blob that holds a secret, wrapped. */
function pieceArbitrary(secrets: readonly string[], minLength: number): fc.Arbitrary<string> {
  const fragments = secrets.flatMap((secret) => wrapSources(secret, minLength));
  const filler = fc.array(fc.constantFrom(...'ABCDEF+/ \n\r\n-.é'.split('')), { maxLength: 12 }).map((chars) => chars.join(''));
  const wrapped = fc
    .tuple(pick(fragments), pick(WRAP_WIDTHS), fc.nat(), fc.boolean(), fc.nat(7), fc.nat())
    .map(([fragment, width, pick, crlf, damage, where]) => {
      const forms = wrappedForms(fragment, width).filter((form) => form.includes('\r\n') === crlf);
      const form = forms[pick % forms.length]!;
      const breaks = [...form.matchAll(/\r?\n/g)].map((match) => match.index);
      const at = breaks[where % breaks.length]!;
      const sep = crlf ? '\r\n' : '\n';
      switch (damage) {
        case 0: // another kind of break in one place
          return form.slice(0, at) + (crlf ? '\n' : '\r\n') + form.slice(at + sep.length);
        case 1: // two breaks in a row
          return form.slice(0, at) + sep + form.slice(at);
        case 2: // a break moved by one character
          return form.slice(0, at) + form.slice(at + sep.length, at + sep.length + 1) + sep + form.slice(at + sep.length + 1);
        case 3: // a lone carriage return before a break
          return `${form.slice(0, at)}\r${form.slice(at)}`;
        case 4: // as many bytes as the break, but not a break: a lone carriage return, a line feed then a carriage return
          return form.slice(0, at) + (crlf ? '\n\r' : '\r') + form.slice(at + sep.length);
        default:
          return form;
      }
    });
  const blob = fc
    .tuple(pick(secrets), fc.string({ maxLength: 90 }), fc.string({ maxLength: 90 }), pick(WRAP_WIDTHS), fc.boolean())
    .map(([secret, before, after, width, crlf]) =>
      Buffer.from(`${before}${secret}${after}`)
        .toString('base64')
        .replace(new RegExp(`(.{${width}})`, 'g'), crlf ? '$1\r\n' : '$1\n'),
    );
  return fc.oneof(filler, wrapped, blob, pick(fragments));
}

describe('wrapped base64 forms', () => {
  test('property: the same matches, and the same redacted text, as searching for every wrapped form as a literal', () => {
    const cases = fc
      .tuple(fc.array(secretArbitrary, { minLength: 1, maxLength: 3 }), fc.constantFrom(4, 8, 20))
      .chain(([secrets, minLength]) => fc.tuple(fc.constant(secrets), fc.constant(minLength), fc.array(pieceArbitrary(secrets, minLength), { minLength: 1, maxLength: 8 })));
    fc.assert(
      fc.property(cases, ([secrets, minLength, pieces]) => {
        const text = pieces.join('');
        const redactor = redactorOf(secrets, minLength);
        const bytes = Buffer.from(text, 'utf8');
        expect(redactor.findKnown(bytes).map(({ start, end }) => ({ start, end }))).toEqual(referenceMatches(secrets, minLength, bytes));
        expect(redactor.redact(text)).toBe(referenceRedact(secrets, minLength, text));
      }),
      { numRuns: 200 },
    );
  });

  test('at the edges of the pattern: first and last pieces of width and width + 1, breaks a character apart from it, one kind or two', () => {
    let found = 0;
    for (const bytes of [46, 47, 48, 49, 56, 57, 58, 95, 96, 97, 113, 114, 115]) {
      const secret = `${'Q7z-'.repeat(30)}`.slice(0, bytes - 2) + 'é';
      const redactor = redactorOf([secret], 4);
      const reference = referenceMatcher([secret], 4);
      for (const fragment of wrapSources(secret, 4)) {
        for (const width of WRAP_WIDTHS) {
          for (const firstBreak of new Set([1, width - 1, width, width + 1, fragment.length - 1].filter((at) => at >= 1 && at < fragment.length))) {
            for (const spacing of [width - 1, width, width + 1]) {
              for (const [sep, lastSep] of [['\n', '\n'], ['\r\n', '\r\n'], ['\n', '\r\n'], ['\n', '']]) {
                const pieces = [fragment.slice(0, firstBreak)];
                for (let at = firstBreak; at < fragment.length; at += spacing) pieces.push(fragment.slice(at, at + spacing));
                const last = pieces.pop()!;
                const form = pieces.length > 0 ? `${pieces.join(sep!)}${lastSep}${last}` : last;
                for (const text of [form, ` ${form} `, `AB${form}\nCD`]) {
                  const haystack = Buffer.from(text);
                  const expected = reference.findAll(haystack).map(({ start, end }) => ({ start, end }));
                  expect(redactor.findKnown(haystack).map(({ start, end }) => ({ start, end }))).toEqual(expected);
                  if (expected.some((match) => haystack.subarray(match.start, match.end).includes(10))) found++;
                }
              }
            }
          }
        }
      }
    }
    // Some of these are wrapped forms, most are not.
    expect(found).toBeGreaterThan(100);
  });

  test('where wrapped forms of two fragments start at one place, the longer is the match there, whichever secret came first', () => {
    const line = 'Kp3vQ9wZ-first-line-of-a-key-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJ';
    const secret = `${line}\nsecond-line-of-the-key-0123456789`;
    const blob = Buffer.from(secret).toString('base64').replace(/(.{64})/g, '$1\n');
    const bytes = Buffer.from(`key: ${blob} end`);
    for (const secrets of [[line, secret], [secret, line]]) {
      const found = redactorOf(secrets, 4).findKnown(bytes).map(({ start, end }) => ({ start, end }));
      expect(found).toEqual(referenceMatches(secrets, 4, bytes));
      expect(found[0]).toEqual({ start: 5, end: 5 + blob.length });
    }
  });

  test('a wrapped form inside a range is found only when it ends inside it', () => {
    const secret = 'Zq8vR2mK5tLp-wrapped-secret-value-of-some-length-0123456789-abcdefghij';
    const redactor = redactorOf([secret], 4);
    const blob = Buffer.from(`user:${secret}`).toString('base64').replace(/(.{64})/g, '$1\n');
    const bytes = Buffer.from(`x ${blob} y`);
    const whole = redactor.findKnown(bytes);
    expect(whole.length).toBeGreaterThan(0);
    expect(whole).toEqual(referenceMatches([secret], 4, bytes).map((match) => ({ ...match, ruleId: 'known-secret' })));
    const last = whole[whole.length - 1]!;
    expect(redactor.findKnown(bytes, 0, last.end - 1).every((span) => span.end <= last.end - 1)).toBe(true);
  });

  test('the MIME and PEM forms of the fixture secret are redacted, and the redactor lists no wrapped form until asked for every form', () => {
    const redactor = redactorOf([SECRET], 4);
    const forms = producedForms(SECRET);
    for (const name of ['base64 wrapped at 76 (MIME)', 'base64 wrapped at 64 (PEM)']) expect(redactor.redact(forms[name]!)).toBe(referenceRedact([SECRET], 4, forms[name]!));
    expect(redactor.forms()).toEqual(secretVariants(SECRET, 4));
    expect(redactor.forms().some((form) => form.includes('\n'))).toBe(true);
  });

  test('forms() lists every form of every secret in the order they were registered, as before', () => {
    const secrets = ['first-secret-value-1234567890', 'second\nmulti-line-secret-value', 'first-secret-value-1234567890'];
    const redactor = redactorOf(secrets, 4);
    const expected = new Set<string>();
    for (const secret of secrets) for (const form of secretVariants(secret, 4)) expected.add(form);
    expect(redactor.forms()).toEqual([...expected]);
  });

  test('the shortest wrapped form of a fragment is as long as wrappedForms says', () => {
    for (const length of [1, 2, 3, 10, 64, 65, 66, 76, 77, 78, 140, 152, 153, 154, 1431]) {
      const fragment = BASE64.repeat(30).slice(0, length);
      const lengths = WRAP_WIDTHS.flatMap((width) => wrappedForms(fragment, width)).map((form) => form.length);
      expect(shortestWrappedLength(length)).toBe(lengths.reduce((shortest, form) => Math.min(shortest, form), lengths.length > 0 ? Number.POSITIVE_INFINITY : 0));
    }
    expect(base64Fragments('abcd').every((fragment) => fragment.length >= 4)).toBe(true);
  });
});
