import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { anchorMatches, hashRecord, keyedAnchor, nextRecord, verifyLedgerText, type LedgerRecord } from '@gates/core';

/**
 * T-009: every tampering of a 100-record ledger is detected given the head
 * published elsewhere (and, for a ledger re-hashed whole, the keyed anchor
 * with its key), and the first bad record is named. Counts per kind are
 * printed.
 */
const KEY = 'anchor-key-for-tests-0123456789';
const RUNS_PER_KIND = 1430; // 7 kinds: 10,010 tamperings

function ledger(count: number): LedgerRecord[] {
  const records: LedgerRecord[] = [];
  for (let index = 0; index < count; index++) {
    const event = { action: ['pin-check', 'perf-sla', 'rbac-guard'][index % 3], verdict: index % 5 ? 'pass' : 'fail', sha: 'a'.repeat(40), n: index };
    records.push(nextRecord(records[index - 1], event, new Date(1_700_000_000_000 + index * 1000).toISOString(), 0, { run: '42', job: 'build', step: `s${index}`, mono: 1000 + index }));
  }
  return records;
}

const RECORDS = ledger(100);
const HEAD = RECORDS[99]!.hash;
const ANCHOR = keyedAnchor(HEAD, KEY);
const text = (lines: readonly string[]) => lines.map((line) => `${line}\n`).join('');
const LINES = RECORDS.map((record) => JSON.stringify(record));

/** A record a forger could write: valid shape, hash recomputed, linked to the record before it. */
function forge(previous: LedgerRecord | undefined, salt: number): LedgerRecord {
  const partial = { lamport: (previous?.lamport ?? 0) + 1, time: new Date(0).toISOString(), prev: previous?.hash ?? '0'.repeat(64), event: { action: 'pin-check', verdict: 'pass', forged: salt } };
  return { ...partial, hash: hashRecord(partial) };
}

type Case = { lines: string[]; expectedLine?: number; head?: string; anchor?: string };

const kinds: Record<string, fc.Arbitrary<Case>> = {
  'edit a byte': fc.tuple(fc.nat(text(LINES).length - 1), fc.integer({ min: 32, max: 126 })).map(([offset, code]) => {
    const original = text(LINES);
    const replacement = String.fromCharCode(code === original.charCodeAt(offset) ? (code === 126 ? 32 : code + 1) : code);
    const edited = original.slice(0, offset) + replacement + original.slice(offset + 1);
    const lines = edited.split('\n');
    const complete = lines[lines.length - 1] === '';
    if (complete) lines.pop();
    return { lines: complete ? lines : lines, expectedLine: original.slice(0, offset).split('\n').length, raw: edited } as Case & { raw: string };
  }),
  delete: fc.integer({ min: 1, max: 100 }).map((line) => ({ lines: LINES.filter((_, index) => index !== line - 1), expectedLine: line })),
  'insert a forged record': fc.tuple(fc.integer({ min: 1, max: 100 }), fc.nat()).map(([line, salt]) => {
    const lines = [...LINES];
    lines.splice(line - 1, 0, JSON.stringify(forge(RECORDS[line - 2], salt)));
    return { lines, expectedLine: line };
  }),
  reorder: fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 })).filter(([a, b]) => a !== b).map(([a, b]) => {
    const lines = [...LINES];
    [lines[a - 1], lines[b - 1]] = [lines[b - 1]!, lines[a - 1]!];
    return { lines, expectedLine: Math.min(a, b) };
  }),
  duplicate: fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 101 })).map(([record, at]) => {
    const lines = [...LINES];
    lines.splice(at - 1, 0, LINES[record - 1]!);
    // A copy put just before its original is the original's twin: the second of the two is the extra one.
    return { lines, expectedLine: at === record ? record + 1 : at };
  }),
  truncate: fc.integer({ min: 0, max: 99 }).map((keep) => ({ lines: LINES.slice(0, keep), expectedLine: keep + 1 })),
  're-hash everything': fc.tuple(fc.integer({ min: 1, max: 100 }), fc.nat(), fc.boolean()).map(([from, salt, publishNewHead]) => {
    const rewritten = RECORDS.slice(0, from - 1);
    for (let index = from - 1; index < 100; index++) {
      const event = index === from - 1 ? { ...RECORDS[index]!.event, verdict: 'pass', rewritten: salt } : RECORDS[index]!.event;
      rewritten.push(nextRecord(rewritten[index - 1], event, RECORDS[index]!.time));
    }
    const newHead = rewritten[99]!.hash;
    // Whoever re-hashes can publish the new head too; without the key, not a matching anchor.
    return { lines: rewritten.map((record) => JSON.stringify(record)), head: publishNewHead ? newHead : HEAD, anchor: publishNewHead ? keyedAnchor(newHead, `guessed-${salt}`) : ANCHOR };
  }),
};

describe('tampering with a 100-record ledger (T-009)', () => {
  test('the untouched ledger verifies against its head and anchor', () => {
    expect(verifyLedgerText(text(LINES), { givenHead: HEAD })).toMatchObject({ ok: true, count: 100, afterGivenHead: 0 });
    expect(anchorMatches(HEAD, ANCHOR, KEY)).toBe(true);
  });

  test(`${RUNS_PER_KIND * Object.keys(kinds).length} random tamperings: every one detected, the first bad record named`, () => {
    const counts: Record<string, { tried: number; detected: number; named: number }> = {};
    for (const [kind, arbitrary] of Object.entries(kinds)) {
      const count = (counts[kind] = { tried: 0, detected: 0, named: 0 });
      fc.assert(
        fc.property(arbitrary, (tampered) => {
          count.tried++;
          const raw = (tampered as Case & { raw?: string }).raw ?? text(tampered.lines);
          const head = tampered.head ?? HEAD;
          const anchorHolds = anchorMatches(head, tampered.anchor ?? ANCHOR, KEY);
          const result = verifyLedgerText(raw, { givenHead: head });
          const detected = !anchorHolds || !result.ok;
          if (detected) count.detected++;
          if (tampered.expectedLine === undefined) {
            // A rewrite from the given head's point of view: the head (or its anchor) no longer matches.
            if (!anchorHolds || (!result.ok && /given head/.test(result.reason))) count.named++;
          } else if (!result.ok && result.line === tampered.expectedLine) count.named++;
          return detected && (tampered.expectedLine === undefined || (!result.ok && result.line === tampered.expectedLine));
        }),
        { numRuns: RUNS_PER_KIND, seed: 18, endOnFailure: true },
      );
    }
    console.log(`tamperings detected / named, per kind:\n${Object.entries(counts).map(([kind, c]) => `  ${kind.padEnd(24)} ${c.detected}/${c.tried} detected, ${c.named}/${c.tried} first bad record named`).join('\n')}`);
    const total = Object.values(counts).reduce((sum, c) => sum + c.tried, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    for (const c of Object.values(counts)) expect(c.detected).toBe(c.tried);
  });
});
