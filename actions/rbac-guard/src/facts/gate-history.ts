import type { LedgerRecord } from '@gates/core';
import type { GateHistory, GateVerdict } from './request.js';

/**
 * Each gate's latest verdict for one commit, from audit-ledger records in
 * order. A record counts for gate G when it was written by action G (pin-check
 * and friends) or names `gate: G` (`gates audit record`). Pure.
 */
export function gateHistory(records: readonly LedgerRecord[], sha: string | undefined): GateHistory {
  const verdicts = new Map<string, GateVerdict>();
  if (!sha) return { verdicts };
  for (const record of records) {
    const event = record.event as { action?: unknown; gate?: unknown; verdict?: unknown; sha?: unknown };
    if (event.sha !== sha || !isVerdict(event.verdict)) continue;
    const gate = typeof event.gate === 'string' ? event.gate : typeof event.action === 'string' ? event.action : undefined;
    if (gate && gate !== 'rbac-guard') verdicts.set(gate, event.verdict);
  }
  return { verdicts };
}

function isVerdict(value: unknown): value is GateVerdict {
  return value === 'pass' || value === 'fail' || value === 'empty';
}
