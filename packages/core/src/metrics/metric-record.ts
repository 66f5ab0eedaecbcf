import type { Finding } from '../findings/model.js';

/** Version of a metrics line; `gates metrics` refuses lines of another. schemas/gates-metrics.schema.json. */
export const METRICS_SCHEMA_VERSION = 1;

/** Facts an action measured itself, beyond pass/fail and duration (the actions that have them fill them in). */
export interface MetricExtras {
  /** Time spent waiting for locks of the state root or of a filesystem under test. */
  'lock-wait-ms'?: number;
  /** Lock acquisitions that had to wait because another holder had it. */
  'lock-contentions'?: number;
  /** Lock failures a locking experiment observed (fs-lock-test): lost updates, two holders, torn records, timeouts. */
  'lock-incidents'?: number;
  /** Checkpoints restored (the pipeline's rollback path). */
  rollbacks?: number;
  /** Waivers that let a finding pass, and waivers found expired. */
  'waivers-approved'?: number;
  'waivers-expired'?: number;
}

/** One line of the metrics file: one action run. */
export interface MetricRecord extends MetricExtras {
  schema: typeof METRICS_SCHEMA_VERSION;
  time: string;
  action: string;
  /** pass, fail, empty, or error (the run ended with exit 2, 3 or 4 before a verdict). */
  verdict: 'pass' | 'fail' | 'empty' | 'error';
  'exit-code': number;
  'duration-ms': number;
  findings: { error: number; warning: number; note: number; waived: number };
  /** Where it ran: repository, sha, ref, run id and attempt, as the runner gave them. */
  run: Record<string, string>;
}

const RUN_KEYS = ['GITHUB_REPOSITORY', 'GITHUB_SHA', 'GITHUB_REF', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_JOB', 'GITHUB_WORKFLOW'];

/** The metrics line of a run: pure, so the file writer and the tests share it. */
export function metricRecord(input: {
  action: string;
  verdict: MetricRecord['verdict'];
  exitCode: number;
  durationMs: number;
  findings?: readonly Finding[];
  extras?: MetricExtras;
  env: NodeJS.ProcessEnv;
  now: Date;
}): MetricRecord {
  const counts = { error: 0, warning: 0, note: 0, waived: 0 };
  for (const finding of input.findings ?? []) {
    if (finding.waived) counts.waived += 1;
    else counts[finding.severity] += 1;
  }
  const run: Record<string, string> = {};
  for (const key of RUN_KEYS) if (input.env[key]) run[key.replace(/^GITHUB_/, '').toLowerCase().replace('_', '-')] = input.env[key]!;
  return {
    schema: METRICS_SCHEMA_VERSION,
    time: input.now.toISOString(),
    action: input.action,
    verdict: input.verdict,
    'exit-code': input.exitCode,
    'duration-ms': Math.max(0, Math.round(input.durationMs)),
    findings: counts,
    run,
    ...knownExtras(input.extras),
  };
}

/** Only the named, non-negative numeric extras: an action cannot put free text in the file. */
function knownExtras(extras: MetricExtras | undefined): MetricExtras {
  const kept: Record<string, number> = {};
  for (const key of ['lock-wait-ms', 'lock-contentions', 'lock-incidents', 'rollbacks', 'waivers-approved', 'waivers-expired'] as const) {
    const value = extras?.[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) kept[key] = value;
  }
  return kept;
}
