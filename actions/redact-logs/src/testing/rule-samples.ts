import type { RuleSpec } from '../rules/rule-spec.js';
import { SAMPLE_CHARSETS } from '../rules/rule-spec.js';

/**
 * Samples of every rule's secret, generated from the rule's own format
 * (`sample` in its spec) with a seeded generator: the same seed gives the
 * same samples, so a failure can be replayed (GATES_TEST_SEED=<seed>); a
 * new seed each run keeps tests from passing by recognising fixed strings.
 * Never a real key: random characters in a vendor's shape.
 */
export interface RuleSample {
  ruleId: string;
  /** What must not survive. */
  secret: string;
  /** The secret in the line a tool prints it in. */
  line: string;
}

export type Random = (charset: string, length: number) => string;

/** A small seeded generator (mulberry32): fast and good enough to shape test data, not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  return (charset, length) => {
    const alphabet = SAMPLE_CHARSETS[charset];
    if (!alphabet) throw new Error(`unknown sample charset ${charset}`);
    let out = '';
    for (let index = 0; index < length; index++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
}

/** The seed of this test run: GATES_TEST_SEED to replay one, else a new one. */
export function testSeed(): number {
  const fixed = Number(process.env.GATES_TEST_SEED);
  return Number.isInteger(fixed) && fixed > 0 ? fixed : 1 + Math.floor(Math.random() * 2 ** 31);
}

const TOKEN = /\{([A-Za-z0-9]+):(\d+)\}/g;

export function sampleOf(rule: RuleSpec, random: Random): RuleSample {
  if (!rule.sample) throw new Error(`rule ${rule.id} has no sample format`);
  if (typeof rule.sample === 'function') return { ruleId: rule.id, ...rule.sample(random) };
  const secret = rule.sample.secret.replace(TOKEN, (_, charset: string, length: string) => random(charset, Number(length)));
  return { ruleId: rule.id, secret, line: (rule.sample.line ?? 'found {secret} in the output').split('{secret}').join(secret) };
}

export function samplesOf(rules: readonly RuleSpec[], seed: number): RuleSample[] {
  const random = seededRandom(seed);
  return rules.map((rule) => sampleOf(rule, random));
}

/** Stand-ins people write where a secret goes: each must survive in every rule's line. */
export const PLACEHOLDER_VALUES = ['${{ secrets.DEPLOY_TOKEN }}', '$DEPLOY_TOKEN', '${DEPLOY_TOKEN}', '<your-token>', 'YOUR_PASSWORD', 'REPLACE_WITH_PASSWORD', '{password}', '{{pass}}', '***', '[REDACTED]'];

/**
 * Near misses of a rule: its own list, its line with a placeholder where the
 * secret goes, and its format with every random part one repeated character
 * (`ghp_xxxx…`, `AKIA0000…`), which its entropy floor or the placeholder
 * filter must reject.
 */
export function nearMissesOf(rule: RuleSpec): string[] {
  const misses = [...(rule.nearMisses ?? [])];
  if (rule.sample && typeof rule.sample !== 'function') {
    const { secret, line = 'found {secret} in the output' } = rule.sample;
    const flat = secret.replace(TOKEN, (_, charset: string, length: string) => (/^(?:digit|hex|HEX)$/.test(charset) ? '0' : 'x').repeat(Number(length)));
    misses.push(line.split('{secret}').join(flat));
    for (const placeholder of PLACEHOLDER_VALUES) misses.push(line.split('{secret}').join(placeholder));
  }
  return misses;
}
