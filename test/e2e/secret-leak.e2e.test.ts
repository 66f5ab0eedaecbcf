import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { base64Fragments } from '@gates/core';
import { runBundle, type BundleRun } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

const SECRET = 'gates-test-S3cr3t-v4lue-9f2c';

function everyForm(secret: string): string[] {
  return [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1), ...base64Fragments(secret)];
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/** Everything a run left behind: streams, runner files, reports, ledger. */
function everyOutput(run: BundleRun): Record<string, string> {
  const outputs: Record<string, string> = { stdout: run.stdout.replace(/^::add-mask::.*$/gm, ''), stderr: run.stderr };
  for (const file of allFiles(run.runnerDir)) if (!file.includes('workspace')) outputs[file] = readFileSync(file, 'utf8');
  return outputs;
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
    const run = await runBundle('pin-check', { workspace, env: { DEPLOY_TOKEN: SECRET } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.length).toBeGreaterThanOrEqual(2);
    expect(run.commands.some((c) => c.command === 'add-mask' && c.data === SECRET)).toBe(true);
    for (const [where, text] of Object.entries(everyOutput(run))) {
      for (const form of everyForm(SECRET)) {
        if (text.includes(form)) throw new Error(`secret form "${form.slice(0, 4)}…" found in ${where}`);
      }
    }
    expect(run.summary).toContain('some-org/\\*\\*\\*@v1');
  });
});
