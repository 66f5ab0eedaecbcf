import type { CheckpointStore } from './checkpoint-store.js';
import type { StoredCheckpoint } from './manifest-store.js';

/**
 * Keeps the newest `keep` checkpoints of a gate, and always its newest green
 * one (the rollback target); then removes every chunk no remaining manifest
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
  let chunks = 0;
  for (const hash of store.chunks.list()) {
    if (referenced.has(hash)) continue;
    store.chunks.remove(hash);
    chunks++;
  }
  return { checkpoints: expired.length, chunks };
}
