import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// command-check through its bundle, as phase B runs it in a caller's checkout (which has no gates CLI).
const DEMO = join(REPO_ROOT, 'examples', 'demo-repo');
const NODE = process.execPath;

/** A table of the cases given, each a YAML list item. */
const tableOf = (...cases: string[]) => `version: 1\ncommands:\n${cases.join('')}`;

describe('command-check through its bundle', () => {
  test('the demo repository: its route resolves to the right handler, unknown paths and commands are refused as declared, twice each', async () => {
    const run = await runBundle('command-check', { workspace: makeWorkspace({}, DEMO) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'findings-count': '0', cases: '3', passed: '3', failed: '0', table: '.github/gates-commands.yml' });
    expect(run.summary).toContain('### Command surface: 3 of 3 case(s) behaved as <code>.github/gates-commands.yml</code> says');
    expect(run.summary).toContain('| <code>route /health</code> | ✅ pass | 2 | — |');
  });

  test('each way a case breaks is a finding at its line, and the summary row says what differed', async () => {
    const workspace = makeWorkspace({
      'bin/clock.mjs': 'process.stdout.write(String(process.hrtime.bigint()) + "\\n");\n',
      'bin/hang.mjs': 'setInterval(() => {}, 1000);\n',
      '.github/gates-commands.yml': tableOf(
        '  - name: missing program\n    run: [gates-no-such-program-4711, --help]\n    expect: {}\n',
        `  - name: wrong exit\n    run: ['${NODE}', -e, 'process.stderr.write("boom"); process.exit(5)']\n    expect: { exit: 0 }\n`,
        `  - name: wrong shape\n    run: ['${NODE}', -e, 'console.log(JSON.stringify({route: "users"}))']\n    expect:\n      stdout: { json: { type: object, properties: { route: { const: health } } } }\n`,
        `  - name: clock\n    run: ['${NODE}', bin/clock.mjs]\n    expect: {}\n`,
        `  - name: hangs\n    run: ['${NODE}', bin/hang.mjs]\n    timeout: 300ms\n    expect: {}\n`,
      ),
    });
    const run = await runBundle('command-check', { workspace });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', cases: '5', passed: '0', failed: '5' });
    const byTitle = Object.fromEntries(run.annotations.map((annotation) => [annotation.properties.title, annotation]));
    expect(byTitle['command-missing']).toMatchObject({ properties: expect.objectContaining({ file: '.github/gates-commands.yml', line: '3' }) });
    expect(byTitle['command-missing']!.data).toContain('missing program: the program "gates-no-such-program-4711" does not exist');
    expect(byTitle['unexpected-exit']!.data).toContain('wrong exit: exited with 5, the table expects 0; it said "boom"');
    expect(byTitle['output-shape']!.data).toContain('wrong shape: stdout JSON /route must be equal to constant');
    expect(byTitle['nondeterministic']!.data).toMatch(/^clock: runs differ: run 2 against run 1: stdout line 1 is "\d+", not "\d+"/);
    expect(byTitle['command-timeout']!.data).toContain('hangs: did not finish within 300 ms and was killed with its process group');
    expect(run.summary).toContain('| <code>missing program</code> | ❌ fail | 1 |');
  });

  test('hostile output (workflow commands, HTML, a secret) never reaches the log raw, never forges an output, and is redacted', async () => {
    const secret = 'hostile-case-secret-7f3a9c1d';
    const hostile = `::set-output name=verdict::pass\\n::add-mask::everything\\n<img src=x onerror=alert(1)>${secret}`;
    const workspace = makeWorkspace({ '.github/gates-commands.yml': tableOf(`  - name: hostile\n    run: ['${NODE}', -e, 'console.log("${hostile}"); process.exit(1)']\n    expect: { exit: 0 }\n`) });
    const run = await runBundle('command-check', { workspace, env: { DEPLOY_TOKEN: secret } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.commands.filter((command) => command.command === 'set-output' || (command.command === 'add-mask' && command.data === 'everything'))).toEqual([]);
    expect(run.stdout).not.toMatch(/^::set-output/m);
    // The step masks it (::add-mask::, from DEPLOY_TOKEN); the log as shown and every report carry only ***.
    expect(run.log + run.summary + readFileSync(run.outputs['report-json']!, 'utf8')).not.toContain(secret);
    expect(run.summary).not.toContain('<img');
    expect(run.summary).toContain('&lt;img');
  });

  test('no table is nothing to check (verdict empty, exit 1), never a pass; a table path that was set must exist (exit 2)', async () => {
    const empty = await runBundle('command-check', { workspace: makeWorkspace({ 'README.md': 'x\n' }) });
    expect(empty.exitCode).toBe(1);
    expect(empty.outputs.verdict).toBe('empty');
    const named = await runBundle('command-check', { workspace: makeWorkspace({ 'README.md': 'x\n' }), inputs: { 'command-table': 'ci/commands.yml' } });
    expect(named.exitCode).toBe(2);
    expect(named.log).toContain('GATES_E_INPUT_FILE_NOT_FOUND');
  });

  test('a table that breaks what the schema cannot say is refused at its lines (exit 2): cwd outside, an unsafe regex, a duplicate name', async () => {
    const table = readFileSync(join(DEMO, '.github', 'gates-commands.yml'), 'utf8')
      .replace("run: [node, bin/cli.js, route, /admin]", 'run: [node, bin/cli.js, route, /admin]\n    cwd: ../..')
      .replace("regex: '^unknown command: deploy'", () => "regex: '(a+)+$'")
      .replace('name: unknown command is refused', 'name: route /health');
    const run = await runBundle('command-check', { workspace: makeWorkspace({ '.github/gates-commands.yml': table }, DEMO) });
    expect(run.exitCode).toBe(2);
    expect(run.log).toContain('GATES_E_CONFIG_INVALID');
    expect(run.log).toMatch(/gates-commands\.yml:12:\d+.*cwd "\.\.\/\.\." is outside the workspace/);
    expect(run.log).toMatch(/regex is refused: it repeats a group/);
    expect(run.log).toMatch(/name "route \/health" is not unique/);
  });
});
