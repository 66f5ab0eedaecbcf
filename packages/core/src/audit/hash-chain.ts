import { createHash } from 'node:crypto';

/**
 * The audit ledger's record format and its chain, pure. Each record carries
 * the SHA-256 of the previous one (a hash chain) and a Lamport counter that
 * strictly increases, so an edited, deleted, reordered or inserted record
 * breaks the chain at a line that can be named. docs/audit.md states it.
 */
export const GENESIS_HASH = '0'.repeat(64);

export type LedgerEvent = Record<string, unknown>;

/**
 * Where and when a record was written, for one order across runners
 * (docs/ordering.md): the run and attempt, the job (and its backend id, which
 * tells matrix jobs apart), the step, the runner, and a monotonic clock reading
 * (microseconds since the machine booted: never goes back on one runner,
 * unrelated between runners).
 */
export interface RecordOrigin {
  run?: string;
  attempt?: string;
  job?: string;
  step?: string;
  runner?: string;
  mono: number;
}

export interface LedgerRecord {
  lamport: number;
  time: string;
  /** Absent in records written before origins were recorded; hashed when present. */
  origin?: RecordOrigin;
  prev: string;
  event: LedgerEvent;
  hash: string;
}

/** Every top-level field a record may have: one that is not hashed could carry anything past verification. */
export const RECORD_FIELDS: readonly string[] = ['lamport', 'time', 'origin', 'prev', 'event', 'hash'];

const HASH = /^[0-9a-f]{64}$/;

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
  const { lamport, time, origin, prev, event } = record;
  return createHash('sha256').update(canonicalJson({ lamport, time, origin, prev, event })).digest('hex');
}

export function nextRecord(previous: LedgerRecord | undefined, event: LedgerEvent, time: string, observedLamport = 0, origin?: RecordOrigin): LedgerRecord {
  const lamport = Math.max(previous?.lamport ?? 0, observedLamport) + 1;
  const partial = { lamport, time, ...(origin ? { origin } : {}), prev: previous?.hash ?? GENESIS_HASH, event };
  return { ...partial, hash: hashRecord(partial) };
}

/** Why a parsed line is not a well-formed record, or undefined. */
export function recordProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a ledger record';
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !RECORD_FIELDS.includes(key));
  if (unknown !== undefined) return `unknown field ${JSON.stringify(unknown)} (records have only ${RECORD_FIELDS.join(', ')})`;
  if (!Number.isSafeInteger(record.lamport)) return 'lamport is not an integer';
  if (typeof record.time !== 'string') return 'time is not a string';
  if (typeof record.prev !== 'string' || !HASH.test(record.prev)) return 'prev is not a SHA-256 hash';
  if (typeof record.hash !== 'string' || !HASH.test(record.hash)) return 'hash is not a SHA-256 hash';
  if (typeof record.event !== 'object' || record.event === null || Array.isArray(record.event)) return 'event is not an object';
  if (record.origin !== undefined) return originProblem(record.origin);
  return undefined;
}

function originProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'origin is not an object';
  const origin = value as Record<string, unknown>;
  if (!Number.isSafeInteger(origin.mono) || (origin.mono as number) < 0) return 'origin.mono is not a whole number';
  const text = Object.entries(origin).find(([key, item]) => key !== 'mono' && typeof item !== 'string');
  return text ? `origin.${text[0]} is not a string` : undefined;
}

export interface ChainProblem {
  /** 1-based line of the first bad record. */
  line: number;
  reason: string;
}

export interface ParsedChain {
  /** The records that verify, in order (all of them when there is no problem). */
  records: LedgerRecord[];
  problem?: ChainProblem;
  /**
   * The last line, when it is incomplete (no newline, not a record): what a
   * writer stopped mid-write leaves. `keepChars` is the text before it.
   */
  tornTail?: { line: number; keepChars: number };
}

/** Parses and verifies the chain of a ledger's text (JSON Lines). */
export function parseChain(text: string): ParsedChain {
  const lines = text.split('\n');
  const complete = lines[lines.length - 1] === '';
  if (complete) lines.pop();
  const records: LedgerRecord[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(lines[index]!);
    } catch {
      if (!complete && index === lines.length - 1) return { records, tornTail: { line, keepChars: text.length - lines[index]!.length } };
      return { records, problem: { line, reason: 'not valid JSON' } };
    }
    const shape = recordProblem(parsed);
    if (shape) return { records, problem: { line, reason: shape } };
    const record = parsed as LedgerRecord;
    if (hashRecord(record) !== record.hash) return { records, problem: { line, reason: 'content does not match its hash (edited)' } };
    const previous = records[records.length - 1];
    if (record.prev !== (previous?.hash ?? GENESIS_HASH)) {
      return { records, problem: { line, reason: 'does not follow the previous record (deleted, inserted or reordered)' } };
    }
    if (record.lamport <= (previous?.lamport ?? 0)) return { records, problem: { line, reason: 'Lamport counter does not increase' } };
    records.push(record);
  }
  return { records };
}
