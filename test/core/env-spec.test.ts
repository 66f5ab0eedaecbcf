import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { checkVariable, resolveStateRoot, validateSuiteEnvironment, type EnvVarSpec } from '@gates/core';
import { makeWorkspace } from '../harness/workspace.js';

const check = (spec: Omit<EnvVarSpec, 'name'>, value: string | undefined, env: NodeJS.ProcessEnv = {}) =>
  checkVariable({ name: 'V', ...spec }, { ...env, ...(value === undefined ? {} : { V: value }) });

describe('env spec: one validator for the suite and its users', () => {
  test.each([
    ['int', { type: 'int', constraints: { min: 1, max: 10 } }, '3', ['0', '11', '2.5', '1e3', 'ten']],
    ['bool', { type: 'bool' }, 'TRUE', ['yes', '1', 'on']],
    ['enum', { type: 'enum', constraints: { values: ['eu', 'us'] } }, 'us', ['EU', 'asia', '']],
    ['duration', { type: 'duration', constraints: { 'min-duration': '1s', 'max-duration': '1h' } }, '1h', ['2h', '500ms', 'later', '-5s']],
    ['url', { type: 'url', constraints: { https: true } }, 'https://deploy.example/api', ['http://deploy.example', 'ftp://x', 'deploy.example', 'https://user:pw@deploy.example']],
    ['path', { type: 'path', constraints: { absolute: true } }, '/srv/app', ['srv/app', './app', '/srv/\0x']],
    ['pattern', { type: 'enum', constraints: { values: ['blue-1', 'green'], pattern: '[a-z]+' } }, 'green', ['blue-1']],
  ] as const)('%s: the good value passes, each bad one is named without its value', (_type, spec, good, bad) => {
    expect(check(spec as Omit<EnvVarSpec, 'name'>, good).problem).toBeUndefined();
    for (const value of bad) {
      const result = check(spec as Omit<EnvVarSpec, 'name'>, value);
      // An empty value is "not set" (the runner delivers unset variables so), not a bad value.
      if (value === '') {
        expect(result.source).toBe('absent');
        continue;
      }
      expect(result.problem).toBeDefined();
      if (value.length > 2) expect(result.problem).not.toContain(value);
    }
  });

  test('unset takes the default; required and unset is a problem; empty counts as unset, as the runner delivers it', () => {
    const defaulted = check({ type: 'int', default: '2' }, undefined);
    expect(defaulted).toMatchObject({ source: 'default', value: '2' });
    expect(defaulted.problem).toBeUndefined();
    expect(check({ type: 'int', required: true }, undefined).problem).toBe('it is required and not set');
    expect(check({ type: 'int', required: true }, '  ').problem).toBe('it is required and not set');
    // A default is checked like a value: a policy cannot default to something its own constraints refuse.
    expect(check({ type: 'int', default: '20', constraints: { max: 10 } }, undefined).problem).toContain('from');
  });

  test('path constraints are judged on the real path: a link into the checkout is inside it', () => {
    const workspace = makeWorkspace({ 'src/a.ts': '' });
    const outside = makeWorkspace({});
    const link = join(outside, 'cache');
    symlinkSync(join(workspace, 'src'), link);
    const env = { GITHUB_WORKSPACE: workspace };
    expect(check({ type: 'path', constraints: { 'outside-workspace': true } }, link, env).problem).toContain('inside the checkout');
    expect(check({ type: 'path', constraints: { 'outside-workspace': true, 'writable-dir': true } }, outside, env).problem).toBeUndefined();
    expect(check({ type: 'path', constraints: { 'writable-dir': true } }, join(outside, 'missing'), env).problem).toBe('it does not exist');
  });

  test('private-dir is the state root\'s judgement, for users\' variables too (never created by a check)', () => {
    const shared = join(makeWorkspace({}), 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o770);
    expect(check({ type: 'path', constraints: { 'private-dir': true } }, shared).problem).toContain('group-writable');
    expect(() => resolveStateRoot({ MEMORY_STORAGE_ROOT: shared })).toThrow('group-writable');
    const fresh = join(makeWorkspace({}), 'new');
    expect(check({ type: 'path', constraints: { 'private-dir': true } }, fresh).problem).toBeUndefined();
  });

  test('the suite\'s own variables: GATES_STATE_IN_WORKSPACE must be a boolean (exit 2), the state root is created 0700', () => {
    const root = join(makeWorkspace({}), 'state');
    expect(validateSuiteEnvironment({ MEMORY_STORAGE_ROOT: root, GATES_STATE_IN_WORKSPACE: 'false' }).stateRoot).toBe(root);
    let error: { code?: string; exitCode?: number; message?: string } = {};
    try {
      validateSuiteEnvironment({ MEMORY_STORAGE_ROOT: root, GATES_STATE_IN_WORKSPACE: 'yes' });
    } catch (thrown) {
      error = thrown as typeof error;
    }
    expect(error).toMatchObject({ code: 'GATES_E_ENV_INVALID', exitCode: 2 });
    expect(error.message).toContain('GATES_STATE_IN_WORKSPACE');
  });
});
