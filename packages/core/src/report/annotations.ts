import { SEVERITIES, sortFindings, type Finding, type Severity } from '../findings/model.js';
import { formatCommand } from '../runner/workflow-command.js';
import { visibleBidi } from '../text/visible-bidi.js';

/** GitHub shows at most 10 annotations of each level per step; the rest are lost. */
export const RUNNER_ANNOTATION_LIMIT_PER_SEVERITY = 10;

const COMMAND_FOR: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

export function formatAnnotation(finding: Finding): string {
  const line = finding.file ? finding.line : undefined;
  // Scanner output (SARIF paths and messages) is untrusted: bidi controls are shown, not obeyed.
  const properties = { title: visibleBidi(finding.ruleId), file: finding.file && visibleBidi(finding.file), line, endLine: line && finding.endLine, col: line && finding.column };
  const message = finding.fixHint ? `${finding.message}\nFix: ${finding.fixHint}` : finding.message;
  return formatCommand(COMMAND_FOR[finding.severity], properties, visibleBidi(message));
}

/** One line for a terminal: `error rule-id file:line:col message`. */
export function formatPlain(finding: Finding): string {
  let where = finding.file ?? '';
  if (finding.file && finding.line) where += `:${finding.line}${finding.column ? `:${finding.column}` : ''}`;
  const fix = finding.fixHint ? ` (fix: ${finding.fixHint})` : '';
  return `${finding.severity.padEnd(7)} ${finding.ruleId}  ${where ? `${where}  ` : ''}${finding.message}${fix}`;
}

export interface Annotation {
  finding: Finding;
  /** The workflow command the runner turns into an annotation. */
  command: string;
}

export interface AnnotationBatch {
  annotations: Annotation[];
  dropped: Record<Severity, number>;
}

/**
 * Annotations for unwaived findings, capped per severity; what was dropped is
 * counted. Which ones make the cut: the action's rule `priority` first (rule
 * ids, most important first; unlisted rules after), then a finding saying
 * something not yet said before a repeat of it (ten annotations of one
 * `actions/checkout@v4` tell less than ten different problems), then file order.
 */
export function renderAnnotations(findings: readonly Finding[], limit = RUNNER_ANNOTATION_LIMIT_PER_SEVERITY, priority: readonly string[] = []): AnnotationBatch {
  const annotations: Annotation[] = [];
  const dropped: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  // One pass sorts them out by severity (sorting, then filtering, keeps the order filtering, then sorting gives).
  const bySeverity: Record<Severity, Finding[]> = { error: [], warning: [], note: [] };
  for (const finding of sortFindings(findings)) if (!finding.waived) bySeverity[finding.severity].push(finding);
  for (const severity of SEVERITIES) {
    const ofSeverity = bySeverity[severity];
    for (const finding of chooseAnnotated(ofSeverity, limit, priority)) annotations.push({ finding, command: formatAnnotation(finding) });
    dropped[severity] = Math.max(0, ofSeverity.length - limit);
  }
  return { annotations, dropped };
}

/**
 * Up to `limit` of `findings` (in file order), chosen as renderAnnotations
 * describes, returned in file order. Each finding's place in that order is a
 * small number (its rule's priority, then whether it says something new), so
 * the first `limit` are taken rank by rank, in file order within one, without
 * sorting them all: thousands of findings made the comparison sort a
 * measurable part of pin-check's run for ten annotations. Within a rank the
 * first sayings are taken until there are enough, so a rank with thousands of
 * findings usually stops after a few dozen, its other messages never hashed.
 */
function chooseAnnotated(findings: readonly Finding[], limit: number, priority: readonly string[]): Finding[] {
  if (findings.length <= limit) return [...findings];
  const rankOf = new Map<string, number>();
  // The first mention of a rule decides its rank (as indexOf would).
  priority.forEach((ruleId, index) => (rankOf.has(ruleId) ? undefined : rankOf.set(ruleId, index)));
  // By rank, in file order; unlisted rules rank after every listed one.
  const byRank: Finding[][] = Array.from({ length: priority.length + 1 }, () => []);
  for (const finding of findings) byRank[rankOf.get(finding.ruleId) ?? priority.length]!.push(finding);
  const chosen = new Set<Finding>();
  for (const ranked of byRank) {
    // Messages said so far, by rule (a rule has one rank): keyed by the message itself, whose hash is computed once and kept.
    const said = new Map<string, Set<string>>();
    const repeats: Finding[] = [];
    for (const finding of ranked) {
      if (chosen.size === limit) break;
      let messages = said.get(finding.ruleId);
      if (!messages) said.set(finding.ruleId, (messages = new Set()));
      if (messages.has(finding.message)) repeats.push(finding);
      else {
        messages.add(finding.message);
        chosen.add(finding);
      }
    }
    // Not enough first sayings in this rank: its repeats next, in file order, before any lower rank.
    for (const finding of repeats) {
      if (chosen.size === limit) break;
      chosen.add(finding);
    }
  }
  return findings.filter((finding) => chosen.has(finding));
}
