import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle, type BundleRun } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';
import { channelsOf, filesUnder, findLeaks } from './leak-search.js';
import { junitReport, METACHAR_SECRET, TOKEN_SECRET, yamlString } from './planted-secrets.js';

/** Every channel of a bundle run: the log as the runner shows it, stderr, the summary and every file under the runner's directories. */
function stepChannels(run: BundleRun) {
  const files: Record<string, string> = {};
  for (const file of filesUnder(run.runnerDir)) if (!file.includes(`${join(run.runnerDir, 'workspace')}/`)) files[file.slice(run.runnerDir.length + 1)] = readFileSync(file, 'utf8');
  return channelsOf({ stdout: run.stdout, stderr: run.stderr, files, summary: run.summary });
}

const leaksOf = (secret: string, run: BundleRun) => findLeaks(secret, stepChannels(run)).map((leak) => `${leak.channel} (${leak.encoding}): …${leak.excerpt}…`);

/** Every piece of the secret at least `length` long. */
function piecesOf(secret: string, length: number): string[] {
  return Array.from({ length: secret.length - length + 1 }, (_, at) => secret.slice(at, at + length));
}

describe('secrets in summaries, history and errors (issue 22)', () => {
  test('a token with an underscore in a test name is redacted in the summary, not turned into ghp\\_… first', async () => {
    const workspace = makeWorkspace({ 'reports/junit.xml': junitReport([{ suite: 'auth', classname: 'Login', name: `uses ${TOKEN_SECRET} to sign in`, seconds: 1.5 }]) });
    const run = await runBundle('perf-sla', { workspace, inputs: { reports: 'reports' }, env: { DEPLOY_TOKEN: TOKEN_SECRET } });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('uses \\*\\*\\* to sign in');
    expect(leaksOf(TOKEN_SECRET, run)).toEqual([]);
  });

  test('perf-sla history (state root) is stored redacted: test names holding a secret never reach perf-history/<branch>.json', async () => {
    const workspace = makeWorkspace({ 'reports/junit.xml': junitReport([{ suite: 'auth', classname: 'Login', name: `with ${METACHAR_SECRET}`, seconds: 2 }]) });
    const run = await runBundle('perf-sla', { workspace, inputs: { reports: 'reports' }, env: { DEPLOY_TOKEN: METACHAR_SECRET } });
    const history = filesUnder(run.runnerDir).filter((file) => file.includes('perf-history'));
    expect(history).toHaveLength(1);
    const stored = JSON.parse(readFileSync(history[0]!, 'utf8')) as { samples: { durations: Record<string, number> }[] };
    expect(Object.keys(stored.samples[0]!.durations)).toEqual(['Login.with ***']);
    expect(leaksOf(METACHAR_SECRET, run)).toEqual([]);
  });

  test('env secrets are registered before the config loads: an invalid fail-on holding one prints it redacted', async () => {
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({}), inputs: { reports: 'reports', 'fail-on': TOKEN_SECRET }, env: { DEPLOY_TOKEN: TOKEN_SECRET } });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('GATES_E_INPUT_INVALID');
    expect(leaksOf(TOKEN_SECRET, run)).toEqual([]);
  });

  test('an invalid input value is redacted before it is cut to 80 characters: no piece of the secret is left', async () => {
    const value = `${'x'.repeat(60)}${TOKEN_SECRET}`;
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({}), inputs: { reports: 'reports', 'time-unit': value }, env: { DEPLOY_TOKEN: TOKEN_SECRET } });
    expect(run.exitCode).toBe(2);
    const everything = stepChannels(run).flatMap((channel) => channel.views).join('\n');
    expect(piecesOf(TOKEN_SECRET, 8).filter((piece) => everything.includes(piece))).toEqual([]);
  });

  test('a list input is redacted before it is split on commas: no piece of a secret holding a comma is left', async () => {
    const secret = 'tok3n-first-half,tok3n-second-half';
    const run = await runBundle('perf-sla', { workspace: makeWorkspace({}), inputs: { reports: `missing/${secret}` }, env: { DEPLOY_TOKEN: secret } });
    expect(run.exitCode).toBe(1);
    const everything = stepChannels(run).flatMap((channel) => channel.views).join('\n');
    expect(['tok3n-first-half', 'tok3n-second-half'].filter((piece) => everything.includes(piece))).toEqual([]);
  });
});

describe('the CLI registers env secrets for every command (issue 22)', () => {
  const env = { DEPLOY_TOKEN: TOKEN_SECRET };

  test('gates config --explain: a config path holding a secret is redacted in the error', async () => {
    const result = await runCli(['config', '--explain', '--config', `missing-${TOKEN_SECRET}.yml`], { env, cwd: makeWorkspace({}) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing-***.yml');
    expect(result.stdout + result.stderr).not.toContain(TOKEN_SECRET);
  });

  test('gates rbac explain: an actor holding a secret is redacted', async () => {
    const workspace = makeWorkspace({ 'policy.yml': ['version: 1', 'roles:', '  dev:', '    grants:', '      - commands: [deploy]', 'subjects:', '  - role: dev', `    users: [${yamlString(TOKEN_SECRET)}]`, ''].join('\n') });
    const result = await runCli(['rbac', 'explain', '--policy', 'policy.yml', '--actor', TOKEN_SECRET, '--command', 'deploy'], { env, cwd: workspace });
    expect(result.stdout).toContain('ALLOW ***');
    expect(result.stdout + result.stderr).not.toContain(TOKEN_SECRET);
  });

  test('gates audit record: a gate name holding a secret is redacted in the output and in the ledger', async () => {
    const stateRoot = mkdtempSync(join(tmpdir(), 'gates-state-'));
    const gate = 'tok3n.S3cr3tGateName_9f2c';
    const result = await runCli(['audit', 'record', '--gate', gate, '--verdict', 'pass', '--sha', 'a'.repeat(40)], { env: { MEMORY_STORAGE_ROOT: stateRoot, DEPLOY_TOKEN: gate } });
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(gate);
    for (const file of filesUnder(stateRoot)) expect(readFileSync(file, 'utf8')).not.toContain(gate);
  });
});
