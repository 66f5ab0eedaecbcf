import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ledger, LockfileLock, type AppendStage, type LedgerRecord } from '@gates/core';
import { coreForChildren } from '../harness/core-for-children.js';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { runCli } from '../harness/run-cli.js';
import { makeWorkspace } from '../harness/workspace.js';
import { CheckCounter } from './leak-search.js';

// A ledger append is two writes: the record, then the head. A writer killed with SIGKILL at any point
// between them (or around them) must leave a ledger the next writer can verify, repair and extend.
const STAGES: AppendStage[] = ['head-created', 'record-appended', 'head-written', 'head-replaced'];
const TRIALS_PER_STAGE = 3;
const SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
const counter = new CheckCounter();

afterAll(() => console.log(counter.report('ledger kill -9 trials, per stage of an append (each followed by a repairing append and a verify)')));

/** Starts a writer that stops at `stage`; resolves once it has been killed there with SIGKILL. */
async function killAt(stateRoot: string, stage: AppendStage): Promise<void> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'test/fixtures/scripts/ledger-append-until.mjs'), coreForChildren(), join(stateRoot, 'audit', 'ledger.jsonl'), join(stateRoot, 'locks'), stage], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('stopped')) resolve();
      if (chunk.toString().includes('finished')) reject(new Error(`the writer finished without reaching ${stage}`));
    });
    child.on('close', () => reject(new Error(`the writer exited before ${stage}: ${stderr}`)));
  });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

function records(stateRoot: string): LedgerRecord[] {
  return readFileSync(join(stateRoot, 'audit', 'ledger.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LedgerRecord);
}

describe('ledger: kill -9 between the append and the head update never bricks it', () => {
  test.each(STAGES)('killed at %s: the next `gates audit record` verifies, repairs and extends the ledger', async (stage) => {
    for (let trial = 0; trial < TRIALS_PER_STAGE; trial++) {
      const stateRoot = join(makeWorkspace({}), 'state');
      // The head is created only by a ledger's first append; the other stages are tried on a ledger with history.
      const earlier = stage === 'head-created' ? 0 : 2;
      const ledger = new Ledger(join(stateRoot, 'audit', 'ledger.jsonl'), new LockfileLock(join(stateRoot, 'locks')));
      for (let i = 0; i < earlier; i++) await ledger.append({ action: 'pin-check', verdict: 'pass', sha: SHA, i });

      await killAt(stateRoot, stage);
      counter.add(stage);

      const recorded = await runCli(['audit', 'record', '--gate', 'qa', '--verdict', 'pass', '--sha', SHA], { env: { MEMORY_STORAGE_ROOT: stateRoot } });
      // Killed after its record and before its head: the record is adopted, and the log says so.
      const adopted = stage === 'record-appended' || stage === 'head-written';
      expect({ code: recorded.code, stderr: recorded.stderr }).toEqual({ code: 0, stderr: adopted ? expect.stringContaining('adopted 1 record(s) written after its head') : '' });
      const crashed = stage === 'head-created' ? 0 : 1;
      expect(records(stateRoot)).toHaveLength(earlier + crashed + 1);

      const verified = await runCli(['audit', 'verify', join(stateRoot, 'audit', 'ledger.jsonl')]);
      expect({ code: verified.code, stderr: verified.stderr }).toEqual({ code: 0, stderr: '' });
      // No temporary file of the killed writer is left beside the ledger; its lock was taken over.
      expect(readdirSync(join(stateRoot, 'audit')).sort()).toEqual(['ledger.jsonl', 'ledger.jsonl.head']);
      // Only the fencing counter stays: it must outlive every holder to keep growing.
      expect(readdirSync(join(stateRoot, 'locks'))).toEqual(['ledger.lock.fence']);
    }
  }, 120_000);

  test('the state a crash between the two writes leaves (a record beyond the head, a stale head temp file) is repaired, not GATES_E_LEDGER_TAMPERED', async () => {
    const stateRoot = join(makeWorkspace({}), 'state');
    const ledger = new Ledger(join(stateRoot, 'audit', 'ledger.jsonl'), new LockfileLock(join(stateRoot, 'locks')));
    await ledger.append({ action: 'pin-check', verdict: 'pass', sha: SHA });
    const head = readFileSync(`${ledger.file}.head`, 'utf8');
    await ledger.append({ action: 'pin-check', verdict: 'fail', sha: SHA });
    // Head back to one record, and the old writer's temp file name (pid 999999 is not running).
    writeFileSync(`${ledger.file}.head`, head);
    writeFileSync(`${ledger.file}.head.999999.tmp`, head);
    const recorded = await runCli(['audit', 'record', '--gate', 'qa', '--verdict', 'pass', '--sha', SHA], { env: { MEMORY_STORAGE_ROOT: stateRoot } });
    expect(recorded.code).toBe(0);
    expect(records(stateRoot).map((record) => record.event.verdict)).toEqual(['pass', 'fail', 'pass']);
    expect((await runCli(['audit', 'verify', ledger.file])).code).toBe(0);
  });
});

describe('the head temp files of killed writers', () => {
  test('a dead writer\'s temporary head file is removed by the next append', async () => {
    const stateRoot = join(makeWorkspace({}), 'state');
    await killAt(stateRoot, 'head-written');
    const leftovers = readdirSync(join(stateRoot, 'audit')).filter((name) => name.includes('.gates-tmp-'));
    expect(leftovers).toHaveLength(1);
    expect((await runCli(['audit', 'record', '--gate', 'qa', '--verdict', 'fail', '--sha', SHA], { env: { MEMORY_STORAGE_ROOT: stateRoot } })).code).toBe(0);
    expect(readdirSync(join(stateRoot, 'audit')).filter((name) => name.includes('.gates-tmp-'))).toEqual([]);
  });
});
