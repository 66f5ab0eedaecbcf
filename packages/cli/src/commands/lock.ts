import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { GatesError, LockfileLock, parseDuration, resolveStateRoot, TIMER_RANGE, type ExitCodeValue } from '@gates/core';
import type { CliIo } from '../cli-io.js';
import type { ParsedCommand } from '../parse-argv.js';

function duration(flag: string, raw: unknown, fallback: number): number {
  if (typeof raw !== 'string') return fallback;
  try {
    return parseDuration(raw, TIMER_RANGE);
  } catch {
    throw new GatesError('GATES_E_USAGE', { detail: `--${flag} expects a duration from 1ms to 24d, such as 30s or 5m, got "${raw}"` });
  }
}

/**
 * `gates lock exec`: holds a named lock while a command runs, releasing it
 * however the command ends. Signals are forwarded so a cancelled job does not
 * leave the command running with the lock released. The lock is handed to the
 * command's process as soon as it starts: if gates itself is killed (SIGKILL
 * runs no handler), the lock stays held until the command ends too, so the
 * next holder never runs alongside it.
 */
export async function lockCommand(parsed: ParsedCommand, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<ExitCodeValue> {
  const [verb, program, ...args] = parsed.positionals as [string, string, ...string[]];
  if (verb !== 'exec') throw new GatesError('GATES_E_USAGE', { detail: `unknown lock command "${verb}"; usage: gates lock exec --name NAME -- <command>` });
  const name = parsed.values.name;
  if (typeof name !== 'string' || !/^[\w.-]+$/.test(name)) {
    throw new GatesError('GATES_E_USAGE', { detail: '--name is required: letters, digits, dot, dash or underscore' });
  }
  const lock = new LockfileLock(join(resolveStateRoot(env, (message) => io.err(`warning: ${message}\n`)), 'locks'));
  const held = await lock.acquireForChild(name, {
    timeout: duration('timeout', parsed.values.timeout, 30_000),
    staleAfter: duration('stale-after', parsed.values['stale-after'], 600_000),
  });
  try {
    const child = spawn(program, args, { stdio: 'inherit', env });
    if (child.pid !== undefined) held.handOver(child.pid);
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, forward);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on('error', (error) => reject(new GatesError('GATES_E_USAGE', { detail: `cannot run ${program}: ${error.message}` })));
      child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
    });
    for (const s of ['SIGINT', 'SIGTERM'] as const) process.off(s, forward);
    if (signal) io.err(`gates lock: ${program} ended by ${signal}\n`);
    // The command's own exit code passes through, as with flock(1); a signal death is 128+n by shell convention.
    return (code ?? 128 + 15) as ExitCodeValue;
  } finally {
    await held.release();
  }
}
