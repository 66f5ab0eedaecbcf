import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate-workflows.mjs';
import { importObserver, pinCheckInputs } from '../harness/process-observer.js';
import { BUNDLE_NODE, ROOT_ACTION, runBundle } from '../harness/run-bundle.js';

// pin-check holds TurboFan back at start-up on V8 13 (Node 24) and lets it go once it has read 6 MiB of text
// (actions/pin-check/src/compile-tiers.ts), never where the process chose its own tiers (`--jitless`). The observer, loaded with `node --import`, records
// the flags the process set and asks V8 at exit to optimise a fresh function: TurboFan's code or not. On another
// V8 (Node 20, CI's main run) nothing is held back and TurboFan optimises as always; the Node 24 set of .ci/run
// runs this file too. Fails on a bundle that does not hold TurboFan back, or never lets it go.
const OBSERVER = 'v8/tier-observer.mjs';
const V8_MAJOR = Number(spawnSync(BUNDLE_NODE, ['-p', 'process.versions.v8'], { encoding: 'utf8' }).stdout.split('.')[0]);
const HELD_BACK = V8_MAJOR === 13;

interface Observed {
  flagsSet: string[];
  turbofanned: boolean;
}

const scratch = mkdtempSync(join(tmpdir(), 'gates-tiers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function observedRun(action: string, workspace: string, nodeOptions = ''): Promise<{ observed: Observed; findings: number }> {
  const out = join(mkdtempSync(join(scratch, 'run-')), 'observed.json');
  const env = { NODE_OPTIONS: importObserver(OBSERVER, nodeOptions), TIER_OBSERVER_OUT: out };
  const run = await runBundle(action, { workspace, inputs: pinCheckInputs(action), env });
  // Node 20's own word on --jitless (WebAssembly needs a JIT there), not pin-check's.
  expect(run.stderr.replace('Warning: disabling flag --expose_wasm due to conflicting flags\n', '')).toBe('');
  expect(run.exitCode).toBe(0);
  const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { findings: unknown[] };
  return { observed: JSON.parse(readFileSync(out, 'utf8')) as Observed, findings: report.findings.length };
}

describe(`pin-check's compiler tiers (V8 ${V8_MAJOR})`, () => {
  const small = mkdtempSync(join(scratch, 'small-'));
  generateCorpus(small, 150); // 550 files, 1.5 MB (150 workflows, 200 Dockerfiles, 200 scripts)
  const large = mkdtempSync(join(scratch, 'large-'));
  generateCorpus(large, 1_700); // 2,100 files, 7.3 MB

  test.each(['pin-check', ROOT_ACTION])('%s on 1.5 MB: TurboFan held back to the end where V8 13 runs it', async (action) => {
    const { observed, findings } = await observedRun(action, small);
    expect(findings).toBeGreaterThan(100);
    const tierFlags = observed.flagsSet.filter((flags) => flags.includes('turbofan'));
    expect(tierFlags).toEqual(HELD_BACK ? ['--no-turbofan'] : []);
    expect(observed.turbofanned).toBe(!HELD_BACK);
  }, 60_000);

  test('pin-check on 7.3 MB: TurboFan back for the long run', async () => {
    const { observed, findings } = await observedRun('pin-check', large);
    expect(findings).toBeGreaterThan(1_000);
    const tierFlags = observed.flagsSet.filter((flags) => flags.includes('turbofan'));
    expect(tierFlags).toEqual(HELD_BACK ? ['--no-turbofan', '--turbofan'] : []);
    expect(observed.turbofanned).toBe(true);
  }, 90_000);

  // Turning TurboFan on in a jitless V8 crashed it (exit 139) once a run was long: a fresh-eyes review's find.
  test('pin-check on 7.3 MB in a process started with --jitless: tiers left as chosen, the run ends well', async () => {
    const { observed, findings } = await observedRun('pin-check', large, '--jitless');
    expect(findings).toBeGreaterThan(1_000);
    expect(observed.flagsSet.filter((flags) => flags.includes('turbofan'))).toEqual([]);
    expect(observed.turbofanned).toBe(false);
  }, 120_000);
});
