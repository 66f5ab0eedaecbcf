import { describe, expect, test } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveStateRoot } from '@gates/core';
import { judgeStateRoot } from '../../packages/core/src/state/judge-state-root.js';
import type { StateRootFacts } from '../../packages/core/src/state/state-root-facts.js';
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
    ['a link that leads into the checkout', () => {
      const workspace = makeWorkspace({ 'src/app.ts': '' });
      const link = join(makeWorkspace({}), 'state');
      symlinkSync(workspace, link);
      return { MEMORY_STORAGE_ROOT: link, GITHUB_WORKSPACE: workspace };
    }, `inside the checkout`],
    ['a directory named ..state inside the checkout', () => {
      const workspace = makeWorkspace({});
      return { MEMORY_STORAGE_ROOT: join(workspace, '..state'), GITHUB_WORKSPACE: workspace };
    }, 'inside the checkout'],
    ['group-writable', () => {
      const dir = join(makeWorkspace({}), 'shared');
      mkdirSync(dir);
      chmodSync(dir, 0o770);
      return { MEMORY_STORAGE_ROOT: dir };
    }, 'group-writable'],
    ['under a world-writable parent without the sticky bit', () => {
      const parent = join(makeWorkspace({}), 'open');
      mkdirSync(parent);
      chmodSync(parent, 0o777);
      return { MEMORY_STORAGE_ROOT: join(parent, 'state') };
    }, 'open is world-writable without the sticky bit'],
  ])('%s is refused with exit 2 and the reason', (_name, env, expected) => {
    const error = reason(env());
    expect(error.code).toBe('GATES_E_STATE_ROOT');
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain(expected);
  });

  test('a root refused for being in the checkout is not created there first', () => {
    const workspace = makeWorkspace({});
    expect(reason({ MEMORY_STORAGE_ROOT: join(workspace, 'deep', 'state'), GITHUB_WORKSPACE: workspace }).message).toContain('inside the checkout');
    expect(existsSync(join(workspace, 'deep'))).toBe(false);
  });

  test('a world-writable RUNNER_TEMP (the runner set it up so) is a warning, not a refusal; a sticky one (like /tmp) is fine', () => {
    const temp = join(makeWorkspace({}), '_temp');
    mkdirSync(temp);
    chmodSync(temp, 0o777);
    const warnings: string[] = [];
    expect(resolveStateRoot({ RUNNER_TEMP: temp }, (warning) => warnings.push(warning))).toBe(join(temp, 'gates-state'));
    expect(warnings).toEqual([expect.stringContaining(`${temp} is world-writable without the sticky bit`)]);
    chmodSync(temp, 0o1777);
    warnings.length = 0;
    expect(resolveStateRoot({ MEMORY_STORAGE_ROOT: join(temp, 'other') }, (warning) => warnings.push(warning))).toBe(join(temp, 'other'));
    expect(warnings).toEqual([]);
  });

  test('a root owned by another user is refused (judged from collected facts)', () => {
    const facts: StateRootFacts = {
      path: '/srv/gates', absolute: true, realPath: '/srv/gates', exists: true, writable: true, uid: 1001, posixModes: true,
      directory: { mode: 0o40700, uid: 0 }, ancestors: [{ path: '/srv', mode: 0o40755 }, { path: '/', mode: 0o40755 }], allowInWorkspace: false,
    };
    expect(judgeStateRoot(facts, 'MEMORY_STORAGE_ROOT', 'GATES_STATE_IN_WORKSPACE').refusal).toContain('owned by uid 0, not by this user (uid 1001)');
    expect(judgeStateRoot({ ...facts, directory: { mode: 0o40700, uid: 1001 } }, 'MEMORY_STORAGE_ROOT', 'GATES_STATE_IN_WORKSPACE')).toEqual({ warnings: [] });
  });

  test('inside the checkout is allowed when asked for explicitly', () => {
    const workspace = makeWorkspace({});
    writeFileSync(join(workspace, 'keep'), '');
    const root = join(workspace, '.gates');
    expect(resolveStateRoot({ MEMORY_STORAGE_ROOT: root, GITHUB_WORKSPACE: workspace, GATES_STATE_IN_WORKSPACE: 'true' })).toBe(root);
  });
});
