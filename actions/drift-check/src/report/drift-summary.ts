import { table, type Change, type DriftDiff, type MarkdownText } from '@gates/core';

/** Rows of changed paths the summary shows; the log (and the report) have the rest. */
export const SUMMARY_PATHS = 200;

const SIGN: Record<Change['kind'], string> = { added: '+', removed: '-', changed: '~' };

export interface DriftView {
  source: string;
  baseline: string;
  threshold: number;
  synced: boolean;
}

/** Every path through markdownText: a key of the document is untrusted text. */
export function renderDriftSummary(diff: DriftDiff, view: DriftView, md: MarkdownText): string {
  const changed = diff.counts.added + diff.counts.removed + diff.counts.changed;
  const verdict = view.synced ? `Baseline ${md.code(view.baseline)} rewritten from ${md.text(view.source)}.` : `${md.text(view.source)} against ${md.code(view.baseline)}.`;
  const lines = [
    '### drift-check',
    '',
    verdict,
    '',
    `Drift score **${formatScore(diff.score)}** (${changed} of ${diff.total} path(s); threshold ${formatScore(view.threshold)}): ${diff.counts.added} added, ${diff.counts.removed} removed, ${diff.counts.changed} changed.`,
  ];
  const shown = diff.changes.slice(0, SUMMARY_PATHS);
  if (shown.length > 0) {
    lines.push('', table(['', 'Path'], shown.map((change) => [SIGN[change.kind], md.code(change.path || '/')])));
    if (changed > shown.length) lines.push('', `${changed - shown.length} more path(s) not listed here; the step log lists the first ${diff.changes.length}.`);
  }
  return `${lines.join('\n')}\n`;
}

/** The diff as the log prints it: one line per path, `+` added, `-` removed, `~` changed. */
export function diffLines(diff: DriftDiff): string {
  return diff.changes.map((change) => `${SIGN[change.kind]} ${logText(change.path || '/')}`).join('\n');
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A path with its backslashes, control characters and bidirectional overrides escaped: a key's line break must not print a line that reads as another change. */
function logText(path: string): string {
  return path.replace(/[\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Four decimals; a drift too small for them in exponent form, so a failing score never reads 0.0000. */
export function formatScore(score: number): string {
  return score > 0 && score < 0.00005 ? score.toExponential(1) : score.toFixed(4);
}
