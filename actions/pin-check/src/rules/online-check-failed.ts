import type { Finding } from '@gates/core';
import { ONLINE_CHECKS } from '../online/online-stage.js';
import { severityFor } from '../policy.js';
import { remoteUsesWithFacts, type RemoteUse } from './remote-uses.js';
import { ruleDocs, type PinRule } from './rule.js';

/** References named in the message; the rest are counted (the message is a summary row and an annotation). */
const NAMED = 5;

/**
 * Online, with policy `online: optional`: lookups that failed (timeout, 5xx,
 * 403, rate limit, the client stopped after an outage) are reported, so an
 * unchecked reference is never a silent pass. One finding for the run, not
 * one per reference: an outage is one fact, and hundreds of identical
 * warnings would bury the findings that matter. It sits at the first
 * unchecked reference (code scanning needs a location). With
 * `online: required` the run stops with exit 3 instead.
 */
export const onlineCheckFailed: PinRule = {
  meta: {
    id: 'online-check-failed',
    description: 'Every reference could be checked against the GitHub API (online)',
    severity: 'warning',
    docs: ruleDocs('online-check-failed'),
  },
  check(facts, policy) {
    const visits = remoteUsesWithFacts(facts, policy, this.meta.id);
    const failed = visits.filter(({ online }) => online.error);
    if (failed.length === 0) return [];
    const first = failed[0]!;
    const unchecked = distinct(failed);
    const total = distinct(visits).length;
    const named = unchecked.slice(0, NAMED).join(', ') + (unchecked.length > NAMED ? ` and ${unchecked.length - NAMED} more` : '');
    const finding: Finding = {
      ruleId: this.meta.id,
      severity: severityFor(policy, this.meta),
      message:
        `${unchecked.length} of ${total} reference(s) could not be checked online (${ONLINE_CHECKS}): ${causes(failed, facts.online?.stopped)}. ` +
        `Not checked: ${named}. Offline rules ran in full.`,
      file: first.workflow.file,
      line: first.uses.line,
      column: first.uses.column,
      fixHint: 're-run; if it persists, check the runner\'s network path to GITHUB_API_URL, the token\'s permissions, and `api-timeout`/`api-budget`',
    };
    return [finding];
  },
};

function distinct(visits: readonly RemoteUse[]): string[] {
  return [...new Set(visits.map(({ uses }) => uses.value))];
}

/** What went wrong, once per kind: "the API client stopped after X" and/or each distinct error. */
function causes(failed: readonly RemoteUse[], stopped: string | undefined): string {
  const reasons = new Map<string, number>();
  for (const { online } of failed) {
    const error = online.error!;
    const own = `${error.message.replace(/\.$/, '')} (${error.code})`;
    // The failure that opened the breaker and every lookup refused after it are one cause, said once.
    const reason = stopped && (own === stopped || error.code === 'GATES_E_API_STOPPED') ? `the API client stopped after ${stopped}` : own;
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return [...reasons].map(([reason, count]) => (reasons.size > 1 ? `${reason} [${count}]` : reason)).join('; ');
}
