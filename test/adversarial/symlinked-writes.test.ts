import { describe, expect, test } from '@jest/globals';
import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execBundle } from '../harness/exec-bundle.js';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// What a pull request can commit: symbolic links. None may make a gate write (or read) outside the checkout.
const SECRET = 'sk_live_SymlinkedSecret0123456789abcd';

describe('redact-logs: directories linked out of the workspace are refused, not written through', () => {
  test('`logs -> <outside>` with paths logs/app.log and logs/sub/**: the outside files are untouched and the step fails', async () => {
    const outside = makeWorkspace({ 'app.log': `key ${SECRET}\n`, 'sub/deep.log': `key ${SECRET}\n` });
    const workspace = makeWorkspace({ 'build.log': `key ${SECRET}\n` });
    symlinkSync(outside, join(workspace, 'logs'));
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'logs/app.log\nlogs/sub/**\nbuild.log', secrets: SECRET } });
    expect(readFileSync(join(outside, 'app.log'), 'utf8')).toBe(`key ${SECRET}\n`);
    expect(readFileSync(join(outside, 'sub/deep.log'), 'utf8')).toBe(`key ${SECRET}\n`);
    expect(readdirSync(outside).sort()).toEqual(['app.log', 'sub']);
    // The file inside the workspace is still scrubbed; the two refused paths fail the step (they may hold secrets still).
    expect(readFileSync(join(workspace, 'build.log'), 'utf8')).toBe('key ***\n');
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('leads outside the workspace');
    expect(run.summary).toContain(outside);
  });

  test('a link to a directory elsewhere inside the workspace is followed as the directory it is', async () => {
    const workspace = makeWorkspace({ 'build/logs/app.log': `key ${SECRET}\n` });
    symlinkSync(join(workspace, 'build/logs'), join(workspace, 'logs'));
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'logs/app.log', secrets: SECRET } });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(workspace, 'build/logs/app.log'), 'utf8')).toBe('key ***\n');
  });

  test('an output-dir committed as a link out of the workspace stops the step (exit 2) before anything is written', async () => {
    const outside = makeWorkspace({});
    const workspace = makeWorkspace({ 'app.log': `key ${SECRET}\n` });
    symlinkSync(outside, join(workspace, 'redacted'));
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'app.log', secrets: SECRET, 'output-dir': 'redacted' } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('GATES_E_PATH_OUTSIDE');
    expect(readdirSync(outside)).toEqual([]);
  });

  test('a directory below output-dir linked out is refused too (checked where each copy is written)', async () => {
    const outside = makeWorkspace({});
    const workspace = makeWorkspace({ 'logs/app.log': `key ${SECRET}\n` });
    mkdirSync(join(workspace, 'redacted'));
    symlinkSync(outside, join(workspace, 'redacted', 'logs'));
    const run = await runBundle('redact-logs', { workspace, inputs: { paths: 'logs/app.log', secrets: SECRET, 'output-dir': 'redacted' } });
    expect(run.exitCode).toBe(1);
    expect(readdirSync(outside)).toEqual([]);
    expect(readFileSync(join(workspace, 'logs/app.log'), 'utf8')).toBe(`key ${SECRET}\n`);
  });
});

describe('perf-sla store: repo never follows a committed link', () => {
  const sla = 'version: 1\nhistory:\n  store: repo\n';
  const xml = '<testsuite name="s"><testcase classname="c" name="t" time="1.5"/></testsuite>';

  test('a link planted under the old temporary name (history.json.<pid>.tmp) is not written through', async () => {
    const victim = join(makeWorkspace({ 'victim.txt': 'precious\n' }), 'victim.txt');
    const workspace = makeWorkspace({ '.github/gates-perf.yml': sla, 'r.xml': xml });
    const state = join(makeWorkspace({}), 'state');
    // $$ is the shell's pid, which the bundle keeps after exec: the name the old writer used for its temporary file.
    const run = await execBundle('perf-sla', 'ln -s "$VICTIM" "$GITHUB_WORKSPACE/.github/perf-history.json.$$.tmp"', {
      VICTIM: victim,
      GITHUB_WORKSPACE: workspace,
      MEMORY_STORAGE_ROOT: state,
      INPUT_REPORTS: 'r.xml',
      GITHUB_REF_NAME: 'main',
    });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(JSON.parse(readFileSync(join(workspace, '.github/perf-history.json'), 'utf8')).samples).toHaveLength(1);
  });

  test('a history file committed as a link is not read through (its target never reaches the committed history)', async () => {
    const foreign = { version: 1, samples: [{ at: 'x', profile: { os: SECRET }, durations: {} }] };
    const target = join(makeWorkspace({ 'history.json': JSON.stringify(foreign) }), 'history.json');
    const workspace = makeWorkspace({ '.github/gates-perf.yml': sla, 'r.xml': xml });
    symlinkSync(target, join(workspace, '.github/perf-history.json'));
    const run = await runBundle('perf-sla', { workspace, inputs: { reports: 'r.xml' } });
    expect(run.exitCode).toBe(0);
    expect(run.annotations.map((annotation) => annotation.properties.title)).toEqual(['history-unreadable']);
    expect(lstatSync(join(workspace, '.github/perf-history.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(JSON.stringify(foreign));
  });
});

describe('pin-check: what it cannot read is not a pass', () => {
  const workflow = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';

  test.each([
    ['missing', (dir: string) => join(dir, 'not-there')],
    ['a file', (dir: string) => (writeFileSync(join(dir, 'file'), ''), join(dir, 'file'))],
  ])('a workspace that is %s is exit 3 with the reason, not a pass', async (_kind, workspaceIn) => {
    const workspace = workspaceIn(makeWorkspace({}));
    const run = await execBundle('pin-check', '', { GITHUB_WORKSPACE: workspace, MEMORY_STORAGE_ROOT: join(makeWorkspace({}), 'state') });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toMatch(/::error title=GATES_E_FILESYSTEM::.*the workspace (does not exist|is not a directory)/);
  });

  test('a .github/workflows directory committed as a link is an error finding, not silently skipped', async () => {
    const elsewhere = makeWorkspace({ 'ci.yml': workflow });
    const workspace = makeWorkspace({ 'README.md': 'x' });
    mkdirSync(join(workspace, '.github'));
    symlinkSync(elsewhere, join(workspace, '.github/workflows'));
    const run = await runBundle('pin-check', { workspace });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toEqual([expect.objectContaining({ command: 'error', data: expect.stringContaining('symbolic link, not followed: the workflows behind it were not checked'), properties: expect.objectContaining({ file: '.github/workflows', title: 'invalid-workflow' }) })]);
  });
});
