import type { Span } from '@gates/core';
import type { CompiledRule } from './compile-rules.js';
import { shannonEntropy } from './entropy.js';

/** A pattern-rule hit: where, which rule, and the secret text (for masks; never printed). */
export interface PatternHit extends Span {
  value: string;
}

/**
 * Runs the pattern rules over one window of bytes. The window is read as
 * latin1 so string offsets are byte offsets; the rules are ASCII, so UTF-8
 * text around them does not matter. Pure.
 */
export function findPatternHits(rules: readonly CompiledRule[], window: Buffer): PatternHit[] {
  const hits: PatternHit[] = [];
  let text: string | undefined;
  for (const rule of rules) {
    if (!rule.keywords.some((keyword) => window.indexOf(keyword) >= 0)) continue;
    text ??= window.toString('latin1');
    const regex = rule.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0].length === 0) regex.lastIndex++;
      const [start, end] = rule.secretGroup > 0 ? (match.indices?.[rule.secretGroup] ?? [-1, -1]) : [match.index, match.index + match[0].length];
      if (start < 0) continue;
      const value = text.slice(start, end);
      if (rule.minEntropy > 0 && shannonEntropy(value) < rule.minEntropy) continue;
      if (rule.allow.some((pattern) => pattern.test(value))) continue;
      hits.push({ start, end, ruleId: rule.id, value });
    }
  }
  return hits;
}
