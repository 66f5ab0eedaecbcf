import { formatAnnotation, formatPlain } from '../report/annotations.js';
import type { Finding } from '../findings/model.js';
import type { MetricExtras } from '../metrics/metric-record.js';
import type { InputReader } from '../inputs/input-reader.js';
import type { Redactor } from '../redact/redactor.js';
import { markdownText } from '../report/untrusted-text.js';
import type { Runner } from '../runner/runner.js';
import { applyWaivers, waiversToApprove, type ApprovalVerdict, type WaiverState, type WaiverStatus } from './apply-waivers.js';
import { loadWaivers } from './load-waivers.js';
import { resolvePolicy, type BaseCommit } from './policy/base-policy.js';
import { renderWaiverSection } from './waiver-summary.js';
import type { WaiverEntry, WaiverSet } from './waiver-model.js';

export interface WaiverRun {
  findings: Finding[];
  statuses: WaiverStatus[];
  /** The summary section, empty when no waiver concerns this gate. */
  section: string;
  /** Counts by state, for the ledger and metrics. */
  counts: Partial<Record<WaiverState, number>>;
}

export interface WaiverContext {
  gate: string;
  findings: Finding[];
  workspace: string;
  /** `waivers` from .github/gates.yml: another path for the waiver file. */
  path?: string;
  env: NodeJS.ProcessEnv;
  inputs: InputReader;
  runner: Runner;
  redactor: Redactor;
  now: number;
}

/** States that warn: each names the waiver, its line and why. */
const WARNS: ReadonlySet<WaiverState> = new Set(['expired', 'expiring', 'stale', 'rejected', 'unapproved', 'unwaivable']);

/**
 * Every action's findings pass here (runAction): the waiver file is read, the
 * approval of each waiver that would apply is checked, and the waivers are
 * applied. Each waiver that expired, expires soon, matches nothing or breaks
 * the policy becomes a warning annotation on its line of the waiver file.
 */
export async function runWaivers(context: WaiverContext): Promise<WaiverRun> {
  const checkedOut = await loadWaivers(context.workspace, context.path);
  if (!checkedOut) return { findings: context.findings, statuses: [], section: '', counts: {} };
  // The policy matters only to this gate's waivers; without any, a pull request run makes no call for it.
  const { set, base, note } = checkedOut.waivers.some((waiver) => waiver.gate === context.gate) ? await resolvePolicy(checkedOut, context) : { set: checkedOut, base: undefined, note: undefined };
  const approvals = set.policy.approval ? await approvalsFor(set, waiversToApprove(set, context.gate, context.findings, context.now), context, base) : undefined;
  const outcome = applyWaivers(set, context.gate, context.findings, context.now, approvals);
  const counts: Partial<Record<WaiverState, number>> = {};
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

/**
 * The waiver counts every action's metrics line carries (seed §7: waiver
 * approvals and expiries): waivers are the core's, so are their metrics.
 */
export function waiverMetrics(counts: WaiverRun['counts']): MetricExtras {
  const approved = (counts.applied ?? 0) + (counts.expiring ?? 0);
  const expired = counts.expired ?? 0;
  return { ...(approved > 0 ? { 'waivers-approved': approved } : {}), ...(expired > 0 ? { 'waivers-expired': expired } : {}) };
}
