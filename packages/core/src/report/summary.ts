import {
  countBySeverity,
  failsGate,
  SEVERITY_RANK,
  sortFindings,
  verdictOf,
  type Finding,
  type Report,
} from '../findings/model.js';
import { escapeMarkdown, groupThousands, inlineCode, table, tableRow } from './markdown.js';
import { waivedLine } from './waived-line.js';
import { byteLength, SUMMARY_BYTE_LIMIT } from './summary-budget.js';
import { MAX_SHOWN_CHARACTERS, shorten } from './untrusted-text.js';
import { wellFormed } from './well-formed.js';

/** Where files live on GitHub, so locations become links to the exact commit. */
export interface RepositoryLinks {
  serverUrl: string;
  repository: string;
  sha: string;
}

const ICON = { pass: '✅', fail: '❌', empty: '⚠️' } as const;
const VERDICT_LABEL = { pass: 'passed', fail: 'failed', empty: 'nothing to check' } as const;
const SEVERITY_LABEL = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' } as const;

export function fileLink(finding: Finding, links?: RepositoryLinks): string {
  if (!finding.file) return '—';
  const label = inlineCode(shown(finding.line ? `${finding.file}:${finding.line}` : finding.file));
  if (!links) return label;
  const anchor = finding.line ? `#L${finding.line}` : '';
  return `[${label}](${links.serverUrl}/${links.repository}/blob/${links.sha}/${linkPath(finding.file)}${anchor})`;
}

/** Path segments percent-encoded, `(`, `)` and the other characters encodeURIComponent leaves included, so no path can end the link. */
function linkPath(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(wellFormed(segment)).replace(/[!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** Report text as shown: the report was redacted before rendering, so cutting it here leaves no piece of a secret. */
function shown(text: string): string {
  return shorten(text, MAX_SHOWN_CHARACTERS);
}

/** More rows than this are unreadable in a job summary and slow to render; reports keep everything. */
export const MAX_SUMMARY_ROWS = 1000;

/**
 * The job summary: verdict first, then counts, the findings table, and the
 * rules' details collapsed. Pure: report in, Markdown out. The report must be
 * redacted already (runAction does it before anything renders it): text is
 * escaped here, and escaping first would hide a secret from the redactor.
 * Stays under `byteLimit` by dropping table rows and saying how many were
 * dropped.
 */

export function renderSummary(report: Report, links?: RepositoryLinks, byteLimit = SUMMARY_BYTE_LIMIT): string {
  const verdict = verdictOf(report);
  const counts = countBySeverity(report.findings);
  const waived = report.findings.filter((finding) => finding.waived).length;
  const failing = report.findings.filter((finding) => failsGate(finding, report.failOn)).length;
  const head: string[] = [
    `## ${ICON[verdict]} ${escapeMarkdown(report.tool)}: ${VERDICT_LABEL[verdict]}`,
    '',
    `**${failing}** finding(s) fail the gate (fail-on: \`${report.failOn}\`) · ` +
      `${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)` +
      (waived ? ` · ${waived} waived` : ''),
  ];
  for (const note of report.notes ?? []) head.push('', `> ${escapeMarkdown(shown(note))}`);
  const tail = renderRuleDetails(report);
  if (report.findings.length === 0) return [...head, '', 'No findings.', '', tail].join('\n');

  // Failing rows first, waived last, so a truncated table still shows what matters.
  const ordered = bySeverityThenPlace(report.findings);
  const row = (finding: Finding) =>
    tableRow([
      finding.waived ? `⚪ waived` : SEVERITY_LABEL[finding.severity],
      inlineCode(finding.ruleId),
      fileLink(finding, links),
      escapeMarkdown(shown(finding.message)) + (finding.fixHint ? `<br>Fix: ${escapeMarkdown(shown(finding.fixHint))}` : '') +
        (finding.waived ? `<br>${waivedLine(finding.waived)}` : ''),
    ]);
  const fixed = [...head, '', ''].join('\n');
  const closing = `\n\n${tail}`;
  const header = table(['Severity', 'Rule', 'Location', 'Message'], []);
  // Whole rows while they fit, leaving room for the truncation note; rows past the budget are never rendered.
  const noteRoom = 400;
  let budget = byteLimit - byteLength(fixed + header + closing) - noteRoom;
  const lines = [header];
  for (const finding of ordered) {
    if (lines.length > MAX_SUMMARY_ROWS) break;
    const line = row(finding);
    const cost = byteLength(line) + 1;
    if (cost > budget) break;
    budget -= cost;
    lines.push(line);
  }
  const kept = lines.length - 1;
  let body = lines.join('\n');
  if (kept < ordered.length) {
    body += `\n\n> ⚠️ Summary truncated: ${ordered.length - kept} of ${ordered.length} finding(s) not shown (the summary shows at most ${groupThousands(MAX_SUMMARY_ROWS)} rows, within GitHub's 1 MiB limit); the JSON and SARIF reports have them all.`;
  }
  return fixed + body + closing;
}

/** Errors, warnings, notes, then waived findings; each group in file order. A partition: stable, one pass. */
function bySeverityThenPlace(findings: readonly Finding[]): Finding[] {
  const groups: Finding[][] = [[], [], [], []];
  for (const finding of sortFindings(findings)) groups[finding.waived ? 0 : SEVERITY_RANK[finding.severity]]!.push(finding);
  return groups.reverse().flat();
}

function renderRuleDetails(report: Report): string {
  const counts = new Map<string, number>();
  for (const finding of report.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  const rules = report.rules.filter((rule) => counts.has(rule.id));
  if (rules.length === 0) return '';
  const rows = rules.map((rule) => {
    const count = counts.get(rule.id)!;
    const docs = rule.docs ? ` ([docs](${rule.docs}))` : '';
    return [inlineCode(rule.id), String(count), escapeMarkdown(rule.description) + docs];
  });
  return ['<details><summary>Rules that fired</summary>', '', table(['Rule', 'Findings', 'What it checks'], rows), '', '</details>', ''].join('\n');
}
