import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

/** A copy of dist/pin-check without the chunk that holds `code`: what a damaged or half-copied installation runs. */
function bundleWithout(code: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'gates-bundle-'));
  cpSync(join(REPO_ROOT, 'dist', 'pin-check'), copy, { recursive: true });
  const chunk = readdirSync(copy).find((name) => name !== 'index.js' && name.endsWith('.js') && readFileSync(join(copy, name), 'utf8').includes(code));
  if (!chunk) throw new Error(`no chunk of dist/pin-check holds ${code}`);
  rmSync(join(copy, chunk));
  return join(copy, 'index.js');
}

const WORKFLOW = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';

/**
 * Code most runs never need loads on use from chunks beside the bundle. A
 * chunk that cannot be loaded ends the step as any other unexpected failure
 * does: exit 4, GATES_E_INTERNAL, an error annotation and a summary section,
 * not Node's raw trace and not a quieter outcome.
 */
describe('a chunk that cannot be loaded', () => {
  test.each([
    // The job's token is the input's default: online checks run, and their code is a chunk.
    ['pin-check\'s online checks', 'function checkOnline(', {}],
    // A runner's results service: state travels as artifacts, and the transfer code is a chunk (loaded before anything is sent).
    ['the state transfer', 'function restoreSegments(', { ACTIONS_RUNTIME_TOKEN: 'runtime-token-of-the-test-0123456789', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' }],
  ])('%s: exit 4, GATES_E_INTERNAL, reported', async (_what, code, env) => {
    const run = await runBundle('pin-check', { main: bundleWithout(code), workspace: makeWorkspace({ '.github/workflows/ci.yml': WORKFLOW }), env });
    expect(run.exitCode).toBe(4);
    expect(run.annotations).toEqual([expect.objectContaining({ command: 'error', properties: expect.objectContaining({ title: 'GATES_E_INTERNAL' }) })]);
    expect(run.summary).toContain('error `GATES_E_INTERNAL` (exit 4)');
    expect(run.log).toMatch(/Internal error: .*\.index\.js/);
    expect(run.stderr).toBe('');
  });
});
