import { describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// docs-check through its bundle, as phase B runs it in a caller's checkout (which has no gates CLI).
const MERMAID_OK = '```mermaid\nflowchart LR\n  A --> B\n```\n';
const MERMAID_BAD = '```mermaid\nflowchart LR\n  A -->\n```\n';

describe('docs-check through its bundle', () => {
  test('links, anchors and blocks that hold pass: one finding-free summary line', async () => {
    const workspace = makeWorkspace({ 'README.md': `# Service\n\nSee [the guide](docs/guide.md#install) and [below](#usage).\n\n## Usage\n\n${MERMAID_OK}`, 'docs/guide.md': '# Guide\n\n## Install\n\n```yaml\na: 1\n```\n' });
    const run = await runBundle('docs-check', { workspace });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', files: '2', problems: '0', 'findings-count': '0' });
    expect(run.summary).toContain('Checked 2 Markdown file(s) (external links not checked: external: true checks them): 0 problem(s).');
  });

  test('a broken link, a broken anchor and blocks that do not parse: one finding each, at file:line (a block is at its first line of content)', async () => {
    const workspace = makeWorkspace({
      'README.md': '# Service\n\nSee [the guide](docs/gide.md).\n\nAnd [install](docs/guide.md#setup).\n',
      'docs/guide.md': `# Guide\n\n\`\`\`json\n{"a": 1,}\n\`\`\`\n\n${MERMAID_BAD}`,
    });
    const run = await runBundle('docs-check', { workspace });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', files: '2', problems: '4' });
    const found = run.annotations.map((annotation) => `${annotation.properties.title} ${annotation.properties.file}:${annotation.properties.line}`);
    expect(found).toEqual(expect.arrayContaining(['broken-link README.md:3', 'broken-anchor README.md:5', 'invalid-block docs/guide.md:4', 'invalid-block docs/guide.md:8']));
  });

  test('paths: only the files named are read; a path outside the checkout is refused (exit 2)', async () => {
    const workspace = makeWorkspace({ 'README.md': '[gone](nope.md)\n', 'docs/ok.md': '# Fine\n' });
    const only = await runBundle('docs-check', { workspace, inputs: { paths: 'docs' } });
    expect(only).toMatchObject({ exitCode: 0, outputs: expect.objectContaining({ verdict: 'pass', files: '1' }) });
    const outside = await runBundle('docs-check', { workspace, inputs: { paths: '../elsewhere' } });
    expect(outside.exitCode).toBe(2);
    expect(outside.stdout).not.toMatch(/\n\s+at /);
  });

  test('no Markdown file is nothing to check: verdict empty, never a pass', async () => {
    const run = await runBundle('docs-check', { workspace: makeWorkspace({ 'src/app.js': '1;\n' }) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('empty');
    const allowed = await runBundle('docs-check', { workspace: makeWorkspace({ 'src/app.js': '1;\n' }), inputs: { 'allow-empty': 'true' } });
    expect(allowed).toMatchObject({ exitCode: 0, outputs: expect.objectContaining({ verdict: 'empty' }) });
  });

  test("run from a checkout of the action's repository (no node_modules there), Mermaid comes from the caller's node_modules", async () => {
    // The bundle copied where no node_modules is above it, as the runner's copy of org/gates@<sha> has none.
    const actionCopy = makeWorkspace({});
    cpSync(join(REPO_ROOT, 'dist', 'docs-check'), join(actionCopy, 'dist', 'docs-check'), { recursive: true });
    const workspace = makeWorkspace({ 'README.md': `# Service\n\n${MERMAID_OK}\n${MERMAID_BAD}` });
    mkdirSync(join(workspace, 'node_modules'));
    for (const name of ['mermaid', 'dompurify']) symlinkSync(join(REPO_ROOT, 'node_modules', name), join(workspace, 'node_modules', name));
    // The harness starts `node <bundle>`; this launcher starts the copy instead ($0 is node).
    const launcher = ['/bin/sh', '-c', 'exec "$0" "$COPY"'];
    const run = await runBundle('docs-check', { workspace, env: { COPY: join(actionCopy, 'dist', 'docs-check', 'index.js') }, launcher });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', problems: '1' });
    expect(run.annotations.map((annotation) => `${annotation.properties.title}:${annotation.properties.line}`)).toEqual(['invalid-block:9']);
    // Without it, a Mermaid block is a usage error (exit 2), never a pass.
    const bare = makeWorkspace({ 'README.md': `# Service\n\n${MERMAID_OK}` });
    const missing = await runBundle('docs-check', { workspace: bare, env: { COPY: join(actionCopy, 'dist', 'docs-check', 'index.js') }, launcher });
    expect(missing.exitCode).toBe(2);
    expect(missing.stdout).toContain('Mermaid blocks need the mermaid package');
  }, 60_000);
});
