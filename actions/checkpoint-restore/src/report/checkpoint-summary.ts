import { markdownText, table, type Redactor } from '@gates/core';
import type { CheckpointInputs } from '../checkpoint-inputs.js';
import type { HealthResult } from '../modes/health-checks.js';
import type { RestoreResult } from '../modes/restore-checkpoint.js';
import type { SaveResult } from '../modes/save-checkpoint.js';
import type { RestoreMetrics } from './metrics.js';

/** Paths listed per kind of change; the rest are counted (the metrics JSON and the log have them all). */
const MAX_LISTED = 20;

export function renderSaveSummary(result: SaveResult, metrics: Record<string, unknown>, redactor: Redactor): string {
  const md = markdownText(redactor);
  const lines = [`### Checkpoint: ${result.outcome}`, ''];
  if (result.outcome === 'skipped-idempotent') lines.push(`Gate ${md.code(result.manifest!.gate)} already has a green checkpoint for this workflow, commit and inputs (${md.code(result.hash!)}); nothing was redone. Set \`force: true\` to take it again.`, '');
  if (result.outcome === 'empty') lines.push('No path matched: no checkpoint was written.', '');
  if (result.hash && result.outcome !== 'skipped-idempotent') {
    lines.push(
      table(
        ['Checkpoint', 'Gate', 'Status', 'Files', 'Bytes', 'New chunks', 'New bytes (stored)', 'Seconds'],
        [[md.code(result.hash), md.code(result.manifest!.gate), result.manifest!.status, String(metrics.files), String(metrics.bytes), String(metrics.newChunks), String(metrics.newBytes), String(metrics.seconds)]],
      ),
      '',
    );
  }
  return lines.join('\n');
}

export function renderRestoreSummary(inputs: CheckpointInputs, result: RestoreResult, metrics: RestoreMetrics, health: HealthResult[], redactor: Redactor): string {
  const md = markdownText(redactor);
  const { manifest, hash } = result.checkpoint;
  const lines = [
    `### ${inputs.mode === 'rollback' ? `Rollback after ${md.code(inputs.failedGate)} failed (${inputs.trigger})` : 'Restore'}`,
    '',
    table(
      ['Checkpoint', 'Gate', 'Taken', 'RPO (s)', 'RTO (s)', 'Bytes restored'],
      [[md.code(hash), md.code(manifest.gate), md.text(manifest.createdAt), String(metrics.rpoSeconds), String(metrics.rtoSeconds), String(result.bytes)]],
    ),
    '',
    `Changes to the workspace: ${result.plan.added.length} added, ${result.plan.modified.length} modified, ${result.plan.removed.length} removed, ${result.plan.unchanged} unchanged.`,
    '',
    ...changeList('Modified', result.plan.modified.map((entry) => entry.path), md.code),
    ...changeList('Added', result.plan.added.map((entry) => entry.path), md.code),
    ...changeList('Removed', result.plan.removed, md.code),
    ...healthLines(health, md.code),
  ];
  if (inputs.mode === 'rollback') lines.push(`**Next:** re-run gate ${md.code(inputs.failedGate)} with \`debug: true\` (output \`rerun-gate\`).`, '');
  return lines.join('\n');
}

export function renderRehearsalSummary(inputs: CheckpointInputs, result: RestoreResult, metrics: RestoreMetrics, health: HealthResult[], redactor: Redactor): string {
  const md = markdownText(redactor);
  const met = metrics.rtoSeconds <= inputs.rtoTargetMs / 1000;
  return [
    '### Disaster-recovery rehearsal',
    '',
    table(
      ['Checkpoint', 'Gate', 'RTO (s)', 'Target (s)', 'Bytes restored', 'Second restore'],
      [[md.code(result.checkpoint.hash), md.code(result.checkpoint.manifest.gate), String(metrics.rtoSeconds), `${inputs.rtoTargetMs / 1000} ${met ? '(met)' : '(missed)'}`, String(result.bytes), metrics.secondRestoreChanges === 0 ? 'no change (idempotent)' : `${String(metrics.secondRestoreChanges)} change(s)`]],
    ),
    '',
    ...healthLines(health, md.code),
  ].join('\n');
}

function changeList(title: string, paths: readonly string[], code: (value: string) => string): string[] {
  if (paths.length === 0) return [];
  const shown = paths.slice(0, MAX_LISTED).map((path) => `- ${code(path)}`);
  if (paths.length > MAX_LISTED) shown.push(`- … and ${paths.length - MAX_LISTED} more`);
  return [`${title}:`, '', ...shown, ''];
}

function healthLines(health: readonly HealthResult[], code: (value: string) => string): string[] {
  if (health.length === 0) return [];
  return ['Health checks:', '', table(['Command', 'Result', 'ms'], health.map((result) => [code(result.check.run), result.passed ? 'passed' : (result.reason ?? 'failed'), String(result.ms)])), ''];
}
