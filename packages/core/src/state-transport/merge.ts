import type { LedgerRecord } from '../audit/hash-chain.js';

/**
 * One total order over records from many runners (docs/ordering.md): by
 * Lamport counter, then by hash (a stable id every runner computes alike).
 * A record that happened before another has a smaller counter (each chain
 * counts up, and a runner that restored a segment counts past every record in
 * it), so the order respects happened-before; records that are concurrent
 * are ordered by hash, the same way on every machine, never by wall time.
 * Each record appears once (by hash): merging a segment twice changes
 * nothing. Pure.
 */
export function mergeRecords(lists: readonly (readonly LedgerRecord[])[]): LedgerRecord[] {
  const byHash = new Map<string, LedgerRecord>();
  for (const list of lists) for (const record of list) if (!byHash.has(record.hash)) byHash.set(record.hash, record);
  return [...byHash.values()].sort(compareRecords);
}

export function compareRecords(a: LedgerRecord, b: LedgerRecord): number {
  if (a.lamport !== b.lamport) return a.lamport - b.lamport;
  return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}

/** The highest Lamport counter among records (0 for none); a loop, not a spread, for long lists. */
export function highestLamport(records: readonly LedgerRecord[]): number {
  let highest = 0;
  for (const record of records) if (record.lamport > highest) highest = record.lamport;
  return highest;
}
