import type { CheckpointStore } from './checkpoint-store.js';
import type { StoredCheckpoint } from './manifest-store.js';

/**
 * Keeps the newest `keep` checkpoints of a gate, and always its newest green
 * one (the rollback target); then collects every chunk no remaining manifest
 * names (including chunks a killed saver stored without a manifest). Call
 * under the checkpoint lock: a saver between its chunks and its manifest
 * holds it, so its chunks are never collected.
 */
export function applyRetention(store: CheckpointStore, all: StoredCheckpoint[], gate: string, keep: number): { checkpoints: number; chunks: number } {
  const ofGate = all.filter(({ manifest }) => manifest.gate === gate);
  const newestGreen = ofGate.find(({ manifest }) => manifest.status === 'green');
  const expired = ofGate.slice(keep).filter((checkpoint) => checkpoint !== newestGreen);
  for (const { hash } of expired) store.manifests.remove(hash);
  const gone = new Set(expired.map(({ hash }) => hash));
  const referenced = new Set<string>();
  for (const { hash, manifest } of all) {
    if (gone.has(hash)) continue;
    for (const entry of manifest.entries) if (entry.type === 'file') for (const chunk of entry.chunks) referenced.add(chunk.sha256);
  }
  return { checkpoints: expired.length, chunks: collectChunks(store, referenced) };
}

/**
 * Chunks no manifest names are removed. Loose chunks (stores written before
 * packs) one by one; a pack as a whole: deleted when nothing in it is live,
 * rewritten with its live chunks when dead bytes are more than half of it
 * (the new pack durable before the old one goes), otherwise kept. So dead
 * bytes never exceed live bytes: the store is at most twice its live size.
 * A pack whose index cannot be read is garbage (nothing can find its
 * chunks) and is removed. Returns how many distinct chunks went.
 */
export function collectChunks(store: CheckpointStore, referenced: ReadonlySet<string>): number {
  const chunks = store.chunks;
  const before = new Set(chunks.list());
  for (const hash of chunks.looseHashes()) if (!referenced.has(hash)) chunks.removeLoose(hash);
  for (const name of chunks.unreadablePacks()) chunks.removePack(name);
  for (const pack of chunks.packList()) {
    const live = pack.entries.filter((entry) => referenced.has(entry.hash) && chunks.isCurrent(pack.name, entry));
    const liveBytes = live.reduce((sum, entry) => sum + entry.length, 0);
    if (live.length === 0) chunks.removePack(pack.name);
    else if ((pack.bytes - liveBytes) * 2 > pack.bytes) chunks.rewritePack(pack.name, live);
  }
  const after = new Set(chunks.list());
  let removed = 0;
  for (const hash of before) if (!after.has(hash)) removed++;
  return removed;
}
