/** One findings model for every gate: rules produce these, reports render them. */
export type Severity = 'error' | 'warning' | 'note';
export type FailOn = Severity | 'never';
export type Confidence = 'high' | 'medium' | 'low';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

/** Why a finding does not fail its gate: the waiver that covers it (see docs/waiver-policy.md). */
export interface Waiver {
  /** The waiver's id in .github/gates-waivers.yml. */
  id?: string;
  reason: string;
  /** When it stops applying, as written (a calendar date or a timestamp with its zone). */
  expires?: string;
  /** Who approved it: the reviewers verified through the API, else the approvers it names. */
  approvedBy?: string[];
  ticket?: string;
}

/** The dependency a finding is in (vulnerability scanners). */
export interface PackageRef {
  name: string;
  version?: string;
  ecosystem?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the workspace, with forward slashes. */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  confidence?: Confidence;
  /** What to change to make the finding go away. */
  fixHint?: string;
  waived?: Waiver;
  /**
   * What identifies the finding across line shifts, when its producer says
   * (SARIF partialFingerprints); otherwise waivers compute one from the rule,
   * the file and the message (findings/fingerprint.ts).
   */
  fingerprint?: string;
  /** Advisory ids the finding is about (CVE, GHSA, OSV, PYSEC...), for waivers and known-exploited lists. */
  advisories?: string[];
  package?: PackageRef;
  /** The scanner that reported it, when not the gate itself (security-gate merges other tools' results). */
  tool?: string;
  /** Extra facts for reports (CVSS, fixed version), rendered as SARIF result properties. */
  properties?: Record<string, string | number | boolean>;
  /** A machine-applicable change that resolves the finding (fix mode, SARIF fixes). */
  fix?: Fix;
}

/** Replace `[start, end)` of a file's text (UTF-16 offsets, as JavaScript strings index it). */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
  /** The text being replaced, so an edit is never applied to a file that changed since it was read. */
  expected?: string;
}

export interface Fix {
  description: string;
  /** Path relative to the workspace, as Finding.file. */
  file: string;
  edits: TextEdit[];
}

/** What a rule declares about itself (zizmor style): id, one line, default severity. */
export interface RuleMeta {
  id: string;
  description: string;
  severity: Severity;
  /** Anchor in the action's README section. */
  docs?: string;
  /** The scanner that defines the rule, when not the gate itself (findings of that tool carry the same `tool`). */
  tool?: string;
}

/** `empty`: the run found nothing to check (see NOTHING_TO_CHECK). It is never a pass, whatever the exit code. */
export type Verdict = 'pass' | 'fail' | 'empty';

/**
 * The rule of a run that had nothing to check: no workflow file, no report, no file to scrub (a job without
 * actions/checkout, a wrong working-directory or glob). An error, so the gate fails; `allow-empty: true` waives it.
 */
export const NOTHING_TO_CHECK = 'nothing-to-check';

export interface Report {
  /** The action that produced it, e.g. "pin-check". */
  tool: string;
  version: string;
  rules: RuleMeta[];
  findings: Finding[];
  failOn: FailOn;
  /** Extra lines for the summary's head, e.g. "online checks skipped: no token". */
  notes?: string[];
  /** What became of each waiver of this gate (state, findings covered, why). */
  waivers?: WaiverRecord[];
}

/** One waiver's outcome in a run, as reports carry it. */
export interface WaiverRecord {
  id: string;
  state: string;
  matched: number;
  applied: number;
  expires: string;
  approvedBy: string[];
  detail: string;
}

export function failsGate(finding: Finding, failOn: FailOn): boolean {
  if (failOn === 'never' || finding.waived) return false;
  return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn];
}

export function verdictOf(report: Pick<Report, 'findings' | 'failOn'>): Verdict {
  if (report.findings.some((finding) => finding.ruleId !== NOTHING_TO_CHECK && failsGate(finding, report.failOn))) return 'fail';
  return report.findings.some((finding) => finding.ruleId === NOTHING_TO_CHECK) ? 'empty' : 'pass';
}

/** Whether the step fails (exit 1): any finding fails the gate, an unwaived nothing-to-check among them. */
export function gateFails(report: Pick<Report, 'findings' | 'failOn'>): boolean {
  return report.findings.some((finding) => failsGate(finding, report.failOn));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  // An index loop: this runs a few times per run over thousands of findings, unoptimised, where for-of allocates a
  // result object per finding.
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index]!;
    if (!finding.waived) counts[finding.severity]++;
  }
  return counts;
}

/**
 * Stable order: file, line, column, rule, message — so reports diff cleanly between runs. Findings with equal
 * keys keep their order. Every renderer sorts again for its own callers: input already in order is copied
 * after one pass. Otherwise files are ranked once, so most of the n log n comparisons are of numbers, not of
 * two long paths compared character by character (9,461 findings on the bench corpus: about 8 ms less).
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  if (isSorted(findings)) return findings.slice();
  const rankOf = new Map<string, number>();
  for (const finding of findings) rankOf.set(finding.file ?? '', 0);
  const files = [...rankOf.keys()].sort(compareText);
  for (let rank = 0; rank < files.length; rank++) rankOf.set(files[rank]!, rank);
  const ranks = new Int32Array(findings.length);
  const order: number[] = [];
  for (let index = 0; index < findings.length; index++) {
    ranks[index] = rankOf.get(findings[index]!.file ?? '')!;
    order.push(index);
  }
  // The index last: equal keys keep their order, as the stable sort of the findings themselves did.
  order.sort((x, y) => ranks[x]! - ranks[y]! || compareFrom(findings[x]!, findings[y]!, false) || x - y);
  return order.map((index) => findings[index]!);
}

function isSorted(findings: readonly Finding[]): boolean {
  for (let index = 1; index < findings.length; index++) if (compareFrom(findings[index - 1]!, findings[index]!, true) > 0) return false;
  return true;
}

/** The order of two findings; `withFile: false` when their files are already known to be equal. */
function compareFrom(a: Finding, b: Finding, withFile: boolean): number {
  return (
    (withFile ? compareText(a.file ?? '', b.file ?? '') : 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order: the same on every machine and locale (localeCompare is neither), and much faster. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
