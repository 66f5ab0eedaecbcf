import { describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LockfileLock } from '@gates/core';
import { saveCheckpoint } from '../modes/save-checkpoint.js';
import { openCheckpointStore } from '../store/checkpoint-store.js';
import { FOOTER_BYTES } from '../store/pack-format.js';
import { readPackIndex, unpack, writePack } from './pack.js';

const identity = { workflow: 'ci.yml', commit: 'a'.repeat(40), ref: 'refs/heads/main', runId: '1', runAttempt: '1' };

/** A store with one saved checkpoint of two files, and an empty second store to carry it to. */
async function twoStores() {
  const base = mkdtempSync(join(tmpdir(), 'gates-transport-pack-'));
  const workspace = join(base, 'ws');
  mkdirSync(join(workspace, 'out'), { recursive: true });
  const files = { 'a.bin': randomBytes(15_000), 'b.bin': randomBytes(15_000) };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(workspace, 'out', name), bytes);
  mkdirSync(join(base, 'from'), { mode: 0o700 });
  mkdirSync(join(base, 'to'), { mode: 0o700 });
  const from = openCheckpointStore(join(base, 'from'), 'gzip');
  const to = openCheckpointStore(join(base, 'to'), 'gzip');
  const saved = await saveCheckpoint(from, new LockfileLock(join(base, 'from', 'locks')), { gate: 'build', status: 'green', paths: ['out'], workspace, exclude: [], identity, inputsHash: '', force: false, retention: 5, lamport: 1, lockTimeoutMs: 5000, onRejected: () => {} });
  const chunks = saved.manifest!.entries.flatMap((entry) => (entry.type === 'file' ? entry.chunks.map((chunk) => chunk.sha256) : []));
  return { base, from, to, hash: saved.hash!, chunks, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

describe('transport packs', () => {
  test('carry the needed chunks in one pack file, imported into the receiving store as a pack', async () => {
    const t = await twoStores();
    try {
      const pack = join(t.base, 'outgoing');
      const written = writePack(pack, t.from, t.hash, new Set([t.chunks[0]!]), { depth: 0 });
      expect(written.chunks).toBe(1);
      expect(readdirSync(pack).sort()).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.pack$/), 'manifests', 'pack.json']);
      const index = readPackIndex(pack)!;
      expect(unpack(pack, index, t.to)).toEqual({ manifests: 1, chunks: 1, carried: [t.chunks[1]!], refused: [] });
      expect(t.to.chunks.has(t.chunks[1]!)).toBe(true);
      expect(t.to.chunks.has(t.chunks[0]!)).toBe(false);
      expect(readdirSync(t.to.chunks.packsDirectory)).toHaveLength(1);
    } finally {
      t.cleanup();
    }
  });

  test('a pack file whose index points outside it is not imported (its chunks are then missing), the manifest still arrives', async () => {
    const t = await twoStores();
    try {
      const pack = join(t.base, 'outgoing');
      writePack(pack, t.from, t.hash, new Set(), { depth: 0 });
      const index = readPackIndex(pack)!;
      const file = join(pack, `${index.packs![0]}.pack`);
      const bytes = readFileSync(file);
      const indexOffset = Number(bytes.readBigUInt64BE(bytes.length - FOOTER_BYTES));
      bytes.writeBigUInt64BE(BigInt(indexOffset), indexOffset + 32);
      writeFileSync(file, bytes);
      expect(unpack(pack, index, t.to)).toEqual({ manifests: 1, chunks: 0, carried: [], refused: [expect.stringMatching(/^pack [0-9a-f]{64}: its index points outside it \(chunk [0-9a-f]{64}\)$/)] });
      expect(t.to.chunks.list()).toEqual([]);
    } finally {
      t.cleanup();
    }
  });

  test('a pack published by an earlier version (chunks/<sha256> files) is still unpacked, as loose chunks', async () => {
    const t = await twoStores();
    try {
      const pack = join(t.base, 'legacy');
      mkdirSync(join(pack, 'manifests'), { recursive: true });
      mkdirSync(join(pack, 'chunks'));
      writeFileSync(join(pack, 'manifests', `${t.hash}.json`), readFileSync(join(t.from.manifests.directory, `${t.hash}.json`)));
      for (const chunk of t.chunks) writeFileSync(join(pack, 'chunks', chunk), t.from.chunks.readStored(chunk, 1 << 20));
      writeFileSync(join(pack, 'pack.json'), JSON.stringify({ manifests: [t.hash], chunks: t.chunks, depth: 0 }));
      expect(unpack(pack, readPackIndex(pack)!, t.to)).toEqual({ manifests: 1, chunks: 2, carried: t.chunks, refused: [] });
      for (const chunk of t.chunks) expect(t.to.chunks.get(chunk, 15_000)).toHaveLength(15_000);
      expect(t.to.chunks.looseHashes().sort()).toEqual([...t.chunks].sort());
    } finally {
      t.cleanup();
    }
  });
});
