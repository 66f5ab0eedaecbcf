// Verifies every chunk of the newest checkpoint of a gate (read, decompress,
// SHA-256), as a restore does before writing: the bench's "verify" figure.
// Built with ncc by bench/checkpoint-restore.mjs and run in its own process.
import { latestCheckpoint, openCheckpointStore } from '../actions/checkpoint-restore/src/store/checkpoint-store.js';

const [stateRoot, gate] = process.argv.slice(2);
const store = openCheckpointStore(stateRoot!, 'none');
const checkpoint = latestCheckpoint(store, gate!, 'green', (rejected) => {
  throw rejected;
});
if (!checkpoint) throw new Error(`no green checkpoint of ${gate}`);
const started = process.hrtime.bigint();
let bytes = 0;
for (const entry of checkpoint.manifest.entries) {
  if (entry.type !== 'file') continue;
  for (const chunk of entry.chunks) bytes += store.chunks.get(chunk.sha256, chunk.size).length;
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ bytes, ms }));
