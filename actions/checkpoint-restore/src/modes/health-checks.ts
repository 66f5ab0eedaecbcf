import { spawn } from 'node:child_process';
import { GatesError } from '@gates/core';
import { parse } from 'yaml';

/** One health check: a shell command, the exit code it must end with, text its output must contain, a time limit. */
export interface HealthCheck {
  run: string;
  expectExit: number;
  expectOutput?: string;
  timeoutMs: number;
}

export interface HealthResult {
  check: HealthCheck;
  passed: boolean;
  exitCode: number | null;
  timedOut: boolean;
  /** Why it failed, in words. */
  reason?: string;
  ms: number;
}

const MAX_OUTPUT_BYTES = 1024 * 1024;

/**
 * The `health-checks` input: a YAML list of `{run, expect-exit (default 0),
 * expect-output, timeout-seconds (default 60)}`, or plain lines (one command
 * each, defaults for the rest). Anything else is a usage error naming the item.
 */
export function parseHealthChecks(text: string | undefined): HealthCheck[] {
  if (!text || text.trim() === '') return [];
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw invalid(text, `YAML that does not parse (${(error as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(value)) {
    return text.split('\n').map((line) => line.trim()).filter(Boolean).map((run) => ({ run, expectExit: 0, timeoutMs: 60_000 }));
  }
  return value.map((item, index) => {
    const check = typeof item === 'string' ? { run: item } : (item as Record<string, unknown>);
    const run = check?.run;
    const expectExit = check['expect-exit'] ?? 0;
    const timeout = check['timeout-seconds'] ?? 60;
    const unknown = Object.keys(check ?? {}).filter((key) => !['run', 'expect-exit', 'expect-output', 'timeout-seconds'].includes(key));
    if (typeof run !== 'string' || run.trim() === '') throw invalid(text, `item ${index + 1} without a \`run:\` command`);
    if (unknown.length > 0) throw invalid(text, `item ${index + 1} with unknown key(s) ${unknown.join(', ')}`);
    if (!Number.isInteger(expectExit) || (expectExit as number) < 0 || (expectExit as number) > 255) throw invalid(text, `item ${index + 1} with expect-exit outside 0..255`);
    if (typeof timeout !== 'number' || !(timeout > 0) || timeout > 3600) throw invalid(text, `item ${index + 1} with timeout-seconds outside (0, 3600]`);
    const expectOutput = check['expect-output'];
    if (expectOutput !== undefined && typeof expectOutput !== 'string') throw invalid(text, `item ${index + 1} with a non-text expect-output`);
    return { run, expectExit: expectExit as number, expectOutput, timeoutMs: timeout * 1000 };
  });
}

function invalid(value: string, expected: string): GatesError {
  return new GatesError('GATES_E_INPUT_INVALID', { input: 'health-checks', value: value.length > 80 ? `${value.slice(0, 77)}...` : value, expected: `a YAML list of {run, expect-exit, expect-output, timeout-seconds}, not ${expected}` });
}

/**
 * Runs one check with `sh -c` in `cwd`, in its own process group so a
 * timeout kills the whole group (a server it started included), never
 * leaving it running. Output is kept up to 1 MiB for the expect-output test.
 */
export function runHealthCheck(check: HealthCheck, cwd: string, env: NodeJS.ProcessEnv): Promise<HealthResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', check.run], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timedOut = false;
    const collect = (chunk: Buffer) => {
      if (output.length < MAX_OUTPUT_BYTES) output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, check.timeoutMs);
    const finish = (exitCode: number | null, reason?: string) => {
      clearTimeout(timer);
      resolve({ check, passed: reason === undefined, exitCode, timedOut, reason, ms: Date.now() - started });
    };
    child.on('error', (error) => finish(null, `could not start: ${error.message}`));
    child.on('close', (code) => {
      if (timedOut) finish(code, `did not finish within ${check.timeoutMs / 1000}s (killed)`);
      else if (code !== check.expectExit) finish(code, `exited ${code}, expected ${check.expectExit}`);
      else if (check.expectOutput !== undefined && !output.includes(check.expectOutput)) finish(code, `output does not contain the expected text`);
      else finish(code);
    });
  });
}
