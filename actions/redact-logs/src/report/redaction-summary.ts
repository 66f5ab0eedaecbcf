import { table, type MarkdownText } from '@gates/core';
import type { FileOutcome } from '../files/file-outcome.js';

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

/** Counts per rule and per file: never a value. File names, patterns and labels are untrusted text. Pure. */
export function renderRedactionSummary(outcomes: readonly FileOutcome[], notes: { knownValues: number; refused: string[]; unmatched: string[]; masks: number; outputDir?: string }, md: MarkdownText): string {
  const totals = totalsOf(outcomes);
  const byRule = new Map<string, number>();
  for (const outcome of outcomes) for (const [rule, occurrence] of outcome.occurrences) byRule.set(rule, (byRule.get(rule) ?? 0) + occurrence.count);
  const lines = [
    '### Redaction',
    '',
    `${totals.redacted} value(s) redacted in ${totals.filesChanged} of ${totals.scanned} file(s) scrubbed${notes.outputDir ? ` (copies written under ${md.code(notes.outputDir)})` : ' (in place)'}; ${notes.knownValues} known value(s) searched for in all their encodings.`,
    '',
  ];
  if (byRule.size > 0) {
    lines.push(table(['rule', 'redacted'], [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, count]) => [md.code(rule), String(count)])), '');
  }
  const listed = outcomes.filter((outcome) => outcome.status !== 'clean');
  if (listed.length > 0) {
    lines.push(
      table(
        ['file', 'kind', 'result', 'by rule'],
        listed.slice(0, 200).map((outcome) => [
          md.code(outcome.display),
          outcome.kind,
          outcome.status === 'redacted' ? `redacted ${outcome.replacements ?? 0}` : `${outcome.status}: ${md.text(outcome.reason ?? '')}`,
          [...outcome.occurrences].map(([rule, occurrence]) => `${md.text(rule)} ×${occurrence.count}`).join(', '),
        ]),
      ),
      '',
    );
    if (listed.length > 200) lines.push(`…and ${listed.length - 200} more file(s); the report file lists all.`, '');
  }
  if (notes.masks > 0) lines.push(`${notes.masks} value(s) found by pattern rules were registered with the runner's masker, so later steps' logs hide them too.`, '');
  for (const label of notes.refused) lines.push(`- Not masked: ${md.text(label)}`);
  for (const pattern of notes.unmatched) lines.push(`- No file matched ${md.code(pattern)}`);
  return lines.join('\n').trimEnd();
}
