import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runBundle, type BundleRun } from '../harness/run-bundle.js';

export interface Row { primitive: string; verdict: string; reasons: string[]; acquisitions: number; lostUpdates: number; violations: number; recoveryMs: number | null }
export interface LockReport { fsType: string; recommended: string | null; primitives: Row[] }

/**
 * Small enough to take seconds, and still proving: the workers start together (a barrier in the worker), one per
 * client, and `hold` keeps each critical section open long enough that a lock which does not exclude across
 * clients is seen to fail from the first iterations on.
 */
export const BOUNDED = { workers: '2', iterations: '20', hold: '5ms', 'stale-after': '5s', timeout: '30s' };

/** One fs-lock-test run through the bundle, and its report. */
export async function experiment(inputs: Record<string, string>): Promise<{ run: BundleRun; report: LockReport; verdicts: Record<string, string>; row: (name: string) => Row }> {
  const run = await runBundle('fs-lock-test', { inputs, timeoutMs: 50_000 });
  if (!run.outputs['report-file']) throw new Error(`fs-lock-test ended ${run.exitCode} without a report:\n${run.stdout}\n${run.stderr}`);
  const report = JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')) as LockReport;
  const verdicts = Object.fromEntries(report.primitives.map((row) => [row.primitive, row.verdict]));
  return { run, report, verdicts, row: (name: string) => report.primitives.find((row) => row.primitive === name)! };
}

/** UNSAFE must rest on an observed failure: a lost update or two holders at once. */
export function expectObservedFailure(row: Row): void {
  expect(row.verdict).toBe('UNSAFE');
  expect(row.lostUpdates + row.violations).toBeGreaterThan(0);
}
