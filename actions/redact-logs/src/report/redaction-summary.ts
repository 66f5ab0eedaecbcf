import { table, type MarkdownText } from '@gates/core';
import type { FileOutcome } from '../files/file-outcome.js';
import { describeMaskRefusal } from '../masks/mask-strength.js';
import type { UnmaskedFinds } from '../masks/mask-registry.js';

export interface RedactionTotals {
  redacted: number;
  filesChanged: number;
  scanned: number;
}

export function totalsOf(outcomes: readonly FileOutcome[]): RedactionTotals {
  let redacted = 0;
  for (const outcome of outcomes) redacted += outcome.replacements ?? 0;
  return {
    redacted,
    filesChanged: outcomes.filter((outcome) => outcome.status === 'redacted').length,
    scanned: outcomes.filter((outcome) => outcome.status === 'redacted' || outcome.status === 'clean').length,
  };
}

export interface SummaryNotes {
  knownValues: number;
  refused: string[];
  unmatched: string[];
  outputDir?: string;
  minSecretLength: number;
  /** Left out of the draft the mask check reads (it is written after the masks are registered). */
  masks?: { registered: number; unmasked: readonly UnmaskedFinds[] };
  allowed: number;
}

/** Rows of the tables below; the report file has them all. */
const MAX_ROWS = 200;

/** Counts per rule and per file: never a value. File names, patterns, rule ids and labels are untrusted text. Pure. */
export function renderRedactionSummary(outcomes: readonly FileOutcome[], notes: SummaryNotes, md: MarkdownText): string {
  const totals = totalsOf(outcomes);
  const byRule = new Map<string, { count: number; alsoMatched: number }>();
  for (const outcome of outcomes) {
    for (const [rule, occurrence] of outcome.occurrences) {
      const entry = byRule.get(rule) ?? { count: 0, alsoMatched: 0 };
      entry.count += occurrence.count;
      entry.alsoMatched += occurrence.alsoMatched;
      byRule.set(rule, entry);
    }
  }
  const lines = [
    '### Redaction',
    '',
    `${totals.redacted} value(s) redacted in ${totals.filesChanged} of ${totals.scanned} file(s) scrubbed${notes.outputDir ? ` (copies written under ${md.code(notes.outputDir)})` : ' (in place)'}; ${notes.knownValues} known value(s) searched for in all their encodings.`,
    '',
  ];
  if (byRule.size > 0) {
    const rows = [...byRule].sort((a, b) => b[1].count - a[1].count || b[1].alsoMatched - a[1].alsoMatched).map(([rule, entry]) => [md.code(rule), String(entry.count), entry.alsoMatched > 0 ? String(entry.alsoMatched) : '']);
    lines.push(table(['rule', 'redacted', 'also matched'], [...rows, ['**total**', `**${totals.redacted}**`, '']]), '');
    if (rows.some((row) => row[2] !== '')) lines.push('A value two rules match is one redaction, counted under the first rule in the README order (known values first); "also matched" counts the same values under the other rules.', '');
  }
  const listed = outcomes.filter((outcome) => outcome.status !== 'clean');
  if (listed.length > 0) {
    lines.push(
      table(
        ['file', 'kind', 'result', 'by rule'],
        listed.slice(0, MAX_ROWS).map((outcome) => [
          md.code(outcome.display),
          outcome.kind,
          outcome.status === 'redacted' ? `redacted ${outcome.replacements ?? 0}` : `${outcome.status}: ${md.text(outcome.reason ?? '')}`,
          [...outcome.occurrences].filter(([, occurrence]) => occurrence.count > 0).map(([rule, occurrence]) => `${md.text(rule)} ×${occurrence.count}`).join(', '),
        ]),
      ),
      '',
    );
    if (listed.length > MAX_ROWS) lines.push(`…and ${listed.length - MAX_ROWS} more file(s); the report file lists all.`, '');
  }
  if (notes.masks) for (const line of maskLines(notes.masks, notes.minSecretLength, md)) lines.push(line);
  if (notes.allowed > 0) lines.push(`${notes.allowed} find(s) kept by an inline \`gates:allow\` or \`gitleaks:allow\` on their line; the report file lists each with its reason.`, '');
  for (const label of notes.refused) lines.push(`- Not masked: ${md.text(label)}`);
  for (const pattern of notes.unmatched) lines.push(`- No file matched ${md.code(pattern)}`);
  return lines.join('\n').trimEnd();
}

function maskLines(masks: NonNullable<SummaryNotes['masks']>, minSecretLength: number, md: MarkdownText): string[] {
  const lines: string[] = [];
  if (masks.registered > 0) lines.push(`${masks.registered} value(s) found by pattern rules were registered with the runner's masker, so later steps' logs hide them too.`, '');
  if (masks.unmasked.length === 0) return lines;
  const finds = masks.unmasked.reduce((sum, entry) => sum + entry.count, 0);
  lines.push(
    `${finds} find(s) were scrubbed from their files but not given to the runner's masker, which would hide them in every later log line and output:`,
    '',
    table(
      ['rule', 'file', 'finds', 'not masked because'],
      masks.unmasked.slice(0, MAX_ROWS).map((entry) => [md.code(entry.rule), md.code(entry.file), String(entry.count), describeMaskRefusal(entry.reason, minSecretLength)]),
    ),
    '',
  );
  return lines;
}
