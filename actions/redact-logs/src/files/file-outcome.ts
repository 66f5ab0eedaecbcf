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
}

export function addOccurrences(into: Map<string, Occurrence>, from: ReadonlyMap<string, Occurrence>): void {
  for (const [rule, occurrence] of from) {
    const existing = into.get(rule);
    if (existing) existing.count += occurrence.count;
    else into.set(rule, { ...occurrence });
  }
}
