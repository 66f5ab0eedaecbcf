import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formsToSearch, SECRET } from '../fixtures/secret-forms.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

describe('gates redact', () => {
  test('scrubs the paths given, with secrets from a file and from *_TOKEN variables; prints counts, never values', async () => {
    const secretsDir = mkdtempSync(join(tmpdir(), 'gates-secrets-'));
    const workspace = makeWorkspace({ 'logs/run.log': `deploy ${SECRET}\nauth ${Buffer.from(`u:${SECRET}`).toString('base64')}\nnpm env-T0ken-value-x9\n` });
    const secretsFile = join(secretsDir, 'secrets.json');
    writeFileSync(secretsFile, JSON.stringify({ DEPLOY_KEY: SECRET }));
    const run = await runCli(['redact', 'logs', '--secrets-file', secretsFile, '--summary', '--workspace', workspace], { cwd: workspace, env: { MEMORY_STORAGE_ROOT: join(secretsDir, 'state'), NPM_TOKEN: 'env-T0ken-value-x9' } });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(join(workspace, 'logs/run.log'), 'utf8')).toMatch(/^deploy \*\*\*\nauth [A-Za-z0-9+/]{0,3}\*\*\*[A-Za-z0-9+/=]{0,4}\nnpm \*\*\*\n$/);
    expect(run.stdout).toContain('3 value(s) redacted in 1 of 1 file(s)');
    for (const form of [...formsToSearch(SECRET), 'env-T0ken-value-x9']) expect(run.stdout).not.toContain(form);
  });

  test('--fail-on-find exits 1; a missing secrets file is a usage error (exit 2) that touches nothing', async () => {
    const workspace = makeWorkspace({ 'a.log': `token ghp_Zq8vR2mK5tLpW3xN7cJ4hF6dG9sB1aYe0uTi\n` });
    const found = await runCli(['redact', 'a.log', '--fail-on-find'], { cwd: workspace, env: { MEMORY_STORAGE_ROOT: join(mkdtempSync(join(tmpdir(), 'gates-state-')), 's') } });
    expect(found.code).toBe(1);
    const missing = await runCli(['redact', 'a.log', '--secrets-file', join(workspace, 'nope.txt')], { cwd: workspace });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('GATES_E_FILE_NOT_FOUND');
  });

  test('gates validate compiles a redaction policy and points at the broken regex line', async () => {
    const workspace = makeWorkspace({
      '.github/gates-redact.yml': ['version: 1', 'rules:', '  disable: [jwt]', '  custom:', '    - id: internal', "      regex: 'itk_[a-z'", '      keywords: [itk_]', ''].join('\n'),
    });
    const run = await runCli(['validate', join(workspace, '.github/gates-redact.yml')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/gates-redact\.yml:6:\d+/);
    expect(run.stderr).toContain('rule internal: regex does not compile');
  });
});
