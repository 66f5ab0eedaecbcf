import { describe, expect, test } from '@jest/globals';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, ftruncateSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readlinkSync, readdirSync, readSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatesError, LockfileLock } from '@gates/core';
import { DEFAULT_CHUNK_SIZES } from '../chunking/content-chunker.js';
import { openCheckpointStore } from '../store/checkpoint-store.js';
import { toLooseStore } from '../../../../test/fixtures/loose-chunk-store.js';
import { zstdAvailable, type CodecName } from '../store/codec.js';
import { sha256Hex } from '../store/manifest.js';
import { restoreCheckpoint } from './restore-checkpoint.js';
import { saveCheckpoint, type SaveRequest } from './save-checkpoint.js';

const identity = { workflow: 'ci.yml', commit: 'a'.repeat(40), ref: 'refs/heads/main', runId: '1', runAttempt: '1' };

function setup(codec: CodecName = 'gzip') {
  const base = mkdtempSync(join(tmpdir(), 'gates-ckpt-'));
  const workspace = join(base, 'ws');
  const state = join(base, 'state');
  mkdirSync(workspace);
  mkdirSync(state, { mode: 0o700 });
  const store = openCheckpointStore(state, codec);
  const lock = new LockfileLock(join(state, 'locks'));
  const rejected: string[] = [];
  const save = (overrides: Partial<SaveRequest> = {}) =>
    saveCheckpoint(store, lock, { gate: 'build', status: 'green', paths: ['out'], workspace, exclude: [], identity, inputsHash: '', force: false, retention: 5, lamport: 1, lockTimeoutMs: 5000, onRejected: (r) => rejected.push(r.reason), ...overrides });
  const restore = (root = workspace, checkpoint?: string) => restoreCheckpoint(store, lock, { gate: 'build', checkpoint, root, exclude: [], lockTimeoutMs: 5000, onRejected: (r) => rejected.push(r.reason) });
  return { base, workspace, state, store, save, restore, rejected, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** A tree of every kind: binary, empty, unicode names, modes, links (relative, inside), a nested empty directory. */
function buildTree(workspace: string): void {
  const out = join(workspace, 'out');
  mkdirSync(join(out, 'nested', 'empty'), { recursive: true });
  writeFileSync(join(out, 'binary.bin'), randomBytes(300_000));
  writeFileSync(join(out, 'empty.txt'), '');
  writeFileSync(join(out, 'Ünïcødé ✓ 名前.txt'), 'unicode names survive\n');
  writeFileSync(join(out, 'run.sh'), '#!/bin/sh\necho ok\n');
  chmodSync(join(out, 'run.sh'), 0o755);
  writeFileSync(join(out, 'nested', 'secret.key'), 'private');
  chmodSync(join(out, 'nested', 'secret.key'), 0o600);
  symlinkSync('nested/secret.key', join(out, 'link-to-key'));
  symlinkSync('../out/run.sh', join(out, 'nested', 'up-link'));
}

/** Path → what matters of it: type, mode, content hash or link target. */
function snapshot(root: string, dir = 'out'): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (rel: string) => {
    const path = join(root, rel);
    const info = lstatSync(path);
    if (info.isSymbolicLink()) result[rel] = `link ${readlinkSync(path)}`;
    else if (info.isDirectory()) {
      result[rel] = `dir ${(info.mode & 0o777).toString(8)}`;
      for (const name of readdirSync(path)) walk(`${rel}/${name}`);
    } else result[rel] = `file ${(info.mode & 0o777).toString(8)} ${sha256Hex(readFileSync(path))}`;
  };
  walk(dir);
  return result;
}

describe.each([['gzip'], ...(zstdAvailable() ? [['zstd']] : []), ['none']] as [CodecName][])('checkpoint save and restore (%s, real files)', (codec) => {
  test('round trip: binary, empty, unicode names, modes, links kept as links, empty directories', async () => {
    const t = setup(codec);
    try {
      buildTree(t.workspace);
      const before = snapshot(t.workspace);
      const saved = await t.save();
      expect(saved.outcome).toBe('saved');
      rmSync(join(t.workspace, 'out'), { recursive: true });
      const restored = await t.restore();
      expect(restored!.plan.added.length).toBe(Object.keys(before).length);
      expect(snapshot(t.workspace)).toEqual(before);
      // Idempotent: a second restore finds nothing to change and writes nothing.
      const again = await t.restore();
      expect({ added: again!.plan.added.length, modified: again!.plan.modified.length, removed: again!.plan.removed.length, bytes: again!.bytes }).toEqual({ added: 0, modified: 0, removed: 0, bytes: 0 });
    } finally {
      t.cleanup();
    }
  });
});

describe('checkpoint store behaviour', () => {
  test('a restore reports added, modified (same size too) and removed before overwriting, and puts it all back', async () => {
    const t = setup();
    try {
      buildTree(t.workspace);
      const before = snapshot(t.workspace);
      await t.save();
      writeFileSync(join(t.workspace, 'out', 'run.sh'), '#!/bin/sh\necho no\n'); // same size, other bytes
      rmSync(join(t.workspace, 'out', 'empty.txt'));
      writeFileSync(join(t.workspace, 'out', 'generated-by-failed-gate.txt'), 'junk');
      const result = await t.restore();
      expect(result!.plan.modified.map((entry) => entry.path)).toEqual(['out/run.sh']);
      expect(result!.plan.added.map((entry) => entry.path)).toEqual(['out/empty.txt']);
      expect(result!.plan.removed).toEqual(['out/generated-by-failed-gate.txt']);
      expect(snapshot(t.workspace)).toEqual(before);
    } finally {
      t.cleanup();
    }
  });

  test('idempotency: the same gate run is skipped-idempotent; forced with the same content: same hash, no new chunks', async () => {
    const t = setup();
    try {
      buildTree(t.workspace);
      const first = await t.save();
      const second = await t.save();
      expect(second.outcome).toBe('skipped-idempotent');
      expect(second.hash).toBe(first.hash);
      const forced = await t.save({ force: true });
      expect(forced).toMatchObject({ outcome: 'unchanged', hash: first.hash });
      expect(forced.totals!.newChunks).toBe(0);
      // Another commit with the same content: a new checkpoint, but no chunk stored twice.
      const next = await t.save({ identity: { ...identity, commit: 'b'.repeat(40) }, lamport: 2 });
      expect(next.outcome).toBe('saved');
      expect(next.hash).not.toBe(first.hash);
      expect(next.totals!.newChunks).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  test('a 1% change to a large file stores only the chunks around the edits (content-defined dedupe)', async () => {
    const t = setup('none');
    try {
      mkdirSync(join(t.workspace, 'out'));
      // Fixed pseudo-random bytes: where the chunk boundaries fall is then the same on every run.
      const data = fixedRandomBytes(8 * 1024 * 1024, 'base');
      writeFileSync(join(t.workspace, 'out', 'big.bin'), data);
      await t.save();
      // 1% of the file rewritten, and an insertion that shifts everything after it (fixed-size blocks would all change).
      const rewritten = fixedRandomBytes(84_000, 'edit');
      const edited = Buffer.concat([data.subarray(0, 3_000_000), rewritten, data.subarray(3_084_000, 6_000_000), Buffer.from('inserted'), data.subarray(6_000_000)]);
      writeFileSync(join(t.workspace, 'out', 'big.bin'), edited);
      const second = await t.save({ identity: { ...identity, commit: 'c'.repeat(40) }, lamport: 2 });
      // Chunking resynchronises at the first boundary after an edit: at most the chunk an edit starts in and the
      // one it ends in are new, besides the edited bytes themselves (two edits here).
      const bound = rewritten.length + 8 + 2 * 2 * DEFAULT_CHUNK_SIZES.max;
      expect(second.totals!.newBytes).toBeLessThanOrEqual(bound);
      expect(second.totals!.newBytes / second.totals!.bytes).toBeLessThan(0.15);
    } finally {
      t.cleanup();
    }
  });

  test('a 1 GiB sparse file round-trips as one stored chunk and stays sparse', async () => {
    const t = setup();
    try {
      mkdirSync(join(t.workspace, 'out'));
      const fd = openSync(join(t.workspace, 'out', 'sparse.img'), 'w');
      writeSync(fd, Buffer.from('header'), 0, 6, 0);
      writeSync(fd, Buffer.from('trailer'), 0, 7, 1024 ** 3 - 7);
      ftruncateSync(fd, 1024 ** 3);
      closeSync(fd);
      const saved = await t.save();
      expect(saved.totals!.bytes).toBe(1024 ** 3);
      expect(saved.totals!.newChunks).toBeLessThanOrEqual(4);
      rmSync(join(t.workspace, 'out', 'sparse.img'));
      await t.restore();
      const info = statSync(join(t.workspace, 'out', 'sparse.img'));
      expect(info.size).toBe(1024 ** 3);
      expect(info.blocks * 512).toBeLessThan(16 * 1024 * 1024);
      const fdRead = openSync(join(t.workspace, 'out', 'sparse.img'), 'r');
      const tail = Buffer.alloc(7);
      readSync(fdRead, tail, 0, 7, 1024 ** 3 - 7);
      closeSync(fdRead);
      expect(tail.toString()).toBe('trailer');
    } finally {
      t.cleanup();
    }
  }, 120_000);

  test('a changed chunk: exit-3 error naming the chunk and file, and nothing restored (no temporaries left)', async () => {
    const t = setup();
    try {
      buildTree(t.workspace);
      const saved = await t.save();
      const binary = saved.manifest!.entries.find((entry) => entry.path === 'out/binary.bin')!;
      const chunk = binary.type === 'file' ? binary.chunks[1]!.sha256 : '';
      // The chunk's bytes inside its pack file, changed in place.
      const { path, offset, length } = t.store.chunks.locate(chunk)!;
      const stored = readFileSync(path);
      stored[offset + length! - 3] ^= 0xff;
      writeFileSync(path, stored);
      rmSync(join(t.workspace, 'out'), { recursive: true });
      mkdirSync(join(t.workspace, 'out'));
      writeFileSync(join(t.workspace, 'out', 'newer.txt'), 'kept');
      const error = await t.restore().catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(GatesError);
      expect((error as GatesError).exitCode).toBe(3);
      expect((error as GatesError).message).toContain(`chunk ${chunk} of out/binary.bin`);
      expect(readdirSync(t.workspace)).toEqual(['out']);
      expect(readdirSync(join(t.workspace, 'out'))).toEqual(['newer.txt']);
    } finally {
      t.cleanup();
    }
  });

  test('a missing chunk is named before anything is written', async () => {
    const t = setup();
    try {
      buildTree(t.workspace);
      const saved = await t.save();
      const entry = saved.manifest!.entries.find((e) => e.path === 'out/run.sh')!;
      const chunk = entry.type === 'file' ? entry.chunks[0]!.sha256 : '';
      // A store written before pack files (one file per chunk), one chunk file deleted.
      toLooseStore(t.store.chunks);
      rmSync(t.store.chunks.locate(chunk)!.path);
      rmSync(join(t.workspace, 'out', 'run.sh'));
      await expect(t.restore()).rejects.toThrow(`chunk ${chunk} of out/run.sh is missing`);
      expect(() => lstatSync(join(t.workspace, 'out', 'run.sh'))).toThrow();
    } finally {
      t.cleanup();
    }
  });

  test.each([
    ['a ".." path', (m: Record<string, unknown>) => ((m.entries as { path: string }[])[0]!.path = '../escaped'), 'has a ".." component'],
    ['an absolute path', (m: Record<string, unknown>) => ((m.entries as { path: string }[])[0]!.path = '/tmp/escaped'), 'has an absolute path'],
    ['a link out of the workspace', (m: Record<string, unknown>) => (m.entries as unknown[]).push({ type: 'symlink', path: 'out/evil', target: '../../etc' }), 'a target outside the workspace'],
    ['a path under a link', (m: Record<string, unknown>) => (m.entries as unknown[]).push({ type: 'file', path: 'out/link-to-key/x', mode: 420, size: 0, chunks: [] }), 'lies under the symbolic link'],
    // A file has nothing under it: restoring x under one failed mid-commit (ENOTDIR: exit 4, the workspace half-restored, temporaries left).
    ['a path under a file', (m: Record<string, unknown>) => (m.entries as unknown[]).push({ type: 'file', path: 'out/run.sh/x', mode: 420, size: 0, chunks: [] }), 'lies under the file out/run.sh'],
  ])('a tampered manifest with %s is refused (and its rehashed twice is refused by name)', async (_name, edit, reason) => {
    const t = setup();
    try {
      buildTree(t.workspace);
      const saved = await t.save();
      const manifest = JSON.parse(readFileSync(join(t.store.manifests.directory, `${saved.hash}.json`), 'utf8')) as Record<string, unknown>;
      edit(manifest);
      const bytes = Buffer.from(`${JSON.stringify(manifest)}\n`);
      // Edited in place: the hash no longer matches its name.
      writeFileSync(join(t.store.manifests.directory, `${saved.hash}.json`), bytes);
      await expect(t.restore(t.workspace, saved.hash)).rejects.toThrow('does not match its hash');
      // Stored under its new hash (a forger who knows the scheme): the paths are checked.
      const forged = sha256Hex(bytes);
      writeFileSync(join(t.store.manifests.directory, `${forged}.json`), bytes);
      const error = (await t.restore(t.workspace, forged).catch((thrown: unknown) => thrown)) as GatesError;
      expect(error.exitCode).toBe(3);
      expect(error.message).toContain(reason);
    } finally {
      t.cleanup();
    }
  });

  test('retention keeps the newest checkpoints and the last green one, and collects unreferenced chunks', async () => {
    const t = setup();
    try {
      mkdirSync(join(t.workspace, 'out'));
      let green = '';
      for (let i = 0; i < 4; i++) {
        // Below the smallest chunk size: one chunk per checkpoint whatever the random bytes (40 KB could be cut in two).
        writeFileSync(join(t.workspace, 'out', 'f.bin'), randomBytes(DEFAULT_CHUNK_SIZES.min - 1));
        const saved = await t.save({ status: i === 0 ? 'green' : 'red', retention: 2, lamport: i + 1, identity: { ...identity, commit: String(i).repeat(40) } });
        if (i === 0) green = saved.hash!;
      }
      const kept = t.store.manifests.all(() => {});
      expect(kept).toHaveLength(3);
      expect(kept.map((c) => c.hash)).toContain(green);
      expect(t.store.chunks.list()).toHaveLength(3);
      const restored = await t.restore();
      expect(restored!.checkpoint.hash).toBe(green);
    } finally {
      t.cleanup();
    }
  });
});

/** Bytes that look random and are the same on every run: AES-CTR over zeros, keyed by a label. */
function fixedRandomBytes(length: number, label: string): Buffer {
  const key = createHash('sha256').update(label).digest().subarray(0, 16);
  return createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}
