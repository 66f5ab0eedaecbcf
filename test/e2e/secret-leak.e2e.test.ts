import { describe, expect, test } from '@jest/globals';
import { base64Fragments } from '@gates/core';
import { leaks, stepTexts } from '../harness/leaks.js';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

const SECRET = 'gates-test-S3cr3t-v4lue-9f2c';

function everyForm(secret: string): string[] {
  return [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), ...base64Fragments(secret)];
}

describe('no secret reaches any output', () => {
  test('a secret from a *_TOKEN variable that also appears in checked files is redacted everywhere, in every encoding', async () => {
    const workspace = makeWorkspace({
      '.github/workflows/leak.yml': [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: some-org/${SECRET}@v1`,
        `      - uses: other-org/tool@${Buffer.from(`user:${SECRET}`).toString('base64')}`,
        '',
      ].join('\n'),
    });
    // Not in the job's secrets context: the runner would not mask it by itself; gates must.
    const run = await runBundle('pin-check', { workspace, env: { DEPLOY_TOKEN: SECRET } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.length).toBeGreaterThanOrEqual(2);
    expect(run.commands.some((c) => c.command === 'add-mask' && c.data === SECRET)).toBe(true);
    // The log as GitHub shows it, and separately every file, output and summary the step left.
    expect(leaks({ log: run.log, 'error log': run.errorLog }, everyForm(SECRET))).toEqual([]);
    expect(leaks(stepTexts(run), everyForm(SECRET))).toEqual([]);
    // Hidden by gates itself, not only by the runner's masker: the raw stdout has it in ::add-mask:: lines only.
    expect(leaks({ stdout: run.stdout.replace(/^::add-mask::.*$/gm, '') }, everyForm(SECRET))).toEqual([]);
    expect(run.summary).toContain('some-org/\\*\\*\\*@v1');
  });
});
