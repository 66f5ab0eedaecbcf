import type { Finding } from '@gates/core';
import { nameMatcher } from '../../rbac-guard/src/policy/compile.js';
import type { RbacPolicy } from '../../rbac-guard/src/policy/model.js';

/**
 * The planner-first bypass configured: each command the policy makes wait for
 * a human's confirmation has a bypass entry that has not expired, so CI runs
 * it unattended where the policy says so instead of stopping on the
 * confirmation. Pure: today (YYYY-MM-DD, UTC, as rbac-guard compares `until`) comes in.
 */
export function confirmationFindings(policy: RbacPolicy, file: string, today: string): Finding[] {
  const findings: Finding[] = [];
  for (const command of policy.confirmation?.commands ?? []) {
    const entries = (policy.bypass ?? []).filter((entry) => nameMatcher(entry.commands)(command));
    const live = entries.filter((entry) => entry.until >= today);
    if (live.length > 0) continue;
    const expired = entries.map((entry) => `${entry.id} (until ${entry.until})`);
    findings.push({
      ruleId: 'confirmation-unbypassed',
      severity: 'error',
      file,
      message: `planner-first confirmation required in CI: ${command} needs a human's confirmation and ${expired.length ? `its bypass expired: ${expired.join(', ')}` : 'no bypass entry names it'}, so every CI run of it is denied`,
      fixHint: `Add (or renew) a bypass entry for ${command} with the events, refs and actors CI runs it as, a reason and an until date; or run ${command} where a human confirms it.`,
    });
  }
  return findings;
}

