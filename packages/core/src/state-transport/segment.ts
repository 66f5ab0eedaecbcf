import { hashRecord, recordProblem, type LedgerRecord } from '../audit/hash-chain.js';
import { headOf, type LedgerHead } from '../audit/ledger-anchor.js';
import { signSegment, type SegmentBinding, type SegmentSignature } from './segment-signature.js';

/**
 * A segment: the ledger records one step appended (and any the job appended
 * before it that no segment carried yet), as one immutable artifact, with the
 * head of those records. Its chain starts at `base` (the hash of the record
 * before it on that runner, 64 zeros at genesis). Pure.
 */
export const SEGMENT_FORMAT = 'gates-state-segment/1';
export const SEGMENT_FILE = 'segment.json';

export interface Segment {
  format: typeof SEGMENT_FORMAT;
  name: string;
  base: string;
  head: LedgerHead;
  records: LedgerRecord[];
  /** With the anchor key: where it was written and the MAC (segment-signature.ts). Checked by the restore, not here. */
  signature?: SegmentSignature;
}

export function buildSegment(name: string, base: string, records: readonly LedgerRecord[], signing?: { key: string; binding: SegmentBinding }): Segment {
  const head = { ...headOf(records), count: records.length };
  const signature = signing ? { signature: signSegment({ name, base, head }, signing.binding, signing.key) } : {};
  return { format: SEGMENT_FORMAT, name, base, head, records: [...records], ...signature };
}

export type SegmentCheck = { ok: true; segment: Segment } | { ok: false; reason: string };

/** Parses and verifies a segment file: its shape, each record's hash, the chain from `base`, rising Lamport counters, and the head. */
export function checkSegment(text: string, expectedName?: string): SegmentCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON (corrupt or truncated)' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'not a segment' };
  const segment = value as Partial<Segment>;
  if (segment.format !== SEGMENT_FORMAT) return { ok: false, reason: `unknown format ${JSON.stringify(segment.format)} (expected ${SEGMENT_FORMAT})` };
  if (typeof segment.name !== 'string' || (expectedName !== undefined && segment.name !== expectedName)) {
    return { ok: false, reason: `names itself ${JSON.stringify(segment.name)}, not the artifact it came in` };
  }
  if (typeof segment.base !== 'string' || !/^[0-9a-f]{64}$/.test(segment.base)) return { ok: false, reason: 'base is not a SHA-256 hash' };
  if (!Array.isArray(segment.records) || segment.records.length === 0) return { ok: false, reason: 'holds no records' };
  const head = segment.head as Partial<LedgerHead> | undefined;
  if (!head || typeof head !== 'object') return { ok: false, reason: 'has no head' };
  let previous: LedgerRecord | undefined;
  for (const [index, record] of segment.records.entries()) {
    const where = `record ${index + 1}`;
    const shape = recordProblem(record);
    if (shape) return { ok: false, reason: `${where}: ${shape}` };
    if (hashRecord(record) !== record.hash) return { ok: false, reason: `${where}: content does not match its hash (edited)` };
    if (record.prev !== (previous?.hash ?? segment.base)) return { ok: false, reason: `${where}: does not follow the record before it (deleted, inserted or reordered)` };
    if (previous && record.lamport <= previous.lamport) return { ok: false, reason: `${where}: Lamport counter does not increase` };
    previous = record;
  }
  if (head.count !== segment.records.length || head.hash !== previous!.hash || head.lamport !== previous!.lamport) {
    return { ok: false, reason: `its head does not name its last record (records cut or added)` };
  }
  return { ok: true, segment: segment as Segment };
}
