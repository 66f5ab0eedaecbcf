import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHA } from '../fixtures/action-repositories.js';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

const DEMO = join(REPO_ROOT, 'examples', 'demo-repo');

describe('pin-check bundle run as the runner runs it', () => {
  test('on the demo repository: exit 1, annotations at file:line, outputs and summary written', async () => {
    const run = await runBundle('pin-check', { workspace: makeWorkspace({}, DEMO) });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const checkout = run.annotations.find((a) => a.data.startsWith('actions/checkout@v4'));
    expect(checkout).toMatchObject({ command: 'error', properties: { file: '.github/workflows/ci.yml', line: '18', col: '15', title: 'unpinned-uses' } });
    expect(run.outputs.verdict).toBe('fail');
    expect(Number(run.outputs['findings-count'])).toBeGreaterThanOrEqual(2);
    expect(run.summary).toMatch(/^## ❌ pin-check: failed/m);
    expect(run.summary).toContain('https://github.com/octo-org/octo-repo/blob/ffac537e6cbbf934b08745a378932722df287a53/.github/workflows/ci.yml#L18');
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'unpinned-uses')).toBe(true);
    expect(existsSync(run.outputs['report-json']!)).toBe(true);
  });

  test('a clean repository passes with exit 0 and verdict pass', async () => {
    const workspace = makeWorkspace({
      '.github/workflows/ok.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${SHA.checkout422} # v4.2.2\n      - uses: ./local-action\n`,
    });
    const run = await runBundle('pin-check', { workspace });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['findings-count']).toBe('0');
    expect(run.annotations).toEqual([]);
  });
});
