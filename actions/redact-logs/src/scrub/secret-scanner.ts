import { KEY_BYTES, KNOWN_SECRET_RULE, largest, LiteralMatcher, type Span } from '@gates/core';
import type { CompiledRule } from '../rules/compile-rules.js';
import { findPatternHits, type PatternHit } from '../rules/pattern-matcher.js';

/**
 * Everything that finds secrets in a window of bytes, in one pass over it: the
 * known values in all their encodings and the rules' keywords share one
 * multi-literal matcher; only rules whose keyword occurred then run their
 * regex. (One indexOf per keyword per window cost more than the whole scan.)
 * Pure.
 */
export class SecretScanner {
  private readonly matcher: LiteralMatcher;
  private readonly knownCount: number;
  /** For each keyword literal (after the known ones), the rule it belongs to. */
  private readonly keywordRule: number[] = [];
  /** Keywords shorter than the matcher's key, checked at the window's end where no byte follows them. */
  private readonly shortKeywords: { bytes: Buffer; rule: number }[] = [];
  /** No match is longer than this; the stream scrubber overlaps windows by at least this much. */
  readonly reach: number;

  constructor(knownForms: readonly string[], readonly rules: readonly CompiledRule[]) {
    const literals: Buffer[] = knownForms.map((form) => Buffer.from(form, 'utf8'));
    this.knownCount = literals.length;
    rules.forEach((rule, index) => {
      for (const keyword of rule.keywords) {
        for (const literal of keywordLiterals(keyword)) {
          literals.push(literal);
          this.keywordRule.push(index);
        }
        if (keyword.length < KEY_BYTES) this.shortKeywords.push({ bytes: keyword, rule: index });
      }
    });
    this.matcher = new LiteralMatcher(literals);
    const longestKnown = largest(literals.slice(0, this.knownCount).map((literal) => literal.length), 0);
    this.reach = largest(rules.map((rule) => rule.lead + rule.reach), longestKnown);
  }

  get literalCount(): number {
    return this.knownCount;
  }

  scan(window: Buffer): (Span | PatternHit)[] {
    const spans: (Span | PatternHit)[] = [];
    const positions: number[][] = this.rules.map(() => []);
    let lastKnownStart = -1;
    this.matcher.visit(window, 0, window.length, (literal, start, end) => {
      if (literal >= this.knownCount) {
        const found = positions[this.keywordRule[literal - this.knownCount]!]!;
        // Two keywords of one rule at one position (or the same twice) count once.
        if (found[found.length - 1] !== start) found.push(start);
      } else if (start !== lastKnownStart) {
        // Longest first at each position: later ones there are inside this one.
        lastKnownStart = start;
        spans.push({ start, end, ruleId: KNOWN_SECRET_RULE });
      }
    });
    for (const { bytes, rule } of this.shortKeywords) if (window.length >= bytes.length && window.subarray(window.length - bytes.length).equals(bytes)) positions[rule]!.push(window.length - bytes.length); // still in order: nothing comes after the end
    for (const hit of findPatternHits(this.rules, window, positions)) spans.push(hit);
    return spans;
  }
}

/** A keyword as matcher literals: itself, or when shorter than the key, itself followed by each possible byte. */
function keywordLiterals(keyword: Buffer): Buffer[] {
  if (keyword.length >= KEY_BYTES) return [keyword];
  if (keyword.length !== KEY_BYTES - 1) throw new RangeError(`keywords are at least ${KEY_BYTES - 1} bytes`);
  return Array.from({ length: 256 }, (_, byte) => Buffer.concat([keyword, Buffer.from([byte])]));
}
