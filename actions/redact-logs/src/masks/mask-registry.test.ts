import { describe, expect, test } from '@jest/globals';
import { Redactor } from '@gates/core';
import { MaskRegistry } from './mask-registry.js';
import { maskRefusalOf } from './mask-strength.js';
import { suiteText } from './suite-text.js';

const hit = (ruleId: string, value: string) => ({ start: 0, end: value.length, ruleId, value });

describe('which found values go to the runner masker', () => {
  test.each([
    ['pass', 'too-short'],
    ['postgres', 'dictionary-word'],
    ['mysql123', 'dictionary-word'],
    ['mongodb', 'too-short'],
    ['Welcome1!', 'dictionary-word'],
    ['deploy-bot-credentials', 'dictionary-word'],
    ['{{password}}', 'placeholder'],
    ['YOUR_PASSWORD', 'placeholder'],
    ['REPLACE_WITH_PASSWORD', 'placeholder'],
    ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'placeholder'],
    ['sk_live_AAAAAAAAAAAAAAAAAAAAAAAA', 'placeholder'],
    ['aaaaaaab', 'low-entropy'],
  ])('%s is not masked (%s)', (value, reason) => {
    expect(maskRefusalOf(value, 4)).toBe(reason);
  });

  test.each(['Zq8vR2mK5tLp', 'ghp_Zq8vR2mK5tLpW3xN7cJ4hF6dG9sB1aYe0uTi', 'Hx7@q9!vB'])('%s is masked', (value) => {
    expect(maskRefusalOf(value, 4)).toBeUndefined();
  });

  test('registration waits for the run\'s own text: a value in it is refused; the rest reach the masker, once each, up to the limit', () => {
    const redactor = new Redactor();
    const masked: string[] = [];
    redactor.onSecret((value) => masked.push(value));
    const registry = new MaskRegistry(2, 4);
    registry.file = 'logs/a.log';
    for (const value of ['Zq8vR2mK5tLp', 'Zq8vR2mK5tLp', 'report-Q9x7Vb2', 'Hx7q9vBn2Lk4', 'Mp3Wq8Zr5Tn1', 'postgres']) registry.offer(hit('url-credentials', value));
    expect(masked).toEqual([]);
    registry.register(redactor, suiteText(['wrote /state/reports/redact-logs/report-q9x7vb2/redaction.json']));
    expect(masked).toEqual(['Zq8vR2mK5tLp']);
    expect(registry.count).toBe(1);
    expect(registry.refused.map((entry) => [entry.reason, entry.count])).toEqual([
      ['mask-limit', 2],
      ['dictionary-word', 1],
      ['suite-output', 1],
    ]);
    expect(redactor.redact('verdict Zq8vR2mK5tLp')).toBe('verdict Zq8vR2mK5tLp');
  });

  test('a key block is masked by its body lines (the runner masks line by line), never by its header', () => {
    const redactor = new Redactor();
    const masked: string[] = [];
    redactor.onSecret((value) => masked.push(value));
    const registry = new MaskRegistry(100, 4);
    const line = 'MIIEowIBAAKCAQEAZq8vR2mK5tLpW3xN7cJ4hF6dG9sB1aYe0uTiOo2rQ7vK3mP';
    registry.offer(hit('private-key', `-----BEGIN RSA PRIVATE KEY-----\n${line}\n-----END RSA PRIVATE KEY-----`));
    registry.register(redactor, suiteText([]));
    expect(masked).toEqual([line]);
  });
});
