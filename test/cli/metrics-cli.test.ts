import { describe, expect, test } from '@jest/globals';
import { metricRecord } from '@gates/core';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

const line = (action: string, verdict: 'pass' | 'fail', durationMs: number) => JSON.stringify(metricRecord({ action, verdict, exitCode: verdict === 'pass' ? 0 : 1, durationMs, env: {}, now: new Date('2026-12-03T12:00:00Z') }));

describe('gates metrics', () => {
  const dir = makeWorkspace({
    'run1.jsonl': `${line('pin-check', 'pass', 1000)}\n${line('perf-sla', 'fail', 3000)}\n`,
    'run2.jsonl': `${line('pin-check', 'fail', 2000)}\n`,
    'bad.jsonl': `${line('pin-check', 'pass', 1000)}\n{"schema":1}\n`,
    'empty.jsonl': '',
  });

  test('aggregates several runs\' files into one table', async () => {
    const run = await runCli(['metrics', 'run1.jsonl', 'run2.jsonl', '--no-color'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('| pin-check | 2 | 1 | 1 | 0 | 0 | 50.0% | 1.00s | 2.00s | 2.00s |');
    expect(run.stdout).toContain('| perf-sla | 1 | 0 | 1 | 0 | 0 | 0.0% | 3.00s | 3.00s | 3.00s |');
  });

  test('--format prometheus and --json', async () => {
    const prometheus = await runCli(['metrics', 'run1.jsonl', 'run2.jsonl', '--format', 'prometheus'], { cwd: dir });
    expect(prometheus.stdout).toContain('gates_gate_runs_total{action="pin-check",verdict="fail"} 1\n');
    const json = await runCli(['metrics', 'run1.jsonl', '--json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toMatchObject({ runs: 2, actions: [{ action: 'perf-sla' }, { action: 'pin-check', passRate: 1 }] });
  });

  test('a bad line, a file with no lines, a missing file and an unknown format are usage errors (exit 2)', async () => {
    const bad = await runCli(['metrics', 'bad.jsonl'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error GATES_E_METRICS_INVALID: Metrics file bad.jsonl has 1 line(s) that are not gates metrics.');
    expect(bad.stderr).toContain('bad.jsonl:2');
    expect((await runCli(['metrics', 'empty.jsonl'], { cwd: dir })).stderr).toContain('no metrics lines in empty.jsonl');
    expect((await runCli(['metrics', 'nope.jsonl'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['metrics', 'run1.jsonl', '--format', 'xml'], { cwd: dir })).stderr).toContain('unknown --format "xml"');
  });
});
