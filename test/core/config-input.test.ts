import { describe, expect, test } from '@jest/globals';
import { CONFIG_KINDS, GatesError, InputReader, loadConfigInput, type ConfigKind } from '@gates/core';
import { readManifest } from '../harness/action-manifest.js';
import { makeWorkspace } from '../harness/workspace.js';

const reader = (value?: string) => new InputReader(value === undefined ? {} : { INPUT_SLA: value });
const PERF = { input: 'sla', kind: CONFIG_KINDS.perf };

describe('a path input whose default names an optional file', () => {
  test('the declared default (however spelled) or nothing is "at the default"; anything else was set by the user', () => {
    expect(reader().path('sla', '.github/gates-perf.yml')).toEqual({ path: '.github/gates-perf.yml', atDefault: true });
    expect(reader('./.github/gates-perf.yml').path('sla', '.github/gates-perf.yml').atDefault).toBe(true);
    expect(reader('  ').path('sla', '.github/gates-perf.yml').atDefault).toBe(true);
    expect(reader('ci/perf.yml').path('sla', '.github/gates-perf.yml')).toEqual({ path: 'ci/perf.yml', atDefault: false });
  });

  test('absent at its default: not configured (undefined), whether the runner delivered the default or not', async () => {
    const workspace = makeWorkspace({});
    await expect(loadConfigInput(reader('.github/gates-perf.yml'), workspace, PERF)).resolves.toBeUndefined();
    await expect(loadConfigInput(reader(), workspace, PERF)).resolves.toBeUndefined();
  });

  test('absent where the user pointed it: exit 2 naming that input, not `config`', async () => {
    const error = (await loadConfigInput(reader('ci/perf.yml'), makeWorkspace({}), PERF).catch((thrown) => thrown)) as GatesError;
    expect(error).toMatchObject({ code: 'GATES_E_INPUT_FILE_NOT_FOUND', exitCode: 2, message: 'Input "sla" names ci/perf.yml, which does not exist.' });
    expect(error.hint).toContain('`sla:`');
    expect(error.hint).not.toContain('config');
  });

  test('present: loaded and validated, shown relative to the workspace', async () => {
    const workspace = makeWorkspace({ '.github/gates-perf.yml': 'version: 1\n' });
    await expect(loadConfigInput(reader(), workspace, PERF)).resolves.toMatchObject({ file: '.github/gates-perf.yml', value: { version: 1 } });
  });

  test('a required policy absent at its default says it is required, not that a file the user named is missing', async () => {
    const spec = { input: 'policy', kind: CONFIG_KINDS.rbac, requiredBy: 'rbac-guard' };
    const error = (await loadConfigInput(new InputReader({}), makeWorkspace({}), spec).catch((thrown) => thrown)) as GatesError;
    expect(error).toMatchObject({ code: 'GATES_E_POLICY_REQUIRED', exitCode: 2 });
    expect(error.message).toBe('rbac-guard needs a policy file, and there is none at .github/gates-rbac.yml (the default of the `policy` input).');
    expect(`${error.message} ${error.hint}`).not.toMatch(/not exist|not found/i);
    const named = loadConfigInput(new InputReader({ INPUT_POLICY: 'sec/rbac.yml' }), makeWorkspace({}), spec);
    await expect(named).rejects.toMatchObject({ code: 'GATES_E_INPUT_FILE_NOT_FOUND' });
  });
});

describe('the defaults the code judges against are the ones action.yml declares', () => {
  const cases: [string, string, ConfigKind][] = [
    ['perf-sla', 'sla', CONFIG_KINDS.perf],
    ['redact-logs', 'policy', CONFIG_KINDS.redact],
    ['rbac-guard', 'policy', CONFIG_KINDS.rbac],
    ['hydration-check', 'spec', CONFIG_KINDS.hydration],
    ...['perf-sla', 'pin-check', 'rbac-guard', 'redact-logs', 'security-gate', 'fs-lock-test', 'hydration-check'].map((action): [string, string, ConfigKind] => [action, 'config', CONFIG_KINDS.gates]),
  ];
  test.each(cases)('%s input %s', (action, input, kind) => {
    expect(readManifest(action).inputs[input]!.default).toBe(kind.defaultPath);
  });
});
