import { describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// The CLI bundle copied where no node_modules is above it: it must start, since only docs-check's Mermaid
// blocks need a package from node_modules (the bundle once imported mermaid at its top and failed to start).
describe('dist/cli without node_modules', () => {
  test('gates validate runs; a Mermaid block is a usage error (exit 2), not a crash', () => {
    const copy = makeWorkspace({});
    cpSync(join(REPO_ROOT, 'dist', 'cli'), join(copy, 'dist', 'cli'), { recursive: true });
    const cli = join(copy, 'dist', 'cli', 'index.js');
    const work = makeWorkspace({ 'README.md': '# A\n\n```mermaid\nflowchart LR\n  A --> B\n```\n' });
    writeFileSync(join(work, 'policy.yml'), 'version: 1\nroles:\n  dev:\n    grants:\n      - commands: [lint]\nsubjects:\n  - { role: dev, users: [octocat] }\n');
    expect(execFileSync(process.execPath, [cli, 'validate', join(work, 'policy.yml'), '--kind', 'rbac'], { encoding: 'utf8' })).toBeTruthy();
    const docs = spawnSync(process.execPath, [cli, 'docs-check', '--workspace', work], { encoding: 'utf8' });
    expect(docs.status).toBe(2);
    expect(docs.stdout + docs.stderr).toContain('Mermaid blocks need the mermaid package');
    expect(docs.stdout + docs.stderr).not.toMatch(/\n\s+at /);
  });
});
