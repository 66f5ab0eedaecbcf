import { describe, expect, test } from '@jest/globals';
import { KNOWN_SECRET_RULE, Redactor } from '@gates/core';
import { BUILTIN_RULES } from '../rules/builtin-rules.js';
import { compileRules } from '../rules/compile-rules.js';
import { pkcs12Sample } from '../rules/builtin/pkcs12.js';
import { seededRandom, testSeed } from '../testing/rule-samples.js';
import { MAX_RUN } from './encoded-runs.js';
import { SecretScanner } from './secret-scanner.js';

const rules = compileRules(BUILTIN_RULES, []);
const random = seededRandom(testSeed());
const scannerWith = (options = {}) => new SecretScanner([], rules, options);
const scan = (text: string, scanner = scannerWith()) => scanner.scan(Buffer.from(text, 'latin1'));
/** The text each span covers, with its rule. */
const covered = (text: string, scanner = scannerWith()) => scan(text, scanner).spans.map((span) => [span.ruleId, text.slice(span.start, span.end)]);
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('encoded unknowns: decoded, searched, and the encoded run scrubbed', () => {
  const token = () => `ghp_${random('alnum', 36)}`;

  test.each([
    ['base64', (text: string) => b64(text)],
    ['base64url', (text: string) => Buffer.from(text).toString('base64url')],
    ['hex', (text: string) => Buffer.from(text).toString('hex')],
    ['percent-encoding', (text: string) => encodeURIComponent(text)],
  ])('a credential inside %s is found and the whole run is the span', (_name, encode) => {
    const secret = token();
    const encoded = encode(`{"registry":"ghcr.io","password":"${secret}","user":"ci"}`);
    expect(covered(`payload=${encoded} end`)).toContainEqual(['github-pat-classic', encoded]);
  });

  test('two levels deep: a docker config.json in base64 whose auth is base64 of user:token', () => {
    const secret = token();
    const config = b64(JSON.stringify({ auths: { 'ghcr.io': { auth: b64(`ci:${secret}`) } } }));
    const spans = scan(`DOCKER_AUTH_CONFIG=${config}\n`).spans;
    expect(spans.some((span) => span.start === 'DOCKER_AUTH_CONFIG='.length && span.end === 'DOCKER_AUTH_CONFIG='.length + config.length)).toBe(true);
  });

  test('a kubeconfig in base64 with a bearer token; a JWT whose payload carries a credential; a JWT wrapped in base64', () => {
    const kubeconfig = b64(`apiVersion: v1\nusers:\n- name: ci\n  user:\n    token: ${token()}\n`);
    expect(covered(`KUBECONFIG_DATA=${kubeconfig}`).map(([rule]) => rule)).toContain('github-pat-classic');
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const jwt = `${part({ alg: 'HS256' })}.${part({ sub: 'ci', aws: `AKIA${random('upperdigit', 16)}` })}.${random('b64url', 43)}`;
    expect(covered(jwt).map(([rule]) => rule).sort()).toEqual(['aws-access-key-id', 'jwt']);
    const wrapped = b64(jwt);
    expect(covered(`session=${wrapped};`)).toContainEqual(['jwt', wrapped]);
  });

  test('a PKCS#12 key store in base64 in a log (binary once decoded) is found by its header', () => {
    const { secret, line } = pkcs12Sample(random);
    expect(covered(line)).toEqual([['pkcs12', secret]]);
  });

  test('bounded: runs longer than MAX_RUN are not decoded, and nothing is decoded more than two levels deep', () => {
    const secret = token();
    const long = b64(`${'x'.repeat(MAX_RUN)} password=${secret}`);
    expect(covered(`blob ${long}`)).toEqual([]);
    const threeDeep = b64(b64(b64(`token ${secret} here, padded to be long enough`)));
    expect(covered(`x ${threeDeep}`)).toEqual([]);
    expect(covered(`x ${b64(b64(`token ${secret} here, padded`))}`).map(([rule]) => rule)).toEqual(['github-pat-classic']);
  });

  test('ordinary encoded text is decoded and left alone; decoding can be switched off', () => {
    expect(covered(`data ${b64('just a harmless sentence about the build, nothing more')}`)).toEqual([]);
    const encoded = b64(`password: ${token()}`);
    expect(covered(encoded, scannerWith({ decode: false }))).toEqual([]);
  });
});

describe('inline allow', () => {
  test('gates:allow and gitleaks:allow keep the pattern finds on their line, with the reason', () => {
    const result = scan(`ok ghp_${random('alnum', 36)} # gates:allow: test fixture <b>x</b>\nnext ghp_${random('alnum', 36)}\nfixture AKIA${random('upperdigit', 16)} // gitleaks:allow\n`);
    expect(result.spans.map((span) => span.ruleId)).toEqual(['github-pat-classic']);
    expect([...result.allowed].sort((a, b) => a.start - b.start).map((find) => [find.ruleId, find.reason])).toEqual([
      ['github-pat-classic', 'test fixture b x /b'],
      ['aws-access-key-id', ''],
    ]);
  });

  test('known values are redacted whatever the line says; the marker can be switched off', () => {
    const redactor = new Redactor();
    redactor.addSecret('Hx7q9vBn2-known');
    const scanner = new SecretScanner(redactor.forms(), rules);
    expect(scan('Hx7q9vBn2-known gates:allow', scanner).spans.map((span) => span.ruleId)).toEqual([KNOWN_SECRET_RULE]);
    const token = `ghp_${random('alnum', 36)}`;
    expect(scan(`${token} gates:allow`, scannerWith({ inlineAllow: false })).spans.map((span) => span.ruleId)).toEqual(['github-pat-classic']);
  });
});

describe('many known values', () => {
  test('1,000 known secrets (about 200,000 encoded forms) build a scanner and are found: no argument spread of unbounded lists', () => {
    const redactor = new Redactor();
    const secrets = Array.from({ length: 1000 }, () => random('alnum', 24));
    for (const secret of secrets) redactor.addSecret(secret);
    expect(redactor.forms().length).toBeGreaterThan(150_000);
    const scanner = new SecretScanner(redactor.forms(), rules);
    const spans = scanner.scan(Buffer.from(`a ${secrets[0]} b ${b64(`ci:${secrets[999]}`)} c`)).spans;
    expect(spans.filter((span) => span.ruleId === KNOWN_SECRET_RULE).length).toBeGreaterThanOrEqual(2);
  });
});
