import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate-workflows.mjs';
import { importObserver, pinCheckInputs } from '../harness/process-observer.js';
import { BUNDLE_NODE, ROOT_ACTION, runBundle } from '../harness/run-bundle.js';

// pin-check raises glibc's mmap and trim thresholds at start-up (actions/pin-check/src/malloc-heap.ts), in its own
// bundle and through the root action alike. The observer, loaded with `node --import`, asks glibc for 16 MiB at exit
// and reports whether glibc mapped it apart (its first threshold is 128 KiB) or served it from its heap (threshold
// raised). A bare Node process is the control: there the probe must see a mapping, so the probe can tell the two
// apart. Fails on a bundle without the setup, and on a Node that frees the block too late or never. glibc's
// behaviour on Linux, as on GitHub's runners and in CI: with MALLOC_MMAP_THRESHOLD_ set, or on musl, the control fails
// first and says the probe cannot tell here.
const OBSERVER = 'heap/malloc-observer.mjs';

interface Observed {
  probeBytes: number;
  mapped: boolean;
  grewBytes: number;
}

const scratch = mkdtempSync(join(tmpdir(), 'gates-malloc-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function observerEnv(out: string): Record<string, string> {
  return { NODE_OPTIONS: importObserver(OBSERVER), MALLOC_OBSERVER_OUT: out };
}

const outFile = () => join(mkdtempSync(join(scratch, 'run-')), 'observed.json');
const read = (out: string) => JSON.parse(readFileSync(out, 'utf8')) as Observed;

describe('pin-check keeps glibc from mapping and trimming what it allocates', () => {
  const workspace = mkdtempSync(join(scratch, 'workspace-'));
  generateCorpus(workspace, 150);

  test('control: in a bare Node process glibc maps a 16 MiB block apart', () => {
    const out = outFile();
    const run = spawnSync(BUNDLE_NODE, ['-e', ''], { env: { ...process.env, ...observerEnv(out) }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(read(out)).toMatchObject({ probeBytes: 16 * 1024 * 1024, mapped: true });
  });

  test.each(['pin-check', ROOT_ACTION])('%s on 150 workflows: the 16 MiB block comes from the heap', async (action) => {
    const out = outFile();
    const run = await runBundle(action, { workspace, inputs: pinCheckInputs(action), env: observerEnv(out) });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(read(out)).toMatchObject({ probeBytes: 16 * 1024 * 1024, mapped: false });
  }, 60_000);
});
