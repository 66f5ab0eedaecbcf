import type { MarkdownText } from '@gates/core';
import type { PrimitiveRow } from './lock-metrics.js';

export interface SummaryFacts {
  fsType: string;
  mountPoint: string;
  clients: number;
  workers: number;
  iterations: number;
  recommended?: string;
}

/** The job summary: the filesystem, then one row per primitive, then the evidence behind each verdict that is not SAFE. */
export function renderLockSummary(facts: SummaryFacts, rows: readonly PrimitiveRow[], md: MarkdownText): string {
  const lines = [
    `### Filesystem locking: ${md.code(facts.fsType)} at ${md.code(facts.mountPoint)}`,
    '',
    `${facts.workers} worker process(es) x ${facts.iterations} acquisition(s) per primitive${facts.clients > 1 ? `, over ${facts.clients} mounts (clients) of the same directory` : ''}.`,
    `Recommended primitive: ${facts.recommended ? md.code(facts.recommended) : '**none is safe here**'}.`,
    '',
    '| Primitive | Verdict | Acquisitions/s | Wait p50 / p99 / max (ms) | Lost updates | Violations | Torn / duplicate records | Stale recoveries | Takeover after SIGKILL (ms) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${md.code(row.primitive)} | ${row.verdict} | ${row.acquisitionsPerSecond} | ${row.waitMs.p50} / ${row.waitMs.p99} / ${row.waitMs.max} | ${row.lostUpdates} | ${row.violations} | ${row.tornRecords} / ${row.duplicateValues} | ${row.staleRecoveries} | ${row.recoveryMs ?? '—'} |`,
    );
  }
  const evidence = rows.filter((row) => row.verdict !== 'SAFE');
  if (evidence.length) {
    lines.push('', 'Evidence:');
    for (const row of evidence) lines.push(`- ${md.code(row.primitive)} ${row.verdict}: ${row.reasons.map((reason) => md.text(reason)).join('; ')}`);
  }
  return lines.join('\n');
}
