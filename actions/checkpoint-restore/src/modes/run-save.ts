import type { ActionOutcome } from '@gates/core';
import { finding, RULES } from '../rules.js';
import { saveMetrics } from '../report/metrics.js';
import { renderSaveSummary } from '../report/checkpoint-summary.js';
import { fetchPublished, type ModeContext } from './mode-context.js';
import { saveCheckpoint } from './save-checkpoint.js';
import { sha256Hex } from '../store/manifest.js';
import { digestWorkerCount } from '../tree/digest-pool.js';

/** `mode: save`: checkpoint the gate's paths (or report it already done), publish it when `store: cache`. */
export async function runSave(context: ModeContext): Promise<ActionOutcome & { metrics: Record<string, unknown> }> {
  const { action, inputs, store } = context;
  const notes: string[] = [];
  // Read first: a bad GATES_CHECKPOINT_WORKERS is a usage error before anything is fetched or locked.
  const workers = digestWorkerCount();
  const fetched = await fetchPublished(context);
  if (fetched) notes.push(fetched);
  const records = await action.ledger.readVerified();
  const started = Date.now();
  const result = await saveCheckpoint(store, action.lock, {
    gate: inputs.gate,
    status: inputs.status,
    paths: inputs.paths,
    workspace: action.workspace,
    exclude: context.exclude,
    identity: context.identity,
    inputsHash: sha256Hex(inputs.key),
    force: inputs.force,
    retention: inputs.retention,
    lamport: (records[records.length - 1]?.lamport ?? 0) + 1,
    lockTimeoutMs: inputs.lockTimeoutMs,
    onRejected: context.onRejected,
    workers,
  });
  const seconds = (Date.now() - started) / 1000;
  for (const skipped of result.tree?.skipped ?? []) context.findings.push(finding(RULES.pathSkipped, `${skipped.path}: ${skipped.reason}.`, { file: skipped.path }));
  if (result.tree && result.tree.unmatched.length > 0) notes.push(`${result.tree.unmatched.length} path pattern(s) matched nothing: ${result.tree.unmatched.join(', ')}.`);
  let published: string | undefined;
  if (context.transport && result.outcome === 'saved' && result.hash) {
    const sent = await context.transport.publish(store, result.hash);
    published = `Published to ${context.transport.description}: ${sent.key} (${sent.chunks} chunk(s), ${sent.bytes} bytes).`;
    notes.push(published);
  }
  const metrics = saveMetrics(result, seconds);
  const outputs: Record<string, string> = {
    outcome: result.outcome,
    checkpoint: result.hash ?? '',
    'bytes-saved': String(result.totals?.bytes ?? 0),
    'new-bytes': String(result.totals?.newBytes ?? 0),
  };
  return {
    findings: context.findings,
    nothingToCheck: result.outcome === 'empty' ? `no path matched ${inputs.paths.join(', ')}` : undefined,
    outputs,
    notes,
    metrics,
    summaryAppendix: renderSaveSummary(result, metrics, action.redactor),
    ledgerEvent: { mode: 'save', gate: inputs.gate, status: inputs.status, checkpoint: result.hash ?? null, outcome: result.outcome },
  };
}
