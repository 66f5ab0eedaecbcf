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
