import type { ActionAggregate } from './aggregate-metrics.js';

/**
 * Prometheus text exposition format (version 0.0.4): one HELP and one TYPE
 * line before each metric family's samples, label values with backslash,
 * double quote and line feed escaped, and a line feed after the last line.
 */
export function renderPrometheus(aggregates: readonly ActionAggregate[]): string {
  const lines: string[] = [];
  const family = (name: string, type: 'counter' | 'gauge' | 'summary', help: string, samples: string[]) => {
    if (samples.length === 0) return;
    lines.push(`# HELP ${name} ${escapeHelp(help)}`, `# TYPE ${name} ${type}`);
    for (const line of samples) lines.push(line);
  };
  const sample = (name: string, labels: Record<string, string>, value: number) => `${name}{${Object.entries(labels).map(([key, text]) => `${key}="${escapeLabelValue(text)}"`).join(',')}} ${formatValue(value)}`;

  family('gates_gate_runs_total', 'counter', 'Action runs by verdict (pass, fail, empty, error).', aggregates.flatMap((entry) => Object.entries(entry.verdicts).map(([verdict, count]) => sample('gates_gate_runs_total', { action: entry.action, verdict }, count))));
  family('gates_gate_pass_ratio', 'gauge', 'Share of runs that passed.', aggregates.map((entry) => sample('gates_gate_pass_ratio', { action: entry.action }, entry.passRate)));
  family('gates_gate_duration_seconds', 'summary', 'Wall time of each action run, nearest-rank quantiles.', aggregates.flatMap((entry) => [
    sample('gates_gate_duration_seconds', { action: entry.action, quantile: '0.5' }, entry.durationMs.p50 / 1000),
    sample('gates_gate_duration_seconds', { action: entry.action, quantile: '0.9' }, entry.durationMs.p90 / 1000),
    sample('gates_gate_duration_seconds', { action: entry.action, quantile: '0.99' }, entry.durationMs.p99 / 1000),
    sample('gates_gate_duration_seconds_sum', { action: entry.action }, entry.durationMs.sum / 1000),
    sample('gates_gate_duration_seconds_count', { action: entry.action }, entry.runs),
  ]));
  family('gates_lock_wait_seconds_total', 'counter', 'Time spent waiting for locks.', aggregates.map((entry) => sample('gates_lock_wait_seconds_total', { action: entry.action }, entry.lockWaitMs / 1000)));
  family('gates_lock_incidents_total', 'counter', 'Lock failures a locking experiment observed (lost updates, two holders, torn records, timeouts).', aggregates.map((entry) => sample('gates_lock_incidents_total', { action: entry.action }, entry.lockIncidents)));
  family('gates_lock_contentions_total', 'counter', 'Lock acquisitions that had to wait for another holder.', aggregates.map((entry) => sample('gates_lock_contentions_total', { action: entry.action }, entry.lockContentions)));
  family('gates_rollbacks_total', 'counter', 'Checkpoints restored.', aggregates.map((entry) => sample('gates_rollbacks_total', { action: entry.action }, entry.rollbacks)));
  family('gates_waiver_events_total', 'counter', 'Waivers that let a finding pass (approved) and waivers found expired.', aggregates.flatMap((entry) => [
    sample('gates_waiver_events_total', { action: entry.action, event: 'approved' }, entry.waiversApproved),
    sample('gates_waiver_events_total', { action: entry.action, event: 'expired' }, entry.waiversExpired),
  ]));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function escapeLabelValue(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** Go's float formatting as Prometheus reads it: integers without a point, others as JavaScript prints them. */
function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}
