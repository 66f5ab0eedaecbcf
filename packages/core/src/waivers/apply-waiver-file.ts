import type { Finding } from '../findings/model.js';
import { formatAnnotation, formatPlain } from '../report/annotations.js';
import { markdownText } from '../report/untrusted-text.js';
import { applyWaivers, waiversToApprove, type ApprovalVerdict, type WaiverState } from './apply-waivers.js';
import { resolvePolicy, type BaseCommit } from './policy/base-policy.js';
import type { WaiverContext, WaiverRun } from './run-waivers.js';
import { renderWaiverSection } from './waiver-summary.js';
import type { WaiverEntry, WaiverSet } from './waiver-model.js';

/** States that warn: each names the waiver, its line and why. */
const WARNS: ReadonlySet<WaiverState> = new Set(['expired', 'expiring', 'stale', 'rejected', 'unapproved', 'unwaivable']);

/**
 * A waiver file that was found and read, applied to the gate's findings: the
 * approval of each waiver that would apply is checked, and each waiver that
 * expired, expires soon, matches nothing or breaks the policy becomes a
 * warning annotation on its line of the waiver file.
 */
export async function applyWaiverFile(checkedOut: WaiverSet, context: WaiverContext): Promise<WaiverRun> {
  // The policy matters only to this gate's waivers; without any, a pull request run makes no call for it.
  const { set, base, note } = checkedOut.waivers.some((waiver) => waiver.gate === context.gate) ? await resolvePolicy(checkedOut, context) : { set: checkedOut, base: undefined, note: undefined };
  const approvals = set.policy.approval ? await approvalsFor(set, waiversToApprove(set, context.gate, context.findings, context.now), context, base) : undefined;
  const outcome = applyWaivers(set, context.gate, context.findings, context.now, approvals);
  const counts: WaiverRun['counts'] = {};
  for (const status of outcome.statuses) {
    counts[status.state] = (counts[status.state] ?? 0) + 1;
    if (!WARNS.has(status.state)) continue;
    const warning: Finding = { ruleId: `waiver-${status.state}`, severity: 'warning', message: `Waiver ${status.waiver.id} ${status.detail}.`, file: set.file, line: status.line };
    context.runner.annotation(formatAnnotation(warning), formatPlain(warning));
  }
  return { findings: outcome.findings, statuses: outcome.statuses, section: renderWaiverSection(outcome.statuses, set.file, markdownText(context.redactor), note), counts };
}

/** Approval verdicts for the waivers that would apply; none is approved without a token to check it. */
async function approvalsFor(set: WaiverSet, waivers: WaiverEntry[], context: WaiverContext, base: BaseCommit | undefined): Promise<Map<string, ApprovalVerdict>> {
  const verdicts = new Map<string, ApprovalVerdict>();
  if (waivers.length === 0) return verdicts;
  const token = context.inputs.string('token');
  if (!token) {
    for (const waiver of waivers) verdicts.set(waiver.id, { approved: false, reason: `its approval by role ${set.policy.approval!.role} cannot be checked without a token (the action's \`token\` input)` });
    return verdicts;
  }
  // The API client, rbac-guard's role model and the YAML parser load only when a waiver needs approval.
  const { checkApprovals } = await import('./approvals/check-approvals.js');
  return checkApprovals(set, waivers, { token, env: context.env, runner: context.runner, workspace: context.workspace, timeoutMs: context.inputs.duration('api-timeout', 10_000), base });
}
