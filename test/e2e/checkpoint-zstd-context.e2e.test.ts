import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { encodeStored, looksIncompressible, reusableZstd, storedEncoder } from '../../actions/checkpoint-restore/src/store/encode-chunk.js';
import { CODEC_TAGS } from '../../actions/checkpoint-restore/src/store/codec.js';
import { BUNDLE_NODE } from '../harness/run-bundle.js';

/**
 * The digest workers' zstd encoder keeps one compression context for a save
 * and drives Node's internal zlib handle (encode-chunk.ts, reusableZstd).
 * Jest runs on this machine's Node (20 in CI: no zstd), so this runs the
 * encoder the way a worker does, from its functions' source text, on the
 * Node the bundles run on (GATES_TEST_NODE: Node 24 in CI's second pass).
 * Where that Node has zstd the reused context must be in effect (a Node
 * whose internals changed would quietly lose it) and give, chunk after
 * chunk, the bytes `zstdCompressSync` gives, including after a chunk whose
 * output did not fit (the context is reset mid-frame) and for chunks written
 * back to back into one shared output, as a batch's are.
 */
const program = `
${[looksIncompressible, encodeStored, reusableZstd, storedEncoder].map((helper) => helper.toString()).join('\n')}
const zlib = require('node:zlib');
const { randomBytes } = require('node:crypto');
const tags = ${JSON.stringify(CODEC_TAGS)};
const text = Buffer.from('export function handler(event) { return { status: 200, body: JSON.stringify(event) }; }\\n'.repeat(4000));
const chunks = [Buffer.from('a'), Buffer.from('ab'), text.subarray(0, 100), text.subarray(0, 64 * 1024), randomBytes(70000), Buffer.alloc(256 * 1024)];
// Random bytes with a growing compressible part: the compressed size crosses the chunk's own, so some outputs do not fit.
for (let part = 0; part < 400; part += 7) { const chunk = randomBytes(3000); text.copy(chunk, 0, 0, part); chunks.push(chunk); }
for (let i = 0; i < 200; i++) { const chunk = Buffer.concat([randomBytes(1 + ((i * 7919) % 30000)), text.subarray(0, (i * 104729) % 90000)]); chunks.push(chunk); }
const codec = zlib.zstdCompressSync ? 'zstd' : 'gzip';
const encodeInto = storedEncoder(require, codec, tags);
const output = new Uint8Array(new SharedArrayBuffer(chunks.reduce((sum, chunk) => sum + chunk.length, 0) + 1));
let at = 0, compressed = 0, plain = 0;
const mismatches = [];
chunks.forEach((chunk, index) => {
  const expected = encodeStored(require, codec, tags, chunk);
  const length = encodeInto(chunk, output, at);
  if (expected.tag === tags.none) { if (length !== -1) mismatches.push(index); plain++; return; }
  const stored = Buffer.from(output.buffer, at, length);
  if (length !== 1 + expected.body.length || stored[0] !== expected.tag || !stored.subarray(1).equals(expected.body)) mismatches.push(index);
  if (!zlib.zstdDecompressSync || !zlib.zstdDecompressSync(stored.subarray(1)).equals(chunk)) { if (codec === 'zstd') mismatches.push(index); }
  at += length;
  compressed++;
});
process.stdout.write(JSON.stringify({ zstd: codec === 'zstd', reused: reusableZstd(require) !== undefined, chunks: chunks.length, compressed, plain, mismatches }));
`;

/**
 * A zstd error inside the reused context, on the real handle (the unit test's
 * stand-in only imitates it): a write whose flush value zstd rejects (3, past
 * ZSTD_e_end) fails in ZSTD_compressStream2 as an allocation failure would.
 * Node then destroys the stream during the write, leaves the write state as
 * the previous write set it, emits 'error' a tick later, and aborts the
 * process on the next call on the closed handle. The failing chunk must throw
 * (never answer a length read from the stale state), and no chunk after it,
 * in the same batch or a later one, may abort the process or get bytes other
 * than its own.
 */
const failingProgram = `
${[looksIncompressible, encodeStored, reusableZstd, storedEncoder].map((helper) => helper.toString()).join('\n')}
const zlib = require('node:zlib');
const tags = ${JSON.stringify(CODEC_TAGS)};
if (!zlib.ZstdCompress) { process.stdout.write(JSON.stringify({ zstd: false, results: [] })); process.exit(0); }
const failing = 777;
class Failing extends zlib.ZstdCompress {
  constructor() {
    super();
    const handle = this._handle;
    const writeSync = handle.writeSync;
    handle.writeSync = function (flush, input, inOffset, inLength, ...rest) { return writeSync.call(this, inLength === failing ? 3 : flush, input, inOffset, inLength, ...rest); };
  }
}
const load = (id) => (id === 'node:zlib' ? { ...zlib, ZstdCompress: Failing } : require(id));
const text = (length, seed) => Buffer.from(Array.from({ length: 4000 }, (_, i) => 'line ' + ((i * seed) % 997) + ' of the file\\n').join('')).subarray(0, length);
const chunks = [text(5000, 3), text(failing, 5), text(300, 7), text(9000, 11)];
const encodeInto = storedEncoder(load, 'zstd', tags);
const output = new Uint8Array(new SharedArrayBuffer(chunks.reduce((sum, chunk) => sum + chunk.length, 0) + 1));
let at = 0;
// Per chunk: 'ok' (its own bytes, as zstdCompressSync gives them), 'threw', or 'wrong'.
const results = [];
const encodeAll = () => chunks.forEach((chunk) => {
  const expected = encodeStored(require, 'zstd', tags, chunk);
  let length;
  try {
    length = encodeInto(chunk, output, at);
  } catch {
    results.push('threw');
    return;
  }
  const stored = Buffer.from(output.buffer, at, Math.max(0, length));
  const ok = length === 1 + expected.body.length && stored.subarray(1).equals(expected.body) && zlib.zstdDecompressSync(stored.subarray(1)).equals(chunk);
  results.push(ok ? 'ok' : 'wrong');
  at += Math.max(0, length);
});
encodeAll();
// A later batch, after the 'error' event's tick.
setImmediate(() => { at = 0; encodeAll(); process.stdout.write(JSON.stringify({ zstd: true, results })); });
`;

describe('checkpoint-restore: the digest workers zstd context (on the bundles Node)', () => {
  test('a zstd error in the context fails that chunk: no abort, no length read from the stale write state, no wrong bytes after it', () => {
    const run = spawnSync(BUNDLE_NODE, ['-e', failingProgram], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { zstd, results } = JSON.parse(run.stdout) as { zstd: boolean; results: string[] };
    if (!zstd) return;
    expect(results.slice(0, 2)).toEqual(['ok', 'threw']);
    expect(results).toHaveLength(8);
    expect(results).not.toContain('wrong');
  });

  test('compresses chunk after chunk into one output, byte for byte as zstdCompressSync, reused wherever Node has zstd', () => {
    const run = spawnSync(BUNDLE_NODE, ['-e', program], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.mismatches).toEqual([]);
    expect(result.reused).toBe(result.zstd);
    // Both kinds met: outputs that fitted and chunks stored plain (random, or compressed output that did not fit).
    expect(result.compressed).toBeGreaterThan(100);
    expect(result.plain).toBeGreaterThan(20);
  });
});
