import { describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHealthChecks, runHealthCheck } from './health-checks.js';

describe('health checks', () => {
  test('a YAML list with defaults, or one command per line', () => {
    expect(parseHealthChecks('- run: make smoke\n  expect-output: ok\n  timeout-seconds: 5\n- run: exit 2\n  expect-exit: 2\n')).toEqual([
      { run: 'make smoke', expectExit: 0, expectOutput: 'ok', timeoutMs: 5000 },
      { run: 'exit 2', expectExit: 2, expectOutput: undefined, timeoutMs: 60_000 },
    ]);
    expect(parseHealthChecks('make smoke\ncurl -fsS localhost:8080/health\n').map((check) => check.run)).toEqual(['make smoke', 'curl -fsS localhost:8080/health']);
    expect(parseHealthChecks('')).toEqual([]);
  });

  test.each([
    ['- expect-exit: 0\n', 'without a `run:` command'],
    ['- run: x\n  expect-exit: 300\n', 'expect-exit outside 0..255'],
    ['- run: x\n  timeout: 5\n', 'unknown key(s) timeout'],
    ['- run: x\n  timeout-seconds: 0\n', 'timeout-seconds outside'],
  ])('%j is a usage error naming the problem', (text, problem) => {
    expect(() => parseHealthChecks(text)).toThrow(problem);
  });

  test('exit code and output are checked; a command past its timeout is killed with its children', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'gates-health-'));
    expect(await runHealthCheck({ run: 'echo all good', expectExit: 0, expectOutput: 'good', timeoutMs: 10_000 }, cwd, process.env)).toMatchObject({ passed: true, exitCode: 0 });
    expect(await runHealthCheck({ run: 'echo nope; exit 1', expectExit: 0, timeoutMs: 10_000 }, cwd, process.env)).toMatchObject({ passed: false, reason: 'exited 1, expected 0' });
    expect(await runHealthCheck({ run: 'echo nope', expectExit: 0, expectOutput: 'good', timeoutMs: 10_000 }, cwd, process.env)).toMatchObject({ passed: false, reason: 'output does not contain the expected text' });
    const slow = await runHealthCheck({ run: 'sleep 30 & sleep 30', expectExit: 0, timeoutMs: 300 }, cwd, process.env);
    expect(slow).toMatchObject({ passed: false, timedOut: true });
    expect(slow.ms).toBeLessThan(10_000);
  });
});
