import type { Span } from '@gates/core';
import type { CompiledRule } from './compile-rules.js';
import { shannonEntropy } from './entropy.js';

/** A pattern-rule hit: where, which rule, and the secret text (for masks; never printed). */
export interface PatternHit extends Span {
  value: string;
}

/** Regions are decoded to strings of about this size: small enough to stay in V8's young generation. */
const REGION_BYTES = 64 * 1024;

/**
 * Runs pattern rules over one window of bytes. With `keywordPositions` (where
 * each rule's keywords occur), a rule's regex runs only over the regions a
 * match could occupy around them; without, over the whole window. Bytes are
 * read as latin1 so string offsets are byte offsets; the rules are ASCII, so
 * UTF-8 text around them does not matter. Pure.
 */
export function findPatternHits(rules: readonly CompiledRule[], window: Buffer, keywordPositions?: readonly (readonly number[])[]): PatternHit[] {
  const hits: PatternHit[] = [];
  rules.forEach((rule, index) => {
    const regions = keywordPositions ? regionsAround(keywordPositions[index] ?? [], rule, window.length) : [{ from: 0, to: window.length }];
    let lastEnd = -1;
    for (const region of regions) {
      const text = window.toString('latin1', region.from, region.to);
      const found = rule.anchored && region.positions ? matchAnchored(rule, text, region.from, region.positions) : matchAll(rule, text, region.from);
      for (const hit of found) {
        // Regions of one rule can overlap: a match is taken once.
        if (hit.start < lastEnd) continue;
        lastEnd = hit.end;
        hits.push(hit);
      }
    }
  });
  return hits;
}

/** Searches the whole region text. */
function matchAll(rule: CompiledRule, text: string, from: number): PatternHit[] {
  const hits: PatternHit[] = [];
  const regex = rule.regex;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    const hit = hitOf(rule, match, text, from);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** Tries the sticky regex only where a match must start: each keyword position plus the rule's anchor. */
function matchAnchored(rule: CompiledRule, text: string, from: number, positions: readonly number[]): PatternHit[] {
  const hits: PatternHit[] = [];
  const { regex, offset } = rule.anchored!;
  let after = 0;
  for (const position of positions) {
    const at = position + offset - from;
    if (at < after || at < 0 || at >= text.length) continue;
    regex.lastIndex = at;
    const match = regex.exec(text);
    if (!match) continue;
    after = at + Math.max(1, match[0].length);
    const hit = hitOf(rule, match, text, from);
    if (hit) hits.push(hit);
  }
  return hits;
}

function hitOf(rule: CompiledRule, match: RegExpExecArray, text: string, from: number): PatternHit | undefined {
  const [start, end] = rule.secretGroup > 0 ? (match.indices?.[rule.secretGroup] ?? [-1, -1]) : [match.index, match.index + match[0].length];
  if (start < 0) return undefined;
  const value = text.slice(start, end);
  if (rule.minEntropy > 0 && shannonEntropy(value) < rule.minEntropy) return undefined;
  if (rule.allow.some((pattern) => pattern.test(value))) return undefined;
  return { start: from + start, end: from + end, ruleId: rule.id, value };
}

interface Region {
  from: number;
  to: number;
  /** The keyword positions the region was built around (window offsets). */
  positions?: number[];
}

/** Sorted keyword positions → merged regions of about REGION_BYTES, each covering lead..reach around its keywords. */
function regionsAround(positions: readonly number[], rule: CompiledRule, length: number): Region[] {
  const regions: Required<Region>[] = [];
  for (const position of positions) {
    const from = Math.max(0, position - rule.lead);
    const to = Math.min(length, position + rule.reach);
    const last = regions[regions.length - 1];
    if (last && from <= last.to && to - last.from <= REGION_BYTES + rule.lead + rule.reach) {
      last.to = Math.max(last.to, to);
      last.positions.push(position);
    } else regions.push({ from, to, positions: [position] });
  }
  return regions;
}
