import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { highestLamport, mergeRecords, nextRecord, type LedgerRecord } from '@gates/core';

/**
 * T-010: simulated runners append, publish segments and restore others'
 * segments in random interleavings. Happened-before is tracked with vector
 * clocks beside the records (a runner that restores a segment has seen
 * everything in it); every merge must put each record after all that
 * happened before it, and the same set of segments, in any order and with
 * repeats, must merge to the same sequence.
 */
type Step = { kind: 'append' | 'publish'; runner: number } | { kind: 'restore'; runner: number; pick: number[] };

interface Runner {
  last?: LedgerRecord;
  observed: number;
  clock: number[];
  unpublished: LedgerRecord[];
}

function simulate(runners: number, steps: readonly Step[]) {
  const state: Runner[] = Array.from({ length: runners }, () => ({ observed: 0, clock: Array(runners).fill(0), unpublished: [] }));
  const clocks = new Map<string, number[]>();
  const segments: LedgerRecord[][] = [];
  let tick = 0;
  for (const step of steps) {
    const runner = state[step.runner % runners]!;
    if (step.kind === 'append') {
      runner.clock[step.runner % runners]!++;
      // Same wall-clock time for every record: the order must not need it.
      const record = nextRecord(runner.last, { runner: step.runner % runners, n: tick++ }, '2026-12-03T00:00:00.000Z', runner.observed, { job: `job-${step.runner % runners}`, mono: tick });
      clocks.set(record.hash, [...runner.clock]);
      runner.last = record;
      runner.unpublished.push(record);
    } else if (step.kind === 'publish') {
      if (runner.unpublished.length) segments.push(runner.unpublished.splice(0));
    } else if (step.kind === 'restore') {
      for (const index of step.pick) {
        const segment = segments[index % Math.max(segments.length, 1)];
        if (!segment) continue;
        runner.observed = Math.max(runner.observed, highestLamport(segment));
        for (const record of segment) runner.clock = runner.clock.map((value, at) => Math.max(value, clocks.get(record.hash)![at]!));
      }
    }
  }
  for (const runner of state) if (runner.unpublished.length) segments.push(runner.unpublished.splice(0));
  return { segments, clocks };
}

const happenedBefore = (a: number[], b: number[]) => a.every((value, index) => value <= b[index]!) && a.some((value, index) => value < b[index]!);

const stepArbitrary = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), runner: fc.nat(7) }),
  fc.record({ kind: fc.constant('publish' as const), runner: fc.nat(7) }),
  fc.record({ kind: fc.constant('restore' as const), runner: fc.nat(7), pick: fc.array(fc.nat(50), { maxLength: 4 }) }),
);

describe('merging segments from many runners (T-010)', () => {
  test('every merge respects happened-before, and is the same for any order of segments, repeated or not', () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.array(stepArbitrary, { minLength: 1, maxLength: 80 }), fc.nat(), (runners, steps, seed) => {
        runs++;
        const { segments, clocks } = simulate(runners, steps);
        const merged = mergeRecords(segments);
        const position = new Map(merged.map((record, index) => [record.hash, index]));
        expect(merged.length).toBe(clocks.size);
        for (const a of merged) {
          for (const b of merged) {
            if (happenedBefore(clocks.get(a.hash)!, clocks.get(b.hash)!)) expect(position.get(a.hash)!).toBeLessThan(position.get(b.hash)!);
          }
        }
        // Shuffled, with some segments given twice: the same sequence.
        const shuffled = [...segments, ...segments.filter((_, index) => (index + seed) % 3 === 0)].sort((x, y) => ((x[0]!.hash + seed) < (y[0]!.hash + seed) ? 1 : -1));
        expect(mergeRecords(shuffled).map((record) => record.hash)).toEqual(merged.map((record) => record.hash));
        expect(mergeRecords([merged, ...segments]).map((record) => record.hash)).toEqual(merged.map((record) => record.hash));
      }),
      { numRuns: 300, seed: 10 },
    );
    console.log(`merge property: ${runs} simulated runs of 2-8 runners`);
  });

  test('a runner that restored a segment counts past it: its next record sorts after every record it saw', () => {
    const a1 = nextRecord(undefined, { a: 1 }, 't', 0, { job: 'a', mono: 1 });
    const a2 = nextRecord(a1, { a: 2 }, 't', 0, { job: 'a', mono: 2 });
    const b1 = nextRecord(undefined, { b: 1 }, 't', highestLamport([a1, a2]), { job: 'b', mono: 1 });
    expect(b1.lamport).toBe(3);
    expect(mergeRecords([[b1], [a1, a2]]).map((record) => record.event)).toEqual([{ a: 1 }, { a: 2 }, { b: 1 }]);
  });
});
