import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate-workflows.mjs';
import { importObserver, pinCheckInputs } from '../harness/process-observer.js';
import { ROOT_ACTION, runBundle } from '../harness/run-bundle.js';

// pin-check keeps V8's young generation at the size it has when the run starts (ActionDefinition.processSetup,
// actions/pin-check/src/young-generation.ts), in its own bundle and through the root action alike. The observer,
// loaded with `node --import`, reports the young generation's size when the flag was set and at the end; run once
// more with the flag dropped, the same files make it grow. So this fails on a bundle without the flag, and on a
// Node whose V8 ignores the flag at run time (the Node 24 set of .ci/run runs this file too).
const OBSERVER = 'heap/new-space-observer.mjs';

interface Observed {
  atFlagBytes: number;
  newSpaceBytes: number;
  flagsSet: string[];
}

const scratch = mkdtempSync(join(tmpdir(), 'gates-heap-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function observedRun(action: string, workspace: string, dropFlags: boolean): Promise<{ observed: Observed; findings: unknown[] }> {
  const out = join(mkdtempSync(join(scratch, 'run-')), 'observed.json');
  const env = { NODE_OPTIONS: importObserver(OBSERVER), HEAP_OBSERVER_OUT: out, HEAP_OBSERVER_DROP_FLAGS: dropFlags ? '1' : '0' };
  const run = await runBundle(action, { workspace, inputs: pinCheckInputs(action), env });
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { findings: unknown[] };
  return { observed: JSON.parse(readFileSync(out, 'utf8')) as Observed, findings: report.findings };
}

describe('pin-check keeps the young generation at its size when the run starts', () => {
  const workspace = mkdtempSync(join(scratch, 'workspace-'));
  generateCorpus(workspace, 150);

  test.each(['pin-check', ROOT_ACTION])('%s on 150 workflows: no growth with the flag, growth without it, the same findings', async (action) => {
    const shipped = await observedRun(action, workspace, false);
    const without = await observedRun(action, workspace, true);
    expect(shipped.observed.flagsSet).toContain('--semi-space-growth-factor=1');
    expect(shipped.observed.atFlagBytes).toBeGreaterThan(0);
    expect(shipped.observed.newSpaceBytes).toBeLessThanOrEqual(shipped.observed.atFlagBytes);
    expect(without.observed.newSpaceBytes).toBeGreaterThan(without.observed.atFlagBytes);
    expect(shipped.findings.length).toBeGreaterThan(100);
    expect(shipped.findings).toEqual(without.findings);
  }, 60_000);
});
