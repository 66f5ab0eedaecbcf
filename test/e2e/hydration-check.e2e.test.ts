import { describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runBundle } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

// hydration-check through its bundle, as phase B runs it in a caller's checkout (which has no gates CLI).
const DEMO = join(REPO_ROOT, 'examples', 'demo-repo');
const SPEC = 'version: 1\nlayers:\n  - path: config/base.yml\n  - path: config/env/{env}.yml\nmatrix:\n  env: [dev, prod]\nfixture: fixtures/{env}.json\nenv:\n  HOST: db.internal\n';

describe('hydration-check through its bundle', () => {
  test('the demo repository: 2 envs x 2 regions resolve to their fixtures, one table in the summary', async () => {
    const run = await runBundle('hydration-check', { workspace: DEMO });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'pass', selectors: '4', mismatched: '0', 'findings-count': '0' });
    expect(run.summary).toContain('4 selector(s) of <code>.github/gates-hydration.yml</code> resolved; 0 did not match their fixture.');
    expect(run.summary).toContain('| Selector | Verdict | Differing paths |\n|---|---|---|\n| <code>env=staging,region=eu</code> | ✅ pass | — |');
  });

  test('a changed layer fails with the differing paths; values under secret-looking keys never reach the log', async () => {
    const workspace = makeWorkspace({}, DEMO);
    const base = join(workspace, 'config', 'base.yml');
    writeFileSync(base, `${readFileSync(base, 'utf8').replace('port: 5432', 'port: 6432')}api_token: tok-hydrated-value-1234\n`);
    const run = await runBundle('hydration-check', { workspace });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', selectors: '4', mismatched: '4' });
    const mismatch = run.annotations.filter((annotation) => annotation.properties.title === 'fixture-mismatch');
    expect(mismatch).toHaveLength(4);
    expect(mismatch.find((annotation) => annotation.properties.file === 'config/fixtures/staging.eu.json')!.data).toContain('selector env=staging,region=eu resolves differently from config/fixtures/staging.eu.json at 2 path(s): /api_token, /database/port');
    expect(run.log).toContain('~ /database/port: fixture 5432, resolved 6432');
    expect(run.log).toContain('+ /api_token: fixture absent, resolved [hidden: secret-looking key]');
    expect(run.stdout + run.summary).not.toContain('tok-hydrated-value-1234');
    expect(run.summary).toContain('| <code>env=production,region=us</code> | ❌ differs | <code>/api\\_token</code>, <code>/database/port</code> |');
  });

  test('a missing layer, a missing fixture, an unresolved placeholder and an empty result are each findings', async () => {
    const workspace = makeWorkspace({
      '.github/gates-hydration.yml': `${SPEC.replace('[dev, prod]', '[dev, prod, qa, void]')}`,
      'config/base.yml': 'db:\n  host: ${HOST}\n  user: ${DB_USER}\n',
      'config/env/dev.yml': 'level: debug\n',
      'config/env/prod.yml': 'level: warn\n',
      'config/env/void.yml': 'db: null\n',
      'fixtures/dev.json': '{"db": {"host": "db.internal", "user": "${DB_USER}"}, "level": "debug"}\n',
    });
    const run = await runBundle('hydration-check', { workspace });
    expect(run.exitCode).toBe(1);
    const titles = run.annotations.map((annotation) => `${annotation.properties.title}: ${annotation.data}`);
    expect(titles).toEqual(expect.arrayContaining([
      expect.stringMatching(/^unresolved-placeholder: selector env=dev: \$\{DB_USER\} has no value \(at \/db\/user\)/),
      expect.stringMatching(/^missing-fixture: selector env=prod has no fixture at fixtures\/prod\.json/),
      expect.stringMatching(/^missing-layer: selector env=qa: layer config\/env\/qa\.yml does not exist/),
      expect.stringMatching(/^empty-resolution: selector env=void resolves to an empty document/),
    ]));
    expect(run.outputs).toMatchObject({ selectors: '4', mismatched: '4' });
  });

  test('numbers are compared by exact value: 2^53 + 1 in a layer against 2^53 in the fixture differs (as doubles they were equal)', async () => {
    const files = {
      '.github/gates-hydration.yml': SPEC,
      'config/base.yml': 'db:\n  host: ${HOST}\naccount: 9007199254740993\nratio: 0.10000000000000000001\n',
      'config/env/dev.yml': 'level: debug\n',
      'config/env/prod.yml': 'level: warn\n',
      'fixtures/dev.json': '{"account": 9007199254740992, "db": {"host": "db.internal"}, "level": "debug", "ratio": 0.10000000000000000001}\n',
      'fixtures/prod.json': '{"account": 9007199254740993, "db": {"host": "db.internal"}, "level": "warn", "ratio": 1.0000000000000000001e-1}\n',
    };
    const run = await runBundle('hydration-check', { workspace: makeWorkspace(files) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', selectors: '2', mismatched: '1' });
    expect(run.log).toContain('~ /account: fixture 9007199254740992, resolved 9007199254740993');
    expect(run.summary).toContain('| <code>env=prod</code> | ✅ pass | — |');
  });

  test('bounded: a layer with a YAML alias bomb is refused with a structured error (exit 2), not expanded', async () => {
    const bomb = 'x: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nw: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n';
    const run = await runBundle('hydration-check', { workspace: makeWorkspace({ '.github/gates-hydration.yml': SPEC, 'config/base.yml': bomb, 'config/env/dev.yml': 'a: 1\n', 'config/env/prod.yml': 'a: 2\n' }) });
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]).toMatchObject({ properties: expect.objectContaining({ title: 'GATES_E_DOCUMENT_INVALID' }) });
    expect(run.log).toContain('aliases expand to more than 100 nodes');
  });

  test('update: true is refused in CI, and on a terminal (`gates run`) writes canonical fixtures that then pass', async () => {
    const files = { '.github/gates-hydration.yml': SPEC, 'config/base.yml': 'db:\n  host: ${HOST}\nz: 1\n', 'config/env/dev.yml': 'level: debug\n', 'config/env/prod.yml': 'level: warn\nz: null\n' };
    const refused = await runBundle('hydration-check', { workspace: makeWorkspace(files), inputs: { update: 'true' } });
    expect(refused.exitCode).toBe(2);
    expect(refused.log).toContain('update: true rewrites the fixtures and is refused in CI');
    const workspace = makeWorkspace(files);
    const state = join(makeWorkspace({}), 's');
    const update = await runCli(['run', 'hydration-check', '--workspace', workspace, '--input', 'update=true'], { env: { MEMORY_STORAGE_ROOT: state } });
    expect(update.code).toBe(0);
    expect(readFileSync(join(workspace, 'fixtures', 'prod.json'), 'utf8')).toBe('{\n  "db": {\n    "host": "db.internal"\n  },\n  "level": "warn"\n}\n');
    const check = await runBundle('hydration-check', { workspace });
    expect(check.outputs).toMatchObject({ verdict: 'pass', selectors: '2' });
  });
});
