import { table, type Finding, type MarkdownText } from '@gates/core';
import type { ResultFormat } from '../ingest/read-results.js';
import type { BlockPolicy } from '../judge/block-policy.js';

export interface ScannerCount {
  tool: string;
  formats: Set<ResultFormat>;
  files: Set<string>;
  results: number;
  blocking: number;
  waived: number;
}

/** Counts per scanner, after waivers: what each tool reported and what of it blocks. */
export function countPerScanner(findings: readonly Finding[], sources: ReadonlyMap<string, { formats: Set<ResultFormat>; files: Set<string> }>): ScannerCount[] {
  const counts = new Map<string, ScannerCount>();
  for (const [tool, source] of sources) counts.set(tool, { tool, ...source, results: 0, blocking: 0, waived: 0 });
  for (const finding of findings) {
    const count = counts.get(finding.tool ?? '');
    if (!count) continue;
    count.results++;
    if (finding.waived) count.waived++;
    else if (finding.severity === 'error') count.blocking++;
  }
  return [...counts.values()].sort((a, b) => (a.tool < b.tool ? -1 : a.tool > b.tool ? 1 : 0));
}

export function describePolicy(policy: BlockPolicy, withBase: boolean, kevCount: number | undefined): string {
  const triggers = [
    policy.severity === 'none' ? undefined : `severity ≥ ${policy.severity}`,
    policy.cvss === undefined ? undefined : `CVSS ≥ ${policy.cvss}`,
    policy.knownExploited ? (kevCount === undefined ? 'known exploited (no list given)' : `known exploited (${kevCount} CVEs listed)`) : undefined,
  ].filter(Boolean);
  const filters = [policy.fixAvailable ? 'only with a fix available' : undefined, policy.newSinceBase && withBase ? 'only new since the base results' : undefined].filter(Boolean);
  return `Blocks on ${triggers.length ? triggers.join(' or ') : 'nothing (no trigger configured)'}${filters.length ? `; ${filters.join(', ')}` : ''}.`;
}

/** The scanners table, after the findings: what was read, from where, and how much of it blocks. */
export function renderScannerSection(counts: readonly ScannerCount[], policyLine: string, md: MarkdownText): string {
  const rows = counts.map((count) => [md.text(count.tool), [...count.formats].join(', '), String(count.files.size), String(count.results), String(count.blocking), String(count.waived)]);
  return ['### Results per scanner', '', md.text(policyLine), '', table(['Scanner', 'Format', 'Files', 'Results', 'Blocking', 'Waived'], rows), ''].join('\n');
}
