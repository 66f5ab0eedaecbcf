import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// The runner names the action's repository and ref for every action used from a repository (actions/runner ActionRunner).
const AS_ACTION = { GITHUB_ACTION_REPOSITORY: 'acme/gates', GITHUB_ACTION_REF: 'v1.4.0', GITHUB_SERVER_URL: 'https://ghe.example.com' };
const UNPINNED = { '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n' };

describe('docs links point at the gates a workflow uses', () => {
  test('rule docs in the summary and SARIF follow GITHUB_ACTION_REPOSITORY@GITHUB_ACTION_REF on GITHUB_SERVER_URL', async () => {
    const result = await runBundle('pin-check', { workspace: makeWorkspace(UNPINNED), inputs: { token: '' }, env: AS_ACTION });
    const docs = 'https://ghe.example.com/acme/gates/blob/v1.4.0/pin-check/README.md#pin-check-unpinned-uses';
    expect(result.summary).toContain(`([docs](${docs}))`);
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].tool.driver.informationUri).toBe('https://ghe.example.com/acme/gates');
    expect(sarif.runs[0].tool.driver.rules.find((rule: { id: string }) => rule.id === 'unpinned-uses').helpUri).toBe(docs);
    expect(JSON.stringify(sarif) + result.summary).not.toContain('org/gates');
  });

  test('an error\'s docs link too', async () => {
    const result = await runBundle('pin-check', { workspace: makeWorkspace({ '.github/gates.yml': 'version: 1\nfail-on: sometimes\n' }), inputs: { token: '' }, env: AS_ACTION });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain('docs: https://ghe.example.com/acme/gates/blob/v1.4.0/docs/errors.md#gates_e_config_invalid');
  });
});
