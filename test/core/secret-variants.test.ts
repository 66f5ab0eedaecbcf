import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { ENCODERS, escapeCommandData, escapeCommandProperty, Redactor, refusalOf, wrappedForms } from '@gates/core';
import { escapeMarkdown, inlineCode } from '../../packages/core/src/report/markdown.js';
import { producedForms, SECRET } from '../fixtures/secret-forms.js';

describe('secret variants', () => {
  test.each(Object.entries(producedForms(SECRET)))('%s: redacted, and no piece of it that depends on the secret alone survives', (_name, produced) => {
    const redactor = new Redactor();
    redactor.addSecret(SECRET);
    const out = redactor.redact(`before ${produced} after`);
    expect(out).toContain('***');
    expect(out.startsWith('before ')).toBe(true);
    expect(out).not.toContain(SECRET);
    // The decoded text of whatever base64 remains no longer holds the secret.
    for (const blob of out.replace(/\r?\n/g, '').match(/[A-Za-z0-9+/_-]{12,}/g) ?? []) expect(Buffer.from(blob, 'base64').toString('latin1')).not.toContain('ss"w');
  });

  test('the PowerShell sections are the runner\'s: up to the last & (or &+) and after it', () => {
    expect(ENCODERS['powershell-ampersand']!('secretpart1&secretpart2&secretpart3')).toEqual(['secretpart1&secretpart2&', 'secretpart3']);
    expect(ENCODERS['powershell-ampersand']!('abcdef&+ghijkl')).toEqual(['abcdef&+', 'hijkl'].filter((s) => s.length >= 6));
    expect(ENCODERS['powershell-ampersand']!('no-ampersand-here')).toEqual([]);
  });

  test('trimmed quotes: a quoted value is also searched for without its quotes', () => {
    expect(ENCODERS['trimmed-quotes']!('"quoted-secret-value"')).toEqual(['quoted-secret-value']);
  });

  test('wrapped forms put the first break after each possible character, then every width', () => {
    const forms = wrappedForms('ABCDEFGHIJ', 4);
    expect(forms).toContain('A\nBCDE\nFGHI\nJ');
    expect(forms).toContain('ABCD\r\nEFGH\r\nIJ');
    expect(forms).toHaveLength(8);
  });

  test('short, common and repetitive values are refused, ordinary secrets are not', () => {
    expect(['1', 'abc', 'true', 'admin', 'Password', '0000', 'abab'].map((value) => refusalOf(value, 4))).toEqual(['too-short', 'too-short', 'common-word', 'common-word', 'common-word', 'low-entropy', 'low-entropy']);
    expect(refusalOf('hunter2', 4)).toBeUndefined();
    expect(refusalOf('longer-but-allowed', 20)).toBe('too-short');
  });
});

describe('gates\' own escapings are known variants (the second line of defence)', () => {
  const alphabet = fc.constantFrom('a', 'Z', '7', '_', '*', '`', '[', ']', '(', ')', '|', '~', '#', '$', ':', '@', '.', '&', '<', '>', '"', "'", '\\', '%', ',', '!', '-', '/', 'é');
  const secrets = fc.array(alphabet, { minLength: 6, maxLength: 24 }).map((chars) => chars.join('')).filter((secret) => refusalOf(secret, 4) === undefined);

  test('a secret Markdown-escaped, entity-escaped or escaped as workflow-command data before redaction is still redacted', () => {
    fc.assert(
      fc.property(secrets, (secret) => {
        const redactor = new Redactor();
        redactor.addSecret(secret);
        const written = [
          escapeMarkdown(`name ${secret} end`),
          inlineCode(`path ${secret} x`),
          `title ${secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')} end`,
          escapeCommandData(`message ${secret} end`),
          escapeCommandProperty(secret),
        ];
        for (const text of written) {
          const out = redactor.redact(text);
          expect(out).toContain('***');
          expect(out).not.toContain(secret);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a secret with a lone surrogate (a hand-written secrets JSON: "\\ud800")', () => {
  test('is registered, and it and its URI form are redacted, instead of addSecret throwing URIError', () => {
    const redactor = new Redactor();
    const secret = 'k9\ud800Qz7wXp2LmT';
    expect(redactor.addSecret(secret)).toBe(true);
    expect(redactor.redact(`a ${secret} b`)).toBe('a *** b');
    expect(redactor.redact(`u=${encodeURIComponent('k9\ufffdQz7wXp2LmT')}`)).toBe('u=***');
  });
});
