import { describe, expect, test } from '@jest/globals';
import { JsonNumber } from '@gates/core';
import type { Resolution } from '../resolve/resolve-selector.js';
import { selectorFindings } from './selector-findings.js';
import { judgeSelector, looksSecret, shownValue } from './selector-verdict.js';

const resolved = (document: Resolution['document'], extra: Partial<Resolution> = {}): Resolution => ({ layers: ['base.yml'], skipped: [], missing: [], unresolved: [], document, ...extra });

describe('judgeSelector and its findings', () => {
  test('equal documents pass, whatever the key order and number spelling', () => {
    const result = judgeSelector('env=dev', 'f.json', resolved({ b: 1, a: { c: [1, 2] } }), { a: { c: [1, 2] }, b: 1.0 });
    expect(result).toMatchObject({ verdict: 'pass', changedCount: 0 });
    expect(selectorFindings(result, 'spec.yml')).toEqual([]);
  });

  test('differing paths are listed, added, removed and changed', () => {
    const result = judgeSelector('env=prod', 'f.json', resolved({ a: 2, b: 'x', new: true }), { a: 1, b: 'x', old: 0 });
    expect(result.verdict).toBe('differs');
    expect(result.changes).toEqual([{ path: '/a', kind: 'changed' }, { path: '/new', kind: 'added' }, { path: '/old', kind: 'removed' }]);
    expect(selectorFindings(result, 'spec.yml')).toEqual([expect.objectContaining({ ruleId: 'fixture-mismatch', file: 'f.json', message: 'selector env=prod resolves differently from f.json at 3 path(s): /a, /new, /old' })]);
  });

  test('a missing required layer is a finding and nothing is compared', () => {
    const result = judgeSelector('env=qa', 'f.json', resolved(undefined, { missing: [{ file: 'config/env/qa.yml', line: 4 }] }), undefined);
    expect(result.verdict).toBe('missing layer');
    expect(selectorFindings(result, 'spec.yml')).toEqual([expect.objectContaining({ ruleId: 'missing-layer', file: 'spec.yml', line: 4, message: 'selector env=qa: layer config/env/qa.yml does not exist' })]);
  });

  test('no fixture, an empty resolution and an unresolved placeholder each fail', () => {
    expect(selectorFindings(judgeSelector('s', 'f.json', resolved({ a: 1 }), undefined), 'spec.yml').map((finding) => finding.ruleId)).toEqual(['missing-fixture']);
    expect(selectorFindings(judgeSelector('s', 'f.json', resolved({}), {}), 'spec.yml').map((finding) => finding.ruleId)).toEqual(['empty-resolution']);
    const unresolved = judgeSelector('s', 'f.json', resolved({ a: '${X}' }, { unresolved: [{ path: '/a', name: 'X' }] }), { a: '${X}' });
    expect(unresolved.verdict).toBe('unresolved placeholder');
    expect(selectorFindings(unresolved, 'spec.yml').map((finding) => finding.ruleId)).toEqual(['unresolved-placeholder']);
    // Both wrong at once: each is said, so one fix-up round fixes both.
    const both = judgeSelector('s', 'f.json', resolved({ a: '${X}' }, { unresolved: [{ path: '/a', name: 'X' }] }), undefined);
    expect(selectorFindings(both, 'spec.yml').map((finding) => finding.ruleId)).toEqual(['unresolved-placeholder', 'missing-fixture']);
  });
});

describe('values in the log', () => {
  test('a secret-looking key on the path hides the value; others show as JSON, shortened', () => {
    expect(looksSecret('/db/password')).toBe(true);
    expect(looksSecret('/credentials/user')).toBe(true);
    expect(looksSecret('/stripe/api_key')).toBe(true);
    expect(looksSecret('/db/host')).toBe(false);
    expect(looksSecret('/author')).toBe(false);
    expect(shownValue({ db: { password: 'p4ss' } }, '/db/password')).toBe('[hidden: secret-looking key]');
    expect(shownValue({ db: { host: 'eu.db' } }, '/db/host')).toBe('"eu.db"');
    expect(shownValue({ a: 'x'.repeat(200) }, '/a')).toHaveLength(80);
    expect(shownValue({ 'a/b': 1 }, '/a~1b')).toBe('1');
    expect(shownValue({}, '/missing')).toBe('absent');
  });
});

describe('numbers a double cannot hold', () => {
  // 2^53 + 1 and 2^53 are the same double: compared as doubles they were equal and the selector passed.
  test('a fixture and a resolution one apart past 2^53 differ, and the log shows both values exactly', () => {
    const result = judgeSelector('s', 'f.json', resolved({ id: new JsonNumber('9007199254740993') }), { id: 9007199254740992 });
    expect(result).toMatchObject({ verdict: 'differs', changes: [{ path: '/id', kind: 'changed' }] });
    expect(shownValue({ id: new JsonNumber('9007199254740993') }, '/id')).toBe('9007199254740993');
    expect(shownValue({ a: { id: new JsonNumber('1e400'), b: [1, 'x'] } }, '/a')).toBe('{"b": [1,"x"],"id": 1e400}');
  });

  test('the same value spelled differently still passes', () => {
    expect(judgeSelector('s', 'f.json', resolved({ id: new JsonNumber('9007199254740993') }), { id: new JsonNumber('9.007199254740993e15') }).verdict).toBe('pass');
  });
});
