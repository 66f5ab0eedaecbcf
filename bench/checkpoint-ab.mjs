// A/B of two checkpoint-restore bundles on one 1 GiB tree of 10,000 files, in one run, with tar | zstd, untar and
// sha256sum each round: on a shared machine only ratios from the same run compare. BEFORE_BUNDLE is the other
// bundle's index.js (e.g. dist/checkpoint-restore/index.js of an earlier commit, copied aside); AB_ROUNDS rounds.
// Nothing is deleted until the end: deleting 10,000 files slows file creation on some filesystems for a while.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timedRun } from './timed-run.mjs';
const NODE = process.env.GATES_BENCH_NODE || process.execPath;
const root = join(import.meta.dirname, '..');
const timed = (command, env = {}) => timedRun(typeof command === 'string' ? ['sh', '-c', command] : command, { env });
const bundles = { before: process.env.BEFORE_BUNDLE, after: process.env.AFTER_BUNDLE ?? join(root, 'dist', 'checkpoint-restore', 'index.js') };
const dir = mkdtempSync(join(tmpdir(), 'gates-bench-ab-'));
const files = 10000, per = Math.floor(1024 * 1024 * 1024 / files);
const text = Buffer.from('export function handler(event) { return { status: 200, body: JSON.stringify(event) }; }\n'.repeat(Math.ceil(per / 80)));
const ws = join(dir, 'ws');
for (let i = 0; i < files; i++) { const d = join(ws, 'dist', `d${i % 100}`); if (i < 100) mkdirSync(d, { recursive: true }); writeFileSync(join(d, `f${i}.bin`), Buffer.concat([randomBytes(per >> 1), text.subarray(0, per - (per >> 1))])); }
const mb = per * files / 1e6;
const line = (label, r) => `  ${label.padEnd(22)} ${r.ms.toFixed(0).padStart(7)} ms ${(mb / r.ms * 1000).toFixed(0).padStart(5)} MB/s  cpu ${r.cpuMs.toFixed(0).padStart(6)} ms  peak RSS ${r.rssMiB.toFixed(0)} MiB`;
const out = [];
const rounds = Number(process.env.AB_ROUNDS ?? 2);
const verifyOut = mkdtempSync(join(tmpdir(), 'gates-bench-verify-'));
await timed([process.execPath, join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', join(root, 'bench', 'checkpoint-verify.ts'), '-o', verifyOut, '-q']);
for (let round = 1; round <= rounds; round++) {
  out.push(`round ${round}`);
  const tz = await timed(`tar -cf - -C ${ws} dist | zstd -q -T1 -3 -o ${join(dir, `r${round}.tar.zst`)}`);
  out.push(line('tar | zstd -3', tz));
  const sha = await timed(`find ${join(ws, 'dist')} -type f -print0 | xargs -0 sha256sum > /dev/null`);
  out.push(line('sha256sum', sha));
  for (const [name, bundle] of Object.entries(bundles)) {
    const state = join(dir, `state-${name}-${round}`);
    const env = (inputs) => ({ GITHUB_WORKSPACE: ws, MEMORY_STORAGE_ROOT: state, GITHUB_SHA: randomBytes(20).toString('hex'), ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])) });
    const save = await timed([NODE, bundle], env({ gate: 'Bench', paths: 'dist', mode: 'save' }));
    const m = JSON.parse(readFileSync(join(state, 'reports', 'checkpoint-restore', 'metrics-save.json'), 'utf8'));
    out.push(line(`save ${name}`, save) + `  ratio ${(save.ms / tz.ms).toFixed(2)}x tar|zstd (${m.chunks} chunks)`);
    const v = JSON.parse((await timed([NODE, join(verifyOut, 'index.js'), state, 'Bench'])).stdout);
    out.push(`  verify ${name.padEnd(15)} ${v.ms.toFixed(0).padStart(7)} ms ${(mb / v.ms * 1000).toFixed(0).padStart(5)} MB/s  (${(v.ms / sha.ms).toFixed(2)}x sha256sum's time)`);
    await timed(`mv ${join(ws, 'dist')} ${join(dir, 'original')}`);
    const restore = await timed([NODE, bundle], env({ gate: 'Bench', mode: 'restore' }));
    const same = (await timed(`diff -r ${join(dir, 'original')} ${join(ws, 'dist')} > /dev/null && echo same`)).stdout.trim();
    await timed(`mv ${join(ws, 'dist')} ${join(dir, `restored-${name}-${round}`)} && mv ${join(dir, 'original')} ${join(ws, 'dist')}`); // deleting 10,000 files would slow the next save's file creation
    mkdirSync(join(dir, `x-${name}-${round}`));
    const untar = await timed(`zstd -q -dc ${join(dir, `r${round}.tar.zst`)} | tar -xf - -C ${join(dir, `x-${name}-${round}`)}`);
    out.push(line(`restore ${name}`, restore) + `  ratio ${(restore.ms / untar.ms).toFixed(2)}x zstd -d|tar -x (${untar.ms.toFixed(0)} ms) identical: ${same}`);
  }
  console.log(out.splice(0).join('\n'));
}
rmSync(verifyOut, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });
