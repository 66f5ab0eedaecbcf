import { describe, expect, test } from '@jest/globals';
import { pkcs12Sample } from './builtin/pkcs12.js';
import { seededRandom, testSeed } from '../testing/rule-samples.js';
import { BUILTIN_RULES } from './builtin-rules.js';
import { compileRules } from './compile-rules.js';
import { findPatternHits } from './pattern-matcher.js';

const rules = compileRules(BUILTIN_RULES, []);
const random = seededRandom(testSeed());
const hitsIn = (text: string) => findPatternHits(rules, Buffer.from(text, 'latin1'));
const body = (lines: number) => Array.from({ length: lines }, () => random('b64', 64)).join('\n');

describe('private keys', () => {
  test.each(['RSA ', 'EC ', 'DSA ', '', 'ENCRYPTED ', 'OPENSSH ', 'PGP ', 'SSH2 ENCRYPTED '])('a %sPRIVATE KEY block is taken from header to footer', (kind) => {
    const block = `-----BEGIN ${kind}PRIVATE KEY${kind === 'PGP ' ? ' BLOCK' : ''}-----\n${body(6)}\n-----END ${kind}PRIVATE KEY${kind === 'PGP ' ? ' BLOCK' : ''}-----`;
    expect(hitsIn(`key:\n${block}\nafter`).map((hit) => [hit.ruleId, hit.value])).toEqual([['private-key', block]]);
  });

  test('inside a JSON string (\\n escapes), with an odd-dashed footer, and cut off before its footer', () => {
    const escaped = `-----BEGIN PRIVATE KEY-----\\n${body(4).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----`;
    expect(hitsIn(`{"private_key": "${escaped}\\n", "client_email": "x"}`).map((hit) => hit.value)).toEqual([escaped]);
    const odd = `-----BEGIN RSA PRIVATE KEY-----\n${body(4)}\n-----END RSA PRIVATE KEY----`;
    expect(hitsIn(odd).map((hit) => hit.value)).toEqual([odd]);
    const lines = body(5);
    const cut = `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines}\n`;
    const [hit] = hitsIn(`${cut}[log truncated]`);
    expect(hit?.value.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----')).toBe(true);
    expect(hit?.value).toContain(lines.split('\n').at(-1));
  });

  test('a PuTTY key from its header to its MAC', () => {
    const ppk = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ci\nPublic-Lines: 2\n${body(2)}\nPrivate-Lines: 1\n${body(1)}\nPrivate-MAC: ${random('hex', 64)}`;
    expect(hitsIn(ppk).map((hit) => [hit.ruleId, hit.value])).toEqual([['putty-private-key', ppk]]);
  });

  test('an age secret key', () => {
    const key = `AGE-SECRET-KEY-1${random('bech32', 58)}`;
    expect(hitsIn(`# public key: age1xyz\n${key}\n`).map((hit) => [hit.ruleId, hit.value])).toEqual([['age-secret-key', key]]);
  });
});

describe('JSON Web Tokens', () => {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  test('a signed token and an alg "none" token with an empty signature', () => {
    const signed = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ sub: random('alnum', 10) })}.${random('b64url', 86)}`;
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: random('alnum', 10), admin: true })}.`;
    expect(hitsIn(`id_token=${signed}&state=x`).filter((hit) => hit.ruleId === 'jwt').map((hit) => hit.value)).toEqual([signed]);
    expect(hitsIn(`token ${unsigned} accepted`).map((hit) => hit.value)).toEqual([unsigned]);
  });
});

describe('PKCS#12 key stores', () => {
  test('found by the PFX header in binary content, taken to the end its DER length gives', () => {
    const der = Buffer.from(pkcs12Sample(random).secret, 'base64');
    const content = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), der, Buffer.from([0, 0, 9])]);
    const [hit] = findPatternHits(rules, content);
    expect(hit).toMatchObject({ ruleId: 'pkcs12', start: 7, end: 7 + der.length });
  });

  test('a certificate (DER too, version 1 not 3) is not a key store', () => {
    const certificate = Buffer.from('MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ', 'base64');
    expect(findPatternHits(rules, certificate)).toEqual([]);
  });
});
