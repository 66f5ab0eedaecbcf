import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate-workflows.mjs';
import { BUNDLE_NODE, REPO_ROOT, ROOT_ACTION, runBundle } from '../harness/run-bundle.js';

// pin-check holds TurboFan back at start-up on V8 13 (Node 24) and lets it go when the repository has more than
// 2,000 files to read (actions/pin-check/src/compile-tiers.ts). The observer, loaded with `node --import`, records
// the flags the process set and asks V8 at exit to optimise a fresh function: TurboFan's code or not. On another
// V8 (Node 20, CI's main run) nothing is held back and TurboFan optimises as always; the Node 24 set of .ci/run
// runs this file too. Fails on a bundle that does not hold TurboFan back, or never lets it go.
const OBSERVER = join(REPO_ROOT, 'test', 'fixtures', 'v8', 'tier-observer.mjs');
const V8_MAJOR = Number(spawnSync(BUNDLE_NODE, ['-p', 'process.versions.v8'], { encoding: 'utf8' }).stdout.split('.')[0]);
const HELD_BACK = V8_MAJOR === 13;

interface Observed {
  flagsSet: string[];
  turbofanned: boolean;
}

const scratch = mkdtempSync(join(tmpdir(), 'gates-tiers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function observedRun(action: string, workspace: string): Promise<{ observed: Observed; findings: number }> {
  const out = join(mkdtempSync(join(scratch, 'run-')), 'observed.json');
  // Quoted: NODE_OPTIONS splits on spaces, and a checkout's path may have some.
  const env = { NODE_OPTIONS: `--import ${JSON.stringify(OBSERVER)}`, TIER_OBSERVER_OUT: out };
  const inputs: Record<string, string> = { 'fail-on': 'never', token: '', ...(action === ROOT_ACTION ? { command: 'pin-check' } : {}) };
  const run = await runBundle(action, { workspace, inputs, env });
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { findings: unknown[] };
  return { observed: JSON.parse(readFileSync(out, 'utf8')) as Observed, findings: report.findings.length };
}

describe(`pin-check's compiler tiers (V8 ${V8_MAJOR})`, () => {
  const small = mkdtempSync(join(scratch, 'small-'));
  generateCorpus(small, 150); // 550 files to read (150 workflows, 200 Dockerfiles, 200 scripts)
  const large = mkdtempSync(join(scratch, 'large-'));
  generateCorpus(large, 1_700); // 2,100 files to read

  test.each(['pin-check', ROOT_ACTION])('%s on 550 files: TurboFan held back to the end where V8 13 runs it', async (action) => {
    const { observed, findings } = await observedRun(action, small);
    expect(findings).toBeGreaterThan(100);
    const tierFlags = observed.flagsSet.filter((flags) => flags.includes('turbofan'));
    expect(tierFlags).toEqual(HELD_BACK ? ['--no-turbofan'] : []);
    expect(observed.turbofanned).toBe(!HELD_BACK);
  }, 60_000);

  test('pin-check on 2,100 files: TurboFan back for the long run', async () => {
    const { observed, findings } = await observedRun('pin-check', large);
    expect(findings).toBeGreaterThan(1_000);
    const tierFlags = observed.flagsSet.filter((flags) => flags.includes('turbofan'));
    expect(tierFlags).toEqual(HELD_BACK ? ['--no-turbofan', '--turbofan'] : []);
    expect(observed.turbofanned).toBe(true);
  }, 90_000);
});
