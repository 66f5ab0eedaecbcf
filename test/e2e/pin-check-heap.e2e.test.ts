import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate-workflows.mjs';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';

// pin-check's bundle keeps V8's young generation at its first size (actions/pin-check/src/young-generation.ts).
// The observer, loaded with `node --import`, reports the size the young generation reached; run once more with the
// bundle's flag dropped, the same files make it grow. So this fails on a bundle without the flag, and on a Node
// whose V8 ignores it at run time (the Node 24 set of .ci/run runs this file too).
const OBSERVER = join(REPO_ROOT, 'test', 'fixtures', 'heap', 'new-space-observer.mjs');

interface Observed {
  initialBytes: number;
  newSpaceBytes: number;
  flagsSet: string[];
}

async function observedRun(workspace: string, dropFlags: boolean): Promise<{ observed: Observed; report: string }> {
  const out = join(mkdtempSync(join(tmpdir(), 'gates-heap-')), 'observed.json');
  const env = { NODE_OPTIONS: `--import ${OBSERVER}`, HEAP_OBSERVER_OUT: out, HEAP_OBSERVER_DROP_FLAGS: dropFlags ? '1' : '0' };
  const run = await runBundle('pin-check', { workspace, inputs: { 'fail-on': 'never', token: '' }, env });
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  return { observed: JSON.parse(readFileSync(out, 'utf8')) as Observed, report: readFileSync(run.outputs['report-json']!, 'utf8') };
}

describe('pin-check keeps the young generation at its first size', () => {
  test('150 workflows: the young generation does not grow with the flag and does without it; the findings are the same', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'gates-heap-ws-'));
    generateCorpus(workspace, 150);
    const shipped = await observedRun(workspace, false);
    const without = await observedRun(workspace, true);
    expect(shipped.observed.flagsSet).toEqual(['--semi-space-growth-factor=1']);
    // Twice the size read at start: the young generation has already doubled once by the time the flag is set, with
    // or without it (1 → 2 MiB on Node 20 and 24, before the bundle's first line runs); from there it stays.
    expect(shipped.observed.newSpaceBytes).toBeLessThanOrEqual(2 * shipped.observed.initialBytes);
    expect(without.observed.newSpaceBytes).toBeGreaterThan(2 * without.observed.initialBytes);
    const findings = (report: string) => (JSON.parse(report) as { findings: unknown[] }).findings;
    expect(findings(shipped.report).length).toBeGreaterThan(100);
    expect(findings(shipped.report)).toEqual(findings(without.report));
  }, 60_000);
});
