import { gateStatuses, type LedgerRecord } from '@gates/core';
import type { GateHistory, GateVerdict } from './request.js';

/**
 * Each gate's standing for one commit, from the audit ledger's records in
 * order (the core's gateStatuses: a failure stands until an audited
 * override; the suite's own gate names count only from the action itself).
 * Pure.
 */
export function gateHistory(records: readonly LedgerRecord[], sha: string | undefined): GateHistory {
  const verdicts = new Map<string, GateVerdict>();
  const sources = new Map<string, string>();
  for (const [gate, standing] of gateStatuses(records, sha)) {
    const overrides = standing.overrides.map((override) => `failure overridden by ${override.by}: ${override.reason}`);
    if (standing.source || overrides.length) sources.set(gate, [standing.source, ...overrides].filter(Boolean).join('; '));
    if (standing.status !== 'missing') verdicts.set(gate, standing.status);
  }
  return { verdicts, sources };
}

