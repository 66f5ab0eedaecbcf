import type { PrimitiveMeasures } from '../experiment/run-primitive.js';
import type { Primitive } from '../experiment/worker-run.js';

export type Verdict = 'SAFE' | 'UNSAFE' | 'UNSUPPORTED' | 'INCONCLUSIVE';

export interface Judgement {
  verdict: Verdict;
  /** What was observed: the evidence behind UNSAFE, or why a primitive could not be exercised. */
  reasons: string[];
}

/**
 * SAFE only on evidence: every acquisition counted, no lost update, no torn
 * or duplicate journal record, never two holders, and a SIGKILLed holder
 * replaced within stale-after by exactly one process. UNSAFE only on an
 * observed failure: a lost update, two holders, a torn or duplicate record,
 * a timeout or a holder nobody replaced. A run whose own I/O failed (an SMB
 * client's EIO) with nothing of that observed is INCONCLUSIVE with the
 * errors: neither verdict is invented. A primitive the filesystem refuses
 * (or no python3) is UNSUPPORTED. Only SAFE is ever recommended.
 */
export function judge(m: PrimitiveMeasures, staleAfter: number): Judgement {
  if (m.unsupported) return { verdict: 'UNSUPPORTED', reasons: [m.unsupported] };
  const observed: string[] = [];
  if (m.lostUpdates > 0) observed.push(`${m.lostUpdates} lost update(s) of ${m.acquisitions}`);
  if (m.violations > 0) observed.push(`${m.violations} mutual-exclusion violation(s)`);
  if (m.duplicateValues > 0) observed.push(`${m.duplicateValues} duplicate counter value(s) in the journal`);
  if (m.tornRecords > 0) observed.push(`${m.tornRecords} torn journal record(s)`);
  if (m.timeouts > 0) observed.push(`${m.timeouts} acquisition(s) timed out`);
  if (m.recoveryViolations > 0) observed.push(`two holders after a SIGKILLed holder (${m.recoveryViolations} violation(s))`);
  if (m.recoveryMs !== undefined && m.recoveryMs > staleAfter + RECOVERY_SLACK_MS) observed.push(`took ${Math.round(m.recoveryMs)}ms to take over from a SIGKILLed holder (stale-after ${staleAfter}ms)`);
  const errors = m.errors.slice(0, 3).map((error) => `error: ${error}`);
  if (m.errors.length === 0 && m.recoveryMs === undefined) observed.push('nobody took over from a SIGKILLed holder');
  if (observed.length) return { verdict: 'UNSAFE', reasons: [...observed, ...errors] };
  if (errors.length) return { verdict: 'INCONCLUSIVE', reasons: [`the experiment's own file operations failed (${m.errors.length} error(s)), nothing unsafe observed`, ...errors] };
  return { verdict: 'SAFE', reasons: [] };
}

/** Starting python3 and a recoverer's first look happen after the holder died: allowed on top of stale-after. */
const RECOVERY_SLACK_MS = 5_000;

/**
 * The primitive to use: the first SAFE one in this order. O_EXCL and link are
 * what the core lock can use (Node has them; link is the NFS-safe one), mkdir
 * and rename next; flock and fcntl last, since they need a helper process.
 */
export const PREFERENCE: readonly Primitive[] = ['o_excl', 'link', 'mkdir', 'rename', 'flock', 'fcntl'];

export function recommend(judged: ReadonlyMap<Primitive, Judgement>): Primitive | undefined {
  return PREFERENCE.find((primitive) => judged.get(primitive)?.verdict === 'SAFE');
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
