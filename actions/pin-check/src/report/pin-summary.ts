import {
  countBySeverity,
  failsGate,
  fileLink,
  redactedReportText as md,
  SUMMARY_BYTE_LIMIT,
  table,
  verdictOf,
  waivedLine,
  type Report,
  type RepositoryLinks,
} from '@gates/core';
import { groupFindings, placesByFile, type FindingGroup } from './finding-groups.js';

const ICON = { pass: '✅', fail: '❌', empty: '⚠️' } as const;
const VERDICT_LABEL = { pass: 'passed', fail: 'failed', empty: 'nothing to check' } as const;
const SEVERITY_LABEL = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' } as const;
/** Files listed in one row's folded locations; a row past it says how many more (the reports have them all). */
const FILES_PER_ROW = 40;
/** Room kept for the closing lines when rows are cut at the byte limit. */
const CLOSING_ROOM = 600;

/**
 * pin-check's job summary, for a reviewer: the verdict and the counts per
 * rule first, then one row per distinct finding (one per unpinned
 * `owner/repo@ref`, however often it is used) with its count and its
 * locations folded in `<details>`, unpinned actions first. Every finding is
 * in the summary or, past the byte limit, in the JSON and SARIF reports the
 * last line names. Pure: report in, Markdown out. The report is redacted
 * already (runAction does it before any renderer escapes a word of it).
 */
export function renderPinSummary(report: Report, links?: RepositoryLinks, byteLimit = SUMMARY_BYTE_LIMIT): string {
  const verdict = verdictOf(report);
  const counts = countBySeverity(report.findings);
  const waived = report.findings.filter((finding) => finding.waived).length;
  const failing = report.findings.filter((finding) => failsGate(finding, report.failOn)).length;
  const groups = groupFindings(report.findings, report.rules.map((rule) => rule.id));
  const head = [
    `## ${ICON[verdict]} ${md.text(report.tool)}: ${VERDICT_LABEL[verdict]}`,
    '',
    `**${failing}** finding(s) fail the gate (fail-on: \`${report.failOn}\`) · ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)` +
      (waived ? ` · ${waived} waived` : ''),
    '',
  ];
  if (report.findings.length > 0) head.push(ruleCounts(report, groups), '');
  for (const note of report.notes ?? []) head.push(`> ${md.text(note)}`, '');
  if (report.findings.length === 0) return [...head, 'No findings.', ''].join('\n');

  const header = table(['Severity', 'Rule', 'Finding', 'Count', 'Where'], []);
  const closing = (shown: number) =>
    shown < groups.length
      ? `\n\n> ⚠️ ${groups.length - shown} more row(s) (${groups.slice(shown).reduce((sum, group) => sum + group.findings.length, 0)} finding(s)) did not fit the summary. ${REPORTS}\n`
      : `\n\n${REPORTS}\n`;
  const fixed = `${head.join('\n')}\n${header}`;
  let budget = byteLimit - byteLength(fixed) - CLOSING_ROOM;
  const rows: string[] = [];
  for (const group of groups) {
    const row = `\n${groupRow(group, links)}`;
    budget -= byteLength(row);
    if (budget < 0) break;
    rows.push(row);
  }
  return fixed + rows.join('') + closing(rows.length);
}

const REPORTS = 'Every finding, with its exact location, is in the JSON report (output `report-json`) and the SARIF report (output `sarif-file`, for code scanning).';

/** The per-rule counts that lead the summary: how many findings, how many distinct ones, what the rule checks. */
function ruleCounts(report: Report, groups: readonly FindingGroup[]): string {
  const rows = report.rules.flatMap((rule) => {
    const ofRule = groups.filter((group) => group.ruleId === rule.id);
    if (ofRule.length === 0) return [];
    const findings = ofRule.reduce((sum, group) => sum + group.findings.length, 0);
    const docs = rule.docs ? ` ([docs](${rule.docs}))` : '';
    return [[md.code(rule.id), String(findings), String(ofRule.length), md.text(rule.description) + docs]];
  });
  return table(['Rule', 'Findings', 'Distinct', 'What it checks'], rows);
}

function groupRow(group: FindingGroup, links?: RepositoryLinks): string {
  const { sample } = group;
  const finding =
    md.text(sample.message) +
    (sample.fixHint ? `<br>Fix: ${md.text(sample.fixHint)}` : '') +
    (sample.waived ? `<br>${waivedLine(sample.waived)}` : '');
  const cells = [sample.waived ? '⚪ waived' : SEVERITY_LABEL[sample.severity], md.code(group.ruleId), finding, String(group.findings.length), where(group, links)];
  return `| ${cells.join(' | ')} |`;
}

/**
 * One place: a link to its line. Several: folded in `<details>`, one line per
 * file with its line numbers, as text: a link per file would triple the
 * size of a summary whose findings are spread over many files.
 */
function where(group: FindingGroup, links?: RepositoryLinks): string {
  if (group.findings.length === 1) return fileLink(group.findings[0]!, links);
  const files = placesByFile(group);
  // Only the first files are listed: the rest are counted, not copied out of the map.
  const listed: string[] = [];
  for (const [file, lines] of files) {
    if (listed.length === FILES_PER_ROW) break;
    const numbers = lines.filter((line) => line > 0);
    listed.push(`${file ? md.code(file) : '—'}${numbers.length ? `: ${numbers.join(', ')}` : ''}`);
  }
  if (files.size > FILES_PER_ROW) listed.push(`… and ${files.size - FILES_PER_ROW} more file(s) (see the reports)`);
  return `<details><summary>${group.findings.length} places in ${files.size} file(s)</summary>${listed.join('<br>')}</details>`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
