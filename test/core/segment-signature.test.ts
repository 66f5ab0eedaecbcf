import { describe, expect, test } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSegment, checkSegment, checkSignature, GENESIS_HASH, nextRecord, segmentName, signSegment, StateSession, type Ledger, type LedgerRecord, type SegmentBinding, type SegmentStore } from '@gates/core';

/** Issue 18: with the anchor key, a segment is signed for its run, and a restore takes only segments signed for this run. */
const KEY = 'segment-signing-key-of-the-gates-workflow-7f3a9c';
const NAME = 'gates-state-entrance.1a2b3c4d-1-pins';
const BINDING: SegmentBinding = { run: '4242', attempt: '1', repository: 'octo-org/octo-repo' };

function records(count: number): LedgerRecord[] {
  const list: LedgerRecord[] = [];
  for (let index = 0; index < count; index++) list.push(nextRecord(list[index - 1], { action: 'pin-check', verdict: 'pass', n: index }, 't', 0, { job: 'entrance', mono: index }));
  return list;
}

const own = records(2);
const signed = buildSegment(NAME, GENESIS_HASH, own, { key: KEY, binding: BINDING });

describe('segment signatures (pure)', () => {
  test('a segment signed with the key for this run verifies, and carries the binding but never the key', () => {
    expect(checkSignature(signed, signed.signature, BINDING, KEY)).toEqual({ ok: true });
    expect(signed.signature).toMatchObject({ ...BINDING, mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const text = JSON.stringify(signed);
    for (const form of [KEY, Buffer.from(KEY).toString('base64'), Buffer.from(KEY).toString('hex')]) expect(text).not.toContain(form);
  });

  test('a segment of an earlier attempt of the run counts (a re-run keeps the other jobs\' segments)', () => {
    expect(checkSignature(signed, signed.signature, { ...BINDING, attempt: '2' }, KEY)).toEqual({ ok: true });
  });

  const head = signed.head;
  test.each([
    ['no MAC', signed, undefined, BINDING, KEY, 'unsigned'],
    ['another key', signed, signed.signature, BINDING, `${KEY}-other`, 'MAC does not match'],
    ['a MAC that is not hex', signed, { ...signed.signature!, mac: 'z'.repeat(64) }, BINDING, KEY, 'MAC does not match'],
    ['a malformed signature', signed, 'mac', BINDING, KEY, 'malformed'],
    ['another name (job, attempt or step)', { ...signed, name: 'gates-state-deploy.1a2b3c4d-1-pins' }, signed.signature, BINDING, KEY, 'MAC does not match'],
    ['another base', { ...signed, base: 'a'.repeat(64) }, signed.signature, BINDING, KEY, 'MAC does not match'],
    ['another head hash', { ...signed, head: { ...head, hash: 'b'.repeat(64) } }, signed.signature, BINDING, KEY, 'MAC does not match'],
    ['another head count', { ...signed, head: { ...head, count: head.count + 1 } }, signed.signature, BINDING, KEY, 'MAC does not match'],
    ['another head Lamport counter', { ...signed, head: { ...head, lamport: head.lamport + 1 } }, signed.signature, BINDING, KEY, 'MAC does not match'],
    ['the binding edited to claim this run', signed, { ...signed.signature!, run: '4343' }, { ...BINDING, run: '4343' }, KEY, 'MAC does not match'],
    ['the binding edited to claim this attempt', signed, { ...signed.signature!, attempt: '2' }, { ...BINDING, attempt: '2' }, KEY, 'MAC does not match'],
    ['the binding edited to claim this repository', signed, { ...signed.signature!, repository: 'octo-org/fork' }, { ...BINDING, repository: 'octo-org/fork' }, KEY, 'MAC does not match'],
    ['a genuine segment of another run', signed, signed.signature, { ...BINDING, run: '4343' }, KEY, 'signed for run "4242", not this run'],
    ['a genuine segment of another repository', signed, signed.signature, { ...BINDING, repository: 'octo-org/fork' }, KEY, 'signed for repository'],
    ['a genuine segment of a later attempt', signed, signed.signature, { ...BINDING, attempt: '0' }, KEY, 'signed for run attempt'],
  ])('%s: refused', (_case, parts, signature, expected, key, reason) => {
    const check = checkSignature(parts, signature, expected, key);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toContain(reason);
  });

  test('the MAC is domain-separated from the keyed anchor of the same head', () => {
    expect(signSegment(signed, BINDING, KEY).mac).toBe(signed.signature!.mac);
    expect(signed.signature!.mac).not.toBe(createHmac('sha256', KEY).update(head.hash).digest('hex'));
  });
});

describe('a restore with the anchor key', () => {
  const env = { GITHUB_RUN_ID: BINDING.run, GITHUB_RUN_ATTEMPT: BINDING.attempt, GITHUB_REPOSITORY: BINDING.repository };
  const unsigned = buildSegment('gates-state-forger-1-x', GENESIS_HASH, records(1));
  const replayed = buildSegment('gates-state-old-1-pins', GENESIS_HASH, records(1), { key: KEY, binding: { ...BINDING, run: '4000' } });
  const store = (segments: { name: string; text: string }[]): SegmentStore => ({
    list: async () => segments.map(({ name }, index) => ({ id: index + 1, name })),
    download: async (id, into) => {
      mkdirSync(into, { recursive: true });
      writeFileSync(join(into, 'segment.json'), segments[id - 1]!.text);
    },
    upload: async () => 'uploaded',
  });
  const segments = [signed, unsigned, replayed].map((segment) => ({ name: segment.name, text: JSON.stringify(segment) }));
  const ledger = { observe: () => undefined } as unknown as Ledger;

  async function open(signingKey?: string) {
    const stateRoot = mkdtempSync(join(tmpdir(), 'gates-signed-restore-'));
    const warnings: string[] = [];
    try {
      const session = await StateSession.open({ stateRoot, store: store(segments), env, timeoutMs: 5_000, warn: (message) => warnings.push(message), ...(signingKey ? { signingKey } : {}) }, ledger);
      return { session, warnings };
    } finally {
      rmSync(stateRoot, { recursive: true, force: true });
    }
  }

  test('only the segment signed for this run is merged; the others are named with the reason', async () => {
    const { session, warnings } = await open(KEY);
    expect(session.restored.map((segment) => segment.name)).toEqual([NAME]);
    expect(session.rejected).toEqual([
      { name: 'gates-state-forger-1-x', reason: expect.stringContaining('unsigned') },
      { name: 'gates-state-old-1-pins', reason: expect.stringContaining('signed for run "4000"') },
    ]);
    expect(warnings).toHaveLength(2);
    expect(session.notes().join('\n')).toContain('segment gates-state-forger-1-x left out: unsigned');
    expect(session.segmentOf(own[1]!.hash)).toBe(NAME);
  });

  test('without the key every segment that verifies is merged, and the notes say they are unsigned', async () => {
    const { session } = await open();
    expect(session.restored).toHaveLength(3);
    expect(session.signed).toBe(false);
    expect(session.notes()[0]).toContain('unsigned');
  });

  test('a segment that verifies but was signed with the key still passes the chain check unchanged', () => {
    expect(checkSegment(JSON.stringify(signed), NAME)).toMatchObject({ ok: true });
  });
});

describe('publishing a signed segment when its names are taken', () => {
  test('a step of another job that took the predictable names ahead of it does not keep a (failed) verdict from being published', async () => {
    const env = { GITHUB_RUN_ID: BINDING.run, GITHUB_RUN_ATTEMPT: BINDING.attempt, GITHUB_REPOSITORY: BINDING.repository, GITHUB_JOB: 'entrance', GITHUB_ACTION: 'pins' };
    // The job's key is in the names of its earlier segments, which any step of the run can list: `<step>`, `.2`…`.5` follow.
    const squatted = new Set([1, 2, 3, 4, 5, 6].map((counter) => segmentName(env, counter)));
    const uploaded: string[] = [];
    const store: SegmentStore = {
      list: async () => [],
      download: async () => undefined,
      upload: async (name) => (squatted.has(name) ? 'taken' : (uploaded.push(name), 'uploaded')),
    };
    const stateRoot = mkdtempSync(join(tmpdir(), 'gates-signed-publish-'));
    const warnings: string[] = [];
    try {
      const session = await StateSession.open({ stateRoot, store, env, timeoutMs: 5_000, warn: (message) => warnings.push(message), signingKey: KEY }, { observe: () => undefined } as unknown as Ledger);
      await session.publish({ readVerified: async () => own } as unknown as Ledger, undefined);
      expect(warnings).toEqual([]);
      expect(uploaded).toHaveLength(1);
      expect(session.published).toBe(uploaded[0]);
      expect(uploaded[0]).toMatch(/^gates-state-entrance-1-pins\.[0-9a-f]{8}$/);
    } finally {
      rmSync(stateRoot, { recursive: true, force: true });
    }
  });
});

describe('a restore with the anchor key, against artifacts any step of the run could upload', () => {
  test('an artifact whose segment.json is a directory or a link is left out and named; the signed segment is still merged', async () => {
    const env = { GITHUB_RUN_ID: BINDING.run, GITHUB_RUN_ATTEMPT: BINDING.attempt, GITHUB_REPOSITORY: BINDING.repository };
    const listed = [NAME, 'gates-state-forger-1-dir', 'gates-state-forger-1-link'];
    const store: SegmentStore = {
      list: async () => listed.map((name, index) => ({ id: index + 1, name })),
      download: async (id, into) => {
        mkdirSync(into, { recursive: true });
        if (id === 1) writeFileSync(join(into, 'segment.json'), JSON.stringify(signed));
        if (id === 2) mkdirSync(join(into, 'segment.json', 'x'), { recursive: true });
        if (id === 3) symlinkSync('/dev/null', join(into, 'segment.json'));
      },
      upload: async () => 'uploaded',
    };
    const stateRoot = mkdtempSync(join(tmpdir(), 'gates-signed-restore-'));
    const warnings: string[] = [];
    try {
      const session = await StateSession.open({ stateRoot, store, env, timeoutMs: 5_000, warn: (message) => warnings.push(message), signingKey: KEY }, { observe: () => undefined } as unknown as Ledger);
      expect(session.failure).toBeUndefined();
      expect(session.restored.map((segment) => segment.name)).toEqual([NAME]);
      expect(session.rejected).toEqual([
        { name: 'gates-state-forger-1-dir', reason: 'segment.json is not a regular file' },
        { name: 'gates-state-forger-1-link', reason: 'segment.json is a symbolic link' },
      ]);
      expect(warnings).toHaveLength(2);
    } finally {
      rmSync(stateRoot, { recursive: true, force: true });
    }
  });
});
