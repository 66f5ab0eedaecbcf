import { afterEach, describe, expect, test } from '@jest/globals';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { generateCases, renderReport } from '../../actions/perf-sla/src/testing/generate-report.js';
import { runBundle, UNPRIVILEGED_LAUNCHER } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// A report directory that cannot be listed is an infrastructure failure naming it (exit 3), never a crash (exit 4)
// and never a run measured on the reports that happened to be readable.
const report = renderReport(generateCases(20, 3));
const locked: string[] = [];
afterEach(() => {
  for (const directory of locked.splice(0)) chmodSync(directory, 0o755);
});

function workspaceWithLockedDirectory(): string {
  const workspace = makeWorkspace({ 'reports/a/junit.xml': report, 'reports/locked/junit.xml': report, 'reports/z/junit.xml': report });
  const directory = join(workspace, 'reports', 'locked');
  chmodSync(directory, 0o000);
  locked.push(directory);
  return workspace;
}

describe('perf-sla report discovery', () => {
  test.each(['reports/**/*.xml', 'reports', 'reports/*/junit.xml'])('reports: %s with an unreadable directory under it is exit 3 naming the directory', async (reports) => {
    const workspace = workspaceWithLockedDirectory();
    const result = await runBundle('perf-sla', { workspace, inputs: { reports }, launcher: UNPRIVILEGED_LAUNCHER });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('GATES_E_FILESYSTEM');
    expect(result.stdout).toContain(join(workspace, 'reports', 'locked'));
    expect(result.stdout).toContain('permission denied');
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });

  test('the same tree, readable, passes: the failure above is the unreadable directory alone', async () => {
    const workspace = makeWorkspace({ 'reports/a/junit.xml': report, 'reports/locked/junit.xml': report });
    const result = await runBundle('perf-sla', { workspace, inputs: { reports: 'reports/**/*.xml' }, launcher: UNPRIVILEGED_LAUNCHER });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.summary).toMatch(/\b40\b/);
  });
});
