import { KEY_BYTES, KNOWN_SECRET_RULE, LiteralMatcher, type Span } from '@gates/core';
import type { CompiledRule } from '../rules/compile-rules.js';
import { findPatternHits, type PatternHit } from '../rules/pattern-matcher.js';
import { decodeRun, findEncodedRuns, isPrintable, MAX_RUN, type EncodedRun } from './encoded-runs.js';
import { ALLOW_MARKERS, allowedBy } from './inline-allow.js';

/** A pattern find kept because its line says `gates:allow` (or `gitleaks:allow`). */
export interface AllowedFind {
  start: number;
  ruleId: string;
  reason: string;
}

export interface ScanResult {
  spans: (Span | PatternHit)[];
  allowed: AllowedFind[];
}

export interface ScannerOptions {
  /** Decode base64, hex and percent-encoded runs and run the rules over them (default on). */
  decode?: boolean;
  /** Honour `gates:allow` / `gitleaks:allow` on a line (default on). */
  inlineAllow?: boolean;
}

/** Decoded content is decoded again at most this deep: a token in base64 in a base64 docker config. */
const MAX_DEPTH = 2;

/**
 * Everything that finds secrets in a window of bytes, in one pass over it: the
 * known values in all their encodings, the rules' keywords and the inline
 * allow markers share one multi-literal matcher; only rules whose keyword
 * occurred then run their regex. (One indexOf per keyword per window cost
 * more than the whole scan.) Encoded runs are decoded and scanned the same
 * way. Pure.
 */
export class SecretScanner {
  private readonly matcher: LiteralMatcher;
  private readonly knownCount: number;
  /** For each keyword literal (after the known ones), the rule it belongs to. */
  private readonly keywordRule: number[] = [];
  /** Literal indexes from here on are allow markers. */
  private readonly markerBase: number;
  /** Keywords shorter than the matcher's key, checked at the window's end where no byte follows them. */
  private readonly shortKeywords: { bytes: Buffer; rule: number }[] = [];
  private readonly binaryRules: readonly CompiledRule[];
  private readonly decode: boolean;
  /** No match is longer than this; the stream scrubber overlaps windows by at least this much. */
  readonly reach: number;
  /** Where several rules match one place, it is counted under the lowest: known values first, then the rules in order. */
  readonly priority: ReadonlyMap<string, number>;
  /** The path of the file being scanned (files are scanned one at a time), for rules and allowlists that look at paths. */
  file = '';

  constructor(knownForms: readonly string[], readonly rules: readonly CompiledRule[], options: ScannerOptions = {}) {
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
    this.markerBase = literals.length;
    // Markers keep pattern finds only: without rules there is nothing for them to keep.
    if ((options.inlineAllow ?? true) && rules.length > 0) for (const marker of ALLOW_MARKERS) literals.push(Buffer.from(marker));
    this.matcher = new LiteralMatcher(literals);
    // Decoded text only matters to rules: known values are searched for in their encoded forms already.
    this.decode = (options.decode ?? true) && rules.length > 0;
    this.binaryRules = rules.filter((rule) => rule.binary);
    // A loop, not Math.max(...literals): thousands of known forms overflow the call stack as arguments.
    let reach = this.decode ? MAX_RUN + 1 : 0;
    for (let index = 0; index < this.knownCount; index++) reach = Math.max(reach, literals[index]!.length);
    for (const rule of rules) reach = Math.max(reach, rule.lead + rule.reach);
    this.reach = reach;
    this.priority = new Map([[KNOWN_SECRET_RULE, -1], ...rules.map((rule, index) => [rule.id, index] as const)]);
  }

  get literalCount(): number {
    return this.knownCount;
  }

  scan(window: Buffer): ScanResult {
    const markers: { start: number; end: number }[] = [];
    const spans = this.find(window, 0, markers);
    if (markers.length === 0) return { spans, allowed: [] };
    const kept: (Span | PatternHit)[] = [];
    const allowed: AllowedFind[] = [];
    for (const span of spans) {
      const reason = 'value' in span ? allowedBy(window, markers, span.start) : undefined;
      if (reason === undefined) kept.push(span);
      else allowed.push({ start: span.start, ruleId: span.ruleId, reason });
    }
    return { spans: kept, allowed };
  }

  private find(bytes: Buffer, depth: number, markers?: { start: number; end: number }[]): (Span | PatternHit)[] {
    const spans: (Span | PatternHit)[] = [];
    const positions: number[][] = this.rules.map(() => []);
    let lastKnownStart = -1;
    this.matcher.visit(bytes, 0, bytes.length, (literal, start, end) => {
      if (literal >= this.markerBase) markers?.push({ start, end });
      else if (literal >= this.knownCount) {
        const found = positions[this.keywordRule[literal - this.knownCount]!]!;
        // Two keywords of one rule at one position (or the same twice) count once.
        if (found[found.length - 1] !== start) found.push(start);
      } else if (start !== lastKnownStart) {
        // Longest first at each position: later ones there are inside this one.
        lastKnownStart = start;
        spans.push({ start, end, ruleId: KNOWN_SECRET_RULE });
      }
    });
    for (const { bytes: keyword, rule } of this.shortKeywords) if (bytes.length >= keyword.length && bytes.subarray(bytes.length - keyword.length).equals(keyword)) positions[rule]!.push(bytes.length - keyword.length); // still in order: nothing comes after the end
    for (const hit of findPatternHits(this.rules, bytes, positions, this.file)) spans.push(hit);
    if (this.decode && depth < MAX_DEPTH) findEncodedRuns(bytes, 0, bytes.length, (run) => this.findDecoded(bytes, run, depth, spans));
    return spans;
  }

  /** A find in the decoded text scrubs the whole encoded run; the decoded value is what the runner can mask. */
  private findDecoded(bytes: Buffer, run: EncodedRun, depth: number, into: (Span | PatternHit)[]): void {
    const decoded = decodeRun(bytes, run);
    if (!decoded || decoded.length < 8) return;
    const inner = isPrintable(decoded) ? this.find(decoded, depth + 1) : this.binaryRules.length > 0 ? findPatternHits(this.binaryRules, decoded, undefined, this.file) : [];
    for (const hit of inner) {
      into.push('value' in hit && hit.ruleId !== KNOWN_SECRET_RULE ? { start: run.start, end: run.end, ruleId: hit.ruleId, value: hit.value } : { start: run.start, end: run.end, ruleId: hit.ruleId });
    }
  }
}

/** A keyword as matcher literals: itself, or when shorter than the key, itself followed by each possible byte. */
function keywordLiterals(keyword: Buffer): Buffer[] {
  if (keyword.length >= KEY_BYTES) return [keyword];
  if (keyword.length !== KEY_BYTES - 1) throw new RangeError(`keywords are at least ${KEY_BYTES - 1} bytes`);
  return Array.from({ length: 256 }, (_, byte) => Buffer.from([...keyword, byte]));
}
