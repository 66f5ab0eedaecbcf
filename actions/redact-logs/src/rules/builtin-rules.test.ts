import { describe, expect, test } from '@jest/globals';
import { fakeCredentials, nearMisses } from '../testing/fake-credentials.js';
import { BUILTIN_RULES } from './builtin-rules.js';
import { compileRules } from './compile-rules.js';
import { findPatternHits } from './pattern-matcher.js';

const rules = compileRules(BUILTIN_RULES, []);
const hitsIn = (text: string) => findPatternHits(rules, Buffer.from(text, 'latin1'));

describe('built-in pattern rules', () => {
  test.each(fakeCredentials().map((planted) => [planted.ruleId, planted] as const))('%s: finds the credential in the line a tool prints', (ruleId, planted) => {
    const hits = hitsIn(`prefix line\n${planted.line}\nsuffix line`);
    const own = hits.filter((hit) => hit.ruleId === ruleId);
    expect(own.length).toBeGreaterThan(0);
    // The span covers the whole secret, so nothing of it survives replacement.
    expect(own.some((hit) => hit.value.includes(planted.secret) || planted.secret.includes(hit.value))).toBe(true);
    expect(own.some((hit) => hit.value === planted.secret || hit.value.includes(planted.secret))).toBe(true);
  });

  test('every built-in rule is exercised by a planted credential', () => {
    const planted = new Set(fakeCredentials().map((credential) => credential.ruleId));
    expect(BUILTIN_RULES.map((rule) => rule.id).filter((id) => !planted.has(id))).toEqual([]);
  });

  test('near-miss strings (SHAs, UUIDs, image base64, integrity hashes, placeholders) match no rule: false-positive rate 0', () => {
    const misses = nearMisses();
    const falsePositives = misses.filter((line) => hitsIn(line).length > 0);
    expect({ falsePositives, rate: falsePositives.length / misses.length }).toEqual({ falsePositives: [], rate: 0 });
    expect(misses.length).toBeGreaterThan(200);
  });

  test('a Google API key may end in "-" or "_" (no word boundary there) and is still taken whole', () => {
    for (const key of ['AIzaSyD4x9Q2mVb7Lr0nTt3Wc8Kp1Zy6Hf5Gjw-', 'AIzaSyD4x9Q2mVb7Lr0nTt3Wc8Kp1Zy6Hf5Gjw_']) {
      expect(hitsIn(`GET /maps/api/geocode/json?key=${key}`).map((hit) => [hit.ruleId, hit.value])).toEqual([['google-api-key', key]]);
    }
  });

  test('the URL rule takes only the password, so the URL stays readable', () => {
    const [hit] = hitsIn('fetch https://bot:s3cr3t-Passw0rd@git.example.com/repo.git');
    expect(hit).toMatchObject({ ruleId: 'url-credentials', value: 's3cr3t-Passw0rd' });
  });

  test('the entropy floor keeps a 40-character word-like value next to "aws secret" a non-match', () => {
    expect(hitsIn(`aws_secret_access_key = ${'a'.repeat(40)}`).filter((hit) => hit.ruleId === 'aws-secret-access-key')).toEqual([]);
  });

  test('every quantifier is bounded, so a match always fits in the scanner overlap', () => {
    for (const rule of BUILTIN_RULES) expect({ id: rule.id, unbounded: /(?<!\\)[*+]|\{\d+,\}/.test(rule.regex.replace(/\[[^\]]*\]/g, '')) }).toEqual({ id: rule.id, unbounded: false });
  });
});

describe('compileRules', () => {
  test('a regex that does not compile is a config error at its line, with every problem listed', () => {
    const positions = { value: new Map([['/rules/custom/0/regex', { line: 7, column: 12 }], ['/rules/custom/1/secret-group', { line: 12, column: 21 }]]), key: new Map() };
    const attempt = () =>
      compileRules(
        [
          { id: 'broken', description: 'x', regex: 'tok_([a-z]+', keywords: ['tok_'] },
          { id: 'no-group', description: 'y', regex: 'key_[a-z]{8}', keywords: ['key_'], secretGroup: 1 },
        ],
        [],
        { file: '.github/gates-redact.yml', positions, rulesPointer: '/rules/custom', allowPointer: '/allow' },
      );
    expect(attempt).toThrow(expect.objectContaining({ code: 'GATES_E_CONFIG_INVALID', exitCode: 2 }));
    try {
      attempt();
    } catch (error) {
      const json = (error as { toJSON(): { details: { message: string; location?: { line?: number } }[] } }).toJSON();
      expect(json.details.map((detail) => [detail.location?.line, detail.message.split(':')[0]])).toEqual([
        [7, 'rule broken'],
        [12, 'rule no-group'],
      ]);
    }
  });

  test('a rule that matches the empty string is refused: it would match everywhere', () => {
    const messages = () => {
      try {
        compileRules([{ id: 'empty', description: 'x', regex: 'a*', keywords: ['aa'] }], []);
        return [];
      } catch (error) {
        return (error as { toJSON(): { details: { message: string }[] } }).toJSON().details.map((detail) => detail.message);
      }
    };
    expect(messages()).toEqual([expect.stringMatching(/matches the empty string/)]);
  });

  test('allow patterns keep a value the rule would otherwise take', () => {
    const [custom] = compileRules([{ id: 'internal', description: 'x', regex: 'itk_[a-z0-9]{12}', keywords: ['itk_'], allow: ['^itk_test'] }], ['^itk_0{12}$']);
    const hits = findPatternHits([custom!], Buffer.from('itk_testabcdefgh itk_000000000000 itk_a1b2c3d4e5f6'));
    expect(hits.map((hit) => hit.value)).toEqual(['itk_a1b2c3d4e5f6']);
  });
});
