import type { BinaryPolicy } from '../policy/redact-policy.js';
import type { Occurrence } from '../scrub/stream-scrubber.js';
import type { ContentKind } from './classify.js';

/** What happened to one file; the report is built from these. */
export interface FileOutcome {
  display: string;
  kind: ContentKind;
  /** redacted: secrets replaced and written; clean: nothing found (in place: file untouched); skipped/refused/failed: not scrubbed, with a reason. */
  status: 'redacted' | 'clean' | 'skipped' | 'refused' | 'failed';
  reason?: string;
  occurrences: Map<string, Occurrence>;
  /** Places replaced: overlapping matches of several rules are one. */
  replacements?: number;
  /** Archives: entries scrubbed, and entries passed through as binary. */
  entries?: { scrubbed: number; passedThrough: number };
  /** Known values found in binary content the policy leaves as it is (searched, not changed): each one fails the gate. */
  knownLeft?: number;
}

export function addOccurrences(into: Map<string, Occurrence>, from: ReadonlyMap<string, Occurrence>): void {
  for (const [rule, occurrence] of from) {
    const existing = into.get(rule);
    if (existing) {
      existing.count += occurrence.count;
      existing.alsoMatched += occurrence.alsoMatched;
    } else into.set(rule, { ...occurrence });
  }
}

/**
 * Binary content the policy leaves as it is, after the search for known
 * values: refused when it holds any (the gate fails), otherwise skipped
 * (`binary: skip`) or refused (`binary: report`), with what was searched.
 */
export function binaryLeftAsItIs(display: string, kind: ContentKind, policy: BinaryPolicy, knownLeft: number, what = 'binary content'): FileOutcome {
  if (knownLeft > 0) {
    return { display, kind, status: 'refused', reason: `${what} holds ${knownLeft} known secret value(s), left as they are (policy binary: ${policy}; binary: scrub overwrites them)`, occurrences: new Map(), knownLeft };
  }
  return { display, kind, status: policy === 'report' ? 'refused' : 'skipped', reason: `${what} (policy binary: ${policy}); searched for known values, none found; pattern rules not applied`, occurrences: new Map(), knownLeft: 0 };
}
