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
    const regions = keywordPositions ? regionsAround(keywordPositions[index] ?? [], rule, window.length) : [[0, window.length] as const];
    let lastEnd = -1;
    for (const [from, to] of regions) {
      for (const hit of matchRegion(rule, window, from, to)) {
        // Regions of one rule can overlap: a match is taken once.
        if (hit.start < lastEnd) continue;
        lastEnd = hit.end;
        hits.push(hit);
      }
    }
  });
  return hits;
}

function matchRegion(rule: CompiledRule, window: Buffer, from: number, to: number): PatternHit[] {
  const text = window.toString('latin1', from, to);
  const hits: PatternHit[] = [];
  const regex = rule.regex;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    const [start, end] = rule.secretGroup > 0 ? (match.indices?.[rule.secretGroup] ?? [-1, -1]) : [match.index, match.index + match[0].length];
    if (start < 0) continue;
    const value = text.slice(start, end);
    if (rule.minEntropy > 0 && shannonEntropy(value) < rule.minEntropy) continue;
    if (rule.allow.some((pattern) => pattern.test(value))) continue;
    hits.push({ start: from + start, end: from + end, ruleId: rule.id, value });
  }
  return hits;
}

/** Sorted keyword positions → merged [from, to) regions of about REGION_BYTES, each covering lead..reach around its keywords. */
function regionsAround(positions: readonly number[], rule: CompiledRule, length: number): (readonly [number, number])[] {
  const regions: [number, number][] = [];
  for (const position of positions) {
    const from = Math.max(0, position - rule.lead);
    const to = Math.min(length, position + rule.reach);
    const last = regions[regions.length - 1];
    if (last && from <= last[1] && to - last[0] <= REGION_BYTES + rule.lead + rule.reach) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}
