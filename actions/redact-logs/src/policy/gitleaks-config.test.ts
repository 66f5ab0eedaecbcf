import { describe, expect, test } from '@jest/globals';
import { parse } from 'smol-toml';
import { compileRules } from '../rules/compile-rules.js';
import { findPatternHits } from '../rules/pattern-matcher.js';
import { gitleaksRules } from './gitleaks-config.js';

const CONFIG = `
title = "team rules"

[extend]
useDefault = true

[[rules]]
id = "corp-token"
description = "Corp service token"
regex = '''(?i)corp[_-]?token\\s*[:=]\\s*["']?(ctk_[a-z0-9]{16})'''
secretGroup = 1
entropy = 3.0
keywords = ["corp_token", "corp-token"]

  [[rules.allowlists]]
  regexTarget = "line"
  regexes = ['''fixture''']

  [[rules.allowlists]]
  condition = "AND"
  stopwords = ["sample"]
  paths = ['''^docs/''']

[[rules]]
id = "corp-legacy"
regex = '''legacy-[0-9a-f]{20}'''
keywords = ["legacy-"]
path = '''\\.log$'''

[[rules]]
id = "only-files"
path = '''\\.p12$'''

[allowlist]
description = "global"
stopwords = ["dummy"]
`;

const loaded = () => gitleaksRules(lower(parse(CONFIG)) as Record<string, unknown>, '.gitleaks.toml', CONFIG);
const lower = (value: unknown): unknown => (Array.isArray(value) ? value.map(lower) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key.toLowerCase(), lower(item)])) : value);

describe('gitleaks config', () => {
  test('rules keep their regex, secretGroup, entropy and keywords (in every case), under a gitleaks: prefix', () => {
    const config = loaded();
    const rules = compileRules(config.rules, [], undefined, config.keep);
    expect(rules.map((rule) => rule.id)).toEqual(['gitleaks:corp-token', 'gitleaks:corp-legacy']);
    const hits = (text: string, file = 'build.log') => findPatternHits(rules, Buffer.from(text), undefined, file).map((hit) => [hit.ruleId, hit.value]);
    expect(hits('CORP_TOKEN = "ctk_a1b2c3d4e5f6g7h8"')).toEqual([['gitleaks:corp-token', 'ctk_a1b2c3d4e5f6g7h8']]);
    expect(hits('corp-token: ctk_aaaaaaaaaaaaaaaa')).toEqual([]);
    expect(rules[0]!.keywords.map(String)).toEqual(expect.arrayContaining(['corp_t', 'CORP_T', 'Corp-T']));
  });

  test('allowlists: regexTarget line, AND of stopwords and paths, a global stopword; rule paths', () => {
    const config = loaded();
    const rules = compileRules(config.rules, [], undefined, config.keep);
    const hits = (text: string, file: string) => findPatternHits(rules, Buffer.from(text), undefined, file).map((hit) => hit.value);
    expect(hits('corp_token=ctk_a1b2c3d4e5f6g7h8 # fixture', 'x.log')).toEqual([]);
    expect(hits('corp_token=ctk_sample9e5f6g7h8x', 'docs/setup.md')).toEqual([]);
    expect(hits('corp_token=ctk_sample9e5f6g7h8x', 'build.log')).toEqual(['ctk_sample9e5f6g7h8x']);
    expect(hits('corp_token=ctk_dummy39e5f6g7h8x', 'build.log')).toEqual([]);
    expect(hits('legacy-0123abcd4567ef890123', 'build.log')).toEqual(['legacy-0123abcd4567ef890123']);
    expect(hits('legacy-0123abcd4567ef890123', 'report.json')).toEqual([]);
  });

  test('what is not used is said: [extend] and path-only rules', () => {
    expect(loaded().notes).toEqual([expect.stringContaining('[extend] is not followed'), expect.stringContaining('rule only-files has no regex')]);
  });

  test("a regex that does not compile is a config error at its rule's line; so is a targetRules name that does not exist", () => {
    const text = '[[rules]]\nid = "bad"\nregex = "(?i)tok_(["\n\n[[allowlists]]\ntargetRules = ["nope"]\nstopwords = ["x"]\n';
    const attempt = () => gitleaksRules(lower(parse(text)) as Record<string, unknown>, '.gitleaks.toml', text);
    expect(attempt).toThrow(expect.objectContaining({ code: 'GATES_E_CONFIG_INVALID', exitCode: 2 }));
    try {
      attempt();
    } catch (error) {
      const details = (error as { toJSON(): { details: { message: string; location?: { line?: number } }[] } }).toJSON().details;
      expect(details.map((detail) => [detail.location?.line, detail.message.split(':')[0]])).toEqual([
        [2, 'rule bad'],
        [6, 'allowlists'],
      ]);
    }
  });
});
