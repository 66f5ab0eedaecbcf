import type { Span } from '@gates/core';
import type { CompiledRule } from './compile-rules.js';
import { shannonEntropy } from './entropy.js';
import { isPlaceholder } from './placeholders.js';

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
export function findPatternHits(rules: readonly CompiledRule[], window: Buffer, keywordPositions?: readonly (readonly number[])[], file = ''): PatternHit[] {
  const hits: PatternHit[] = [];
  rules.forEach((rule, index) => {
    if (rule.appliesTo && !rule.appliesTo(file)) return;
    // A rule without keywords (a user's) runs over the whole window.
    const regions = keywordPositions && rule.keywords.length > 0 ? regionsAround(keywordPositions[index] ?? [], rule, window.length) : [{ from: 0, to: window.length }];
    let lastEnd = -1;
    for (const region of regions) {
      const text = window.toString('latin1', region.from, region.to);
      const found = rule.anchored && region.positions ? matchAnchored(rule, text, region.from, region.positions, file) : matchAll(rule, text, region.from, file);
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
function matchAll(rule: CompiledRule, text: string, from: number, file: string): PatternHit[] {
  const hits: PatternHit[] = [];
  const regex = rule.regex;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    hitsOf(rule, match, text, from, hits, file);
  }
  return hits;
}

/** Tries the sticky regex only where a match must start: each keyword position plus the rule's anchor. */
function matchAnchored(rule: CompiledRule, text: string, from: number, positions: readonly number[], file: string): PatternHit[] {
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
    hitsOf(rule, match, text, from, hits, file);
  }
  return hits;
}

/** The secret(s) of one match, after the rule's filters: entropy floor, placeholders, allow list, its own check, allowlists. */
function hitsOf(rule: CompiledRule, match: RegExpExecArray, text: string, from: number, into: PatternHit[], file: string): void {
  const ranges = rule.locate ? rule.locate(text, match) : [secretRange(rule, match)];
  for (const range of ranges) {
    if (!range || range.start < 0 || range.end <= range.start) continue;
    const value = text.slice(range.start, range.end);
    if (rule.minEntropy > 0 && shannonEntropy(value) < rule.minEntropy) continue;
    if (rule.placeholders && isPlaceholder(value)) continue;
    if (rule.allow.some((pattern) => pattern.test(value))) continue;
    if (rule.check && !rule.check(value)) continue;
    if (rule.keep.length > 0 && kept(rule, value, match, text, file)) continue;
    into.push({ start: from + range.start, end: from + range.end, ruleId: rule.id, value });
  }
}

function kept(rule: CompiledRule, secret: string, match: RegExpExecArray, text: string, file: string): boolean {
  const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
  const newline = text.indexOf('\n', match.index + match[0].length);
  const find = { secret, match: match[0], line: text.slice(lineStart, newline < 0 ? text.length : newline), file };
  return rule.keep.some((filter) => filter(find));
}

function secretRange(rule: CompiledRule, match: RegExpExecArray): { start: number; end: number } | undefined {
  if (rule.secretGroup === 0) return { start: match.index, end: match.index + match[0].length };
  const indices = match.indices;
  if (!indices) return undefined;
  if (rule.secretGroup !== 'first') {
    const range = indices[rule.secretGroup];
    return range ? { start: range[0], end: range[1] } : undefined;
  }
  // gitleaks' rule: the first group that took part and is not empty; the whole match when there is none.
  for (let group = 1; group < indices.length; group++) {
    const range = indices[group];
    if (range && range[1] > range[0]) return { start: range[0], end: range[1] };
  }
  return { start: match.index, end: match.index + match[0].length };
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
