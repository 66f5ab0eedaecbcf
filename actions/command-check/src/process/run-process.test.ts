import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isProcessAlive } from '@gates/core';
import { MAX_OUTPUT_BYTES, runProcess } from './run-process.js';

// Real processes: no shell, stdin, a timeout that kills the whole group, missing and non-executable programs.
const cwd = mkdtempSync(join(tmpdir(), 'command-check-'));
const env = { PATH: process.env.PATH ?? '' };
const node = (script: string, extra: Partial<Parameters<typeof runProcess>[0]> = {}) => runProcess({ argv: [process.execPath, '-e', script], cwd, env, timeoutMs: 5000, ...extra });

/** Whether the process is gone (dead or a zombie) within `ms`, its state read every 20 ms. */
async function goneWithin(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (!isProcessAlive(pid)) return true;
  }
  return !isProcessAlive(pid);
}

describe('runProcess', () => {
  test('argv reaches the program word for word (no shell expands it); stdin is written; exit code and streams come back', async () => {
    const echoed = await node('let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => { console.log(JSON.stringify([process.argv.slice(2), s])); console.error("e"); process.exit(4); })', { stdin: 'in' });
    expect(echoed).toMatchObject({ outcome: 'exited', exitCode: 4, stdout: '[[],"in"]\n', stderr: 'e\n', truncated: false });
    const words = await runProcess({ argv: [process.execPath, '-p', 'JSON.stringify(process.argv.slice(1))', '$(id)', '*', 'a b'], cwd, env, timeoutMs: 5000 });
    expect(words.stdout).toBe('["$(id)","*","a b"]\n');
  });

  test('a timeout kills the command and what it started (its process group)', async () => {
    const result = await node('const c = require("child_process").spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "inherit" }); console.log(c.pid); setInterval(() => {}, 1000)', { timeoutMs: 400 });
    expect(result).toMatchObject({ outcome: 'timeout', signal: 'SIGKILL' });
    // SIGKILL to the group is queued, not awaited: the grandchild dies when the kernel next schedules it, which on a
    // loaded machine can be after runProcess has seen its direct child exit. Nothing signals an unrelated process's
    // death, so its state is read until it is gone (CI once read it a moment too early).
    expect(await goneWithin(Number(result.stdout.trim()), 5000)).toBe(true);
  });

  test('a program that does not exist, or is not executable, is said so (not thrown)', async () => {
    expect(await runProcess({ argv: ['gates-no-such-program-4711'], cwd, env, timeoutMs: 1000 })).toMatchObject({ outcome: 'missing', exitCode: null });
    const script = join(cwd, 'tool.sh');
    writeFileSync(script, '#!/bin/sh\necho hi\n');
    chmodSync(script, 0o644);
    expect(await runProcess({ argv: ['./tool.sh'], cwd, env, timeoutMs: 1000 })).toMatchObject({ outcome: 'not-executable' });
  });

  test('output over the cap is cut there and marked', async () => {
    const result = await node(`process.stdout.write("x".repeat(${MAX_OUTPUT_BYTES + 10}))`);
    expect(result.stdout.length).toBe(MAX_OUTPUT_BYTES);
    expect(result.truncated).toBe(true);
  });
});
