import { describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveStateRoot } from '@gates/core';
import { makeWorkspace } from '../harness/workspace.js';

describe('state root (MEMORY_STORAGE_ROOT)', () => {
  const reason = (env: NodeJS.ProcessEnv) => {
    try {
      resolveStateRoot(env);
    } catch (error) {
      return error as { code: string; exitCode: number; message: string };
    }
    throw new Error('expected a failure');
  };

  test('created with owner-only permissions when missing', () => {
    const root = join(makeWorkspace({}), 'state', 'nested');
    expect(resolveStateRoot({ MEMORY_STORAGE_ROOT: root })).toBe(root);
    expect(statSync(root).mode & 0o777).toBe(0o700);
  });

  test('defaults to RUNNER_TEMP/gates-state', () => {
    const temp = makeWorkspace({});
    expect(resolveStateRoot({ RUNNER_TEMP: temp })).toBe(join(temp, 'gates-state'));
  });

  test.each([
    ['a relative path', () => ({ MEMORY_STORAGE_ROOT: 'state' }), 'must be an absolute path'],
    ['a file', () => {
      const dir = makeWorkspace({ file: 'x' });
      return { MEMORY_STORAGE_ROOT: join(dir, 'file') };
    }, 'is not a directory'],
    ['a path through a file', () => {
      const dir = makeWorkspace({ file: 'x' });
      return { MEMORY_STORAGE_ROOT: join(dir, 'file', 'state') };
    }, 'a component of the path is not a directory'],
    ['world-writable', () => {
      const dir = join(makeWorkspace({}), 'open');
      mkdirSync(dir);
      chmodSync(dir, 0o777);
      return { MEMORY_STORAGE_ROOT: dir };
    }, 'world-writable'],
    ['inside the checkout', () => {
      const workspace = makeWorkspace({});
      return { MEMORY_STORAGE_ROOT: join(workspace, '.gates'), GITHUB_WORKSPACE: workspace };
    }, 'inside the checkout'],
    ['uncreatable', () => ({ MEMORY_STORAGE_ROOT: '/proc/gates-cannot-exist/state' }), 'cannot be created'],
  ])('%s is refused with exit 2 and the reason', (_name, env, expected) => {
    const error = reason(env());
    expect(error.code).toBe('GATES_E_STATE_ROOT');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(expected);
  });

  test('inside the checkout is allowed when asked for explicitly', () => {
    const workspace = makeWorkspace({});
    writeFileSync(join(workspace, 'keep'), '');
    const root = join(workspace, '.gates');
    expect(resolveStateRoot({ MEMORY_STORAGE_ROOT: root, GITHUB_WORKSPACE: workspace, GATES_STATE_IN_WORKSPACE: 'true' })).toBe(root);
  });
});
