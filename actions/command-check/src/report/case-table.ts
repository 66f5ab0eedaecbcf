import { table, type MarkdownText } from '@gates/core';
import type { CaseRow } from '../rules/judge-case.js';

/**
 * The job summary's section: one row per case, verdict, runs and what
 * differed from the table. Every word from the table or a command's output
 * goes through `md` (redacted, shortened, escaped): a command's output can
 * carry secrets, Markdown, HTML or workflow-command text.
 */
export function renderCaseTable(file: string, rows: readonly CaseRow[], md: MarkdownText): string {
  const failed = rows.filter((row) => row.verdict === 'fail').length;
  return [
    `### Command surface: ${rows.length - failed} of ${rows.length} case(s) behaved as ${md.code(file)} says`,
    '',
    table(
      ['case', 'verdict', 'runs', 'what differed'],
      rows.map((row) => [md.code(row.name), row.verdict === 'pass' ? '✅ pass' : '❌ fail', String(row.runs), row.differed.length > 0 ? row.differed.map((item) => md.text(item)).join('<br>') : '—']),
    ),
    '',
  ].join('\n');
}
