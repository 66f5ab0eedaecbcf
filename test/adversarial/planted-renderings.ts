import type { Finding, MarkdownText, RuleMeta } from '@gates/core';
import { renderHistorySection } from '../../actions/perf-sla/src/report/history-summary.js';
import { renderPerfSummary } from '../../actions/perf-sla/src/report/perf-summary.js';
import { emptyTotals } from '../../actions/perf-sla/src/reports/report-totals.js';
import { RunStats } from '../../actions/perf-sla/src/stats/run-stats.js';
import { identityOf } from '../../actions/perf-sla/src/stats/test-identity.js';
import { renderFixSummary } from '../../actions/pin-check/src/fix/fix-summary.js';
import { renderDecision } from '../../actions/rbac-guard/src/decision-summary.js';
import { renderRedactionSummary } from '../../actions/redact-logs/src/report/redaction-summary.js';
import type { Redactor } from '@gates/core';

/** A value for one field: the planted text with the field's name, so a leak says where it came from. */
export type Plant = (field: string) => string;

/** Findings and rules with every string field planted (the core renders these: annotations, summary, SARIF, JSON). */
export function plantedReport(plant: Plant): { findings: Finding[]; rules: RuleMeta[]; notes: string[] } {
  const findings: Finding[] = [
    {
      ruleId: 'planted-rule',
      severity: 'error',
      file: plant('finding.file'),
      line: 3,
      column: 2,
      message: plant('finding.message'),
      fixHint: plant('finding.fixHint'),
      fix: { description: plant('fix.description'), file: plant('fix.file'), edits: [{ start: 0, end: 1, replacement: plant('fix.replacement') }] },
    },
    { ruleId: 'planted-rule', severity: 'warning', message: plant('waived.message'), waived: { reason: plant('waived.reason') } },
    { ruleId: 'planted-rule', severity: 'note', file: plant('note.file'), message: plant('note.message') },
  ];
  const rules: RuleMeta[] = [{ id: 'planted-rule', description: plant('rule.description'), severity: 'error', docs: 'https://github.com/org/gates/blob/main/docs/errors.md' }];
  return { findings, rules, notes: [plant('report.note')] };
}

/** Every action's own summary section, each built from inputs whose every string field is planted. */
export function plantedAppendices(plant: Plant, md: MarkdownText, redactor: Redactor): Record<string, string> {
  const stats = new RunStats(10);
  for (let index = 0; index < 3; index++) {
    const [suite, classname, name] = [plant(`perf.suite${index}`), plant(`perf.class${index}`), plant(`perf.name${index}`)];
    const identity = identityOf(suite, classname, name);
    stats.add({ suite, classname, name, seconds: 1 + index, status: 'passed', foldedAttempts: 0, earlierFailed: false, idHigh: identity.high, idLow: identity.low });
  }
  const budget = { label: '1s', seconds: 1, pointer: '/tests/0' };
  const report = { display: plant('perf.report'), outcome: { format: 'junit' as const, totals: emptyTotals(), unit: 'ms' as const, unitReason: 'planted', records: 3 }, caseSeconds: 6, overADay: 0 };
  const slowest = stats.top().map((test) => test.name);
  return {
    'perf-sla durations': renderPerfSummary(
      {
        stats,
        reports: [report],
        breaches: [{ scope: 'test', name: plant('perf.breach'), metric: 'max', budget, observed: 3 }],
        breachCount: 1,
        top10: [{ name: plant('perf.top10'), budget, observed: 2 }, { name: plant('perf.top10-stale'), budget }],
        stale: [plant('perf.stale')],
        budgetsFor: () => [budget],
        failures: { seen: 1, notes: 1 },
      },
      md,
    ),
    'perf-sla history': renderHistorySection(
      {
        verdicts: [
          { name: plant('perf.regression'), current: 3, samples: 9, kind: 'regression', baseline: 1, noise: 0.1, p: 0.01, noisy: true },
          { name: plant('perf.suspected'), current: 2, samples: 9, kind: 'suspected', baseline: 1, noise: 0.1, noisy: false },
        ],
        comparableRuns: 9,
        otherProfiles: 1,
        trends: new Map(slowest.map((name) => [name, [1, 2, 3]])),
      },
      plant('perf.store'),
      { os: plant('profile.os'), arch: 'x64', cpuModel: plant('profile.cpu'), cores: 2, memoryGiB: 8, image: plant('profile.image') },
      slowest,
      5,
      md,
    ),
    'pin-check fix': renderFixSummary({ files: [plant('fix.file')], fixed: new Set(), patch: `--- a/x\n+++ b/x\n@@ -1 +1 @@\n-${plant('fix.patch-old')}\n+${plant('fix.patch-new')}\n`, skipped: [{ file: plant('fix.skipped-file'), reason: plant('fix.skipped-reason') }] }, 'dry-run', redactor),
    'rbac-guard decision': renderDecision(
      {
        allowed: false,
        decidedBy: 'deny-rule',
        role: plant('rbac.role'),
        rule: plant('rbac.rule'),
        reason: plant('rbac.reason'),
        roles: [{ role: plant('rbac.held-role'), via: plant('rbac.via') }],
        chain: [{ gate: plant('rbac.gate'), status: 'fail' }],
        bypass: { id: plant('rbac.bypass-id'), commands: [], until: plant('rbac.until'), reason: plant('rbac.bypass-reason') },
        wouldAllow: [plant('rbac.would-allow')],
      },
      { command: plant('rbac.command'), environment: plant('rbac.environment'), event: plant('rbac.event'), ref: plant('rbac.ref'), actor: plant('rbac.actor'), triggeringActor: plant('rbac.triggering-actor'), fromFork: true, now: new Date(0) },
      plant('rbac.decision-id'),
      md,
    ),
    'redact-logs redaction': renderRedactionSummary(
      [
        { display: plant('redact.file'), kind: 'text', status: 'redacted', occurrences: new Map([[plant('redact.rule'), { firstLine: 1, count: 2, alsoMatched: 1 }]]), replacements: 2 },
        { display: plant('redact.skipped-file'), kind: 'binary', status: 'skipped', reason: plant('redact.reason'), occurrences: new Map() },
      ],
      {
        knownValues: 1,
        refused: [plant('redact.refused')],
        unmatched: [plant('redact.unmatched')],
        outputDir: plant('redact.output-dir'),
        minSecretLength: 4,
        allowed: 1,
        masks: { registered: 1, unmasked: [{ rule: plant('redact.mask-rule'), file: plant('redact.mask-file'), reason: 'dictionary-word', count: 1 }] },
      },
      md,
    ),
  };
}
