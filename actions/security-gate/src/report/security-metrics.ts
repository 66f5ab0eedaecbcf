import type { WaiverRecord } from '@gates/core';

/**
 * The metrics the plan names for this gate, per run (the action's
 * metrics.json; output `metrics-file`): blocks, and waiver approvals and
 * expiries, for dashboards that chart exceptions over time.
 */
export function securityMetrics(blocking: number, waived: number, waivers: readonly WaiverRecord[]): Record<string, unknown> {
  const count = (...states: string[]) => waivers.filter((waiver) => states.includes(waiver.state)).length;
  return {
    blocked: blocking > 0,
    blockingFindings: blocking,
    waivedFindings: waived,
    waiverApprovals: count('applied', 'expiring'),
    waiverExpiries: count('expired'),
    waiversExpiringSoon: count('expiring'),
    waiversStale: count('stale'),
    waiversRefused: count('rejected', 'unapproved', 'unwaivable'),
  };
}
