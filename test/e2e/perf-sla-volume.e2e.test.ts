import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// T-008: reports far beyond normal bounds, through the bundle, with the V8 heap
// capped well below the report's size: a parser that held the document (or one
// object per test case) would die here, not just run slowly.
const HEAP_LIMIT_MB = 160;

interface Generated {
  bytes: number;
  cases: number;
  failures: number;
}

/** The bench's generator, as a separate process: the test never holds the report itself. */
function generate(path: string, cases: number, padding: number): Generated {
  return JSON.parse(execFileSync(process.execPath, [join(REPO_ROOT, 'bench', 'generate-junit.mjs'), path, String(cases), String(padding)], { encoding: 'utf8' })) as Generated;
}

const workspaces: string[] = [];
afterAll(() => {
  for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
});

async function measure(workspace: string, reports: string, extra: Record<string, string> = {}) {
  const run = await runBundle('perf-sla', { workspace, inputs: { reports, ...extra }, env: { NODE_OPTIONS: `--max-old-space-size=${HEAP_LIMIT_MB}` }, timeoutMs: 240_000 });
  const metrics = run.outputs['metrics-file'] ? (JSON.parse(readFileSync(run.outputs['metrics-file'], 'utf8')) as { tests: number; failed: number; slowest: unknown[] }) : undefined;
  return { run, metrics };
}

describe('perf-sla volume (T-008)', () => {
  test('1,000,000 test cases in one 200 MB file: every case counted, under a 160 MB heap', async () => {
    const workspace = makeWorkspace({});
    workspaces.push(workspace);
    const report = generate(join(workspace, 'junit.xml'), 1_000_000, 75);
    expect(report.bytes).toBeGreaterThan(200_000_000);
    const { run, metrics } = await measure(workspace, 'junit.xml');
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(metrics).toMatchObject({ tests: 1_000_000, failed: report.failures });
    expect(metrics!.slowest).toHaveLength(100);
    expect(run.summary).toContain(`| 1000000 | ${report.failures} | 0 | 0 | 0 |`);
  }, 300_000);

  test('50 files of 20 MB merged: counts add up across files, under the same heap', async () => {
    const workspace = makeWorkspace({});
    workspaces.push(workspace);
    const one = generate(join(workspace, 'reports-00.xml'), 100_000, 85);
    expect(one.bytes).toBeGreaterThan(20_000_000);
    for (let index = 1; index < 50; index++) copyFileSync(join(workspace, 'reports-00.xml'), join(workspace, `reports-${String(index).padStart(2, '0')}.xml`));
    // The 50 files are copies (same suites and names): merged, they would be one test retried 50 times; counted separately, they add up.
    const { run, metrics } = await measure(workspace, 'reports-*.xml', { retries: 'separate' });
    expect({ exit: run.exitCode, stderr: run.stderr }).toEqual({ exit: 0, stderr: '' });
    expect(metrics).toMatchObject({ tests: 50 * one.cases, failed: 50 * one.failures });
    expect(run.summary).toContain('From 50 report file(s)');
  }, 300_000);
});
