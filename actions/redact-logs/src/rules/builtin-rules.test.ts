import { describe, expect, test } from '@jest/globals';
import { logNearMisses } from '../testing/log-near-misses.js';
import { nearMissesOf, samplesOf, seededRandom, testSeed } from '../testing/rule-samples.js';
import { SecretScanner } from '../scrub/secret-scanner.js';
import { BUILTIN_RULES } from './builtin-rules.js';
import { compileRules } from './compile-rules.js';
import { findPatternHits } from './pattern-matcher.js';

const rules = compileRules(BUILTIN_RULES, []);
const hitsIn = (text: string) => findPatternHits(rules, Buffer.from(text, 'latin1'));
/** The whole scanner, decoding included: what a file goes through. */
const scanner = new SecretScanner([], rules);
const scanned = (text: string) => scanner.scan(Buffer.from(text, 'latin1')).spans;
const seed = testSeed();
const seeds = Array.from({ length: 25 }, (_, index) => seed + index);

describe(`built-in pattern rules (seed ${seed}; GATES_TEST_SEED=${seed} replays)`, () => {
  test.each(BUILTIN_RULES.map((rule) => [rule.id] as const))('%s: a sample of its own format, in the line a tool prints, is found whole', (ruleId) => {
    for (const run of seeds) {
      const sample = samplesOf(BUILTIN_RULES, run).find((candidate) => candidate.ruleId === ruleId)!;
      const text = `prefix line\n${sample.line}\nsuffix line`;
      const spans = scanned(text).filter((span) => span.ruleId === ruleId);
      // The span covers the whole secret, so nothing of it survives replacement.
      const start = text.indexOf(sample.secret);
      expect({ seed: run, covered: spans.some((span) => span.start <= start && span.end >= start + sample.secret.length) }).toEqual({ seed: run, covered: true });
    }
  });

  test.each(BUILTIN_RULES.map((rule) => [rule.id, rule] as const))('%s: its near misses (placeholders, docs examples, the format with no randomness) match no rule', (_id, rule) => {
    const misses = nearMissesOf(rule);
    expect(misses.length).toBeGreaterThan(0);
    expect(misses.filter((line) => scanned(line).length > 0)).toEqual([]);
  });

  test('ordinary log lines that look like secrets (SHAs, UUIDs, image base64, integrity hashes, cache keys, docs examples) match no rule: false-positive rate 0', () => {
    const misses = logNearMisses(seededRandom(seed));
    const falsePositives = misses.filter((line) => scanned(line).length > 0);
    expect({ falsePositives, rate: falsePositives.length / misses.length }).toEqual({ falsePositives: [], rate: 0 });
    expect(misses.length).toBeGreaterThan(200);
  });

  test('every rule has a family, a sample format, a placeholder filter and, where its format is random characters, an entropy floor', () => {
    for (const rule of BUILTIN_RULES) {
      expect({ id: rule.id, family: Boolean(rule.family), sample: Boolean(rule.sample) }).toEqual({ id: rule.id, family: true, sample: true });
      // The shared placeholder filter, or (structured values) a filter of the rule's own.
      expect({ id: rule.id, placeholders: rule.placeholders !== false || rule.locate !== undefined || rule.check !== undefined }).toEqual({ id: rule.id, placeholders: true });
      // Vendor formats are random characters after a prefix; passwords (a value known by its context), key blocks and JWTs have none to measure.
      const template = typeof rule.sample === 'object' ? rule.sample.secret : '';
      const random = !['Context', 'Private keys', 'Tokens'].includes(rule.family!) && !/^\{[a-z]+:\d+\}$/i.test(template);
      expect({ id: rule.id, floor: !random || (rule.minEntropy ?? 0) >= 3 }).toEqual({ id: rule.id, floor: true });
    }
    expect(new Set(BUILTIN_RULES.map((rule) => rule.id)).size).toBe(BUILTIN_RULES.length);
  });

  test('the families the redaction issue names all have rules', () => {
    const families = new Set(BUILTIN_RULES.map((rule) => rule.family));
    for (const family of ['AWS', 'GitHub', 'GitLab', 'Slack', 'Stripe', 'Google', 'Azure', 'npm', 'PyPI', 'RubyGems', 'NuGet', 'Docker', 'OpenAI', 'Anthropic', 'Hugging Face', 'Cohere', 'Twilio', 'SendGrid', 'Mailgun', 'Mailchimp', 'Heroku', 'DigitalOcean', 'Databricks', 'Doppler', 'Grafana', 'HashiCorp', 'Sentry', 'Shopify', 'Linear', 'Postman', 'Pulumi', 'Dynatrace', 'Atlassian', 'Okta', 'New Relic', 'Datadog', 'Square', 'Private keys', 'Tokens', 'Context']) {
      expect({ family, present: families.has(family) }).toEqual({ family, present: true });
    }
  });

  test('the entropy floor keeps a low-variety value next to a credential name a non-match', () => {
    expect(hitsIn(`aws_secret_access_key = ${'a'.repeat(40)}`).filter((hit) => hit.ruleId === 'aws-secret-access-key')).toEqual([]);
    expect(hitsIn(`token=ghp_${'ab'.repeat(18)}`)).toEqual([]);
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
    const [custom] = compileRules([{ id: 'internal', description: 'x', regex: 'itk_[a-z0-9]{12}', keywords: ['itk_'], allow: ['^itk_test'] }], ['^itk_a0{11}$']);
    const hits = findPatternHits([custom!], Buffer.from('itk_testabcdefgh itk_a00000000000 itk_a1b2c3d4e5f6'));
    expect(hits.map((hit) => hit.value)).toEqual(['itk_a1b2c3d4e5f6']);
  });

  test("secretGroup 'first' takes the first group that took part, as gitleaks does when none is named", () => {
    const [rule] = compileRules([{ id: 'either', description: 'x', regex: 'a=([0-9]{4})|b=([a-z]{4})', keywords: [], secretGroup: 'first' }], []);
    expect(findPatternHits([rule!], Buffer.from('x b=wxyz y a=1234')).map((hit) => hit.value)).toEqual(['wxyz', '1234']);
  });
});
