import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { REPO_ROOT, runBundle, type BundleRun } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

type Spec = { info: Record<string, unknown>; paths: Record<string, Record<string, { summary?: string; parameters?: unknown[] }>> };

/** A real document: GitHub's own OpenAPI description (`@octokit/openapi`), cut to its pull request routes. */
function pullsApi(): Spec {
  const require = createRequire(import.meta.url);
  const full = JSON.parse(readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Spec;
  const paths = Object.fromEntries(Object.entries(full.paths).filter(([path]) => path.startsWith('/repos/{owner}/{repo}/pulls')));
  return { info: full.info, paths };
}

const CLI = `"${process.execPath}" "${join(REPO_ROOT, 'dist', 'cli', 'index.js')}"`;

async function drift(workspace: string, inputs: Record<string, string>): Promise<BundleRun> {
  return runBundle('drift-check', { workspace, inputs: { baseline: 'api.shadow.json', ...inputs } });
}

describe('drift-check through the bundle', () => {
  test('a real OpenAPI document: version ignored, key order and number formats normalised, every other change a path', async () => {
    const baseline = pullsApi();
    const current = structuredClone(baseline);
    current.info.version = '99.0.0';
    const list = current.paths['/repos/{owner}/{repo}/pulls']!;
    list.get!.summary = 'List pull requests (renamed)';
    delete current.paths['/repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}'];
    current.paths['/repos/{owner}/{repo}/pulls/{pull_number}/evil `|` <img src=x onerror=alert(1)>'] = { get: { summary: '[click](https://evil.example)' } };
    // Same document as YAML, keys reversed: only the changes above may show.
    const reversed = JSON.parse(JSON.stringify(current), (_key, value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value));
    const workspace = makeWorkspace({ 'api.shadow.json': JSON.stringify(baseline, null, 2), 'openapi.yml': stringify(reversed) });

    const run = await drift(workspace, { document: 'openapi.yml', ignore: '/info/version' });
    expect(run.exitCode).toBe(1);
    expect(Number(run.outputs.removed)).toBeGreaterThan(0);
    expect(run.outputs).toMatchObject({ changed: '1', added: '1', 'baseline-updated': 'false', verdict: 'fail' });
    expect(run.log).toContain('~ /paths/~1repos~1{owner}~1{repo}~1pulls/get/summary');
    expect(run.summary).toContain('Drift score **');
    expect(run.summary).not.toContain('<img');
    expect(run.summary).not.toContain('/info/version');

    // Over a tolerant threshold the same drift passes.
    const tolerant = await drift(workspace, { document: 'openapi.yml', ignore: '/info/version', threshold: '50%' });
    expect(tolerant.exitCode).toBe(0);
    expect(tolerant.outputs['drift-score']).toBe(run.outputs['drift-score']);
  });

  test('sync round trip: creates the baseline (sorted keys, ignored paths left out) atomically; the next check is clean', async () => {
    const workspace = makeWorkspace({ 'config.json': '{"b": 1.0, "a": {"version": "1.2.3", "list": [1e3, 2]}}' });
    const sync = await drift(workspace, { document: 'config.json', mode: 'sync', ignore: '/a/version' });
    expect(sync.exitCode).toBe(0);
    expect(sync.outputs['baseline-updated']).toBe('true');
    expect(sync.log).toContain('+ /');
    expect(readFileSync(join(workspace, 'api.shadow.json'), 'utf8')).toBe('{\n  "a": {\n    "list": [\n      1000,\n      2\n    ]\n  },\n  "b": 1\n}\n');
    writeFileSync(join(workspace, 'config.json'), '{"a": {"list": [1000, 2.0], "version": "9"}, "b": 1}');
    const check = await drift(workspace, { document: 'config.json', ignore: '/a/version' });
    expect(check.exitCode).toBe(0);
    expect(check.outputs).toMatchObject({ 'drift-score': '0.0000', added: '0', removed: '0', changed: '0', verdict: 'pass' });
  });

  test('the suite\'s own routing table from `gates routes --json` (document-command), and drift-check from the CLI', async () => {
    const workspace = makeWorkspace({});
    const command = `${CLI} routes --json`;
    expect((await drift(workspace, { 'document-command': command, mode: 'sync', ignore: '/version' })).exitCode).toBe(0);
    const baseline = JSON.parse(readFileSync(join(workspace, 'api.shadow.json'), 'utf8')) as { routes: Record<string, Record<string, string>> };
    expect(baseline.routes['env-guard']).toMatchObject({ mode: 'env-guard-mode', policy: 'env-guard-policy' });
    expect(baseline.routes['drift-check']).toMatchObject({ mode: 'drift-check-mode', baseline: 'baseline' });
    // A routing change (here: a route the baseline has and the table no longer) is the alert.
    baseline.routes['rbac-guard']!.retired = 'rbac-guard-retired';
    writeFileSync(join(workspace, 'api.shadow.json'), JSON.stringify(baseline));
    const cli = await runCli(['run', 'drift-check', '--workspace', workspace, '--input', 'baseline=api.shadow.json', '--input', `document-command=${command}`, '--input', 'ignore=/version'], { env: { RUNNER_TEMP: makeWorkspace({}) } });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('- /routes/rbac-guard/retired');
  });

  test('ids that differ only past 2^53 are drift, in JSON and in YAML (as doubles they are one number)', async () => {
    const baseline = '{"cluster": {"resourceVersion": 9007199254740993, "snowflake": 1234567890123456789}, "ratio": 0.10000000000000000001}';
    const workspace = makeWorkspace({
      'api.shadow.json': baseline,
      'same.json': '{"ratio": 1.0000000000000000001e-1, "cluster": {"snowflake": 1234567890123456789, "resourceVersion": 9007199254740993.0}}',
      'next.json': baseline.replace('9007199254740993', '9007199254740992'),
      'next.yml': 'cluster:\n  resourceVersion: 9007199254740993\n  snowflake: 1234567890123456788\nratio: 0.10000000000000000001\n',
    });
    // The same values spelled differently: no drift.
    const same = await drift(workspace, { document: 'same.json' });
    expect(same.exitCode).toBe(0);
    expect(same.outputs).toMatchObject({ changed: '0', verdict: 'pass' });

    const json = await drift(workspace, { document: 'next.json' });
    expect(json.exitCode).toBe(1);
    expect(json.outputs).toMatchObject({ changed: '1', added: '0', removed: '0', verdict: 'fail' });
    expect(json.log).toContain('~ /cluster/resourceVersion');

    const yaml = await drift(workspace, { document: 'next.yml' });
    expect(yaml.exitCode).toBe(1);
    expect(yaml.outputs).toMatchObject({ changed: '1' });
    expect(yaml.log).toContain('~ /cluster/snowflake');
  });

  test('sync writes a number a double would change as the document spells it; the next check is clean', async () => {
    const workspace = makeWorkspace({ 'ids.json': '{"id": 9007199254740993, "max": 18446744073709551615, "one": 1.0}' });
    const sync = await drift(workspace, { document: 'ids.json', mode: 'sync' });
    expect(sync.exitCode).toBe(0);
    expect(readFileSync(join(workspace, 'api.shadow.json'), 'utf8')).toBe('{\n  "id": 9007199254740993,\n  "max": 18446744073709551615,\n  "one": 1\n}\n');
    expect((await drift(workspace, { document: 'ids.json' })).outputs).toMatchObject({ changed: '0', verdict: 'pass' });
  });

  test.each([
    ['the document', { document: 'dup.json' }, 'dup.json:3:3', 'file dup.json'],
    ['the baseline', { document: 'x.json', baseline: 'dup.shadow.json' }, 'dup.shadow.json:3:3', 'baseline dup.shadow.json'],
    ['a command\'s output', { 'document-command': 'cat dup.json' }, '', 'command cat dup.json'],
  ])('a key twice in one JSON object in %s is exit 2 with the second one\'s line and column', async (_name, inputs, location, source) => {
    const duplicated = '{\n  "replicas": 2,\n  "replicas": 20\n}\n';
    const workspace = makeWorkspace({ 'x.json': '{"replicas": 20}', 'api.shadow.json': '{"replicas": 20}', 'dup.json': duplicated, 'dup.shadow.json': duplicated });
    const run = await drift(workspace, inputs);
    expect(run.exitCode).toBe(2);
    const shown = run.log + run.errorLog;
    expect(shown).toContain(`error GATES_E_DOCUMENT_DUPLICATE_KEY: ${location ? `${location}: ` : ''}Document ${source} has the key "replicas" twice in one object (the second at line 3, column 3)`);
    expect(shown).toContain('hint: A JSON parser keeps one of the two values');
    expect(shown).not.toMatch(/\n\s+at /);
  });

  test('a YAML key twice as the same number past 2^53 is exit 2 at the second (it was two keys, the second silently winning)', async () => {
    const workspace = makeWorkspace({ 'api.shadow.json': '{"9007199254740993": "reader"}', 'ids.yml': '9007199254740993: reader\n9007199254740993: admin\n' });
    const run = await drift(workspace, { document: 'ids.yml' });
    expect(run.exitCode).toBe(2);
    expect(run.log + run.errorLog).toContain('error GATES_E_DOCUMENT_DUPLICATE_KEY: ids.yml:2:1: ');
  });

  test('a key named __proto__ is data: compared, and a change under it is drift', async () => {
    const workspace = makeWorkspace({ 'api.shadow.json': '{"__proto__": {"role": "reader"}}', 'x.json': '{"__proto__": {"role": "admin"}}' });
    const run = await drift(workspace, { document: 'x.json' });
    expect(run.exitCode).toBe(1);
    expect(run.log).toContain('~ /__proto__/role');
  });

  test('a document nested 20,000 levels deep: checked, and a sync is refused with exit 2 naming it (was a stack overflow, exit 4)', async () => {
    const deep = (leaf: string) => '{"a":'.repeat(20_000) + leaf + '}'.repeat(20_000);
    const workspace = makeWorkspace({ 'api.shadow.json': deep('1'), 'deep.json': deep('2') });
    const check = await drift(workspace, { document: 'deep.json' });
    expect(check.exitCode).toBe(1);
    expect(check.outputs.changed).toBe('1');
    const sync = await drift(workspace, { document: 'deep.json', mode: 'sync', ignore: '/a/b' });
    expect(sync.exitCode).toBe(2);
    expect(sync.log + sync.errorLog).toContain('error GATES_E_DOCUMENT_INVALID: Document file deep.json cannot be compared: its baseline text');
    expect(sync.log + sync.errorLog).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(workspace, 'api.shadow.json'), 'utf8')).toBe(deep('1'));
  });

  test.each([
    ['a 50 MB file', { document: 'big.json' }],
    ['a command that never stops printing', { 'document-command': 'yes "{}"' }],
  ])('%s over max-document-size is refused with the limit (exit 2), never read whole', async (_name, inputs) => {
    const workspace = makeWorkspace({ 'api.shadow.json': '{}' });
    if ('document' in inputs) writeFileSync(join(workspace, 'big.json'), Buffer.alloc(50 * 1024 * 1024, ' '));
    const run = await drift(workspace, inputs);
    expect(run.exitCode).toBe(2);
    expect(run.log + run.errorLog).toContain('GATES_E_DOCUMENT_TOO_LARGE');
    expect(run.log + run.errorLog).toContain('larger than the limit of 16777216 bytes');
  });

  test.each([
    ['a baseline that is not *.shadow.json', { baseline: 'package.json', document: 'x.json' }, 'GATES_E_INPUT_INVALID'],
    ['a missing baseline in check mode', { document: 'x.json' }, 'GATES_E_BASELINE_MISSING'],
    ['a document that is neither JSON nor YAML', { document: 'bad.json', baseline: 'x.shadow.json' }, 'GATES_E_DOCUMENT_INVALID'],
    ['an ignore entry that is not a JSON Pointer', { document: 'x.json', ignore: 'info.version' }, 'GATES_E_INPUT_INVALID'],
  ])('%s is exit 2 with its code', async (_name, inputs, code) => {
    const workspace = makeWorkspace({ 'x.json': '{}', 'x.shadow.json': '{}', 'package.json': '{}', 'bad.json': '{"a": [1,, 2]: x' });
    const run = await drift(workspace, inputs);
    expect(run.exitCode).toBe(2);
    expect(run.log + run.errorLog).toContain(code);
  });
});
