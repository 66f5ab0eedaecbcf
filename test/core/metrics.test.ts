import { describe, expect, test } from '@jest/globals';
import { waiverMetrics } from '../../packages/core/src/waivers/run-waivers.js';
import { aggregateMetrics, escapeLabelValue, GatesError, metricRecord, nearestRank, renderPrometheus, type MetricRecord } from '@gates/core';
import { parseMetricsText } from '@gates/core/read-metrics';

const ENV = { GITHUB_REPOSITORY: 'octo/repo', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2', GITHUB_TOKEN: 'ghs_notInTheFile0123456789abcdefghij' };
const NOW = new Date('2026-12-03T12:00:00Z');

function run(action: string, verdict: MetricRecord['verdict'], durationMs: number, extras = {}): MetricRecord {
  return metricRecord({ action, verdict, exitCode: verdict === 'pass' ? 0 : 1, durationMs, env: ENV, now: NOW, extras });
}

describe('metrics lines', () => {
  test('a record names the run, counts findings by severity and waived, and keeps only the named numeric extras', () => {
    const record = metricRecord({
      action: 'pin-check',
      verdict: 'fail',
      exitCode: 1,
      durationMs: 1234.6,
      findings: [
        { ruleId: 'a', severity: 'error', message: 'm' },
        { ruleId: 'a', severity: 'warning', message: 'm', waived: { reason: 'r' } },
      ] as never,
      extras: { rollbacks: 1, 'lock-wait-ms': -5, note: 'free text' } as never,
      env: ENV,
      now: NOW,
    });
    expect(record).toEqual({
      schema: 1,
      time: '2026-12-03T12:00:00.000Z',
      action: 'pin-check',
      verdict: 'fail',
      'exit-code': 1,
      'duration-ms': 1235,
      findings: { error: 1, warning: 0, note: 0, waived: 1 },
      run: { repository: 'octo/repo', 'run-id': '7', 'run-attempt': '2' },
      rollbacks: 1,
    });
    expect(parseMetricsText(`${JSON.stringify(record)}\n\n`, 'm.jsonl')).toEqual([record]);
  });

  test('a bad line fails the whole file at its line, with the schema\'s reason', () => {
    const good = JSON.stringify(run('perf-sla', 'pass', 10));
    const text = [good, '{not json', JSON.stringify({ ...run('perf-sla', 'pass', 10), verdict: 'maybe' })].join('\n');
    let error: unknown;
    try {
      parseMetricsText(text, 'm.jsonl');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GatesError);
    expect((error as GatesError).code).toBe('GATES_E_METRICS_INVALID');
    expect((error as GatesError).message).toBe('Metrics file m.jsonl has 2 line(s) that are not gates metrics.');
    expect((error as GatesError).details.map((detail) => `${detail.location?.line}: ${detail.message}`)).toEqual(['2: not a JSON object', expect.stringMatching(/^3: \/verdict must be equal to one of the allowed values/)]);
  });
});

describe('waivers in every action\'s metrics line (the core applies them, so the core counts them)', () => {
  test('applied and expiring waivers count as approved, expired ones as expired; none, no field', () => {
    expect(waiverMetrics({ applied: 2, expiring: 1, expired: 1, stale: 3 })).toEqual({ 'waivers-approved': 3, 'waivers-expired': 1 });
    expect(waiverMetrics({ stale: 1 })).toEqual({});
    expect(run('pin-check', 'pass', 10, waiverMetrics({ applied: 1 }))['waivers-approved']).toBe(1);
  });
});

describe('aggregation', () => {
  test('nearest-rank percentiles are measured values', () => {
    const sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect([nearestRank(sorted, 0.5), nearestRank(sorted, 0.9), nearestRank(sorted, 0.99)]).toEqual([50, 90, 100]);
    expect(nearestRank([], 0.5)).toBe(0);
    expect(nearestRank([7], 0.01)).toBe(7);
  });

  test('runs, verdicts, pass rate, durations and extras per action, actions sorted', () => {
    const [perf, pins] = aggregateMetrics([run('pin-check', 'pass', 100), run('pin-check', 'fail', 300, { rollbacks: 2 }), run('pin-check', 'pass', 200), run('perf-sla', 'error', 50)]);
    expect(perf).toMatchObject({ action: 'perf-sla', runs: 1, passRate: 0, verdicts: { pass: 0, fail: 0, empty: 0, error: 1 } });
    expect(pins).toMatchObject({ action: 'pin-check', runs: 3, verdicts: { pass: 2, fail: 1, empty: 0, error: 0 }, durationMs: { sum: 600, p50: 200, p90: 300, p99: 300, max: 300 }, rollbacks: 2 });
    expect(pins!.passRate).toBeCloseTo(2 / 3);
  });
});

describe('Prometheus text exposition format', () => {
  const text = renderPrometheus(aggregateMetrics([run('pin-check', 'pass', 1500), run('pin-check', 'fail', 500)]));
  const lines = text.split('\n');

  test('each family has one HELP and one TYPE line before its samples, and the text ends with a line feed', () => {
    expect(text.endsWith('\n')).toBe(true);
    const families = lines.filter((line) => line.startsWith('# TYPE ')).map((line) => line.split(' ')[2]);
    expect(new Set(families).size).toBe(families.length);
    for (const family of families) {
      const help = lines.indexOf(lines.find((line) => line.startsWith(`# HELP ${family} `))!);
      const type = lines.indexOf(`# TYPE ${family} ${lines.find((line) => line.startsWith(`# TYPE ${family} `))!.split(' ')[3]}`);
      const first = lines.findIndex((line) => line.startsWith(`${family}{`) || line.startsWith(`${family}_sum{`));
      expect(help).toBeGreaterThanOrEqual(0);
      expect(help).toBeLessThan(first);
      expect(type).toBeLessThan(first);
    }
    // Every sample line: name{labels} value.
    for (const line of lines.filter((line) => line && !line.startsWith('#'))) expect(line).toMatch(/^[a-zA-Z_:][a-zA-Z0-9_:]*\{([a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*",?)*\} [0-9.e+-]+$/);
  });

  test('counters, the ratio and the duration summary', () => {
    expect(lines).toEqual(expect.arrayContaining([
      '# TYPE gates_gate_runs_total counter',
      'gates_gate_runs_total{action="pin-check",verdict="pass"} 1',
      'gates_gate_runs_total{action="pin-check",verdict="fail"} 1',
      'gates_gate_pass_ratio{action="pin-check"} 0.5',
      '# TYPE gates_gate_duration_seconds summary',
      'gates_gate_duration_seconds{action="pin-check",quantile="0.5"} 0.5',
      'gates_gate_duration_seconds{action="pin-check",quantile="0.99"} 1.5',
      'gates_gate_duration_seconds_sum{action="pin-check"} 2',
      'gates_gate_duration_seconds_count{action="pin-check"} 2',
    ]));
  });

  test('label values escape backslash, double quote and line feed', () => {
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
  });

  test('no runs, no families', () => {
    expect(renderPrometheus([])).toBe('');
  });
});
