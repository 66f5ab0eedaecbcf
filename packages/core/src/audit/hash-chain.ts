import { createHash } from 'node:crypto';

/**
 * The audit ledger's record format and its verification, pure. Each record
 * carries the SHA-256 of the previous one (a hash chain) and a Lamport counter
 * that strictly increases, so an edited, deleted, reordered or inserted record
 * breaks the chain at a line that can be named.
 */
export const GENESIS_HASH = '0'.repeat(64);

export type LedgerEvent = Record<string, unknown>;

export interface LedgerRecord {
  lamport: number;
  time: string;
  prev: string;
  event: LedgerEvent;
  hash: string;
}

/** JSON with object keys sorted at every level, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashRecord(record: Omit<LedgerRecord, 'hash'>): string {
  const { lamport, time, prev, event } = record;
  return createHash('sha256').update(canonicalJson({ lamport, time, prev, event })).digest('hex');
}

export function nextRecord(previous: LedgerRecord | undefined, event: LedgerEvent, time: string, observedLamport = 0): LedgerRecord {
  const lamport = Math.max(previous?.lamport ?? 0, observedLamport) + 1;
  const partial = { lamport, time, prev: previous?.hash ?? GENESIS_HASH, event };
  return { ...partial, hash: hashRecord(partial) };
}

/** The last record's counter and hash, kept beside the ledger so truncation shows. */
export interface LedgerHead {
  lamport: number;
  hash: string;
  count: number;
}

export type VerifyResult =
  | { ok: true; count: number; head: LedgerHead | undefined }
  | { ok: false; line: number; reason: string };

export function verifyLedgerText(text: string, head?: LedgerHead): VerifyResult {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let previous: LedgerRecord | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    let record: LedgerRecord;
    try {
      record = JSON.parse(lines[index]!) as LedgerRecord;
    } catch {
      return { ok: false, line, reason: 'not valid JSON' };
    }
    if (typeof record !== 'object' || record === null || typeof record.hash !== 'string') {
      return { ok: false, line, reason: 'not a ledger record' };
    }
    if (hashRecord(record) !== record.hash) return { ok: false, line, reason: 'content does not match its hash (edited)' };
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    if (record.prev !== expectedPrev) {
      return { ok: false, line, reason: 'does not follow the previous record (deleted, inserted or reordered)' };
    }
    if (!Number.isInteger(record.lamport) || record.lamport <= (previous?.lamport ?? 0)) {
      return { ok: false, line, reason: 'Lamport counter does not increase' };
    }
    previous = record;
  }
  const count = lines.length;
  if (head && (head.count !== count || head.hash !== (previous?.hash ?? GENESIS_HASH))) {
    return { ok: false, line: count + 1, reason: `ledger ends early: head says ${head.count} record(s), file has ${count} (truncated)` };
  }
  return { ok: true, count, head: previous ? { lamport: previous.lamport, hash: previous.hash, count } : undefined };
}
