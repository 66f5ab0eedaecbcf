import { describe, expect, test } from '@jest/globals';
import { gateOverrideEvent, gateStatuses, gateVerdictEvent, isReservedGate, nextRecord, recordedBy, SUITE_GATES, type LedgerEvent, type LedgerRecord } from '@gates/core';
import { ACTION_NAMES } from '@gates/dispatcher';

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
const OTHER = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const by = recordedBy({ GITHUB_ACTOR: 'mona', GITHUB_WORKFLOW_REF: 'octo/repo/.github/workflows/ci.yml@refs/heads/main', GITHUB_JOB: 'qa', GITHUB_RUN_ID: '42' });

function records(...events: LedgerEvent[]): LedgerRecord[] {
  const chain: LedgerRecord[] = [];
  for (const event of events) chain.push(nextRecord(chain[chain.length - 1], event, '2026-12-01T00:00:00Z'));
  return chain;
}

const action = (name: string, verdict: 'pass' | 'fail', sha = SHA) => ({ action: name, verdict, sha, run_id: '7' });

describe('gate standings for a commit', () => {
  test("the suite's gate names are exactly its actions", () => {
    expect([...SUITE_GATES].sort()).toEqual([...ACTION_NAMES]);
    expect(isReservedGate('pin-check')).toBe(true);
    expect(isReservedGate('qa')).toBe(false);
  });

  test('a failure is not overturned by a later pass: not by the action, not by a custom record', () => {
    const statuses = gateStatuses(records(action('pin-check', 'fail'), action('pin-check', 'pass'), gateVerdictEvent('qa', 'fail', SHA, by), gateVerdictEvent('qa', 'pass', SHA, by)), SHA);
    expect(statuses.get('pin-check')).toMatchObject({ status: 'fail', source: 'pin-check action, run 7' });
    expect(statuses.get('qa')).toMatchObject({ status: 'fail', source: 'recorded by mona (workflow octo/repo/.github/workflows/ci.yml@refs/heads/main, job qa, run 42)' });
  });

  test("a custom record under a suite action's name counts for nothing", () => {
    const statuses = gateStatuses(records(action('pin-check', 'fail'), { gate: 'pin-check', verdict: 'pass', sha: SHA }, gateVerdictEvent('pin-check', 'pass', SHA, by)), SHA);
    expect(statuses.get('pin-check')?.status).toBe('fail');
    expect(gateStatuses(records(gateVerdictEvent('perf-sla', 'pass', SHA, by)), SHA).get('perf-sla')).toBeUndefined();
  });

  test('an override sets earlier failures aside; the gate then needs a pass again, and a new failure stands again', () => {
    const override = gateOverrideEvent('pin-check', SHA, 'the registry was down; checked by hand', by);
    const afterOverride = gateStatuses(records(action('pin-check', 'fail'), override), SHA).get('pin-check');
    expect(afterOverride).toMatchObject({ status: 'missing', overrides: [{ by: expect.stringContaining('mona'), reason: 'the registry was down; checked by hand' }] });
    expect(gateStatuses(records(action('pin-check', 'fail'), override, action('pin-check', 'pass')), SHA).get('pin-check')?.status).toBe('pass');
    expect(gateStatuses(records(action('pin-check', 'fail'), override, action('pin-check', 'fail'), action('pin-check', 'pass')), SHA).get('pin-check')?.status).toBe('fail');
  });

  test("other commits' records, rbac-guard's own decisions and records without a verdict do not count", () => {
    const statuses = gateStatuses(records(action('pin-check', 'fail', OTHER), action('rbac-guard', 'pass'), { action: 'pin-check', sha: SHA }, action('pin-check', 'pass')), SHA);
    expect([...statuses.keys()]).toEqual(['pin-check']);
    expect(statuses.get('pin-check')?.status).toBe('pass');
    expect(gateStatuses(records(action('pin-check', 'pass')), undefined).size).toBe(0);
  });
});
