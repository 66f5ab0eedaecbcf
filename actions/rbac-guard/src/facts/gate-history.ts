import { gateStatuses, type LedgerRecord } from '@gates/core';
import type { GateHistory, GateVerdict } from './request.js';

/**
 * Each gate's standing for one commit, from the audit ledger's records in
 * order (the core's gateStatuses: a failure stands until an audited
 * override; the suite's own gate names count only from the action itself).
 * A verdict restored from another job's segment names it (and is unsigned
 * when no anchor key checked its MAC). Pure.
 */
export function gateHistory(records: readonly LedgerRecord[], sha: string | undefined, segments?: SegmentOrigins): GateHistory {
  const verdicts = new Map<string, GateVerdict>();
  const sources = new Map<string, string>();
  const unsigned = new Set<string>();
  for (const [gate, standing] of gateStatuses(records, sha)) {
    const overrides = standing.overrides.map((override) => `failure overridden by ${override.by}: ${override.reason}`);
    const segment = standing.record === undefined ? undefined : segments?.segmentOf(standing.record);
    const from = segment && `from segment ${segment}${segments!.signed ? ', signature checked' : ''}`;
    if (segment && !segments!.signed) unsigned.add(gate);
    if (standing.source || overrides.length) sources.set(gate, [standing.source, from, ...overrides].filter(Boolean).join('; '));
    if (standing.status !== 'missing') verdicts.set(gate, standing.status);
  }
  return { verdicts, sources, ...(unsigned.size ? { unsigned } : {}) };
}

/** Which segment of another job a record was restored from (none: this runner wrote it), and whether signatures were checked. */
export interface SegmentOrigins {
  segmentOf(hash: string): string | undefined;
  signed: boolean;
}

