import { describe, expect, test } from '@jest/globals';
import { checkSharedFiles } from '../../actions/fs-lock-test/src/experiment/journal-check.js';
import type { PrimitiveMeasures } from '../../actions/fs-lock-test/src/experiment/run-primitive.js';
import { judge, recommend, type Judgement } from '../../actions/fs-lock-test/src/rules/verdict.js';
import { contentionMetrics, observedFailures, rowOf } from '../../actions/fs-lock-test/src/report/lock-metrics.js';

const record = (worker: number, seq: number, value: number) => `${String(worker).padStart(4, '0')} ${String(seq).padStart(8, '0')} ${String(value).padStart(12, '0')}\n`;
const clean: PrimitiveMeasures = {
  primitive: 'o_excl', acquisitions: 3, seconds: 1, waits: [0.1, 0.2, 5], lostUpdates: 0, tornRecords: 0, duplicateValues: 0,
  violations: 0, timeouts: 0, staleRecoveries: 1, recoveryMs: 12, recoveryViolations: 0, errors: [],
};

describe('fs-lock-test evidence and verdicts (pure)', () => {
  test('the shared files show lost updates, torn and duplicate records', () => {
    expect(checkSharedFiles('00000000000000000003', record(0, 0, 1) + record(1, 0, 2) + record(0, 1, 3), 3)).toEqual({ lostUpdates: 0, tornRecords: 0, duplicateValues: 0 });
    const journal = record(0, 0, 1) + record(1, 0, 1) + record(0, 1, 2).slice(0, 10);
    expect(checkSharedFiles('00000000000000000002', journal, 3)).toEqual({ lostUpdates: 1, tornRecords: 2, duplicateValues: 1 });
  });

  test('SAFE only on a clean run with a SIGKILL takeover; any observed failure is UNSAFE with its evidence; a refused primitive is UNSUPPORTED', () => {
    expect(judge(clean, 5000).verdict).toBe('SAFE');
    expect(judge({ ...clean, lostUpdates: 2 }, 5000)).toEqual({ verdict: 'UNSAFE', reasons: ['2 lost update(s) of 3'] });
    expect(judge({ ...clean, recoveryMs: undefined }, 5000).reasons).toEqual(['nobody took over from a SIGKILLed holder']);
    expect(judge({ ...clean, recoveryViolations: 1 }, 5000).verdict).toBe('UNSAFE');
    expect(judge({ ...clean, unsupported: 'flock: No locks available' }, 5000)).toEqual({ verdict: 'UNSUPPORTED', reasons: ['flock: No locks available'] });
  });

  test('the experiment\'s own I/O errors with nothing unsafe observed are INCONCLUSIVE, never UNSAFE or SAFE; with an observed failure UNSAFE', () => {
    const eio = { ...clean, recoveryMs: undefined, errors: ['OSError: [Errno 5] Input/output error'] };
    expect(judge(eio, 5000)).toEqual({ verdict: 'INCONCLUSIVE', reasons: ["the experiment's own file operations failed (1 error(s)), nothing unsafe observed", 'error: OSError: [Errno 5] Input/output error'] });
    expect(judge({ ...eio, violations: 3 }, 5000).verdict).toBe('UNSAFE');
    expect(recommend(new Map([['o_excl', judge(eio, 5000)]]))).toBeUndefined();
  });

  test('the recommendation is the first SAFE primitive in preference order; none when nothing is safe', () => {
    const safe: Judgement = { verdict: 'SAFE', reasons: [] };
    const unsafe: Judgement = { verdict: 'UNSAFE', reasons: ['x'] };
    expect(recommend(new Map([['o_excl', unsafe], ['mkdir', safe], ['link', safe]]))).toBe('link');
    expect(recommend(new Map([['o_excl', unsafe], ['flock', { verdict: 'UNSUPPORTED', reasons: [] }]]))).toBeUndefined();
  });

  test('metrics: one flat incident per primitive and kind', () => {
    const rows = [rowOf({ ...clean, lostUpdates: 2, violations: 1 }, judge({ ...clean, lostUpdates: 2, violations: 1 }, 5000))];
    expect(rows[0]!.waitMs).toEqual({ p50: 0.2, p99: 5, max: 5 });
    const metrics = contentionMetrics('nfs4', rows, '2026-01-01T00:00:00.000Z');
    expect(metrics.total).toBe(4);
    expect(metrics.incidents.map((incident) => incident.kind)).toEqual(['lostUpdates', 'violations', 'staleRecoveries']);
    // The metrics line counts failures only: the SIGKILL experiment's stale recovery is the lock working.
    expect(observedFailures(rows)).toBe(3);
  });
});
