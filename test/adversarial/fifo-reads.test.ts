import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

// Files that never end or never open: a FIFO with no writer blocks open(2) forever, /dev/zero reads
// until V8's string limit. Every file the suite reads must be a regular file, read with a cap: exit 2, at once.
function fifo(): string {
  const path = join(makeWorkspace({}), 'pipe');
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

const POLICY = readFileSync(join(REPO_ROOT, 'examples/demo-repo/.github/gates-rbac.yml'), 'utf8');

describe('special files given where the suite expects a file: refused with exit 2, never a hang', () => {
  test.each([
    ['a FIFO', fifo],
    ['/dev/zero', () => '/dev/zero'],
  ])('GITHUB_EVENT_PATH is %s (rbac-guard)', async (_kind, path) => {
    const run = await runBundle('rbac-guard', {
      workspace: makeWorkspace({ '.github/gates-rbac.yml': POLICY }),
      inputs: { command: 'deploy', environment: 'staging' },
      env: { GITHUB_EVENT_PATH: path(), GITHUB_EVENT_NAME: 'workflow_dispatch' },
    });
    expect({ exit: run.exitCode, signal: run.signal }).toEqual({ exit: 2, signal: null });
    expect(run.stdout).toMatch(/the event payload .* cannot be read as JSON: File .* cannot be read: it is a (named pipe \(FIFO\)|device), not a regular file/);
  });

  test.each([
    ['a FIFO', fifo],
    ['/dev/zero', () => '/dev/zero'],
  ])('`gates audit verify` given %s', async (_kind, path) => {
    const run = await runCli(['audit', 'verify', path()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GATES_E_FILE_UNREADABLE');
  });

  test('`gates redact --secrets-file` given a FIFO', async () => {
    const workspace = makeWorkspace({ 'app.log': 'nothing\n' });
    const run = await runCli(['redact', 'app.log', '--secrets-file', fifo(), '--workspace', workspace], { env: { MEMORY_STORAGE_ROOT: join(workspace, '..', 'state-of-redact') } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('named pipe (FIFO), not a regular file');
  });

  test('a config file that is a FIFO (config input)', async () => {
    const run = await runBundle('pin-check', { workspace: makeWorkspace({}), inputs: { config: fifo() } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('GATES_E_CONFIG_UNREADABLE');
  });
});
