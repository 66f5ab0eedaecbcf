import { formatPlain, type ExitCodeValue, type Finding } from '@gates/core';
import type { Style } from './style.js';

/** What one action run left for the terminal: its exit code and its report (the `--json` document, or `{ error }`). */
export interface ActionResult {
  action: string;
  exitCode: ExitCodeValue;
  report?: Record<string, unknown>;
}

const OUTCOME = ['passed', 'gate failed', 'usage or config error', 'infrastructure error', 'internal error'] as const;

/** `✗ gate failed (exit 1)`, in colour: what the run decided, before anything else is read. */
export function outcome(result: ActionResult, style: Style, subject = ''): string {
  const text = `${subject}${OUTCOME[result.exitCode] ?? 'failed'} (exit ${result.exitCode})`;
  if (result.exitCode === 0) return style.green(`✓ ${text}`);
  return style.red(`${result.exitCode === 1 ? '✗' : '⛔'} ${text}`);
}

/** `10 error(s), 3 warning(s), 1 waived`, or the error code of a run that could not judge. */
export function findingCounts(result: ActionResult): string {
  const error = result.report?.error as { code?: string } | undefined;
  if (error?.code) return error.code;
  const counts = result.report?.counts as { error: number; warning: number; note: number; waived: number } | undefined;
  if (!counts) return '';
  const parts = (['error', 'warning', 'note', 'waived'] as const).filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${kind === 'waived' ? 'waived' : `${kind}(s)`}`);
  return parts.length ? parts.join(', ') : 'no findings';
}

/** The first line `gates run` prints: `✗ pin-check: gate failed (exit 1) · 10 error(s), 3 warning(s)`. */
export function verdictLine(result: ActionResult, style: Style): string {
  const counts = findingCounts(result);
  return `${outcome(result, style, `${result.action}: `)}${counts ? ` · ${counts}` : ''}`;
}

/** Every finding once, one line each, unwaived first (the report's order within each). */
export function findingLines(result: ActionResult, style: Style): string[] {
  const findings = (result.report?.findings as Finding[] | undefined) ?? [];
  const ordered = [...findings.filter((finding) => !finding.waived), ...findings.filter((finding) => finding.waived)];
  const colour = { error: style.red, warning: style.yellow, note: style.blue } as const;
  return ordered.map((finding) => {
    const line = formatPlain(finding) + (finding.waived ? ` [waived: ${finding.waived.reason}]` : '');
    const severity = finding.severity.padEnd(7);
    return line.startsWith(severity) ? colour[finding.severity](severity) + line.slice(severity.length) : line;
  });
}
