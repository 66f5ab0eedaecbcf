import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LockfileLock } from '../../packages/core/src/index.js';
import { restoreCheckpoint } from '../../actions/checkpoint-restore/src/modes/restore-checkpoint.js';
import { openCheckpointStore, type CheckpointStore } from '../../actions/checkpoint-restore/src/store/checkpoint-store.js';
import { sha256Hex } from '../../actions/checkpoint-restore/src/store/manifest.js';
import { Job } from '../harness/run-bundle.js';

/** Writes a fresh random tree under dist/ and returns path → content hash. */
function writeTree(workspace: string, files: number): Record<string, string> {
  rmSync(join(workspace, 'dist'), { recursive: true, force: true });
  mkdirSync(join(workspace, 'dist'));
  const expected: Record<string, string> = {};
  for (let i = 0; i < files; i++) {
    const bytes = randomBytes(60_000 + i * 1000);
    writeFileSync(join(workspace, 'dist', `f${i}.bin`), bytes);
    expected[`dist/f${i}.bin`] = sha256Hex(bytes);
  }
  return expected;
}

function treeOf(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(root, 'dist')).sort()) out[`dist/${name}`] = sha256Hex(readFileSync(join(root, 'dist', name)));
  return out;
}

function sameTree(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((path) => a[path] === b[path]);
}

// The store is verified in this process (Node 20 in CI) while the bundle may run on Node 24 (GATES_TEST_NODE), whose
// default would be zstd: these savers use gzip. The other checkpoint tests run `auto` through the bundle on both.

/** Every manifest verifies and every chunk it names is there and hashes right: no torn checkpoint. */
function verifyStore(store: CheckpointStore): number {
  const rejected: string[] = [];
  const all = store.manifests.all((r) => rejected.push(`${r.hash}: ${r.reason}`));
  expect(rejected).toEqual([]);
  // A pack is renamed into place only whole: every pack file a kill left has a readable index.
  store.chunks.refresh();
  expect(store.chunks.unreadablePacks()).toEqual([]);
  for (const { manifest } of all) for (const entry of manifest.entries) if (entry.type === 'file') for (const chunk of entry.chunks) store.chunks.get(chunk.sha256, chunk.size);
  return all.length;
}

describe('kill -9 of the saver at random points (real processes, SIGKILL)', () => {
  let job: Job;
  beforeAll(async () => {
    job = await Job.start();
  });
  afterAll(async () => {
    await job.close();
  });

  test('after every kill the store verifies and the last green checkpoint restores exactly (old or new, never torn)', async () => {
    let expected = writeTree(job.workspace, 30);
    const started = Date.now();
    const first = await job.run('checkpoint-restore', { inputs: { gate: 'Build', paths: 'dist', compression: 'gzip', key: 'trial-0' }, timeoutMs: 60_000 });
    expect(first.exitCode).toBe(0);
    const fullRunMs = Date.now() - started;

    const store = openCheckpointStore(first.stateRoot, 'gzip');
    const lock = new LockfileLock(join(first.stateRoot, 'locks'));
    const scratchBase = mkdtempSync(join(tmpdir(), 'gates-crash-'));
    const trials = 12;
    let killed = 0;
    let completed = 0;
    try {
      for (let trial = 1; trial <= trials; trial++) {
        const candidate = writeTree(job.workspace, 30);
        const step = job.start('checkpoint-restore', { inputs: { gate: 'Build', paths: 'dist', compression: 'gzip', key: `trial-${trial}` }, timeoutMs: 60_000 });
        // A random point of the whole step: start-up, chunking, chunk writes, the manifest, the ledger.
        const timer = setTimeout(() => step.child.kill('SIGKILL'), Math.random() * fullRunMs * 1.1);
        const run = await step.result;
        clearTimeout(timer);
        if (run.signal === 'SIGKILL') killed++;
        expect(verifyStore(store)).toBeGreaterThan(0);
        const scratch = join(scratchBase, String(trial));
        mkdirSync(scratch);
        const restored = await restoreCheckpoint(store, lock, { gate: 'Build', root: scratch, exclude: [], lockTimeoutMs: 30_000, onRejected: () => {} });
        const tree = treeOf(scratch);

        // The newest checkpoint is the one this trial wrote (its manifest landed) or the previous one: nothing between.
        expect(restored).toBeDefined();
        if (sameTree(tree, candidate)) {
          completed++;
          expected = candidate;
        }
        expect(tree).toEqual(expected);
      }
    } finally {
      rmSync(scratchBase, { recursive: true, force: true });
    }
    // Which trials were cut short depends on the machine's load; the invariant above holds for each of them.
    expect(killed + completed).toBeGreaterThanOrEqual(trials);
  }, 240_000);
});

describe('concurrent savers of one gate serialise through the core lock', () => {
  test('two savers at once both land whole; a saver that cannot get the lock in time fails with exit 3 and writes nothing', async () => {
    const job = await Job.start();
    try {
      writeTree(job.workspace, 10);
      const stateRoot = join(job.runnerDir, 'temp', 'gates-state');
      const [one, two] = await Promise.all([
        job.run('checkpoint-restore', { inputs: { gate: 'Build', paths: 'dist', compression: 'gzip', key: 'one' }, timeoutMs: 60_000 }),
        job.run('checkpoint-restore', { inputs: { gate: 'Build', paths: 'dist', compression: 'gzip', key: 'two' }, timeoutMs: 60_000 }),
      ]);
      expect([one.exitCode, two.exitCode, one.stderr, two.stderr]).toEqual([0, 0, '', '']);
      const store = openCheckpointStore(stateRoot, 'gzip');
      expect(verifyStore(store)).toBe(2);
      // Same content twice: the second saver stored no chunk the first had stored (it ran after it, under the lock).
      const newChunks = [one, two].map((run) => JSON.parse(readFileSync(run.outputs['metrics-file']!, 'utf8')).newChunks as number).sort();
      expect(newChunks[0]).toBe(0);
      const lock = new LockfileLock(join(stateRoot, 'locks'));
      const release = await lock.acquire('checkpoints');
      try {
        writeTree(job.workspace, 3);
        const blocked = await job.run('checkpoint-restore', { inputs: { gate: 'Build', paths: 'dist', compression: 'gzip', key: 'three', 'lock-timeout-seconds': '1' }, timeoutMs: 60_000 });
        expect(blocked.exitCode).toBe(3);
        expect(blocked.annotations[0]!.data).toContain('waiting for lock "checkpoints"');
      } finally {
        await release();
      }
      expect(store.manifests.hashes()).toHaveLength(2);
    } finally {
      await job.close();
    }
  }, 120_000);
});
