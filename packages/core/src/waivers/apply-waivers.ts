import type { Finding } from '../findings/model.js';
import { compileWaiver, policyProblem, unwaivableMatcher, type CompiledWaiver } from './match-waiver.js';
import type { WaiverEntry, WaiverSet } from './waiver-model.js';
import { DAY_MS, describeSpan, endInstant } from './waiver-time.js';

/** What became of one waiver in this run. */
export type WaiverState = 'applied' | 'expiring' | 'expired' | 'stale' | 'rejected' | 'unwaivable' | 'unapproved';

export interface WaiverStatus {
  waiver: WaiverEntry;
  line?: number;
  state: WaiverState;
  /** Findings it matches, and how many of them it waives. */
  matched: number;
  applied: number;
  /** One sentence for warnings and the summary: why, and when. */
  detail: string;
  approvedBy?: string[];
}

export type ApprovalVerdict = { approved: true; by: string[]; via: string } | { approved: false; reason: string };

export interface WaiverOutcome {
  findings: Finding[];
  statuses: WaiverStatus[];
}

/** Waivers of this gate that pass the policy, have not expired and match a finding no rule forbids waiving: the only ones whose approval is worth an API call. */
export function waiversToApprove(set: WaiverSet, gate: string, findings: readonly Finding[], now: number): WaiverEntry[] {
  const unwaivable = unwaivableMatcher(set.policy.unwaivable);
  return candidates(set, gate)
    .filter(({ waiver }) => !policyProblem(waiver, set.policy, now) && endInstant(waiver.expires, set.policy.timezone) > now)
    .filter((compiled) => findings.some((finding) => !unwaivable(finding) && compiled.matches(finding)))
    .map(({ waiver }) => waiver);
}

/**
 * Applies the waivers of `gate` to its findings. Pure: the clock and the
 * approval verdicts come in. A waiver never hides a finding: a waived finding
 * stays in the list with `waived` set (who, why, until when). The first
 * applicable waiver in file order covers a finding. `approvals` is undefined
 * when the policy names no approving role.
 */
export function applyWaivers(set: WaiverSet, gate: string, findings: readonly Finding[], now: number, approvals?: ReadonlyMap<string, ApprovalVerdict>): WaiverOutcome {
  const unwaivable = unwaivableMatcher(set.policy.unwaivable);
  const zone = set.policy.timezone;
  const result = [...findings];
  const waivedBy = new Array<WaiverEntry | undefined>(findings.length);
  const statuses: WaiverStatus[] = [];
  for (const compiled of candidates(set, gate)) {
    const { waiver } = compiled;
    const status: WaiverStatus = { waiver, line: set.lines.get(waiver.id), state: 'stale', matched: 0, applied: 0, detail: '' };
    statuses.push(status);
    const matching = findings.flatMap((finding, index) => (compiled.matches(finding) ? [index] : []));
    status.matched = matching.length;
    const end = endInstant(waiver.expires, zone);
    const expired = end <= now;
    const problem = policyProblem(waiver, set.policy, now);
    if (problem) {
      Object.assign(status, { state: 'rejected', detail: `not applied: ${problem}` });
      continue;
    }
    if (matching.length === 0) {
      status.detail = expired ? `matches no finding, and expired ${describeSpan(now - end)} ago (${waiver.expires}); remove it` : 'matches no finding; remove it, or fix its rule, fingerprint, path or package';
      continue;
    }
    if (expired) {
      Object.assign(status, { state: 'expired', detail: `expired ${describeSpan(now - end)} ago (${waiver.expires}); its ${matching.length} finding(s) count again` });
      continue;
    }
    const waivable = matching.filter((index) => !unwaivable(findings[index]!));
    if (waivable.length === 0) {
      Object.assign(status, { state: 'unwaivable', detail: 'not applied: every finding it matches is on the policy\'s unwaivable list' });
      continue;
    }
    const approval = approvals?.get(waiver.id);
    if (approvals && !approval?.approved) {
      Object.assign(status, { state: 'unapproved', detail: `not applied: ${approval && !approval.approved ? approval.reason : 'its approval was not checked'}` });
      continue;
    }
    status.approvedBy = approval?.approved ? approval.by : waiver.approvers;
    for (const index of waivable) {
      if (waivedBy[index]) continue;
      waivedBy[index] = waiver;
      result[index] = { ...findings[index]!, waived: { id: waiver.id, reason: waiver.reason, expires: waiver.expires, approvedBy: status.approvedBy, ticket: waiver.ticket } };
      status.applied++;
    }
    const soon = end - now <= set.policy.warnWithinDays * DAY_MS;
    status.state = soon ? 'expiring' : 'applied';
    const unwaived = matching.length - waivable.length;
    status.detail =
      `waives ${status.applied} finding(s) until ${waiver.expires}` +
      (soon ? `, which is in ${describeSpan(end - now)}: renew it or fix the findings` : '') +
      (unwaived ? `; ${unwaived} matched finding(s) are unwaivable` : '') +
      (approval?.approved ? `; approved ${approval.via}` : '');
  }
  return { findings: result, statuses };
}

function candidates(set: WaiverSet, gate: string): CompiledWaiver[] {
  return set.waivers.filter((waiver) => waiver.gate === gate).map(compileWaiver);
}
