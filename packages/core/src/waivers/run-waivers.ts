import type { Finding } from '../findings/model.js';
import type { MetricExtras } from '../metrics/metric-record.js';
import type { InputReader } from '../inputs/input-reader.js';
import type { Redactor } from '../redact/redactor.js';
import type { Runner } from '../runner/runner.js';
import type { WaiverState, WaiverStatus } from './apply-waivers.js';
import { loadWaivers } from './load-waivers.js';

export interface WaiverRun {
  findings: Finding[];
  statuses: WaiverStatus[];
  /** The summary section, empty when no waiver concerns this gate. */
  section: string;
  /** Counts by state, for the ledger and metrics. */
  counts: Partial<Record<WaiverState, number>>;
}

export interface WaiverContext {
  gate: string;
  findings: Finding[];
  workspace: string;
  /** `waivers` from .github/gates.yml: another path for the waiver file. */
  path?: string;
  env: NodeJS.ProcessEnv;
  inputs: InputReader;
  runner: Runner;
  redactor: Redactor;
  now: number;
}

/**
 * Every action's findings pass here (runAction): the waiver file is read and,
 * when there is one, applied (apply-waiver-file.ts).
 */
export async function runWaivers(context: WaiverContext): Promise<WaiverRun> {
  const checkedOut = await loadWaivers(context.workspace, context.path);
  if (!checkedOut) return { findings: context.findings, statuses: [], section: '', counts: {} };
  // Loaded only when there is a waiver file: matching, the base-branch policy and the summary section are code
  // most runs (no waiver file) would otherwise parse at start.
  const { applyWaiverFile } = await import('./apply-waiver-file.js');
  return applyWaiverFile(checkedOut, context);
}

/**
 * The waiver counts every action's metrics line carries (seed §7: waiver
 * approvals and expiries): waivers are the core's, so are their metrics.
 */
export function waiverMetrics(counts: WaiverRun['counts']): MetricExtras {
  const approved = (counts.applied ?? 0) + (counts.expiring ?? 0);
  const expired = counts.expired ?? 0;
  return { ...(approved > 0 ? { 'waivers-approved': approved } : {}), ...(expired > 0 ? { 'waivers-expired': expired } : {}) };
}
