import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENESIS_HASH, headOf, hashRecord, nextRecord, verifyLedgerText, type LedgerHead, type LedgerRecord, type VerifyResult } from '@gates/core';
import { runCli } from '../harness/run-cli.js';
import { CheckCounter } from './leak-search.js';
import { makeWorkspace } from '../harness/workspace.js';

// Tamperings of a 30-record ledger, each kind with its expected outcome: detected at the first bad line
// (given the head file), or — where whoever tampered also rewrote or deleted the head — detected given a
// head published elsewhere (--head) or when an anchor is required. The count per kind is printed.
const SIZE = 30;
const RUNS = 100;
const counter = new CheckCounter();

afterAll(() => console.log(counter.report('ledger tamperings detected (a 30-record ledger), per kind')));

function ledger(size = SIZE): LedgerRecord[] {
  const records: LedgerRecord[] = [];
  for (let i = 0; i < size; i++) {
    records.push(nextRecord(records[i - 1], { action: i % 3 ? 'pin-check' : 'rbac-guard', verdict: i % 4 ? 'pass' : 'fail', sha: `${i}`.padStart(40, 'a'), run_id: String(1000 + i) }, `2026-12-01T10:00:${String(i % 60).padStart(2, '0')}Z`));
  }
  return records;
}

const ORIGINAL = ledger();
const HEAD = headOf(ORIGINAL);
const text = (lines: string[]) => `${lines.join('\n')}\n`;
const lines = (records: readonly LedgerRecord[]) => records.map((record) => JSON.stringify(record));

/** The verdict `gates audit verify --require-anchor` gives: an unanchored ledger fails too. */
function detected(result: VerifyResult, requireAnchor = false): boolean {
  return !result.ok || (requireAnchor && result.anchor.kind === 'unanchored');
}

function expectDetected(kind: string, result: VerifyResult, line?: number, requireAnchor = false): void {
  expect(detected(result, requireAnchor)).toBe(true);
  if (line !== undefined && !result.ok) expect(result.line).toBe(line);
  counter.add(kind);
}

const index = fc.integer({ min: 0, max: SIZE - 1 });
const check = <T extends unknown[]>(property: fc.IProperty<T>) => fc.assert(property, { numRuns: RUNS, seed: 22 });

describe('every tampering of the ledger is detected, at the first bad record', () => {
  test('a byte edited anywhere in a record', () => {
    check(fc.property(index, fc.nat(), fc.integer({ min: 33, max: 126 }), (at, offset, code) => {
      const changed = lines(ORIGINAL);
      const line = changed[at]!;
      const position = offset % line.length;
      if (line.charCodeAt(position) === code) return;
      changed[at] = line.slice(0, position) + String.fromCharCode(code) + line.slice(position + 1);
      expectDetected('edit a byte', verifyLedgerText(text(changed), { head: HEAD }), at + 1);
    }));
  });

  test('a record deleted (the last one: truncation, seen against the head)', () => {
    check(fc.property(index, (at) => {
      const changed = lines(ORIGINAL);
      changed.splice(at, 1);
      expectDetected('delete a record', verifyLedgerText(text(changed), { head: HEAD }), at + 1);
    }));
  });

  test('a forged record inserted with a recomputed hash and a fitting Lamport counter', () => {
    check(fc.property(index, (at) => {
      const forged = nextRecord(ORIGINAL[at - 1], { action: 'pin-check', verdict: 'pass', sha: 'f'.repeat(40) }, '2026-12-01T11:00:00Z');
      const changed = lines(ORIGINAL);
      changed.splice(at, 0, JSON.stringify(forged));
      expectDetected('insert a forged record', verifyLedgerText(text(changed), { head: HEAD }), at + 2);
    }));
  });

  test('two records swapped', () => {
    check(fc.property(index, index, (a, b) => {
      if (a === b) return;
      const changed = lines(ORIGINAL);
      [changed[a], changed[b]] = [changed[b]!, changed[a]!];
      expectDetected('reorder', verifyLedgerText(text(changed), { head: HEAD }), Math.min(a, b) + 1);
    }));
  });

  test('a record duplicated', () => {
    check(fc.property(index, (at) => {
      const changed = lines(ORIGINAL);
      changed.splice(at + 1, 0, changed[at]!);
      expectDetected('duplicate', verifyLedgerText(text(changed), { head: HEAD }), at + 2);
    }));
  });

  test('the tail cut off (the head names records that are gone)', () => {
    check(fc.property(fc.integer({ min: 0, max: SIZE - 1 }), (keep) => {
      expectDetected('truncate', verifyLedgerText(text(lines(ORIGINAL.slice(0, keep))), { head: HEAD }), keep + 1);
    }));
  });

  test('a field added to a record beside the hashed ones', () => {
    check(fc.property(index, fc.string({ minLength: 1, maxLength: 8 }), (at, name) => {
      if (['lamport', 'time', 'prev', 'event', 'hash'].includes(name)) return;
      const changed = lines(ORIGINAL);
      changed[at] = JSON.stringify({ ...ORIGINAL[at], [name]: 'smuggled' });
      expectDetected('add a top-level field', verifyLedgerText(text(changed), { head: HEAD }), at + 1);
    }));
  });

  test("the head's Lamport counter or hash edited", () => {
    check(fc.property(fc.integer({ min: 1, max: 1000 }), fc.boolean(), (delta, lamport) => {
      const head: LedgerHead = lamport ? { ...HEAD, lamport: HEAD.lamport + delta } : { ...HEAD, hash: hashRecord({ ...ORIGINAL[SIZE - 1]!, time: `${delta}` }) };
      expectDetected('edit the head', verifyLedgerText(text(lines(ORIGINAL)), { head }), SIZE);
    }));
  });

  test('the tail cut off and the head deleted or nulled: unanchored, which fails when an anchor is required', () => {
    check(fc.property(fc.integer({ min: 1, max: SIZE - 1 }), fc.constantFrom('there is no head file', 'the head file holds no head'), (keep, why) => {
      const result = verifyLedgerText(text(lines(ORIGINAL.slice(0, keep))), { head: why });
      expect(result).toMatchObject({ ok: true, anchor: { kind: 'unanchored' } });
      expectDetected('truncate and delete the head', result, undefined, true);
    }));
  });

  test('everything re-hashed after an edit, head rewritten to match: detected given the published head (--head)', () => {
    check(fc.property(index, (at) => {
      const rewritten: LedgerRecord[] = [];
      ORIGINAL.forEach((record, i) => rewritten.push(nextRecord(rewritten[i - 1], i === at ? { ...record.event, verdict: record.event.verdict === 'pass' ? 'fail' : 'pass' } : record.event, record.time)));
      const result = verifyLedgerText(text(lines(rewritten)), { head: headOf(rewritten), givenHead: HEAD.hash });
      expectDetected('re-hash everything', result, SIZE + 1);
    }));
  });

  test('a forged record appended after the head is flagged (not silently intact); with --head the published prefix still verifies', () => {
    check(fc.property(fc.integer({ min: 1, max: 3 }), (extra) => {
      const forged = [...ORIGINAL];
      for (let i = 0; i < extra; i++) forged.push(nextRecord(forged[forged.length - 1], { gate: 'qa', verdict: 'pass', sha: 'f'.repeat(40) }, '2026-12-01T12:00:00Z'));
      const result = verifyLedgerText(text(lines(forged)), { head: HEAD, givenHead: HEAD.hash });
      expect(result).toMatchObject({ ok: true, anchor: { kind: 'beyond-head', extra }, afterGivenHead: extra });
      counter.add('append after the head (flagged)');
    }));
  });

  test('an empty ledger whose head names records is truncation; genesis is a valid published head', () => {
    expectDetected('truncate', verifyLedgerText('', { head: HEAD }), 1);
    expect(verifyLedgerText(text(lines(ORIGINAL)), { givenHead: GENESIS_HASH })).toMatchObject({ ok: true, afterGivenHead: SIZE });
  });
});

describe('the same through `gates audit verify`', () => {
  const write = (records: readonly LedgerRecord[], head: LedgerHead | 'null' | undefined) => {
    const file = join(makeWorkspace({}), 'ledger.jsonl');
    writeFileSync(file, text(lines(records)));
    if (head === undefined) rmSync(`${file}.head`, { force: true });
    else writeFileSync(`${file}.head`, head === 'null' ? 'null' : JSON.stringify(head));
    return file;
  };

  test('truncation is exit 1 naming the line; with the head deleted it is a warning, and exit 1 with --require-anchor or --head', async () => {
    const cut = ORIGINAL.slice(0, 20);
    const truncated = await runCli(['audit', 'verify', write(cut, HEAD)]);
    expect(truncated.code).toBe(1);
    expect(truncated.stderr).toContain('GATES_E_LEDGER_TAMPERED');
    expect(truncated.stderr).toContain('head says 30 record(s), file has 20 (truncated)');

    for (const head of [undefined, 'null'] as const) {
      const file = write(cut, head);
      const lenient = await runCli(['audit', 'verify', file]);
      expect({ code: lenient.code, stdout: lenient.stdout }).toEqual({ code: 0, stdout: expect.stringContaining('(unanchored)') });
      expect(lenient.stderr).toContain('warning: not anchored');
      const strict = await runCli(['audit', 'verify', file, '--require-anchor']);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toContain('GATES_E_LEDGER_UNANCHORED');
      const published = await runCli(['audit', 'verify', file, '--head', HEAD.hash]);
      expect(published.code).toBe(1);
      expect(published.stderr).toContain('is not a record of this ledger');
    }
  });
});
