import type { LedgerHead } from '../audit/ledger-anchor.js';
import { checkSegment, type Segment } from './segment.js';
import { readSegmentHeader } from './segment-header.js';
import { checkSignature, type SegmentBinding, type SignedParts } from './segment-signature.js';

/**
 * The largest `segment.json` a restore reads, and a step publishes: a step's segment holds a few records of about a
 * kilobyte. `gates audit merge` reads the files it is given whole: they are the user's own, not a run's uploads.
 */
export const MAX_SEGMENT_FILE_BYTES = 8 * 1024 * 1024;

export interface SegmentKeyCheck {
  key: string;
  /**
   * Where the segment must have been written. A field left out is taken from
   * the segment's own signature: the MAC still proves a key holder wrote it
   * for the run it names (`gates audit merge` outside a workflow).
   */
  binding: Partial<SegmentBinding>;
}

export type VerifiedSegment = { ok: true; segment: Segment } | { ok: false; reason: string; signature: boolean };

/**
 * The one check of a segment file, for the restore and `gates audit merge`
 * (docs/ordering.md). With a key, the MAC is checked first, over the fields
 * it binds, read without parsing the records (segment-header.ts): refusing
 * an unsigned or forged segment costs one pass over its bytes, however many
 * records it claims. Only a segment whose MAC matches is then parsed and its
 * chain verified against the head the MAC bound; the MAC is checked once
 * more on what that parse produced, so the two readings cannot differ.
 * `signature` says a refusal was for the signature (not the chain).
 */
export function verifySegment(text: string, options: { expectedName?: string; key?: SegmentKeyCheck } = {}): VerifiedSegment {
  const { key } = options;
  if (key) {
    const header = readSegmentHeader(text);
    if (!header.ok) return { ok: false, reason: header.reason, signature: false };
    const signed = signatureCheck(header.fields.get('name'), header.fields.get('base'), header.fields.get('head'), header.fields.get('signature'), key);
    if (!signed.ok) return { ok: false, reason: signed.reason, signature: true };
  }
  const check = checkSegment(text, options.expectedName);
  if (!check.ok) return { ok: false, reason: check.reason, signature: false };
  if (key) {
    const { name, base, head, signature } = check.segment;
    const again = signatureCheck(name, base, head, signature, key);
    if (!again.ok) return { ok: false, reason: again.reason, signature: true };
  }
  return check;
}

function signatureCheck(name: unknown, base: unknown, head: unknown, signature: unknown, key: SegmentKeyCheck): { ok: true } | { ok: false; reason: string } {
  // Fields of the wrong type are signed as they are: a MAC over them matches only if a key holder wrote them so.
  const parts = { name, base, head: head && typeof head === 'object' ? head : {} } as SignedParts & { head: LedgerHead };
  const claimed = signature && typeof signature === 'object' ? (signature as Partial<SegmentBinding>) : {};
  const expected: SegmentBinding = {
    run: key.binding.run ?? String(claimed.run),
    attempt: key.binding.attempt ?? String(claimed.attempt),
    repository: key.binding.repository ?? String(claimed.repository),
  };
  return checkSignature(parts, signature, expected, key.key);
}
