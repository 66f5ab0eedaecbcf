import { describe, expect, test } from '@jest/globals';
import { goRegexToJs } from './go-regex.js';

const compile = (pattern: string) => {
  const { source, flags } = goRegexToJs(pattern);
  return new RegExp(source, flags);
};

describe('Go (RE2) regexes of gitleaks configs, as JavaScript', () => {
  test('(?i) at the start makes the whole pattern caseless, classes included', () => {
    const regex = compile('(?i)corp[_-]?token\\s*=\\s*([a-z0-9]{8})');
    expect(regex.exec('CORP-TOKEN = AbC123xY')?.[1]).toBe('AbC123xY');
    expect(regex.exec('corp_token=abcd1234')?.[1]).toBe('abcd1234');
  });

  test('scoped flag groups: (?i:…) and (?-i:…) inside a caseless pattern', () => {
    const regex = compile('(?i)api(?-i:KEY)=(?i:[A-F]{4})');
    expect(regex.test('API' + 'KEY=abcd')).toBe(true);
    expect(regex.test('apikey=abcd')).toBe(false);
    expect(compile('x(?i:abc)y').test('xABCy')).toBe(true);
    expect(compile('x(?i:abc)y').test('xABCY')).toBe(false);
  });

  test('(?P<name>…), \\z, \\A, \\Q…\\E, POSIX classes and . that stops at a newline unless (?s)', () => {
    expect(compile('(?P<secret>tok_[[:alnum:]]{6})\\z').exec('x tok_aB3dE5')?.groups?.secret).toBe('tok_aB3dE5');
    expect(compile('\\Aabc').test('xabc')).toBe(false);
    expect(compile('\\Qa.b*c\\E').test('a.b*c')).toBe(true);
    expect(compile('\\Qa.b*c\\E').test('axbbc')).toBe(false);
    expect(compile('a.b').test('a\nb')).toBe(false);
    expect(compile('(?s)a.b').test('a\nb')).toBe(true);
    expect(compile('[[:xdigit:]]{4}[[:space:]][[:punct:]]').test('beef !')).toBe(true);
  });

  test('the shapes gitleaks rules use compile: backquote escapes, (?:…) groups, bounded alternations', () => {
    for (const pattern of ['(?i)[\\w.-]{0,50}?(?:secret|token)(?:[ \\t\\w.-]{0,20})[\\s\'"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60\'"\\s=]{0,5}([\\w.=-]{10,150})(?:[\\x60\'"\\s;]|\\\\[nr]|$)', '\\b(ghp_[0-9a-zA-Z]{36})\\b', '-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\\s\\S-]{64,}?KEY(?: BLOCK)?-----']) {
      expect(() => compile(pattern)).not.toThrow();
    }
  });
});
