import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The keyed anchor (docs/audit.md): HMAC-SHA-256 of the head hash with a
 * secret key. Whoever rewrites and re-hashes a whole ledger can publish a new
 * head, but not a matching anchor without the key. Pure.
 */
export function keyedAnchor(head: string, key: string): string {
  return createHmac('sha256', key).update(head).digest('hex');
}

export function anchorMatches(head: string, anchor: string, key: string): boolean {
  const expected = Buffer.from(keyedAnchor(head, key), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(anchor) ? anchor : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
