import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '@gates/core';
import { applyWaivers, waiversToApprove } from '../../packages/core/src/waivers/apply-waivers.js';
import { loadWaivers } from '../../packages/core/src/waivers/load-waivers.js';
import { effectivePolicy, type WaiverEntry, type WaiverPolicy } from '../../packages/core/src/waivers/waiver-model.js';
import { endInstant, lifetimeDays, startInstant } from '../../packages/core/src/waivers/waiver-time.js';

const finding: Finding = { ruleId: 'CVE-2021-23337', severity: 'error', message: 'lodash 4.17.15', file: 'package-lock.json', line: 12, advisories: ['CVE-2021-23337', 'GHSA-35jh-r3h4-6jhm'], package: { name: 'lodash', version: '4.17.15' } };

function waiver(fields: Partial<WaiverEntry> = {}): WaiverEntry {
  return { id: 'W-1', gate: 'security-gate', advisory: 'CVE-2021-23337', package: 'lodash', reason: 'template() is never called with user input', ticket: 'SEC-1', approvers: ['alice'], created: '2027-01-01', expires: '2027-03-31', ...fields };
}

function run(entries: WaiverEntry[], now: string | number, policy: WaiverPolicy = {}, findings: Finding[] = [finding]) {
  const set = { file: '.github/gates-waivers.yml', policy: effectivePolicy(policy), waivers: entries, lines: new Map(entries.map((entry, index) => [entry.id, 3 + index * 10])) };
  return applyWaivers(set, 'security-gate', findings, typeof now === 'number' ? now : Date.parse(now));
}

describe('waiver expiry at the boundary', () => {
  test('a calendar date covers its whole last day in UTC, and not a millisecond more', () => {
    expect(run([waiver()], '2027-03-31T23:59:59.999Z').statuses[0]!.state).toBe('expiring');
    const after = run([waiver()], '2027-04-01T00:00:00.000Z');
    expect(after.statuses[0]).toMatchObject({ state: 'expired', detail: 'expired less than a minute ago (2027-03-31); its 1 finding(s) count again' });
    expect(after.findings[0]!.waived).toBeUndefined();
  });

  test('a calendar date ends at midnight in the policy time zone, across daylight saving', () => {
    // Europe/Berlin is UTC+2 on 2027-03-31 (summer time since 2027-03-28): the day ends at 22:00Z.
    const policy = { timezone: 'Europe/Berlin' };
    expect(run([waiver()], '2027-03-31T21:59:59Z', policy).statuses[0]!.state).toBe('expiring');
    expect(run([waiver()], '2027-03-31T22:00:00Z', policy).statuses[0]!.state).toBe('expired');
    // America/Los_Angeles is UTC-7 then: the same day ends at 07:00Z on April 1.
    expect(run([waiver()], '2027-04-01T06:59:59Z', { timezone: 'America/Los_Angeles' }).statuses[0]!.state).toBe('expiring');
    expect(run([waiver()], '2027-04-01T07:00:00Z', { timezone: 'America/Los_Angeles' }).statuses[0]!.state).toBe('expired');
    // Kiritimati (UTC+14) ends the day before most of the world starts it.
    expect(endInstant('2027-03-31', 'Pacific/Kiritimati')).toBe(Date.parse('2027-03-31T10:00:00Z'));
  });

  test('a timestamp with a zone is that instant, whatever the policy zone', () => {
    const entry = waiver({ expires: '2027-03-31T17:00:00+02:00' });
    expect(run([entry], '2027-03-31T14:59:59Z', { timezone: 'Asia/Tokyo' }).statuses[0]!.state).toBe('expiring');
    expect(run([entry], '2027-03-31T15:00:00Z', { timezone: 'Asia/Tokyo' }).statuses[0]!.state).toBe('expired');
  });

  test('leap days: February 29 is a whole day in a leap year, and the next day is March 1', () => {
    const entry = waiver({ created: '2028-01-01', expires: '2028-02-29' });
    expect(endInstant('2028-02-29', 'UTC')).toBe(Date.parse('2028-03-01T00:00:00Z'));
    expect(run([entry], '2028-02-29T23:59:59Z').statuses[0]!.state).toBe('expiring');
    expect(run([entry], '2028-03-01T00:00:00Z').statuses[0]!.state).toBe('expired');
    // 2028-01-01 .. 2028-02-29 is 31 + 29 days.
    expect(lifetimeDays('2028-01-01', '2028-02-29', 'UTC')).toBe(60);
    expect(lifetimeDays('2027-01-01', '2027-03-01', 'UTC')).toBe(60);
  });

  test('the lifetime cap counts calendar days: 90 days pass, 91 do not', () => {
    expect(run([waiver({ created: '2027-01-01', expires: '2027-03-31' })], '2027-02-01').statuses[0]!.state).toBe('applied');
    const long = run([waiver({ created: '2027-01-01', expires: '2027-04-01' })], '2027-02-01');
    expect(long.statuses[0]).toMatchObject({ state: 'rejected' });
    expect(long.statuses[0]!.detail).toContain('its lifetime is 91 days');
    expect(long.findings[0]!.waived).toBeUndefined();
    // Across the leap day: 2028-01-01 .. 2028-03-30 is 90 days.
    expect(run([waiver({ created: '2028-01-01', expires: '2028-03-30' })], '2028-02-01').statuses[0]!.state).toBe('applied');
    expect(run([waiver({ created: '2027-01-01', expires: '2027-06-29' })], '2027-02-01', { 'max-lifetime-days': 180 }).statuses[0]!.state).toBe('applied');
  });

  test('a waiver expiring within warn-within-days warns; one expiring later does not', () => {
    // The waiver ends 2027-04-01T00:00Z; fourteen days before that is 2027-03-18T00:00Z.
    expect(run([waiver()], '2027-03-18T00:00:00Z').statuses[0]!.state).toBe('expiring');
    expect(run([waiver()], '2027-03-17T23:59:59Z').statuses[0]!.state).toBe('applied');
    expect(run([waiver()], '2027-03-31T12:00:00Z').statuses[0]!.detail).toBe('waives 1 finding(s) until 2027-03-31, which is in 12 hours: renew it or fix the findings');
    expect(run([waiver()], '2027-03-01', { 'warn-within-days': 45 }).statuses[0]!.state).toBe('expiring');
  });

  test('starts count in the policy zone too: a waiver created tomorrow there is refused', () => {
    expect(startInstant('2027-01-02', 'Pacific/Kiritimati')).toBe(Date.parse('2027-01-01T10:00:00Z'));
    expect(run([waiver({ created: '2027-01-02' })], '2027-01-01T10:00:00Z', { timezone: 'Pacific/Kiritimati' }).statuses[0]!.state).toBe('applied');
    expect(run([waiver({ created: '2027-01-02', expires: '2027-01-20' })], '2027-01-01T09:59:59Z', { timezone: 'Pacific/Kiritimati' }).statuses[0]!.detail).toContain('created in the future');
  });
});

/** Loads one waiver through the real file loader (schema and all): the error it throws, or undefined. */
async function loadError(entry: WaiverEntry): Promise<unknown> {
  const workspace = mkdtempSync(join(tmpdir(), 'gates-waiver-file-'));
  try {
    mkdirSync(join(workspace, '.github'));
    const scope = (['rule', 'advisory', 'package', 'path'] as const).flatMap((field) => (entry[field] === undefined ? [] : [`    ${field}: ${JSON.stringify(entry[field])}`]));
    const yaml = ['version: 1', 'waivers:', `  - id: ${entry.id}`, `    gate: ${entry.gate}`, ...scope, `    reason: ${entry.reason}`, `    ticket: ${entry.ticket}`, '    approvers: [alice]', `    created: "${entry.created}"`, `    expires: "${entry.expires}"`, ''].join('\n');
    writeFileSync(join(workspace, '.github', 'gates-waivers.yml'), yaml);
    return await loadWaivers(workspace, undefined).then(() => undefined, (thrown: unknown) => thrown);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

describe('waiver fields the schema accepts and gates cannot use', () => {
  // A leap second (23:59:60) is a valid RFC 3339 date-time, so the schema's format check passes it, but Date.parse gives NaN:
  // a waiver whose lifetime and expiry are NaN would pass every comparison and never expire.
  test.each([
    ['expires', { created: '2026-01-01', expires: '2099-12-31T23:59:60Z' }],
    ['created', { created: '2016-12-31T23:59:60Z', expires: '2099-12-31' }],
  ])('a leap second in %s is a config error with its line, not a waiver that never expires', async (field, dates) => {
    const error = await loadError(waiver(dates));
    expect(error).toMatchObject({ code: 'GATES_E_CONFIG_INVALID', location: { file: '.github/gates-waivers.yml', line: field === 'expires' ? 11 : 10 } });
    expect((error as { details: { message: string }[] }).details[0]!.message).toContain(`${field} (${dates[field as 'created' | 'expires']}) is not an instant`);
    // And should one reach the judge some other way, it is refused, never applied.
    expect(run([waiver(dates)], '2027-02-01').statuses[0]!.state).toBe('rejected');
  });

  // picomatch throws on an empty pattern: the step ended with GATES_E_INTERNAL (exit 4) instead of naming the waiver.
  test.each(['./', '/', 'file://'])('a path %j, which names no file once normalised, is a config error with its line', async (path) => {
    const error = await loadError(waiver({ rule: 'js/xss', advisory: undefined, package: undefined, path }));
    expect(error).toMatchObject({ code: 'GATES_E_CONFIG_INVALID', location: { file: '.github/gates-waivers.yml', line: 6 } });
    expect((error as { details: { message: string }[] }).details[0]!.message).toContain('names no file');
  });
});

describe('what a waiver covers', () => {
  const now = '2027-02-01';

  test('a waived finding is shown waived, with who, why and until when', () => {
    const outcome = run([waiver()], now);
    expect(outcome.findings[0]!.waived).toEqual({ id: 'W-1', reason: 'template() is never called with user input', expires: '2027-03-31', approvedBy: ['alice'], ticket: 'SEC-1' });
    expect(outcome.findings).toHaveLength(1);
  });

  test('stale: a waiver that matches nothing is reported, expired or not', () => {
    const outcome = run([waiver({ advisory: 'CVE-2099-0001' }), waiver({ id: 'W-2', advisory: 'CVE-2099-0002', created: '2026-10-01', expires: '2026-12-01' })], now);
    expect(outcome.statuses.map((status) => [status.waiver.id, status.state, status.detail])).toEqual([
      ['W-1', 'stale', 'matches no finding; remove it, or fix its rule, fingerprint, path or package'],
      ['W-2', 'stale', 'matches no finding, and expired 61 days ago (2026-12-01); remove it'],
    ]);
  });

  test('wildcards are refused unless the policy allows them; a rule alone counts as one', () => {
    const glob = waiver({ advisory: undefined, package: undefined, rule: 'CVE-2021-*', path: 'package-lock.json' });
    const ruleOnly = waiver({ id: 'W-2', advisory: undefined, package: undefined, rule: 'CVE-2021-23337' });
    expect(run([glob, ruleOnly], now).statuses.map((status) => status.state)).toEqual(['rejected', 'rejected']);
    const allowed = run([glob, ruleOnly], now, { 'allow-wildcards': true });
    expect(allowed.statuses.map((status) => [status.state, status.applied])).toEqual([['applied', 1], ['applied', 0]]);
  });

  test('unwaivable rules and advisories are never waived, by id or glob', () => {
    expect(run([waiver()], now, { unwaivable: ['GHSA-35jh-*'] }).statuses[0]!.state).toBe('unwaivable');
    expect(run([waiver()], now, { unwaivable: ['cve-2021-23337'] }).findings[0]!.waived).toBeUndefined();
    expect(run([waiver()], now, { unwaivable: ['CVE-2021-44228'] }).statuses[0]!.state).toBe('applied');
  });

  test('scope: the package, its version, the path and the fingerprint must all match', () => {
    expect(run([waiver({ package: 'lodash@4.17.15' })], now).statuses[0]!.applied).toBe(1);
    expect(run([waiver({ package: 'lodash@4.17.21' })], now).statuses[0]!.state).toBe('stale');
    expect(run([waiver({ path: 'services/api/package-lock.json' })], now).statuses[0]!.state).toBe('stale');
    expect(run([waiver({ path: 'services/**' })], now).statuses[0]!.state).toBe('rejected');
    expect(run([waiver({ path: './package-lock.json' })], now).statuses[0]!.applied).toBe(1);
    expect(run([waiver({ fingerprint: 'deadbeefdeadbeef' })], now).statuses[0]!.state).toBe('stale');
  });

  test('a computed fingerprint survives a line shift; a producer fingerprint is used as given', async () => {
    const { fingerprintOf } = await import('../../packages/core/src/findings/fingerprint.js');
    const moved = { ...finding, line: 99, column: 4 };
    expect(fingerprintOf(moved)).toBe(fingerprintOf(finding));
    expect(fingerprintOf({ ...finding, file: './package-lock.json' })).toBe(fingerprintOf(finding));
    expect(fingerprintOf({ ...finding, message: 'lodash 4.17.16' })).not.toBe(fingerprintOf(finding));
    expect(fingerprintOf({ ...finding, fingerprint: 'sarif:abc' })).toBe('sarif:abc');
    expect(run([waiver({ fingerprint: fingerprintOf(finding) })], now, {}, [moved]).statuses[0]!.applied).toBe(1);
  });

  test('only waivers of this gate apply, and only unexpired, valid, matching ones need approval', () => {
    const other = waiver({ id: 'W-2', gate: 'pin-check' });
    const set = { file: 'w.yml', policy: effectivePolicy({}), waivers: [waiver(), other, waiver({ id: 'W-3', advisory: 'CVE-2099-1' })], lines: new Map() };
    expect(waiversToApprove(set, 'security-gate', [finding], Date.parse(now)).map((entry) => entry.id)).toEqual(['W-1']);
    expect(run([other], now).statuses).toEqual([]);
  });

  test('with an approval policy, an unapproved waiver is not applied and says why', () => {
    const set = { file: 'w.yml', policy: effectivePolicy({ approval: { role: 'security' } }), waivers: [waiver(), waiver({ id: 'W-2' })], lines: new Map() };
    const approvals = new Map([
      ['W-1', { approved: false as const, reason: 'pull request #7 has no approval from role security' }],
      ['W-2', { approved: true as const, by: ['carol'], via: 'by carol on pull request #8' }],
    ]);
    const outcome = applyWaivers(set, 'security-gate', [finding], Date.parse(now), approvals);
    expect(outcome.statuses.map((status) => [status.state, status.detail])).toEqual([
      ['unapproved', 'not applied: pull request #7 has no approval from role security'],
      ['applied', 'waives 1 finding(s) until 2027-03-31; approved by carol on pull request #8'],
    ]);
    expect(outcome.findings[0]!.waived?.approvedBy).toEqual(['carol']);
  });
});
