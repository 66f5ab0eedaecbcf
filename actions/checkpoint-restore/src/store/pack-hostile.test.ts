import { describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unpack } from '../persistence/pack.js';
import { openCheckpointStore } from './checkpoint-store.js';
import { sha256Hex } from './manifest.js';
import { openPack } from './pack-file.js';
import { encodeIndex } from './pack-format.js';
import { collectChunks } from './retention.js';
import { checkpointStoreFixture } from '../../../../test/fixtures/checkpoint-store.js';

// Packs an attacker made: one who can upload an artifact or cache entry the store imports, or write the state root.


function setup() {
  const t = checkpointStoreFixture('gates-hostile-');
  // Every restore through a store opened afresh: an attacker's pack is met by the next process, not one that has read the indexes already.
  return { ...t, restore: () => t.restore(t.fresh()), packs: () => readdirSync(t.store.chunks.packsDirectory).sort() };
}

/** A pack whose index claims `hash` for bytes that are not it, named (by its index) to sort before `before`: its copy is the one the store would read. */
function lyingPack(hash: string, before: string): Buffer {
  for (let size = 100; ; size++) {
    const body = Buffer.concat([Buffer.from([0]), randomBytes(size)]);
    const { bytes, name } = encodeIndex([{ hash, offset: 0, length: body.length }], body.length);
    if (name < before) return Buffer.concat([body, bytes]);
  }
}

describe('a transported pack that lies about its chunks', () => {
  test('is refused on import, naming the chunk: the good copy still restores and retention keeps it', async () => {
    const t = setup();
    try {
      const good = randomBytes(20_000);
      writeFileSync(join(t.workspace, 'out', 'a.bin'), good);
      const saved = await t.save();
      const entry = saved.manifest!.entries.find((e) => e.type === 'file')!;
      const hash = entry.type === 'file' ? entry.chunks[0]!.sha256 : '';
      const [goodPack] = t.packs();
      const incoming = join(t.base, 'incoming.pack');
      writeFileSync(incoming, lyingPack(hash, goodPack!));
      expect(t.store.chunks.importPack(incoming)).toBe(`chunk ${hash} does not match its hash`);
      expect(t.packs()).toEqual([goodPack]);
      collectChunks(openCheckpointStore(t.state, 'gzip'), new Set([hash]));
      expect(t.packs()).toEqual([goodPack]);
      rmSync(join(t.workspace, 'out', 'a.bin'));
      await t.restore();
      expect(readFileSync(join(t.workspace, 'out', 'a.bin')).equals(good)).toBe(true);
    } finally {
      t.cleanup();
    }
  });

  test('is not what a later save dedupes against (its checkpoint restores)', async () => {
    const t = setup();
    try {
      // The attacker knows a file the gate will produce (a vendored dependency, a fixed asset): its chunk's hash too.
      const known = randomBytes(10_000);
      const hash = sha256Hex(known);
      const incoming = join(t.base, 'incoming.pack');
      writeFileSync(incoming, lyingPack(hash, 'f'.repeat(64)));
      expect(t.store.chunks.importPack(incoming)).toContain('does not match its hash');
      writeFileSync(join(t.workspace, 'out', 'vendor.js'), known);
      const saved = await t.save();
      expect(saved.totals!.newChunks).toBe(1);
      rmSync(join(t.workspace, 'out', 'vendor.js'));
      expect((await t.restore())!.checkpoint.hash).toBe(saved.hash);
    } finally {
      t.cleanup();
    }
  });

  test('unpack reports it refused and does not count its chunks as carried (a publish sends them again); a lying loose chunk of an earlier version too', () => {
    const t = setup();
    try {
      const plain = randomBytes(5000);
      const hash = sha256Hex(plain);
      const pack = join(t.base, 'transport');
      mkdirSync(join(pack, 'manifests'), { recursive: true });
      const name = 'e'.repeat(64);
      writeFileSync(join(pack, `${name}.pack`), lyingPack(hash, 'f'.repeat(64)));
      const unpacked = unpack(pack, { manifests: [], chunks: [hash], packs: [name], depth: 0 }, t.store);
      expect(unpacked).toEqual({ manifests: 0, chunks: 0, carried: [], refused: [`pack ${name}: chunk ${hash} does not match its hash`] });
      expect(t.store.chunks.has(hash)).toBe(false);
      mkdirSync(join(pack, 'chunks'));
      writeFileSync(join(pack, 'chunks', hash), Buffer.concat([Buffer.from([0]), randomBytes(5000)]));
      const legacy = unpack(pack, { manifests: [], chunks: [hash], depth: 0 }, t.store);
      expect(legacy).toEqual({ manifests: 0, chunks: 0, carried: [], refused: [`chunk ${hash} does not match its hash`] });
      expect(t.store.chunks.has(hash)).toBe(false);
      writeFileSync(join(pack, 'chunks', hash), Buffer.concat([Buffer.from([0]), plain]));
      expect(unpack(pack, { manifests: [], chunks: [hash], depth: 0 }, t.store)).toEqual({ manifests: 0, chunks: 1, carried: [hash], refused: [] });
      expect(t.store.chunks.get(hash, 5000).equals(plain)).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});

describe('a transported pack with the index of a pack the store has', () => {
  test('is not taken nor hashed again (each step of a job fetches the run\'s artifacts): the store keeps and reads its own copy', async () => {
    const t = setup();
    try {
      const plain = randomBytes(20_000);
      writeFileSync(join(t.workspace, 'out', 'a.bin'), plain);
      await t.save();
      const [own] = t.packs();
      const copy = readFileSync(join(t.store.chunks.packsDirectory, own!));
      // Same index (so the same name), other chunk bytes: hashing them would refuse the pack; they are never read.
      copy.fill(0x5a, 1, 100);
      const incoming = join(t.base, 'incoming.pack');
      writeFileSync(incoming, copy);
      expect(t.store.chunks.importPack(incoming)).toMatchObject({ chunks: 0 });
      expect(t.packs()).toEqual([own]);
      rmSync(join(t.workspace, 'out', 'a.bin'));
      await t.restore();
      expect(readFileSync(join(t.workspace, 'out', 'a.bin')).equals(plain)).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});

describe('a file under a pack name that is not a regular file', () => {
  test('a FIFO is refused by its type (a plain open would wait for a writer: every save and restore would hang under the lock), and collected', async () => {
    const t = setup();
    try {
      writeFileSync(join(t.workspace, 'out', 'a.bin'), randomBytes(5000));
      await t.save();
      const fifo = join(t.store.chunks.packsDirectory, `${'0'.repeat(64)}.pack`);
      execFileSync('mkfifo', [fifo]);
      // This test holds the FIFO open for writing so that code which opens it blocking fails the assertion instead of hanging
      // the test (the bundle test in test/e2e/checkpoint-packs.e2e.test.ts runs it with no writer).
      const writer = openSync(fifo, constants.O_RDWR);
      try {
        expect(() => closeSync(openPack(fifo))).toThrow('it is not a regular file');
        const fresh = openCheckpointStore(t.state, 'gzip');
        expect(fresh.chunks.unreadablePacks()).toEqual(['0'.repeat(64)]);
        collectChunks(fresh, new Set(fresh.chunks.list()));
        expect(t.packs()).toHaveLength(1);
      } finally {
        closeSync(writer);
      }
    } finally {
      t.cleanup();
    }
  });

  test('a directory is left where it is (not removed recursively) and does not fail the save that runs retention', async () => {
    const t = setup();
    try {
      writeFileSync(join(t.workspace, 'out', 'a.bin'), randomBytes(5000));
      await t.save();
      const stray = `${'a'.repeat(64)}.pack`;
      mkdirSync(join(t.store.chunks.packsDirectory, stray, 'inside'), { recursive: true });
      writeFileSync(join(t.workspace, 'out', 'a.bin'), randomBytes(5000));
      const second = await t.save({ lamport: 2, force: true, retention: 1 });
      expect([second.outcome, second.expired.checkpoints]).toEqual(['saved', 1]);
      expect(t.packs()).toHaveLength(2);
      expect(t.packs()).toContain(stray);
      rmSync(join(t.workspace, 'out', 'a.bin'));
      expect((await t.restore())!.checkpoint.hash).toBe(second.hash);
    } finally {
      t.cleanup();
    }
  });
});
