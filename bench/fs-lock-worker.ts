// One bench process: `count` acquisitions of the core lock, each a read-modify-write of a counter file.
// Prints the waits (ms) as JSON. Bundled by bench/fs-lock-test.mjs with ncc.
import { readFileSync, writeFileSync } from 'node:fs';
import { LockfileLock } from '../packages/core/src/lock/lockfile-lock.js';

const [locks, counter, count] = process.argv.slice(2) as [string, string, string];
const lock = new LockfileLock(locks);
const waits = new Float64Array(Number(count));
for (let i = 0; i < waits.length; i++) {
  const started = process.hrtime.bigint();
  const release = await lock.acquire('bench', { timeout: 600_000 });
  waits[i] = Number(process.hrtime.bigint() - started) / 1e6;
  writeFileSync(counter, String(Number(readFileSync(counter, 'utf8')) + 1));
  await release();
}
process.stdout.write(JSON.stringify(Array.from(waits, (w) => Math.round(w * 1000) / 1000)));
