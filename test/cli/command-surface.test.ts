import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { ACTION_NAMES } from '@gates/dispatcher';
import { runCli } from '../harness/run-cli.js';
import { PASSING_SETUPS } from '../fixtures/passing-setups.js';
import { makeWorkspace } from '../harness/workspace.js';

const COMMANDS = ['run', 'validate', 'config', 'demo', 'audit', 'lock', 'routes', 'help'];
const NO_STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('gates CLI command surface', () => {
  test('--help lists every command and the exit codes', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\s`, 'm'));
    expect(run.stdout).toContain('exit codes: 0 pass, 1 gate failed, 2 usage/config error, 3 infrastructure error, 4 internal error');
  });

  test.each(COMMANDS.filter((c) => c !== 'help'))('gates %s --help shows its usage and options', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: gates ${command}`));
    expect(run.stdout).toContain('--json');
  });

  test('an unknown command exits 2 with did-you-mean and no stack trace', async () => {
    const run = await runCli(['valdiate', 'x.yml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error GATES_E_UNKNOWN_COMMAND: Unknown command "valdiate".');
    expect(run.stderr).toContain('Did you mean "gates validate"?');
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  test('an unknown flag exits 2 with did-you-mean', async () => {
    const run = await runCli(['demo', '--workspce', '.']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option "--workspce" for `demo`.');
    expect(run.stderr).toContain('Did you mean "--workspace"?');
  });

  test('an unknown action for run exits 2 with did-you-mean; --json gives the error as JSON', async () => {
    const run = await runCli(['run', 'pin-chek', '--json']);
    expect(run.code).toBe(2);
    const { error } = JSON.parse(run.stdout);
    expect(error).toMatchObject({ code: 'GATES_E_UNKNOWN_COMMAND', exitCode: 2, hint: expect.stringContaining('"pin-check"') });
  });

  test('validate: a good file passes; a bad one exits 2 listing each problem at file:line:col', async () => {
    const dir = makeWorkspace({ 'good/gates.yml': 'version: 1\n', 'bad/gates.yml': 'version: 1\nfail-on: sometimes\npin-chek: {}\n' });
    const good = await runCli(['validate', 'good/gates.yml'], { cwd: dir });
    expect(good).toMatchObject({ code: 0, stdout: 'good/gates.yml: valid gates config\n' });
    const bad = await runCli(['validate', 'bad/gates.yml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad/gates.yml:2:10: /fail-on must be equal to one of the allowed values: "error", "warning", "note", "never"');
    expect(bad.stderr).toContain('bad/gates.yml:3:1: unknown key "pin-chek" in / (did you mean "pin-check"?)');
    expect(bad.stderr).not.toMatch(NO_STACK);
  });

  test('validate: malformed YAML and a missing file are exit 2 with their own codes', async () => {
    const dir = makeWorkspace({ 'gates.yml': 'version: 1\n  fail-on: [\n' });
    expect((await runCli(['validate', 'gates.yml'], { cwd: dir })).stderr).toContain('GATES_E_CONFIG_SYNTAX');
    const missing = await runCli(['validate', 'nope/gates.yml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('GATES_E_FILE_NOT_FOUND: File nope/gates.yml does not exist.');
  });

  test('config --explain prints every value with its layer', async () => {
    const dir = makeWorkspace({ '.github/gates.yml': 'version: 1\nfail-on: warning\n' });
    const run = await runCli(['config', '--explain', '--workspace', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^fail-on\s+= "warning"  # repo: \.github\/gates\.yml$/m);
    expect(run.stdout).toMatch(/^annotations\.enabled\s+= true  # defaults$/m);
    const json = JSON.parse((await runCli(['config', '--explain', '--workspace', dir, '--json'])).stdout);
    expect(json.sources['fail-on']).toBe('repo: .github/gates.yml');
  });

  test('run executes an action with --input and reports the verdict; --json is the report', async () => {
    const dir = makeWorkspace({ '.github/workflows/a.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n' });
    const state = makeWorkspace({});
    const run = await runCli(['run', 'pin-check', '--workspace', dir, '--input', 'fail-on=never'], { env: { MEMORY_STORAGE_ROOT: join(state, 's') } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('unpinned-uses  .github/workflows/a.yml:6:15  actions/checkout@v4');
    expect(run.stdout).toContain('pin-check: passed (exit 0)');
    const json = await runCli(['run', 'pin-check', '--workspace', dir, '--json'], { env: { MEMORY_STORAGE_ROOT: join(state, 's') } });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ tool: 'pin-check', verdict: 'fail', outputs: { verdict: 'fail', 'unpinned-count': '1' } });
  });

  test.each(ACTION_NAMES)('every action is reachable through the CLI: gates run %s', async (name) => {
    const setup = PASSING_SETUPS[name]!;
    const inputs = Object.entries(setup.inputs).flatMap(([key, value]) => ['--input', `${key}=${value}`]);
    const run = await runCli(['run', name, '--workspace', makeWorkspace(setup.files), '--json', ...inputs], { env: { MEMORY_STORAGE_ROOT: join(makeWorkspace({}), 's'), ...setup.env } });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ tool: name, verdict: 'pass' });
  });

  test('run with a malformed --input is a usage error', async () => {
    const run = await runCli(['run', 'pin-check', '--input', 'novalue']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--input expects key=value, got "novalue"');
  });

  test('audit verify: OK on an intact ledger, exit 1 naming the line on a tampered one', async () => {
    const state = join(makeWorkspace({}), 'state');
    const dir = makeWorkspace({ '.github/workflows/a.yml': 'on: push\njobs: {}\n' });
    await runCli(['run', 'pin-check', '--workspace', dir], { env: { MEMORY_STORAGE_ROOT: state } });
    await runCli(['run', 'pin-check', '--workspace', dir], { env: { MEMORY_STORAGE_ROOT: state } });
    const ledger = join(state, 'audit', 'ledger.jsonl');
    const ok = await runCli(['audit', 'verify', ledger]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/OK, 2 record\(s\), chain intact, head [0-9a-f]{64}/);
    const { readFileSync, writeFileSync } = await import('node:fs');
    writeFileSync(ledger, readFileSync(ledger, 'utf8').replace('"verdict":"pass"', '"verdict":"fail"'));
    const bad = await runCli(['audit', 'verify', ledger]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('fails verification at line 1: content does not match its hash (edited)');
  });

  test('demo runs every action on the bundled demo repository and prints real summaries', async () => {
    const run = await runCli(['demo'], { env: { MEMORY_STORAGE_ROOT: join(makeWorkspace({}), 'state') } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('❌ pin-check: failed');
    expect(run.stdout).toContain('actions/checkout@v4 is pinned to a tag');
    expect(run.stdout).toMatch(/✗ gate failed \(exit 1\)\s+pin-check/);
  });

  test('--version prints the suite version', async () => {
    expect((await runCli(['--version'])).stdout).toMatch(/^gates \d+\.\d+\.\d+\n$/);
  });
});
