import { policyProblem } from './match-waiver.js';
import type { WaiverEntry, WaiverSet } from './waiver-model.js';
import { DAY_MS, describeSpan, endInstant } from './waiver-time.js';

/** A waiver's standing on its own, before any finding is matched: what `gates waivers check` shows. */
export type WaiverStanding = 'valid' | 'expiring' | 'expired' | 'rejected';

export interface WaiverReview {
  waiver: WaiverEntry;
  line?: number;
  standing: WaiverStanding;
  /** One sentence: when it ends, or why it would not be applied. */
  detail: string;
}

/**
 * Each waiver of the file judged against the policy and the clock alone (no
 * findings, no API): the policy caps, expired, or expiring within the
 * policy's warning window. Pure: the clock comes in. Matching (stale) and
 * approval need a run, and a run reports them.
 */
export function reviewWaivers(set: WaiverSet, now: number): WaiverReview[] {
  return set.waivers.map((waiver) => {
    const line = set.lines.get(waiver.id);
    const problem = policyProblem(waiver, set.policy, now);
    if (problem) return { waiver, line, standing: 'rejected', detail: `would not be applied: ${problem}` };
    const end = endInstant(waiver.expires, set.policy.timezone);
    if (end <= now) return { waiver, line, standing: 'expired', detail: `expired ${describeSpan(now - end)} ago (${waiver.expires})` };
    if (end - now <= set.policy.warnWithinDays * DAY_MS) return { waiver, line, standing: 'expiring', detail: `expires in ${describeSpan(end - now)} (${waiver.expires}): renew it or fix the findings` };
    return { waiver, line, standing: 'valid', detail: `valid until ${waiver.expires} (in ${describeSpan(end - now)})` };
  });
}
