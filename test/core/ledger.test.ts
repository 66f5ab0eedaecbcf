import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
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
