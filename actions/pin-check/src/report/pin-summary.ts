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
  let waived = 0;
  let failing = 0;
  for (let index = 0; index < report.findings.length; index++) {
    const finding = report.findings[index]!;
    if (finding.waived) waived++;
    if (failsGate(finding, report.failOn)) failing++;
  }
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
  const fixed = `${head.join('\n')}\n${header}`;
  let budget = byteLimit - byteLength(fixed) - CLOSING_ROOM;
  // One array joined once: each row is one flat string (measured without a copy), and the summary is copied once
  // more, not once per concatenation (its emoji make it two bytes a character).
  const parts = [fixed];
  let shown = 0;
  for (; shown < groups.length; shown++) {
    const row = groupRow(groups[shown]!, links);
    budget -= byteLength(row);
    if (budget < 0) break;
    parts.push(row);
  }
  parts.push(closing(groups, shown));
  return parts.join('');
}

/** The last lines: where every finding is, and how many rows the byte limit left out. */
function closing(groups: readonly FindingGroup[], shown: number): string {
  if (shown >= groups.length) return `\n\n${REPORTS}\n`;
  let findings = 0;
  for (let index = shown; index < groups.length; index++) findings += groups[index]!.findings.length;
  return `\n\n> ⚠️ ${groups.length - shown} more row(s) (${findings} finding(s)) did not fit the summary. ${REPORTS}\n`;
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

/** `\n| severity | rule | finding | count | where |`, built as one string (the rows are most of the summary). */
function groupRow(group: FindingGroup, links?: RepositoryLinks): string {
  const { sample } = group;
  const pieces = ['\n| ', sample.waived ? '⚪ waived' : SEVERITY_LABEL[sample.severity], ' | ', md.code(group.ruleId), ' | ', md.text(sample.message)];
  if (sample.fixHint) pieces.push('<br>Fix: ', md.text(sample.fixHint));
  if (sample.waived) pieces.push('<br>', waivedLine(sample.waived));
  pieces.push(' | ', String(group.findings.length), ' | ');
  where(group, pieces, links);
  pieces.push(' |');
  return pieces.join('');
}

/**
 * One place: a link to its line. Several: folded in `<details>`, one line per
 * file with its line numbers, as text: a link per file would triple the
 * size of a summary whose findings are spread over many files. Appended to
 * the row's pieces.
 */
function where(group: FindingGroup, pieces: string[], links?: RepositoryLinks): void {
  if (group.findings.length === 1) {
    pieces.push(fileLink(group.findings[0]!, links));
    return;
  }
  // Only the first files are listed: the rest are counted, not kept.
  const { listed, files } = placesByFile(group, FILES_PER_ROW);
  pieces.push(`<details><summary>${group.findings.length} places in ${files} file(s)</summary>`);
  let first = true;
  // forEach, not for-of: no entry array and result object per file.
  listed.forEach((lines, file) => {
    if (!first) pieces.push('<br>');
    first = false;
    pieces.push(file ? md.code(file) : '—');
    let separator = ': ';
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (line <= 0) continue;
      pieces.push(separator, String(line));
      separator = ', ';
    }
  });
  if (files > FILES_PER_ROW) pieces.push(`<br>… and ${files - FILES_PER_ROW} more file(s) (see the reports)`);
  pieces.push('</details>');
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
