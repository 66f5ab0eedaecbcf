import { SEVERITIES, sortFindings, type Finding, type Severity } from '../findings/model.js';
import { formatCommand } from '../runner/workflow-command.js';

/** GitHub shows at most 10 annotations of each level per step; the rest are lost. */
export const RUNNER_ANNOTATION_LIMIT_PER_SEVERITY = 10;

const COMMAND_FOR: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

export function formatAnnotation(finding: Finding): string {
  const line = finding.file ? finding.line : undefined;
  const properties = { title: finding.ruleId, file: finding.file, line, endLine: line && finding.endLine, col: line && finding.column };
  const message = finding.fixHint ? `${finding.message}\nFix: ${finding.fixHint}` : finding.message;
  return formatCommand(COMMAND_FOR[finding.severity], properties, message);
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

/** Annotations for unwaived findings, capped per severity; what was dropped is counted. */
export function renderAnnotations(findings: readonly Finding[], limit = RUNNER_ANNOTATION_LIMIT_PER_SEVERITY): AnnotationBatch {
  const annotations: Annotation[] = [];
  const dropped: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const sorted = sortFindings(findings.filter((finding) => !finding.waived));
  for (const severity of SEVERITIES) {
    const ofSeverity = sorted.filter((finding) => finding.severity === severity);
    for (const finding of ofSeverity.slice(0, limit)) annotations.push({ finding, command: formatAnnotation(finding) });
    dropped[severity] = Math.max(0, ofSeverity.length - limit);
  }
  return { annotations, dropped };
}
