import { describe, expect, test } from '@jest/globals';
import { buildSegment, checkSegment, GENESIS_HASH, jobBackendId, nextRecord, segmentName, type LedgerRecord } from '@gates/core';

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
