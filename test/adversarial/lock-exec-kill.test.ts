import { describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { isProcessAlive } from '@gates/core';
import { gatesLockExec, SCRIPTS, whenExists } from '../harness/lock-exec.js';
import { makeWorkspace } from '../harness/workspace.js';

const lockExec = (stateRoot: string, timeout: string, command: string[]) => gatesLockExec(stateRoot, command, { name: 'deploy', timeout });

/** Waits until a process that is not ours (so it cannot be awaited) has gone, checking its state rather than sleeping a fixed time. */
async function whenGone(pid: number): Promise<void> {
  while (isProcessAlive(pid)) await delay(10);
}

describe('gates lock exec killed with SIGKILL', () => {
  test('the command it started keeps the lock until it ends: the next holder waits, then takes over', async () => {
    const dir = makeWorkspace({ counter: '41' });
    const state = join(dir, 'state');
    const ready = join(dir, 'ready');
    const holder = lockExec(state, '60s', [process.execPath, join(SCRIPTS, 'hold-until-killed.mjs'), ready]);
    await whenExists(ready);
    const command = Number(readFileSync(ready, 'utf8'));

    try {
      // SIGKILL runs no handler: gates cannot forward it or release anything. Only gates dies; its command runs on
      // (holding gates' output open, so only gates' exit is awaited here).
      holder.child.kill('SIGKILL');
      await holder.exited;
      expect(isProcessAlive(command)).toBe(true);

      const blocked = lockExec(state, '1s', [process.execPath, join(SCRIPTS, 'increment-counter.mjs'), join(dir, 'counter')]);
      expect(await blocked.done).toBe(3);
      expect(blocked.stderr()).toContain('GATES_E_LOCK_TIMEOUT');
      expect(blocked.stderr()).toContain(`(command pid ${command})`);
      expect(JSON.parse(readFileSync(join(state, 'locks', 'deploy.lock'), 'utf8'))).toMatchObject({ pid: holder.child.pid, child: command });
      expect(readFileSync(join(dir, 'counter'), 'utf8')).toBe('41');

      process.kill(command, 'SIGKILL');
      await whenGone(command);
      await holder.done;
      const next = lockExec(state, '10s', [process.execPath, join(SCRIPTS, 'increment-counter.mjs'), join(dir, 'counter')]);
      expect(await next.done).toBe(0);
      expect(readFileSync(join(dir, 'counter'), 'utf8')).toBe('42');
    } finally {
      // Whatever failed above, the command this test left running is not left behind.
      if (isProcessAlive(command)) process.kill(command, 'SIGKILL');
    }
  });

  test('killed before it could name its command (hand-over announced, no pid yet): the lock waits for its age, it is not taken at once', async () => {
    const dir = makeWorkspace({ counter: '0' });
    const state = join(dir, 'state');
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('close', resolve));
    mkdirSync(join(state, 'locks'), { recursive: true });
    writeFileSync(join(state, 'locks', 'deploy.lock'), JSON.stringify({ pid: dead.pid, host: hostname(), acquiredAt: Date.now(), token: 'announced', child: null }));
    const blocked = lockExec(state, '500ms', [process.execPath, join(SCRIPTS, 'increment-counter.mjs'), join(dir, 'counter')]);
    expect(await blocked.done).toBe(3);
    expect(readFileSync(join(dir, 'counter'), 'utf8')).toBe('0');
  });
});
