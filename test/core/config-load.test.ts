import { describe, expect, test } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONFIG_KINDS, explainConfig, GatesError, InputReader, loadConfigFile, loadEffectiveConfig, MAX_CONFIG_BYTES, mergeLayers,
} from '@gates/core';
import { makeWorkspace } from '../harness/workspace.js';

async function loadError(files: Record<string, string | Buffer>, name = 'gates.yml'): Promise<GatesError> {
  const dir = makeWorkspace(files);
  try {
    await loadConfigFile(join(dir, name), CONFIG_KINDS.gates, name);
  } catch (error) {
    return error as GatesError;
  }
  throw new Error('expected a failure');
}

describe('loadConfigFile', () => {
  test('a valid file loads', async () => {
    const dir = makeWorkspace({ 'gates.yml': 'version: 1\nfail-on: warning\n' });
    const loaded = await loadConfigFile(join(dir, 'gates.yml'), CONFIG_KINDS.gates, 'gates.yml');
    expect(loaded.value).toEqual({ version: 1, 'fail-on': 'warning' });
  });

  test('every schema problem at once, each at its line:column, unknown keys with did-you-mean', async () => {
    const error = await loadError({ 'gates.yml': 'version: 2\nfial-on: error\nannotations:\n  enabled: "yes"\n  max-per-severity: 99\n' });
    expect(error.code).toBe('GATES_E_CONFIG_INVALID');
    expect(error.exitCode).toBe(2);
    const byLine = Object.fromEntries(error.details.map((d) => [d.location!.line, d]));
    expect(byLine[1]!.message).toBe('/version must be equal to constant: 1');
    expect(byLine[2]).toMatchObject({ message: 'unknown key "fial-on" in /', hint: 'did you mean "fail-on"?', location: { line: 2, column: 1 } });
    expect(byLine[4]!.message).toBe('/annotations/enabled must be boolean');
    expect(byLine[4]!.location).toMatchObject({ line: 4, column: 12 });
    expect(byLine[5]!.message).toBe('/annotations/max-per-severity must be <= 50');
  });

  test('a missing required key is reported at the object', async () => {
    const error = await loadError({ 'gates.yml': 'fail-on: error\n' });
    expect(error.details[0]!.message).toBe('/ is missing required key "version"');
  });

  test('missing file, directory, empty file, oversized file, non-UTF-8 bytes', async () => {
    expect((await loadError({})).code).toBe('GATES_E_CONFIG_NOT_FOUND');
    const dir = makeWorkspace({});
    mkdirSync(join(dir, 'gates.yml'));
    await expect(loadConfigFile(join(dir, 'gates.yml'), CONFIG_KINDS.gates)).rejects.toMatchObject({ code: 'GATES_E_CONFIG_UNREADABLE', message: expect.stringContaining('not a regular file') });
    expect((await loadError({ 'gates.yml': '  \n' })).code).toBe('GATES_E_CONFIG_EMPTY');
    expect((await loadError({ 'gates.yml': `version: 1\n#${'x'.repeat(MAX_CONFIG_BYTES)}\n` })).code).toBe('GATES_E_CONFIG_TOO_LARGE');
    const latin1 = await loadError({ 'gates.yml': Buffer.from([0x76, 0x3a, 0x20, 0xe9, 0x0a]) });
    expect(latin1).toMatchObject({ code: 'GATES_E_CONFIG_UNREADABLE', message: expect.stringContaining('not valid UTF-8') });
  });

  test('a path through a regular file (ENOTDIR) is a config error, not a crash', async () => {
    const dir = makeWorkspace({ 'file.txt': 'x' });
    await expect(loadConfigFile(join(dir, 'file.txt', 'gates.yml'), CONFIG_KINDS.gates, 'file.txt/gates.yml')).rejects.toMatchObject({
      code: 'GATES_E_CONFIG_UNREADABLE',
      exitCode: 2,
    });
  });
});

describe('layering and explain', () => {
  test('defaults < shared < repo < inputs, with each value\'s source', async () => {
    const dir = makeWorkspace({
      'org.yml': 'version: 1\nfail-on: note\nannotations:\n  max-per-severity: 5\n',
      '.github/gates.yml': 'version: 1\nfail-on: warning\n',
    });
    const config = await loadEffectiveConfig(new InputReader({ 'INPUT_SHARED-CONFIG': 'org.yml' }), dir);
    expect(config.values['fail-on']).toBe('warning');
    expect(config.sources.get('fail-on')).toBe('repo: .github/gates.yml');
    expect(config.sources.get('annotations.max-per-severity')).toBe('shared: org.yml');
    expect(config.sources.get('annotations.enabled')).toBe('defaults');
    const withInput = await loadEffectiveConfig(new InputReader({ 'INPUT_SHARED-CONFIG': 'org.yml', 'INPUT_FAIL-ON': 'never' }), dir);
    expect(withInput.values['fail-on']).toBe('never');
    expect(explainConfig(withInput)).toMatch(/^fail-on\s+= "never"  # inputs$/m);
  });

  test('the default config path may be absent; a named one may not', async () => {
    const dir = makeWorkspace({});
    await expect(loadEffectiveConfig(new InputReader({ INPUT_CONFIG: '.github/gates.yml' }), dir)).resolves.toBeDefined();
    await expect(loadEffectiveConfig(new InputReader({ INPUT_CONFIG: './.github/gates.yml' }), dir)).resolves.toBeDefined();
    const named = loadEffectiveConfig(new InputReader({ INPUT_CONFIG: 'ci/gates.yml' }), dir);
    await expect(named).rejects.toMatchObject({ code: 'GATES_E_INPUT_FILE_NOT_FOUND', message: 'Input "config" names ci/gates.yml, which does not exist.' });
    const shared = loadEffectiveConfig(new InputReader({ 'INPUT_SHARED-CONFIG': 'org/gates.yml' }), dir);
    await expect(shared).rejects.toMatchObject({ code: 'GATES_E_INPUT_FILE_NOT_FOUND', hint: expect.stringContaining('`shared-config:`') });
  });

  test('arrays replace rather than concatenate; a scalar replacing an object drops its old sources', () => {
    const merged = mergeLayers([
      { source: 'a', values: { list: [1, 2], obj: { x: 1 } } },
      { source: 'b', values: { list: [3], obj: 'flat' } },
    ]);
    expect(merged.values).toEqual({ list: [3], obj: 'flat' });
    expect([...merged.sources.keys()].sort()).toEqual(['list', 'obj']);
  });
});
