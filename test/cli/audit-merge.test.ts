import { describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSegment, keyedAnchor, nextRecord, type LedgerRecord } from '@gates/core';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';

/** `gates audit merge` and `gates audit verify --head --anchor`, through the CLI bundle. */
function chain(job: string, count: number, observed = 0): LedgerRecord[] {
  const list: LedgerRecord[] = [];
  for (let index = 0; index < count; index++) list.push(nextRecord(list[index - 1], { job, n: index }, 't', observed, { job, mono: index }));
  return list;
}

describe('gates audit merge', () => {
  const a = chain('a', 2);
  const b = chain('b', 2, a[1]!.lamport);
  const dir = makeWorkspace({});
  for (const [name, records] of [['gates-state-a-1-s', a], ['gates-state-b-1-s', b]] as const) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'segment.json'), JSON.stringify(buildSegment(name, '0'.repeat(64), records)));
  }

  test('one order, causal; the same segment twice changes nothing', async () => {
    const once = await runCli(['audit', 'merge', join(dir, 'gates-state-b-1-s'), join(dir, 'gates-state-a-1-s')]);
    expect(once.code).toBe(0);
    expect(once.stdout.trim().split('\n').map((line) => JSON.parse(line).event)).toEqual([{ job: 'a', n: 0 }, { job: 'a', n: 1 }, { job: 'b', n: 0 }, { job: 'b', n: 1 }]);
    const twice = await runCli(['audit', 'merge', join(dir, 'gates-state-a-1-s'), join(dir, 'gates-state-b-1-s'), join(dir, 'gates-state-a-1-s', 'segment.json')]);
    expect(twice.stdout).toBe(once.stdout);
  });

  test('a segment that does not verify stops the merge (exit 1, named)', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(buildSegment('x', '0'.repeat(64), a)).replace('"n":1', '"n":7'));
    const run = await runCli(['audit', 'merge', join(dir, 'gates-state-a-1-s'), join(dir, 'bad.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('record 2: content does not match its hash');
  });
});

describe('gates audit merge --anchor-key-env NAME', () => {
  const key = 'gates-anchor-key-Qm9vYmFyLXNlY3JldC0xMjM0NTY3ODkw';
  const binding = { run: '7001', attempt: '1', repository: 'octo-org/octo-repo' };
  const dir = makeWorkspace({});
  const write = (name: string, segment: unknown) => {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'segment.json'), typeof segment === 'string' ? segment : JSON.stringify(segment));
    return join(dir, name);
  };
  const a = write('gates-state-a-1-s', buildSegment('gates-state-a-1-s', '0'.repeat(64), chain('a', 2), { key, binding }));
  const b = write('gates-state-b-1-s', buildSegment('gates-state-b-1-s', '0'.repeat(64), chain('b', 2), { key, binding }));
  const unsigned = write('gates-state-u-1-s', buildSegment('gates-state-u-1-s', '0'.repeat(64), chain('u', 1)));
  const otherKey = write('gates-state-o-1-s', buildSegment('gates-state-o-1-s', '0'.repeat(64), chain('o', 1), { key: `${key}-other`, binding }));
  const env = { GATES_KEY_FOR_MERGE: key };

  test('segments signed with the key merge; the output says each signature was checked, and the key is not printed', async () => {
    const run = await runCli(['audit', 'merge', '--anchor-key-env', 'GATES_KEY_FOR_MERGE', a, b], { env });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(4);
    expect(run.stderr).toContain('each signature checked with the key in GATES_KEY_FOR_MERGE (signed for run 7001 attempt 1 of octo-org/octo-repo)');
    expect(run.stdout + run.stderr).not.toContain(key);
  });

  test.each([
    ['an unsigned segment', unsigned, 'unsigned'],
    ['a segment signed with another key', otherKey, 'its MAC does not match'],
  ])('%s is refused (exit 1), named, with the reason; nothing is merged', async (_case, path, reason) => {
    const run = await runCli(['audit', 'merge', '--anchor-key-env', 'GATES_KEY_FOR_MERGE', a, path], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('GATES_E_SEGMENT_SIGNATURE');
    expect(run.stderr).toContain(`${path}/segment.json is not signed with the anchor key: ${reason}`);
  });

  test('the check is the restore\'s: a wrong MAC is refused before the records are parsed, and a run given in GITHUB_RUN_ID must match', async () => {
    const forged = JSON.stringify({ ...buildSegment('gates-state-f-1-s', '0'.repeat(64), chain('f', 1), { key: `${key}-other`, binding }), records: ['R'] }).replace('["R"]', '[{not json at all}]');
    const run = await runCli(['audit', 'merge', '--anchor-key-env', 'GATES_KEY_FOR_MERGE', write('gates-state-f-1-s', forged)], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('its MAC does not match');
    const otherRun = await runCli(['audit', 'merge', '--anchor-key-env', 'GATES_KEY_FOR_MERGE', a], { env: { ...env, GITHUB_RUN_ID: '7002' } });
    expect(otherRun.code).toBe(1);
    expect(otherRun.stderr).toContain('signed for run "7001", not this run');
  });

  test('a variable that is not set, or a key given in its place, is a usage error (exit 2) that does not echo it', async () => {
    const missing = await runCli(['audit', 'merge', '--anchor-key-env', 'GATES_NOT_SET', a], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('GATES_NOT_SET: that environment variable is not set or empty');
    const literal = await runCli(['audit', 'merge', '--anchor-key-env', key.replace(/-/g, '+'), a], { env });
    expect(literal.code).toBe(2);
    expect(literal.stderr).toContain('takes the name of an environment variable that holds the key, not the key itself');
  });

  test('without the option the merge is unchanged, and says signatures were not checked', async () => {
    const run = await runCli(['audit', 'merge', a, unsigned]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('merged 2 segment(s): 3 record(s); signatures not checked (no --anchor-key-env)');
  });
});

describe('gates audit verify --head --anchor', () => {
  test('the anchor is checked with the key from GATES_ANCHOR_KEY; a replaced head fails', async () => {
    const records = chain('a', 3);
    const file = join(makeWorkspace({}), 'ledger.jsonl');
    writeFileSync(file, records.map((record) => `${JSON.stringify(record)}\n`).join(''));
    const key = 'anchor-key-0123456789abcdef';
    const head = records[2]!.hash;
    const env = { GATES_ANCHOR_KEY: key };
    expect((await runCli(['audit', 'verify', file, '--head', head, '--anchor', keyedAnchor(head, key)], { env })).code).toBe(0);
    const replaced = await runCli(['audit', 'verify', file, '--head', records[1]!.hash, '--anchor', keyedAnchor(head, key)], { env });
    expect(replaced.code).toBe(1);
    expect(replaced.stderr).toContain('does not match its keyed anchor');
    expect(replaced.stderr + replaced.stdout).not.toContain(key);
    expect((await runCli(['audit', 'verify', file, '--head', head, '--anchor', keyedAnchor(head, key)])).code).toBe(2);
  });
});
