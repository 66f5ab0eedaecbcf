import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { ACTION_REPOSITORIES } from '../fixtures/action-repositories.js';
import { repositoryRoutes } from '../harness/github-api/repository-routes.js';
import { startGitHubApiServer, type GitHubApiServer } from '../harness/github-api/server.js';
import { runBundle, type BundleRun } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';
import { CheckCounter } from './leak-search.js';
import { readAsRunner } from './runner-log.js';

const counter = new CheckCounter();
afterAll(() => console.log(counter.report('command injection (lines read as the runner reads them)')));

/** What a step may legitimately ask the runner for; anything else came from untrusted text. */
const OWN_COMMANDS = new Set(['add-mask', 'error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'stop-commands']);

/** Commands the runner would act on that gates did not write, and stop tokens that never resume. */
function injected(stdout: string): string[] {
  const log = readAsRunner(stdout);
  counter.add('log lines parsed', log.shown.length + log.commands.filter((command) => command.command === 'add-mask').length);
  counter.add('steps checked');
  const problems = log.commands.filter((command) => !OWN_COMMANDS.has(command.command) && !/^[0-9a-f]{32,}$/.test(command.command)).map((command) => `${command.command}: ${command.line}`);
  const stops = log.commands.filter((command) => command.command === 'stop-commands').map((command) => command.data.toLowerCase());
  for (const token of stops) {
    if (!/^[0-9a-f]{32,}$/.test(token)) problems.push(`stop-commands with a guessable token "${token}"`);
    else if (!log.commands.some((command) => command.command === token)) problems.push(`stop-commands ${token} never resumed`);
  }
  return problems;
}

/** Lines of untrusted text that would be commands: `::x::` after whitespace, `##[x]` anywhere, after a lone CR too. */
const PAYLOADS = [
  'x\n::set-output name=allowed::true',
  'x\r::set-output name=allowed::true',
  'x\n \t::add-path::/tmp/evil',
  'x ##[set-output name=allowed;]true',
  'x\n::stop-commands::pwned',
];

let server: GitHubApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('untrusted text never becomes a workflow command (issue 22)', () => {
  test.each(PAYLOADS)('an rbac policy role named %j prints no live command (error path)', async (role) => {
    const policy = ['version: 1', 'roles:', '  dev:', '    grants:', '      - commands: [deploy]', 'subjects:', `  - role: ${JSON.stringify(role)}`, '    users: [alice]', ''].join('\n');
    const run = await runBundle('rbac-guard', { workspace: makeWorkspace({ '.github/gates-rbac.yml': policy }), inputs: { command: 'deploy' }, env: { GITHUB_ACTOR: 'alice' } });
    expect(run.exitCode).toBe(2);
    expect(injected(run.stdout)).toEqual([]);
    expect(readAsRunner(run.stdout).commands.some((command) => command.command === 'error')).toBe(true);
  });

  test('gates rbac explain inside a workflow: a role name with a command prints no live command (CLI error path)', async () => {
    const policy = ['version: 1', 'roles:', '  dev:', '    grants:', '      - commands: [deploy]', 'subjects:', `  - role: ${JSON.stringify(PAYLOADS[0])}`, '    users: [alice]', ''].join('\n');
    const result = await runCli(['rbac', 'explain', '--policy', 'policy.yml', '--actor', 'alice', '--command', 'deploy'], { cwd: makeWorkspace({ 'policy.yml': policy }), env: { GITHUB_ACTIONS: 'true' } });
    expect(result.code).toBe(2);
    expect(injected(result.stdout)).toEqual([]);
    expect(injected(result.stderr)).toEqual([]);
  });

  test('pin-check dry run: a run: body with ::stop-commands:: and ::set-output:: stays dead in the printed diff, and annotations after it still work', async () => {
    server = await startGitHubApiServer(repositoryRoutes(ACTION_REPOSITORIES), { token: 'ghs_injectionTestToken0123456789abcdef' });
    const workflow = [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: |',
      '          ::stop-commands::pwned',
      '          ::set-output name=verdict::pass',
      '          echo "##[add-path]/tmp/evil"',
      '      - uses: actions/checkout@v4',
      '',
    ].join('\n');
    const run: BundleRun = await runBundle('pin-check', {
      workspace: makeWorkspace({ '.github/workflows/ci.yml': workflow }),
      inputs: { mode: 'dry-run', token: 'ghs_injectionTestToken0123456789abcdef', 'api-timeout': '2s' },
      env: { GITHUB_API_URL: server.url },
    });
    expect(run.exitCode).toBe(1);
    expect(injected(run.stdout)).toEqual([]);
    const log = readAsRunner(run.stdout);
    // The diff is shown as it is, between stop-commands and its token.
    expect(log.shown.some((line) => line === '           ::set-output name=verdict::pass')).toBe(true);
    expect(log.commands.filter((command) => command.command === 'error').length).toBeGreaterThan(0);
  });
});
