import { LiteralMatcher, KNOWN_SECRET_RULE, type Span } from '@gates/core';
import type { CompiledRule } from '../rules/compile-rules.js';
import { findPatternHits, type PatternHit } from '../rules/pattern-matcher.js';

/** Longest pattern-rule match the built-in rules allow (a PEM block), with room to spare. */
const PATTERN_REACH = 48 * 1024;

/**
 * Everything that finds secrets in a window of bytes: the known values in all
 * their encodings (one multi-literal pass) and the pattern rules. Pure.
 */
export class SecretScanner {
  private readonly known: LiteralMatcher;
  /** No match is longer than this; the stream scrubber overlaps windows by at least this much. */
  readonly reach: number;

  constructor(knownForms: readonly string[], readonly rules: readonly CompiledRule[]) {
    this.known = new LiteralMatcher(knownForms.map((form) => Buffer.from(form, 'utf8')));
    this.reach = Math.max(this.known.longest, rules.length > 0 ? PATTERN_REACH : 0);
  }

  get knownCount(): number {
    return this.known.count;
  }

  scan(window: Buffer): (Span | PatternHit)[] {
    const spans: (Span | PatternHit)[] = this.known.findAll(window).map((match) => ({ start: match.start, end: match.end, ruleId: KNOWN_SECRET_RULE }));
    for (const hit of findPatternHits(this.rules, window)) spans.push(hit);
    return spans;
  }
}
