import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseFileCommands } from '../../packages/core/src/runner/file-command.js';
import { runBundle } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';
import { channelsOf, CheckCounter, filesUnder, findLeaks, type Channel } from './leak-search.js';
import { junitReport, SECRET_KINDS, xmlAttribute, yamlString } from './planted-secrets.js';

/**
 * The leak matrix: every input and file field an action reads × every output
 * channel × every encoding. Each field gets a secret of its own (registered
 * through a `*_TOKEN` variable, as a workflow passes secrets), so a leak
 * names the field it came from. Channels: the log as the runner shows it
 * (commands run, masks applied), stderr, the job summary (raw and rendered),
 * the outputs, state and env files, and every file the step wrote.
 */

type Secrets = (field: string) => string;

interface Scenario {
  /** The fields this scenario plants a secret in. */
  fields: string[];
  /** For fields with an alphabet of their own: the secret as that field can hold it. */
  shape?: (value: string) => string;
  run(secret: Secrets): Promise<Channel[]>;
}

const counter = new CheckCounter();
afterAll(() => console.log(counter.report('secret leak matrix (fields × channels × encodings, both secret kinds)')));

/** The environment that registers every field's secret, as `LEAK_<n>_TOKEN`. */
function secretEnv(fields: readonly string[], secret: Secrets): Record<string, string> {
  return Object.fromEntries(fields.map((field, index) => [`LEAK_${index}_TOKEN`, secret(field)]));
}

/** Every file under `root`, by relative path. */
function snapshot(root: string): Map<string, string> {
  return new Map(filesUnder(root).map((file) => [relative(root, file), readFileSync(file, 'utf8')]));
}

/** Files a step wrote into `root`: new, or changed from the `before` snapshot (the inputs planted there are not output). */
function written(root: string, before = new Map<string, string>()): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of snapshot(root)) if (before.get(path) !== text) files[path] = text;
  return files;
}

async function bundleChannels(action: string, fields: readonly string[], secret: Secrets, options: { files: Record<string, string | Buffer>; inputs: Record<string, string>; env?: Record<string, string> }): Promise<Channel[]> {
  const workspace = makeWorkspace(options.files);
  const before = snapshot(workspace);
  const run = await runBundle(action, { workspace, inputs: options.inputs, env: { ...options.env, ...secretEnv(fields, secret) }, timeoutMs: 60_000 });
  const files = { ...written(run.runnerDir), ...written(workspace, before) };
  files['outputs (as the runner reads them)'] = JSON.stringify(parseFileCommands(readFileSync(run.env.GITHUB_OUTPUT!, 'utf8')));
  return channelsOf({ stdout: run.stdout, stderr: run.stderr, files, summary: run.summary });
}

async function cliChannels(args: string[], fields: readonly string[], secret: Secrets, options: { cwd: string; env?: Record<string, string> }): Promise<Channel[]> {
  const before = snapshot(options.cwd);
  const result = await runCli(args, { cwd: options.cwd, env: { GITHUB_ACTIONS: 'true', ...options.env, ...secretEnv(fields, secret) } });
  return channelsOf({ stdout: result.stdout, stderr: result.stderr, files: written(options.cwd, before) });
}

const junitFields = ['junit testcase name', 'junit testcase classname', 'junit testsuite name', 'junit failure message', 'report file name', 'sla test name', 'sla top-10 name'];
function perfWorkspace(secret: Secrets): Record<string, string> {
  const cases = [
    { suite: secret('junit testsuite name'), classname: secret('junit testcase classname'), name: secret('junit testcase name'), seconds: 2, failure: secret('junit failure message') },
    { suite: 'other suite', classname: 'Plain', name: 'plain', seconds: 1 },
  ];
  const sla = ['version: 1', 'tests:', `  - name: ${yamlString(secret('sla test name'))}`, '    max: 1s', 'top-10:', `  - name: ${yamlString(secret('sla top-10 name'))}`, '    max: 1s', ''].join('\n');
  return { [`reports/${secret('report file name')}.xml`]: junitReport(cases), '.github/gates-perf.yml': sla };
}

const SCENARIOS: Record<string, Scenario> = {
  'perf-sla: report and SLA fields (summary, annotations, SARIF, JSON, metrics, history)': {
    fields: junitFields,
    run: (secret) => bundleChannels('perf-sla', junitFields, secret, { files: perfWorkspace(secret), inputs: { reports: 'reports' } }),
  },
  'perf-sla: input reports matching nothing': {
    fields: ['input reports'],
    run: (secret) => bundleChannels('perf-sla', ['input reports'], secret, { files: {}, inputs: { reports: `missing/${secret('input reports')}` } }),
  },
  'perf-sla: invalid input time-unit': {
    fields: ['input time-unit'],
    run: (secret) => bundleChannels('perf-sla', ['input time-unit'], secret, { files: {}, inputs: { reports: 'reports', 'time-unit': `${'x'.repeat(60)}${secret('input time-unit')}` } }),
  },
  'perf-sla: invalid input fail-on (read while the config loads)': {
    fields: ['input fail-on'],
    run: (secret) => bundleChannels('perf-sla', ['input fail-on'], secret, { files: {}, inputs: { reports: 'reports', 'fail-on': secret('input fail-on') } }),
  },
  'perf-sla: input sla naming a missing file': {
    fields: ['input sla'],
    run: (secret) => bundleChannels('perf-sla', ['input sla'], secret, { files: {}, inputs: { reports: 'reports', sla: `${secret('input sla')}.yml` } }),
  },
  'redact-logs: log content, file name, paths, secrets input, policy rule description': {
    fields: ['log content', 'log file name', 'input paths', 'input secrets', 'policy rule description'],
    run: (secret) => {
      const fields = ['log content', 'log file name', 'input paths', 'policy rule description'];
      const content = secret('log content');
      const given = secret('input secrets');
      const forms = [content, JSON.stringify(content), encodeURIComponent(content), Buffer.from(content).toString('base64'), xmlAttribute(content), given, Buffer.from(`user:${given}`).toString('base64')];
      const policy = ['version: 1', 'rules:', '  custom:', '    - id: planted', `      description: ${yamlString(secret('policy rule description'))}`, "      regex: 'zz-[0-9]{6}'", '      keywords: [zz-]', ''].join('\n');
      return bundleChannels('redact-logs', fields, secret, {
        files: { [`logs/${secret('log file name')}.log`]: `start\n${forms.join('\n')}\nzz-123456\nend\n`, '.github/gates-redact.yml': policy },
        inputs: { paths: `logs\nmissing/${secret('input paths')}`, secrets: given },
      });
    },
  },
  'redact-logs: invalid input replacement': {
    fields: ['input replacement'],
    run: (secret) => bundleChannels('redact-logs', ['input replacement'], secret, { files: {}, inputs: { paths: 'logs', replacement: secret('input replacement') } }),
  },
  'pin-check: workflow and Dockerfile fields': {
    fields: ['workflow uses ref', 'workflow job name', 'workflow step name', 'workflow run body', 'workflow file name', 'dockerfile image'],
    run: (secret) => {
      const fields = ['workflow uses ref', 'workflow job name', 'workflow step name', 'workflow run body', 'workflow file name', 'dockerfile image'];
      const workflow = [
        'on: push',
        'jobs:',
        '  build:',
        `    name: ${yamlString(secret('workflow job name'))}`,
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - name: ${yamlString(secret('workflow step name'))}`,
        `        uses: ${yamlString(`some-org/action@${secret('workflow uses ref')}`)}`,
        `      - run: ${yamlString(`npm install -g ${secret('workflow run body')}`)}`,
        '',
      ].join('\n');
      return bundleChannels('pin-check', fields, secret, { files: { [`.github/workflows/${secret('workflow file name')}.yml`]: workflow, Dockerfile: `FROM node:${secret('dockerfile image')}\n` }, inputs: {} });
    },
  },
  'pin-check: invalid input mode': {
    fields: ['input mode'],
    run: (secret) => bundleChannels('pin-check', ['input mode'], secret, { files: {}, inputs: { mode: secret('input mode') } }),
  },
  'rbac-guard: environment input, actor, policy names and reasons': {
    fields: ['input environment', 'actor', 'policy user', 'policy deny reason', 'policy environment'],
    run: (secret) => {
      const fields = ['input environment', 'actor', 'policy user', 'policy deny reason', 'policy environment'];
      const policy = JSON.stringify({
        version: 1,
        roles: { dev: { grants: [{ commands: ['deploy'], environments: [secret('policy environment')] }] } },
        subjects: [{ role: 'dev', users: [secret('actor'), secret('policy user')] }],
        deny: [{ id: 'freeze', commands: ['deploy'], environments: [secret('input environment')], reason: secret('policy deny reason') }],
      });
      return bundleChannels('rbac-guard', fields, secret, { files: { '.github/gates-rbac.yml': policy }, inputs: { command: 'deploy', environment: secret('input environment') }, env: { GITHUB_ACTOR: secret('actor') } });
    },
  },
  'rbac-guard: invalid input api-timeout': {
    fields: ['input api-timeout'],
    run: (secret) => bundleChannels('rbac-guard', ['input api-timeout'], secret, { files: { '.github/gates-rbac.yml': 'version: 1\nroles: {}\nsubjects: []\n' }, inputs: { command: 'deploy', 'api-timeout': secret('input api-timeout') } }),
  },
  'CLI gates run perf-sla --summary (the summary on stdout)': {
    fields: junitFields,
    run: (secret) => cliChannels(['run', 'perf-sla', '--summary', '--input', 'reports=reports'], junitFields, secret, { cwd: makeWorkspace(perfWorkspace(secret)) }),
  },
  'CLI gates config --explain with a missing config path': {
    fields: ['cli --config'],
    run: (secret) => cliChannels(['config', '--explain', '--config', `${secret('cli --config')}.yml`], ['cli --config'], secret, { cwd: makeWorkspace({}) }),
  },
  'CLI gates rbac explain --actor': {
    fields: ['cli --actor'],
    run: (secret) => {
      const policy = JSON.stringify({ version: 1, roles: { dev: { grants: [{ commands: ['deploy'] }] } }, subjects: [{ role: 'dev', users: [secret('cli --actor')] }] });
      return cliChannels(['rbac', 'explain', '--policy', 'policy.yml', '--actor', secret('cli --actor'), '--command', 'deploy'], ['cli --actor'], secret, { cwd: makeWorkspace({ 'policy.yml': policy }) });
    },
  },
  'CLI gates audit record --gate (output and ledger)': {
    fields: ['cli --gate'],
    // Gate names are letters, digits, dot, dash and underscore: the secret is spelled in that alphabet.
    shape: (value) => `g.${Buffer.from(value).toString('hex').slice(-40)}_x`,
    run: (secret) => {
      const state = mkdtempSync(join(tmpdir(), 'gates-state-'));
      return cliChannels(['audit', 'record', '--gate', secret('cli --gate'), '--verdict', 'pass', '--sha', 'a'.repeat(40)], ['cli --gate'], secret, { cwd: state, env: { MEMORY_STORAGE_ROOT: state } });
    },
  },
};

describe('the leak matrix (issue 22)', () => {
  const cases = Object.entries(SCENARIOS).flatMap(([scenario, definition]) => Object.entries(SECRET_KINDS).map(([kind, base]) => [scenario, kind, base, definition] as const));

  test.each(cases)('%s, %s secrets: no channel holds any field\'s secret in any encoding', async (_scenario, kind, base, definition) => {
    // Each field its own value: the kind's secret with the field's number appended (a leak then names its field).
    const shape = definition.shape ?? ((value: string) => value);
    const secret: Secrets = (field) => shape(`${base}${Math.max(0, definition.fields.indexOf(field))}${kind === 'token' ? 'Q' : '!'}`);
    const channels = await definition.run(secret);
    const leaks = definition.fields.flatMap((field) => findLeaks(secret(field), channels, counter, `${kind}: field × channel × encoding`).map((leak) => `${field} → ${leak.channel} (${leak.encoding}): …${leak.excerpt}…`));
    counter.add(`${kind}: channels searched`, channels.length);
    expect(leaks).toEqual([]);
  });
});
