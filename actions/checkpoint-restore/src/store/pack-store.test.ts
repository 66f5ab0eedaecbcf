import { describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatesError } from '@gates/core';
import { toLooseStore } from '../../../../test/fixtures/loose-chunk-store.js';
import { openCheckpointStore } from './checkpoint-store.js';
import { sha256Hex } from './manifest.js';
import { ENTRY_BYTES, FOOTER_BYTES } from './pack-format.js';
import { collectChunks } from './retention.js';
import { checkpointIdentity, checkpointStoreFixture } from '../../../../test/fixtures/checkpoint-store.js';


function setup() {
  const t = checkpointStoreFixture('gates-packs-');
  const write = (name: string, bytes: Buffer) => writeFileSync(join(t.workspace, 'out', name), bytes);
  const read = (name: string) => readFileSync(join(t.workspace, 'out', name));
  return { ...t, write, read };
}

/** Files of the store's pack directory (packs and anything else left there). */
function packFiles(t: ReturnType<typeof setup>): string[] {
  return readdirSync(t.store.chunks.packsDirectory).sort();
}

describe('pack files', () => {
  test('a save writes one pack (not a file per chunk), and a re-save of the same content writes nothing', async () => {
    const t = setup();
    try {
      for (let i = 0; i < 20; i++) t.write(`f${i}.bin`, randomBytes(15_000));
      const first = await t.save();
      expect(first.totals!.newChunks).toBe(20);
      expect(packFiles(t)).toHaveLength(1);
      expect(packFiles(t)[0]).toMatch(/^[0-9a-f]{64}\.pack$/);
      expect(readdirSync(t.store.chunks.directory)).toEqual(['packs']);
      const again = await t.save({ force: true });
      expect([again.outcome, again.hash, again.totals!.newChunks]).toEqual(['unchanged', first.hash, 0]);
      expect(packFiles(t)).toHaveLength(1);
    } finally {
      t.cleanup();
    }
  });

  test("a tampered pack index (an entry pointing past the pack's chunks) is GATES_E_CHECKPOINT_CORRUPT naming the chunk, nothing restored", async () => {
    const t = setup();
    try {
      t.write('a.bin', randomBytes(20_000));
      const saved = await t.save();
      const entry = saved.manifest!.entries.find((e) => e.type === 'file')!;
      const chunk = entry.type === 'file' ? entry.chunks[0]!.sha256 : '';
      const { path } = t.store.chunks.locate(chunk)!;
      const bytes = readFileSync(path);
      const indexOffset = Number(bytes.readBigUInt64BE(bytes.length - FOOTER_BYTES));
      bytes.writeBigUInt64BE(BigInt(bytes.length), indexOffset + 32);
      writeFileSync(path, bytes);
      rmSync(join(t.workspace, 'out', 'a.bin'));
      const error = (await t.restore(openCheckpointStore(t.state, 'gzip')).catch((thrown: unknown) => thrown)) as GatesError;
      expect(error).toBeInstanceOf(GatesError);
      expect(error.code).toBe('GATES_E_CHECKPOINT_CORRUPT');
      expect(error.exitCode).toBe(3);
      expect(error.message).toContain(`chunk ${chunk} of out/a.bin`);
      expect(error.message).toContain('places it outside the pack');
      expect(readdirSync(join(t.workspace, 'out'))).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  test('a store written before packs (one file per chunk) restores, dedupes against a new save, and reports a changed chunk file', async () => {
    const t = setup();
    try {
      const kept = randomBytes(100_000);
      t.write('kept.bin', kept);
      const saved = await t.save();
      toLooseStore(t.store.chunks);
      expect(readdirSync(t.store.chunks.packsDirectory)).toEqual([]);
      rmSync(join(t.workspace, 'out'), { recursive: true });
      await t.restore();
      expect(sha256Hex(t.read('kept.bin'))).toBe(sha256Hex(kept));
      // A new save finds the loose chunks: nothing of kept.bin is stored again.
      t.write('new.bin', randomBytes(1000));
      const next = await t.save({ lamport: 2, identity: { ...checkpointIdentity, commit: 'b'.repeat(40) } });
      expect(next.totals!.newChunks).toBe(1);
      // A loose chunk file changed in place: exit 3 naming it.
      const entry = saved.manifest!.entries.find((e) => e.type === 'file')!;
      const chunk = entry.type === 'file' ? entry.chunks[0]!.sha256 : '';
      const path = t.store.chunks.locate(chunk)!.path;
      const stored = readFileSync(path);
      stored[stored.length - 2] ^= 0x55;
      writeFileSync(path, stored);
      rmSync(join(t.workspace, 'out', 'kept.bin'));
      // A fresh store, as the next process: this one keeps the chunk it verified last (when kept.bin is one chunk, that one).
      const error = (await t.restore(openCheckpointStore(t.state, 'gzip')).catch((thrown: unknown) => thrown)) as GatesError;
      expect([error.code, error.exitCode]).toEqual(['GATES_E_CHECKPOINT_CORRUPT', 3]);
      expect(error.message).toContain(`chunk ${chunk} of out/kept.bin`);
    } finally {
      t.cleanup();
    }
  });

  test('a save that fails leaves no pack and no temporary', async () => {
    const t = setup();
    try {
      t.store.chunks.put(sha256Hex(Buffer.from('x')), Buffer.from('x'));
      expect(packFiles(t)).toHaveLength(1); // the open pack's temporary
      t.store.chunks.abandon();
      expect(packFiles(t)).toEqual([]);
      expect(t.store.chunks.has(sha256Hex(Buffer.from('x')))).toBe(false);
    } finally {
      t.cleanup();
    }
  });

  test('another process\'s new pack is found on refresh, and on a read that misses', async () => {
    const t = setup();
    try {
      const other = openCheckpointStore(t.state, 'gzip');
      expect(other.chunks.list()).toEqual([]);
      const plain = randomBytes(5000);
      const hash = sha256Hex(plain);
      t.store.chunks.put(hash, plain);
      t.store.chunks.flush();
      expect(other.chunks.get(hash, plain.length).equals(plain)).toBe(true);
    } finally {
      t.cleanup();
    }
  });
});

describe('pack garbage collection', () => {
  function storeChunks(t: ReturnType<typeof setup>, sizes: number[]): string[] {
    const hashes = sizes.map((size) => {
      const plain = randomBytes(size);
      const hash = sha256Hex(plain);
      t.store.chunks.put(hash, plain);
      return hash;
    });
    t.store.chunks.flush();
    return hashes;
  }

  test('a pack with nothing live is deleted; one more than half dead is rewritten with its live chunks; one at most half dead is kept', () => {
    const t = setup();
    try {
      const dead = storeChunks(t, [1000, 1000]);
      const mostlyDead = storeChunks(t, [1000, 3000]);
      const halfDead = storeChunks(t, [2000, 2000]);
      expect(packFiles(t)).toHaveLength(3);
      const keptPack = t.store.chunks.locate(halfDead[0]!)!.path;
      const live = new Set([mostlyDead[0]!, halfDead[0]!]);
      // The kept pack's dead chunk stays stored (found by a later save, collected with its pack).
      const stored = [...live, halfDead[1]!].sort();
      expect(collectChunks(t.store, live)).toBe(3);
      expect(t.store.chunks.list().sort()).toEqual(stored);
      expect(packFiles(t)).toHaveLength(2);
      expect(t.store.chunks.locate(halfDead[0]!)!.path).toBe(keptPack);
      for (const hash of dead) expect(t.store.chunks.has(hash)).toBe(false);
      expect(t.store.chunks.get(mostlyDead[0]!, 1000)).toHaveLength(1000);
      // What another process sees: the same chunks.
      expect(openCheckpointStore(t.state, 'gzip').chunks.list().sort()).toEqual(stored);
    } finally {
      t.cleanup();
    }
  });

  test('a pack whose footer or index cannot be read is garbage: removed', () => {
    const t = setup();
    try {
      const [hash] = storeChunks(t, [1000]);
      const { path } = t.store.chunks.locate(hash!)!;
      writeFileSync(path, readFileSync(path).subarray(0, 100));
      const fresh = openCheckpointStore(t.state, 'gzip');
      expect(fresh.chunks.has(hash!)).toBe(false);
      collectChunks(fresh, new Set([hash!]));
      expect(packFiles(t)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});

describe('pack transport import', () => {
  test('an exported pack imports into another store; a pack whose index points outside it is refused', () => {
    const a = setup();
    const b = setup();
    try {
      const plain = [randomBytes(3000), randomBytes(4000)];
      const hashes = plain.map((bytes) => sha256Hex(bytes));
      plain.forEach((bytes, i) => a.store.chunks.put(hashes[i]!, bytes));
      a.store.chunks.flush();
      const outgoing = join(a.base, 'outgoing');
      mkdirSync(outgoing);
      const exported = a.store.chunks.exportPack(hashes, outgoing)!;
      expect(exported.chunks).toBe(2);
      expect(b.store.chunks.importPack(exported.path)).toMatchObject({ chunks: 2 });
      expect(b.store.chunks.get(hashes[1]!, 4000).equals(plain[1]!)).toBe(true);
      expect(b.store.chunks.importPack(exported.path)).toMatchObject({ chunks: 0 });
      const bytes = readFileSync(exported.path);
      const indexOffset = Number(bytes.readBigUInt64BE(bytes.length - FOOTER_BYTES));
      bytes.writeUInt32BE(0xffffff, indexOffset + ENTRY_BYTES + 40);
      const bad = join(a.base, 'bad.pack');
      writeFileSync(bad, bytes);
      expect(openCheckpointStore(join(a.base, 'state'), 'gzip').chunks.importPack(bad)).toContain('points outside it');
      writeFileSync(bad, bytes.subarray(0, bytes.length - 1));
      expect(b.store.chunks.importPack(bad)).toContain('not a pack footer');
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });
});
