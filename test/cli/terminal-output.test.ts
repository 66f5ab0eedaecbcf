import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { DEMO_RUNS } from '../../packages/cli/src/commands/demo-runs.js';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

const DEMO = join(REPO_ROOT, 'examples', 'demo-repo');
const state = () => ({ MEMORY_STORAGE_ROOT: join(makeWorkspace({}), 'state') });
const ANSI = /\u001b\[/;
/** What a terminal must never show of a summary's Markdown. */
const RAW_MARKUP = /<code>|<\/?br>|<details>|&lt;|&gt;|&amp;|&#\d+;|^\|---|^#{1,6} \S/m;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('gates demo on a terminal', () => {
  test('the verdict of every action first, in one table, then each summary rendered for a terminal with each finding once', async () => {
    const run = await runCli(['demo'], { env: state() });
    expect(run.code).toBe(0);
    const firstBlock = run.stdout.indexOf('\n=== ');
    const rollUp = run.stdout.slice(0, firstBlock);
    expect(rollUp).toMatch(/verdict\s+action\s+findings\s+what it shows/);
    for (const demo of DEMO_RUNS) expect(rollUp).toContain(demo.title.replace(/^[\w-]+: /, ''));
    expect(rollUp).toMatch(/✗ gate failed \(exit 1\)\s+pin-check\s+10 error\(s\), 3 warning\(s\), 1 waived/);
    expect(rollUp).toMatch(/✓ passed \(exit 0\)\s+redact-logs/);
    expect(run.stdout).not.toMatch(RAW_MARKUP);
    expect(run.stdout).not.toMatch(ANSI);
    // Once: not as a log line and again as a table row.
    expect(count(run.stdout, 'actions/checkout@v4 is pinned to a tag')).toBe(1);
    expect(count(run.stdout, 'Search.ranks recent items first: max 4.512 s is over its budget')).toBe(1);
  });

  test('colour when asked for (FORCE_COLOR), none with NO_COLOR or --no-color', async () => {
    expect((await runCli(['demo'], { env: { ...state(), FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
    expect((await runCli(['demo'], { env: { ...state(), FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runCli(['demo', '--no-color'], { env: { ...state(), FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });
});

describe('gates run on a terminal', () => {
  test('the verdict first, then the log, then each finding once; with --summary the rendered summary instead of the list', async () => {
    const run = await runCli(['run', 'pin-check', '--workspace', DEMO], { env: state() });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('✗ pin-check: gate failed (exit 1) · 10 error(s), 3 warning(s), 1 waived');
    expect(count(run.stdout, 'actions/checkout@v4 is pinned to a tag')).toBe(1);
    expect(run.stdout).toMatch(/^error {3}unpinned-uses {2}\.github\/workflows\/ci\.yml:18:15 {2}actions\/checkout@v4/m);
    const withSummary = await runCli(['run', 'pin-check', '--workspace', DEMO, '--summary'], { env: state() });
    expect(count(withSummary.stdout, 'actions/checkout@v4 is pinned to a tag')).toBe(1);
    expect(withSummary.stdout).toContain('❌ pin-check: failed');
    expect(withSummary.stdout).not.toMatch(RAW_MARKUP);
  });

  test('global flags before the command: gates --json run …', async () => {
    const run = await runCli(['--json', '--no-color', 'run', 'pin-check', '--workspace', DEMO], { env: state() });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ tool: 'pin-check', verdict: 'fail' });
  });

  test('gates run <action> --help lists the inputs of its action.yml, with their defaults', async () => {
    for (const action of ['pin-check', 'perf-sla', 'redact-logs', 'rbac-guard', 'security-gate', 'fs-lock-test']) {
      const run = await runCli(['run', action, '--help']);
      expect(run.code).toBe(0);
      const manifest = load(readFileSync(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
      for (const [name, spec] of Object.entries(manifest.inputs)) {
        expect(run.stdout).toMatch(new RegExp(`^  ${name} .*${spec.default ? `\\(default: ${spec.default.replace(/[$^{}().*+?|[\]\\]/g, '\\$&')}` : ''}`, 'm'));
      }
    }
  });

  test('an --input the action does not declare is exit 2 with did-you-mean', async () => {
    const run = await runCli(['run', 'pin-check', '--workspace', DEMO, '--input', 'api-timout=3s'], { env: state() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pin-check has no input "api-timout"');
    expect(run.stderr).toContain('Did you mean "--input api-timeout=…"?');
  });
});

describe('usage errors are exit 2 and say what is wrong', () => {
  test('gates help bogus', async () => {
    const run = await runCli(['help', 'bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GATES_E_UNKNOWN_COMMAND: Unknown command "bogus".');
    expect((await runCli(['help', 'valdate'])).stderr).toContain('Did you mean "gates help validate"?');
  });

  test('gates validate missing.yml says the file does not exist', async () => {
    const run = await runCli(['validate', 'missing.yml'], { cwd: makeWorkspace({}) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('GATES_E_FILE_NOT_FOUND: File missing.yml does not exist.');
  });

  test('gates rbac explain --now bogus (and a bad --approvals)', async () => {
    const args = ['rbac', 'explain', '--policy', join(DEMO, '.github', 'gates-rbac.yml'), '--actor', 'octocat', '--command', 'planning'];
    const now = await runCli([...args, '--now', 'bogus']);
    expect(now.code).toBe(2);
    expect(now.stderr).toContain('--now expects an ISO 8601 time');
    expect((await runCli([...args, '--approvals', 'two'])).code).toBe(2);
  });
});
