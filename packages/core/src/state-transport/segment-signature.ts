import { createHmac, timingSafeEqual } from 'node:crypto';
import type { LedgerHead } from '../audit/ledger-anchor.js';

/**
 * Signed segments (docs/ordering.md): with the anchor key, a segment carries
 * HMAC-SHA-256 over a canonical description of itself and of the run it was
 * written in. Any step of the run holding the runtime token can upload an
 * artifact; only a step given the key can sign one. Binding the run id and
 * the repository means a genuine segment copied from another run (or
 * repository) is refused: its MAC names where it was written. Pure.
 */
export const SIGNATURE_DOMAIN = 'gates-state-segment-mac/1';

/** Where a segment was written, as the runner tells a step (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_REPOSITORY). */
export interface SegmentBinding {
  run: string;
  attempt: string;
  repository: string;
}

/** What a signed segment carries: the binding in clear (so a refusal can say which run it names) and the MAC over it. */
export interface SegmentSignature extends SegmentBinding {
  mac: string;
}

/** The parts of a segment the MAC covers: the records are covered through the head, which the chain check ties to them. */
export interface SignedParts {
  name: string;
  base: string;
  head: LedgerHead;
}

export function segmentBinding(env: NodeJS.ProcessEnv): SegmentBinding {
  return { run: env.GITHUB_RUN_ID ?? '', attempt: env.GITHUB_RUN_ATTEMPT || '1', repository: env.GITHUB_REPOSITORY ?? '' };
}

/**
 * One unambiguous text per segment: a JSON array of the domain and each field
 * in a fixed order (JSON quotes every string, so no two descriptions run
 * together). The domain keeps this MAC apart from the keyed anchor, which
 * signs a bare head hash with the same key.
 */
export function signedText(parts: SignedParts, binding: SegmentBinding): string {
  return JSON.stringify([SIGNATURE_DOMAIN, parts.name, binding.run, binding.attempt, binding.repository, parts.base, parts.head.hash, parts.head.count, parts.head.lamport]);
}

export function signSegment(parts: SignedParts, binding: SegmentBinding, key: string): SegmentSignature {
  return { ...binding, mac: createHmac('sha256', key).update(signedText(parts, binding)).digest('hex') };
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a segment was signed with `key` in this run of this repository.
 * A segment of an earlier attempt of the run counts (a re-run of failed jobs
 * keeps the other jobs' segments); one naming a later attempt does not.
 */
export function checkSignature(parts: SignedParts, signature: unknown, expected: SegmentBinding, key: string): SignatureCheck {
  if (signature === undefined || signature === null) return { ok: false, reason: 'unsigned (no MAC; it was not written by a gates step given the anchor key)' };
  const given = signature as Partial<SegmentSignature>;
  if (typeof signature !== 'object' || [given.run, given.attempt, given.repository, given.mac].some((field) => typeof field !== 'string')) {
    return { ok: false, reason: 'its signature is malformed' };
  }
  if (given.repository !== expected.repository) return { ok: false, reason: `signed for repository ${JSON.stringify(given.repository)}, not this one` };
  if (given.run !== expected.run) return { ok: false, reason: `signed for run ${JSON.stringify(given.run)}, not this run (a segment copied from another run)` };
  if (!isAttemptUpTo(given.attempt!, expected.attempt)) return { ok: false, reason: `signed for run attempt ${JSON.stringify(given.attempt)}, not this attempt or an earlier one` };
  const wanted = Buffer.from(signSegment(parts, given as SegmentBinding, key).mac, 'hex');
  const mac = Buffer.from(/^[0-9a-f]{64}$/.test(given.mac!) ? given.mac! : '', 'hex');
  if (mac.length !== wanted.length || !timingSafeEqual(mac, wanted)) return { ok: false, reason: 'its MAC does not match (another key, or the segment was changed after signing)' };
  return { ok: true };
}

function isAttemptUpTo(attempt: string, current: string): boolean {
  return /^[1-9][0-9]{0,8}$/.test(attempt) && /^[1-9][0-9]{0,8}$/.test(current) && Number(attempt) <= Number(current);
}
