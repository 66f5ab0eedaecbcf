import { describe, expect, test } from '@jest/globals';
import { ENCODERS, Redactor, refusalOf, wrappedForms } from '@gates/core';
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
