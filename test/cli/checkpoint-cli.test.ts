import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

describe('gates checkpoint save|restore|rollback|rehearse', () => {
  test('save, rehearse, then a rollback that restores the last green checkpoint and runs the health check', async () => {
    const workspace = makeWorkspace({ 'out/app.txt': 'green\n', 'out/data.bin': 'x'.repeat(5000) });
    const env = { MEMORY_STORAGE_ROOT: join(mkdtempSync(join(tmpdir(), 'gates-state-')), 's') };
    const save = await runCli(['checkpoint', 'save', '--gate', 'Build', '--path', 'out', '--workspace', workspace], { cwd: workspace, env });
    expect({ code: save.code, stderr: save.stderr }).toEqual({ code: 0, stderr: '' });
    const rehearse = await runCli(['checkpoint', 'rehearse', '--gate', 'Build', '--health-check', 'grep -q green out/app.txt', '--workspace', workspace, '--summary'], { cwd: workspace, env });
    expect(rehearse.code).toBe(0);
    expect(rehearse.stdout).toContain('no change (idempotent)');
    writeFileSync(join(workspace, 'out', 'app.txt'), 'broken\n');
    rmSync(join(workspace, 'out', 'data.bin'));
    const rollback = await runCli(['checkpoint', 'rollback', '--gate', 'Build', '--failed-gate', 'Test', '--health-check', 'grep -q green out/app.txt', '--workspace', workspace, '--json'], { cwd: workspace, env });
    expect(rollback.code).toBe(0);
    expect(JSON.parse(rollback.stdout).outputs).toMatchObject({ outcome: 'restored', added: '1', modified: '1', 'rerun-gate': 'Test' });
    expect(readFileSync(join(workspace, 'out', 'app.txt'), 'utf8')).toBe('green\n');
  });

  test('an unknown mode is a usage error (exit 2)', async () => {
    const run = await runCli(['checkpoint', 'snapshot', '--gate', 'Build']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown checkpoint mode "snapshot"');
  });
});
