import { firstBadLine } from './locate-tampering.js';
import { GENESIS_HASH, parseChain, type ChainProblem, type LedgerRecord } from './hash-chain.js';

/**
 * The head: the record count, last hash and Lamport counter of the ledger,
 * kept beside it and replaced after each append. A bare hash chain cannot show
 * that its tail was cut; the head can (and a head published elsewhere, given
 * as `--head`, can even when the head file was rewritten too). Pure.
 */
export interface LedgerHead {
  count: number;
  hash: string;
  lamport: number;
}

export const EMPTY_HEAD: LedgerHead = { count: 0, hash: GENESIS_HASH, lamport: 0 };

export function headOf(records: readonly LedgerRecord[]): LedgerHead {
  const last = records[records.length - 1];
  return last ? { count: records.length, hash: last.hash, lamport: last.lamport } : EMPTY_HEAD;
}

/** The head in a head file's text, or why there is none: only exactly this shape is a head (`null`, `{}` are not). */
export function parseHead(text: string): LedgerHead | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'the head file is not JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the head file holds no head';
  const head = value as Record<string, unknown>;
  const keys = Object.keys(head).sort().join(',');
  if (keys !== 'count,hash,lamport') return `the head file has fields ${keys || '(none)'}, not count, hash and lamport`;
  if (!Number.isSafeInteger(head.count) || (head.count as number) < 0) return 'the head count is not a whole number';
  if (typeof head.hash !== 'string' || !/^[0-9a-f]{64}$/.test(head.hash)) return 'the head hash is not a SHA-256 hash';
  if (!Number.isSafeInteger(head.lamport) || (head.lamport as number) < 0) return 'the head Lamport counter is not a whole number';
  return head as unknown as LedgerHead;
}

/** How the records stand against the head. */
export type Anchor =
  /** No records and no head: a ledger not written yet. */
  | { kind: 'empty' }
  /** The head names the last record. */
  | { kind: 'anchored' }
  /** The head names an earlier record: `extra` records were appended after it and the head was not updated (a writer killed between the two writes). */
  | { kind: 'beyond-head'; extra: number }
  /** Records but no valid head: a cut-off tail cannot be detected. */
  | { kind: 'unanchored'; why: string }
  /** The head names records that are not there, or another record: truncated or rewritten. */
  | { kind: 'broken'; problem: ChainProblem };

export function anchorOf(records: readonly LedgerRecord[], head: LedgerHead | undefined, headProblem = 'there is no head file'): Anchor {
  if (!head) return records.length === 0 ? { kind: 'empty' } : { kind: 'unanchored', why: headProblem };
  if (head.count > records.length) {
    return { kind: 'broken', problem: { line: records.length + 1, reason: `ledger ends early: head says ${head.count} record(s), file has ${records.length} (truncated)` } };
  }
  const named = head.count === 0 ? EMPTY_HEAD : headOf(records.slice(0, head.count));
  if (named.hash !== head.hash) {
    return { kind: 'broken', problem: { line: Math.max(head.count, 1), reason: `record ${head.count} is not the one the head names (rewritten)` } };
  }
  if (named.lamport !== head.lamport) {
    return { kind: 'broken', problem: { line: Math.max(head.count, 1), reason: `the head's Lamport counter ${head.lamport} does not match record ${head.count} (${named.lamport})` } };
  }
  return head.count === records.length ? { kind: 'anchored' } : { kind: 'beyond-head', extra: records.length - head.count };
}

export type VerifyResult =
  | {
      ok: true;
      count: number;
      head: LedgerHead;
      anchor: Anchor;
      /** Records after a given head (--head). */
      afterGivenHead?: number;
      /** An incomplete last line beyond the head, left by a writer killed mid-write: the next append removes it. */
      incompleteLine?: number;
    }
  | { ok: false; line: number; reason: string };

export interface VerifyOptions {
  /** The head file's head, or why there is none. */
  head?: LedgerHead | string;
  /** A head hash published elsewhere: it must be a record of this ledger (records after it are fine). */
  givenHead?: string;
}

/** Verifies a ledger's text: the chain, then the head file, then a given head. Pure. */
export function verifyLedgerText(text: string, options: VerifyOptions = {}): VerifyResult {
  const chain = parseChain(text);
  if (chain.problem) {
    // A published head tells the authentic records from forged ones next to them (an insertion is named, not its honest neighbour).
    const located = options.givenHead === undefined ? undefined : firstBadLine(text, options.givenHead);
    return located !== undefined && located < chain.problem.line
      ? { ok: false, line: located, reason: 'is not a record of the chain that leads to the given head (inserted, duplicated or reordered)' }
      : { ok: false, ...chain.problem };
  }
  const { records, tornTail } = chain;
  const head = typeof options.head === 'object' ? options.head : undefined;
  // An incomplete line the head counts was complete once: cut since, not left by a crash.
  if (tornTail && head && head.count > records.length) return { ok: false, line: tornTail.line, reason: 'the last record is incomplete, and the head counts it (cut)' };
  const anchor = anchorOf(records, head, typeof options.head === 'string' ? options.head : undefined);
  if (anchor.kind === 'broken') return { ok: false, ...anchor.problem };
  const result: VerifyResult = { ok: true, count: records.length, head: headOf(records), anchor, ...(tornTail ? { incompleteLine: tornTail.line } : {}) };
  if (options.givenHead !== undefined) {
    const at = options.givenHead === GENESIS_HASH ? 0 : records.findIndex((record) => record.hash === options.givenHead) + 1;
    if (at === 0 && options.givenHead !== GENESIS_HASH) {
      return { ok: false, line: records.length + 1, reason: `the given head ${options.givenHead} is not a record of this ledger (its tail was cut, or it was rewritten)` };
    }
    result.afterGivenHead = records.length - at;
  }
  return result;
}
