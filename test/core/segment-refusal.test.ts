import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildSegment,
  GENESIS_HASH,
  MAX_SEGMENT_ARTIFACT_BYTES,
  MAX_SEGMENT_FILE_BYTES,
  nextRecord,
  readSegmentHeader,
  StateSession,
  verifySegment,
  type Ledger,
  type LedgerRecord,
  type SegmentBinding,
  type SegmentStore,
} from '@gates/core';

/**
 * Issue 18 follow-up: refusing a segment must be cheap. With the key, the MAC
 * is checked over the fields it binds before any record is parsed, so a
 * segment whose records are not even JSON is refused for its signature, not
 * for a parse error (the proof that they were never parsed). And no restore
 * reads a segment.json, or downloads an artifact, over the limit.
 */
const KEY = 'segment-signing-key-of-the-gates-workflow-7f3a9c';
const NAME = 'gates-state-entrance.1a2b3c4d-1-pins';
const BINDING: SegmentBinding = { run: '4242', attempt: '1', repository: 'octo-org/octo-repo' };
const ENV = { GITHUB_RUN_ID: BINDING.run, GITHUB_RUN_ATTEMPT: BINDING.attempt, GITHUB_REPOSITORY: BINDING.repository };

function records(count: number): LedgerRecord[] {
  const list: LedgerRecord[] = [];
  for (let index = 0; index < count; index++) list.push(nextRecord(list[index - 1], { action: 'pin-check', verdict: 'pass', n: index }, 't', 0, { job: 'entrance', mono: index }));
  return list;
}

const signed = buildSegment(NAME, GENESIS_HASH, records(2), { key: KEY, binding: BINDING });

/** A segment's text with its records replaced by `body`, which no JSON parser accepts (brackets balanced, so a skim passes over it). */
function withRecords(segment: object, body: string): string {
  const text = JSON.stringify({ ...segment, records: ['RECORDS'] });
  return text.replace('["RECORDS"]', body);
}

const UNPARSABLE = `[${'{lamport: 1, not json @@@ '.repeat(1000)}${'}'.repeat(1000)}]`;

describe('verifySegment with the key: the MAC before the records', () => {
  const key = { key: KEY, binding: BINDING };

  test('a wrong MAC over unparsable records is refused for the MAC, not for a parse error', () => {
    const forged = withRecords({ ...signed, signature: { ...signed.signature!, mac: 'a'.repeat(64) } }, UNPARSABLE);
    expect(verifySegment(forged, { key })).toEqual({ ok: false, signature: true, reason: expect.stringContaining('MAC does not match') });
    // Without the key the records are all there is to check: a parse error.
    expect(verifySegment(forged)).toEqual({ ok: false, signature: false, reason: expect.stringContaining('not valid JSON') });
  });

  test('no MAC over unparsable records: unsigned', () => {
    const { signature: _signature, ...unsigned } = signed;
    expect(verifySegment(withRecords(unsigned, UNPARSABLE), { key })).toMatchObject({ ok: false, reason: expect.stringContaining('unsigned') });
  });

  test('a genuine signed segment verifies; a genuine header over other records fails the chain check', () => {
    expect(verifySegment(JSON.stringify(signed), { key, expectedName: NAME })).toMatchObject({ ok: true });
    const swapped = withRecords(signed, JSON.stringify(records(3).slice(0, 2).map((record) => ({ ...record, event: { forged: true } }))));
    expect(verifySegment(swapped, { key })).toMatchObject({ ok: false, signature: false });
  });

  test('a second head (JSON.parse keeps the last) after a genuine one is refused: the MAC covers what the parse uses', () => {
    const forgedRecords = records(5);
    const text = JSON.stringify(signed).replace(/}$/, `,"head":${JSON.stringify({ hash: forgedRecords[4]!.hash, count: 5, lamport: forgedRecords[4]!.lamport })}}`);
    expect(readSegmentHeader(text)).toEqual({ ok: false, reason: expect.stringContaining('not valid JSON') });
    expect(verifySegment(text, { key }).ok).toBe(false);
  });

  test('a binding left out is taken from the signature (gates audit merge outside a run); one given must match', () => {
    expect(verifySegment(JSON.stringify(signed), { key: { key: KEY, binding: {} } })).toMatchObject({ ok: true });
    expect(verifySegment(JSON.stringify(signed), { key: { key: KEY, binding: { run: '9' } } })).toMatchObject({ ok: false, reason: expect.stringContaining('not this run') });
  });

  test('the header reader skips strings holding brackets and quotes inside the records', () => {
    const tricky = buildSegment(NAME, GENESIS_HASH, [nextRecord(undefined, { text: 'a "quoted" ] } [ { \\ value' }, 't', 0, { mono: 0 })], { key: KEY, binding: BINDING });
    expect(verifySegment(JSON.stringify(tricky, null, 2), { key })).toMatchObject({ ok: true });
  });
});

describe('a keyed restore against segments any step of the run could upload', () => {
  async function restore(listed: { name: string; size?: number; text?: string }[], signingKey?: string) {
    const downloaded: string[] = [];
    const store: SegmentStore = {
      list: async () => listed.map(({ name, size }, index) => ({ id: index + 1, name, ...(size === undefined ? {} : { size }) })),
      download: async (id, into) => {
        downloaded.push(listed[id - 1]!.name);
        mkdirSync(into, { recursive: true });
        writeFileSync(join(into, 'segment.json'), listed[id - 1]!.text ?? '');
      },
      upload: async () => 'uploaded',
    };
    const stateRoot = mkdtempSync(join(tmpdir(), 'gates-segment-refusal-'));
    const warnings: string[] = [];
    try {
      const session = await StateSession.open({ stateRoot, store, env: ENV, timeoutMs: 60_000, warn: (message) => warnings.push(message), ...(signingKey ? { signingKey } : {}) }, { observe: () => undefined } as unknown as Ledger);
      return { session, warnings, downloaded };
    } finally {
      rmSync(stateRoot, { recursive: true, force: true });
    }
  }

  test('a forged segment with unparsable records is named for its signature; the genuine one is merged', async () => {
    const forged = withRecords({ ...signed, name: 'gates-state-forger-1-x', signature: { ...signed.signature!, mac: 'b'.repeat(64) } }, UNPARSABLE);
    const { session, warnings } = await restore([{ name: NAME, text: JSON.stringify(signed) }, { name: 'gates-state-forger-1-x', text: forged }], KEY);
    expect(session.failure).toBeUndefined();
    expect(session.restored.map((segment) => segment.name)).toEqual([NAME]);
    expect(session.rejected).toEqual([{ name: 'gates-state-forger-1-x', reason: expect.stringContaining('MAC does not match') }]);
    expect(warnings).toEqual([expect.stringContaining('State segment gates-state-forger-1-x is not signed for this run')]);
  });

  test('a segment.json over the limit is left out unread and named, with or without the key; the restore goes on', async () => {
    const huge = withRecords({ ...signed, name: 'gates-state-forger-1-huge' }, `[${' '.repeat(MAX_SEGMENT_FILE_BYTES)}]`);
    for (const key of [KEY, undefined]) {
      const { session, warnings } = await restore([{ name: NAME, text: JSON.stringify(signed) }, { name: 'gates-state-forger-1-huge', text: huge }], key);
      expect(session.failure).toBeUndefined();
      expect(session.restored.map((segment) => segment.name)).toEqual([NAME]);
      expect(session.rejected).toEqual([{ name: 'gates-state-forger-1-huge', reason: 'segment.json is over the 8 MiB limit of a segment (not read)' }]);
      expect(warnings.join('\n')).toContain('State segment gates-state-forger-1-huge cannot be read');
    }
  });

  test('an artifact the service lists as over the limit is not downloaded at all', async () => {
    const { session, downloaded } = await restore([{ name: NAME, text: JSON.stringify(signed) }, { name: 'gates-state-forger-1-big', size: MAX_SEGMENT_ARTIFACT_BYTES + 1 }]);
    expect(downloaded).toEqual([NAME]);
    expect(session.restored).toHaveLength(1);
    expect(session.rejected).toEqual([{ name: 'gates-state-forger-1-big', reason: `the artifact is ${MAX_SEGMENT_ARTIFACT_BYTES + 1} bytes, over the 16 MiB limit of a segment (not downloaded)` }]);
  });
});

describe('a step never publishes a segment a restore would leave out', () => {
  async function publish(own: LedgerRecord[], reports: Record<string, number>) {
    const uploaded: { name: string; files: string[] }[] = [];
    const store: SegmentStore = { list: async () => [], download: async () => undefined, upload: async (name, _root, files) => (uploaded.push({ name, files }), 'uploaded') };
    const stateRoot = mkdtempSync(join(tmpdir(), 'gates-segment-publish-'));
    const reportDirectory = mkdtempSync(join(tmpdir(), 'gates-segment-reports-'));
    for (const [name, bytes] of Object.entries(reports)) writeFileSync(join(reportDirectory, name), Buffer.alloc(bytes, 0x61));
    const warnings: string[] = [];
    try {
      const session = await StateSession.open({ stateRoot, store, env: { ...ENV, GITHUB_JOB: 'entrance', GITHUB_ACTION: 'pins' }, timeoutMs: 60_000, warn: (message) => warnings.push(message) }, { observe: () => undefined } as unknown as Ledger);
      const outcome = await session.publish({ readVerified: async () => own } as unknown as Ledger, reportDirectory).then(() => 'published', (error: { code?: string; message: string }) => `${error.code}: ${error.message}`);
      return { outcome, uploaded, warnings };
    } finally {
      rmSync(stateRoot, { recursive: true, force: true });
      rmSync(reportDirectory, { recursive: true, force: true });
    }
  }

  test('reports that would take the artifact past the download limit are left out, with a warning naming them', async () => {
    const { outcome, uploaded, warnings } = await publish(records(2), { 'a.json': 1024, 'b.sarif': MAX_SEGMENT_ARTIFACT_BYTES });
    expect(outcome).toBe('published');
    expect(uploaded[0]!.files.map((file) => file.split('/').pop())).toEqual(['segment.json', 'a.json']);
    expect(warnings).toEqual([expect.stringContaining('Report b.sarif is left out of state segment gates-state-entrance-1-pins')]);
  });

  test('a segment.json over the read limit is not published: GATES_E_STATE_REFUSED (exit 3), not a segment every restore skips', async () => {
    const big = [nextRecord(undefined, { action: 'pin-check', note: 'x'.repeat(MAX_SEGMENT_FILE_BYTES) }, 't', 0, { mono: 0 })];
    const { outcome, uploaded } = await publish(big, {});
    expect(outcome).toContain('GATES_E_STATE_REFUSED');
    expect(outcome).toContain('over the 8 MiB a restore reads');
    expect(uploaded).toEqual([]);
  });
});
