import { table, type MarkdownText } from '@gates/core';
import type { Json } from '../resolve/merge-layers.js';
import { shownValue, type SelectorResult } from './selector-verdict.js';

/** Differing paths a summary cell lists; the step log lists the rest. */
const CELL_PATHS = 5;

const ICON: Record<SelectorResult['verdict'], string> = {
  pass: '✅',
  differs: '❌',
  'missing layer': '❌',
  'no fixture': '❌',
  empty: '❌',
  'unresolved placeholder': '❌',
  'fixture written': '📝',
};

/** One table: selector, verdict, differing paths. Every path and name through markdownText: a config key is untrusted text. */
export function renderHydrationSummary(results: readonly SelectorResult[], specFile: string, md: MarkdownText): string {
  const rows = results.map((result) => [md.code(result.label), `${ICON[result.verdict]} ${result.verdict}`, detailCell(result, md)]);
  const failed = results.filter((result) => result.verdict !== 'pass' && result.verdict !== 'fixture written').length;
  return ['### hydration-check', '', `${results.length} selector(s) of ${md.code(specFile)} resolved; ${failed} did not match their fixture.`, '', table(['Selector', 'Verdict', 'Differing paths'], rows), ''].join('\n');
}

function detailCell(result: SelectorResult, md: MarkdownText): string {
  const { resolution } = result;
  if (result.verdict === 'missing layer') return `missing: ${resolution.missing.map(({ file }) => md.code(file)).join(', ')}`;
  if (result.verdict === 'no fixture') return `no fixture at ${md.code(result.fixture)}`;
  if (result.verdict === 'empty') return 'resolves to an empty document';
  if (result.verdict === 'fixture written') return `wrote ${md.code(result.fixture)}`;
  const parts: string[] = [];
  if (resolution.unresolved.length > 0) parts.push(`unresolved: ${resolution.unresolved.slice(0, CELL_PATHS).map((placeholder) => md.code(`\${${placeholder.name}}`)).join(', ')}`);
  if (result.changedCount > 0) {
    const shown = result.changes.slice(0, CELL_PATHS).map((change) => md.code(change.path || '/')).join(', ');
    parts.push(result.changedCount > CELL_PATHS ? `${shown} and ${result.changedCount - CELL_PATHS} more` : shown);
  }
  return parts.join('; ') || '—';
}

/** The log's lines for a selector that differs: `~ /db/host: fixture "a", resolved "b"`, values of secret-looking keys hidden. */
export function differenceLines(result: SelectorResult, expected: Json | undefined): string {
  const sign = { added: '+', removed: '-', changed: '~' } as const;
  const lines = result.changes.map((change) => `${sign[change.kind]} ${change.path || '/'}: fixture ${shownValue(expected, change.path)}, resolved ${shownValue(result.resolution.document, change.path)}`);
  if (result.changedCount > result.changes.length) lines.push(`... and ${result.changedCount - result.changes.length} more path(s)`);
  return lines.join('\n');
}
