import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENESIS_HASH, Ledger, LockfileLock, nextRecord, Redactor, verifyLedgerFile, verifyLedgerText, type LedgerRecord } from '@gates/core';
import { makeWorkspace } from '../harness/workspace.js';

function chain(count: number): string[] {
  const lines: string[] = [];
  let previous: LedgerRecord | undefined;
  for (let i = 0; i < count; i++) {
    previous = nextRecord(previous, { action: 'pin-check', verdict: i % 2 ? 'pass' : 'fail', run: i }, `2026-11-25T00:00:0${i % 10}Z`);
    lines.push(JSON.stringify(previous));
  }
  return lines;
}

describe('hash chain verification', () => {
  const lines = chain(6);
  const verify = (l: string[]) => verifyLedgerText(`${l.join('\n')}\n`);

  test('an intact chain verifies', () => {
    expect(verify(lines)).toMatchObject({ ok: true, count: 6 });
    expect(JSON.parse(lines[0]!).prev).toBe(GENESIS_HASH);
  });

  test('an edited record fails at its line', () => {
    const edited = [...lines];
    edited[2] = edited[2]!.replace('"verdict":"fail"', '"verdict":"pass"');
    expect(verify(edited)).toEqual({ ok: false, line: 3, reason: 'content does not match its hash (edited)' });
  });

  test('a deleted, reordered or inserted record fails at the first line out of place', () => {
    expect(verify([...lines.slice(0, 3), ...lines.slice(4)])).toMatchObject({ ok: false, line: 4 });
    expect(verify([lines[0]!, lines[2]!, lines[1]!, ...lines.slice(3)])).toMatchObject({ ok: false, line: 2 });
    const forged = nextRecord(JSON.parse(lines[1]!), { action: 'forged' }, '2026-11-25T00:00:00Z');
    expect(verify([lines[0]!, lines[1]!, JSON.stringify(forged), ...lines.slice(2)])).toMatchObject({ ok: false, line: 4 });
  });

  test('truncation shows against the head', () => {
    const head = { lamport: 6, hash: JSON.parse(lines[5]!).hash, count: 6 };
    expect(verifyLedgerText(`${lines.slice(0, 4).join('\n')}\n`, { head })).toMatchObject({ ok: false, line: 5, reason: expect.stringContaining('truncated') });
  });

  test('property: any single-record mutation, deletion or swap is detected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom('edit', 'delete', 'swap'), (i, j, kind) => {
        let changed = [...lines];
        if (kind === 'edit') changed[i] = changed[i]!.replace(/"run":\d+/, `"run":${100 + i}`);
        if (kind === 'delete') changed.splice(i, 1);
        if (kind === 'swap') {
          if (i === j) return;
          [changed[i], changed[j]] = [changed[j]!, changed[i]!];
        }
        const head = { lamport: 6, hash: JSON.parse(lines[5]!).hash, count: 6 };
        changed = changed.filter(Boolean);
        expect(verifyLedgerText(`${changed.join('\n')}\n`, { head }).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Ledger on disk', () => {
  test('appends records under the lock, verifies, never stores secrets, and refuses to extend a tampered file', async () => {
    const root = makeWorkspace({});
    const redactor = new Redactor();
    redactor.addSecret('ghp_supersecretvalue123');
    const ledger = new Ledger(join(root, 'audit', 'ledger.jsonl'), new LockfileLock(join(root, 'locks')), { redactor });
    const first = await ledger.append({ action: 'rbac-guard', note: 'token ghp_supersecretvalue123' });
    const second = await ledger.append({ action: 'pin-check' }, 41);
    expect(first.lamport).toBe(1);
    expect(second.lamport).toBe(42);
    expect(second.prev).toBe(first.hash);
    const text = readFileSync(ledger.file, 'utf8');
    expect(text).not.toContain('ghp_supersecretvalue123');
    expect(await verifyLedgerFile(ledger.file)).toMatchObject({ ok: true, count: 2 });

    writeFileSync(ledger.file, text.replace('rbac-guard', 'rbac-guarD'));
    await expect(ledger.append({ action: 'x' })).rejects.toMatchObject({ code: 'GATES_E_LEDGER_TAMPERED' });
  });

  test('concurrent appends from one process keep a single unbroken chain', async () => {
    const root = makeWorkspace({});
    const ledger = new Ledger(join(root, 'ledger.jsonl'), new LockfileLock(join(root, 'locks')));
    await Promise.all(Array.from({ length: 20 }, (_, i) => ledger.append({ i })));
    expect(await verifyLedgerFile(ledger.file)).toMatchObject({ ok: true, count: 20 });
  });

  test('a missing ledger file is a clear error', async () => {
    await expect(verifyLedgerFile(join(makeWorkspace({}), 'nope.jsonl'))).rejects.toMatchObject({ code: 'GATES_E_FILE_NOT_FOUND', exitCode: 2 });
  });
});

describe('ledger head: anchored, unanchored, adopted', () => {
  async function ledgerWith(count: number, options: { requireAnchor?: boolean } = {}) {
    const root = makeWorkspace({});
    const notices: string[] = [];
    const ledger = new Ledger(join(root, 'audit', 'ledger.jsonl'), new LockfileLock(join(root, 'locks')), { ...options, onNotice: (notice) => notices.push(notice) });
    for (let i = 0; i < count; i++) await ledger.append({ action: 'pin-check', verdict: 'pass', i });
    return { ledger, notices, head: `${ledger.file}.head` };
  }

  test('the head is written from the first append on and names count, hash and Lamport counter', async () => {
    const { ledger, head } = await ledgerWith(2);
    const last = JSON.parse(readFileSync(ledger.file, 'utf8').trim().split('\n')[1]!) as LedgerRecord;
    expect(JSON.parse(readFileSync(head, 'utf8'))).toEqual({ count: 2, hash: last.hash, lamport: last.lamport });
    expect(await verifyLedgerFile(ledger.file)).toMatchObject({ ok: true, count: 2, anchor: { kind: 'anchored' } });
  });

  test.each([
    ['deleted', (head: string) => rmSync(head)],
    ['null', (head: string) => writeFileSync(head, 'null')],
    ['`{}`', (head: string) => writeFileSync(head, '{}')],
  ])('a %s head verifies as unanchored, not intact; an append re-anchors it with a notice, or fails when an anchor is required', async (_kind, spoil) => {
    const { ledger, head } = await ledgerWith(3);
    spoil(head);
    expect(await verifyLedgerFile(ledger.file)).toMatchObject({ ok: true, anchor: { kind: 'unanchored' } });
    const strict = new Ledger(ledger.file, new LockfileLock(join(ledger.file, '..', '..', 'locks')), { requireAnchor: true });
    await expect(strict.append({ x: 1 })).rejects.toMatchObject({ code: 'GATES_E_LEDGER_UNANCHORED', exitCode: 1 });
    await expect(strict.readVerified()).rejects.toMatchObject({ code: 'GATES_E_LEDGER_UNANCHORED' });
    const notices: string[] = [];
    const lenient = new Ledger(ledger.file, new LockfileLock(join(ledger.file, '..', '..', 'locks')), { onNotice: (notice) => notices.push(notice) });
    await lenient.append({ x: 2 });
    expect(notices).toEqual([expect.stringContaining('has 3 record(s) but no valid head')]);
    expect(await verifyLedgerFile(ledger.file)).toMatchObject({ ok: true, count: 4, anchor: { kind: 'anchored' } });
  });

  test("the head's Lamport counter is checked", async () => {
    const { ledger, head } = await ledgerWith(2);
    const value = JSON.parse(readFileSync(head, 'utf8'));
    writeFileSync(head, JSON.stringify({ ...value, lamport: value.lamport + 5 }));
    expect(await verifyLedgerFile(ledger.file)).toMatchObject({ ok: false, reason: expect.stringContaining("Lamport counter") });
    await expect(ledger.append({ x: 1 })).rejects.toMatchObject({ code: 'GATES_E_LEDGER_TAMPERED' });
  });

  test('a record with an unknown top-level field (which the hash does not cover) is rejected', () => {
    const [first] = chain(1);
    const record = { ...JSON.parse(first!), extra: 'smuggled' };
    expect(verifyLedgerText(`${JSON.stringify(record)}\n`)).toEqual({ ok: false, line: 1, reason: expect.stringContaining('unknown field "extra"') });
  });

  test('records beyond the head (a writer killed between its two writes) are adopted by the next append, with a notice', async () => {
    const { ledger, head, notices } = await ledgerWith(2);
    const before = readFileSync(head, 'utf8');
    await ledger.append({ i: 2 });
    writeFileSync(head, before);
    expect(await verifyLedgerFile(ledger.file)).toMatchObject({ ok: true, count: 3, anchor: { kind: 'beyond-head', extra: 1 } });
    await ledger.append({ i: 3 });
    expect(notices).toEqual([expect.stringContaining('adopted 1 record(s) written after its head')]);
    expect(await verifyLedgerFile(ledger.file)).toMatchObject({ ok: true, count: 4, anchor: { kind: 'anchored' } });
  });

  test('an incomplete last line beyond the head is cut off by the next append; one the head counts is tampering', async () => {
    const { ledger, notices } = await ledgerWith(2);
    appendFileSync(ledger.file, '{"lamport":3,"time":"2026-');
    expect(await verifyLedgerFile(ledger.file)).toMatchObject({ ok: true, count: 2, incompleteLine: 3 });
    const head = JSON.parse(readFileSync(`${ledger.file}.head`, 'utf8'));
    expect(verifyLedgerText(readFileSync(ledger.file, 'utf8'), { head: { ...head, count: 3 } })).toMatchObject({ ok: false, line: 3, reason: expect.stringContaining('the head counts it') });
    await ledger.append({ i: 2 });
    expect(notices).toEqual([expect.stringContaining('removed an incomplete last record (line 3)')]);
    expect(await verifyLedgerFile(ledger.file)).toMatchObject({ ok: true, count: 3 });
  });

  test('--head: a published head must be a record of the ledger; records after it are counted', async () => {
    const { ledger } = await ledgerWith(3);
    const hashes = readFileSync(ledger.file, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as LedgerRecord).hash);
    expect(await verifyLedgerFile(ledger.file, hashes[1])).toMatchObject({ ok: true, afterGivenHead: 1 });
    expect(await verifyLedgerFile(ledger.file, 'f'.repeat(64))).toMatchObject({ ok: false, reason: expect.stringContaining('is not a record of this ledger') });
  });
});
