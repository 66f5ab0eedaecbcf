import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSegment, checkSegment, GENESIS_HASH, jobBackendId, nextRecord, segmentName, StateSession, type Ledger, type LedgerRecord, type SegmentStore } from '@gates/core';

function records(count: number, from?: LedgerRecord): LedgerRecord[] {
  const list: LedgerRecord[] = [];
  for (let index = 0; index < count; index++) list.push(nextRecord(list[index - 1] ?? from, { n: index }, 't', 0, { job: 'j', mono: index }));
  return list;
}

describe('state segments', () => {
  const base = records(2);
  const own = records(3, base[1]);
  const text = JSON.stringify(buildSegment('gates-state-j-1-s', base[1]!.hash, own));

  test('a segment chains from its base and verifies', () => {
    expect(checkSegment(text, 'gates-state-j-1-s')).toMatchObject({ ok: true });
  });

  test.each([
    ['truncated', text.slice(0, text.length - 20), 'not valid JSON'],
    ['renamed', text, 'names itself', 'gates-state-other'],
    ['an edited record', text.replace('"n":1', '"n":9'), 'record 2: content does not match its hash'],
    ['a record removed', JSON.stringify(buildSegment('gates-state-j-1-s', base[1]!.hash, [own[0]!, own[2]!])), 'record 2: does not follow'],
    ['another base', JSON.stringify(buildSegment('gates-state-j-1-s', GENESIS_HASH, own)), 'record 1: does not follow'],
    ['a head that names fewer records', JSON.stringify({ ...JSON.parse(text), head: { count: 2, hash: own[1]!.hash, lamport: own[1]!.lamport } }), 'head does not name'],
    ['no records', JSON.stringify({ ...JSON.parse(text), records: [] }), 'holds no records'],
  ])('%s: refused with the reason', (_case, changed, reason, name = 'gates-state-j-1-s') => {
    const check = checkSegment(changed, name);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toContain(reason);
  });

  test('names: matrix jobs told apart by the job backend id in the runtime token, never the token itself', () => {
    const token = (job: string) => `x.${Buffer.from(JSON.stringify({ scp: `Actions.ExampleScope Actions.Results:run-1:${job}` })).toString('base64url')}.sig`;
    expect(jobBackendId(token('job-a'))).toBe('job-a');
    const a = segmentName({ GITHUB_JOB: 'build', GITHUB_RUN_ATTEMPT: '2', GITHUB_ACTION: '__org_gates', ACTIONS_RUNTIME_TOKEN: token('job-a') });
    const b = segmentName({ GITHUB_JOB: 'build', GITHUB_RUN_ATTEMPT: '2', GITHUB_ACTION: '__org_gates', ACTIONS_RUNTIME_TOKEN: token('job-b') });
    expect(a).toMatch(/^gates-state-build\.[0-9a-f]{8}-2-__org_gates$/);
    expect(a).not.toBe(b);
    expect(segmentName({ GITHUB_JOB: 'a/b', GITHUB_ACTION: 's:1' }, 2)).toBe('gates-state-a_b-1-s_1.2');
  });
});

describe('restoring segments from the artifact service', () => {
  // The client refuses these names, but any step of the run holding the runtime token can call the service itself:
  // the restore must not let a listed name reach outside its directory (here: delete the ledger's, and put a forged one in its place).
  test.each(['gates-state-x/../../audit', 'gates-state-x\\..\\..\\audit', 'gates-state-x/..'])('an artifact named %j is left out, and nothing outside the segments directory changes', async (name) => {
    const stateRoot = mkdtempSync(join(tmpdir(), 'gates-restore-names-'));
    try {
      mkdirSync(join(stateRoot, 'audit'));
      writeFileSync(join(stateRoot, 'audit', 'ledger.jsonl'), 'the honest ledger\n');
      const store: SegmentStore = {
        list: async () => [{ id: 1, name }],
        download: async (_id, into) => {
          mkdirSync(into, { recursive: true });
          writeFileSync(join(into, 'segment.json'), JSON.stringify(buildSegment(name, GENESIS_HASH, records(1))));
        },
        upload: async () => 'uploaded',
      };
      const warnings: string[] = [];
      const ledger = { observe: () => undefined } as unknown as Ledger;
      const session = await StateSession.open({ stateRoot, store, env: {}, timeoutMs: 5_000, warn: (message) => warnings.push(message) }, ledger);
      expect(readFileSync(join(stateRoot, 'audit', 'ledger.jsonl'), 'utf8')).toBe('the honest ledger\n');
      expect(existsSync(join(stateRoot, 'audit', 'segment.json'))).toBe(false);
      expect(session.restored).toEqual([]);
      expect(session.rejected).toEqual([{ name, reason: expect.stringContaining('not a segment name') }]);
      expect(warnings.join('\n')).toContain('not a segment name');
    } finally {
      rmSync(stateRoot, { recursive: true, force: true });
    }
  });
});
