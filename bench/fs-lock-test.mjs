// fs-lock-test bench: the core lock against util-linux flock(1) in a shell loop, on local disk, in the same run.
// 8 processes; BENCH_LOCK_TOTAL acquisitions with the core lock (default 1,000,000), 20,000 with flock(1)
// (a fork per flock call: a million would take an hour), each a read-modify-write of a shared counter.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROCESSES = 8;

function run(command, args, options = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], ...options });
    let text = '';
    child.stdout?.on('data', (chunk) => (text += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(text) : fail(new Error(`${command} exited ${code}`))));
  });
}

const FLOCK_LOOP = `
exec 9>"$1"
waits=()
for ((i = 0; i < $3; i++)); do
  t0=$EPOCHREALTIME
  flock 9
  t1=$EPOCHREALTIME
  read -r c < "$2"
  echo $((c + 1)) > "$2"
  flock -u 9
  waits+=($(( (\${t1/./} - \${t0/./}) )))
done
echo "\${waits[*]}"
`;

async function contend(start) {
  const dir = mkdtempSync(join(tmpdir(), 'gates-bench-lock-'));
  const counter = join(dir, 'counter');
  writeFileSync(counter, '0');
  const began = process.hrtime.bigint();
  const outputs = await Promise.all(Array.from({ length: PROCESSES }, () => start(dir, counter)));
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const final = Number(readFileSync(counter, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const waits = outputs.flat().sort((a, b) => a - b);
  return { total: waits.length, lost: waits.length - final, perSecond: waits.length / seconds, p99: waits[Math.ceil(waits.length * 0.99) - 1], seconds };
}

export async function benchFsLock(root, runs) {
  const total = Number(process.env.BENCH_LOCK_TOTAL ?? 1_000_000);
  const baselineTotal = Math.min(total, 20_000);
  const out = mkdtempSync(join(tmpdir(), 'gates-bench-lockw-'));
  await run(process.execPath, [join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', join(root, 'bench', 'fs-lock-worker.ts'), '-o', out, '--quiet'], { cwd: root, stdio: 'inherit' });
  const core = (dir, counter) => run(process.execPath, [join(out, 'index.js'), join(dir, 'locks'), counter, String(total / PROCESSES)]).then((text) => JSON.parse(text));
  const flock = (dir, counter) => run('bash', ['-c', FLOCK_LOOP, 'flock-loop', join(dir, 'lock'), counter, String(baselineTotal / PROCESSES)]).then((text) => text.trim().split(' ').map((us) => Number(us) / 1000));
  const lines = [`fs-lock-test: ${PROCESSES} processes on local disk (${tmpdir()}), read-modify-write of one counter per acquisition; ${runs} interleaved run(s); machine shared`];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    const base = await contend(flock);
    const mine = await contend(core);
    ratios.push(mine.perSecond / base.perSecond);
    lines.push(
      `  run ${i + 1}: core lock ${mine.total} acquisitions ${mine.perSecond.toFixed(0)}/s p99 wait ${mine.p99.toFixed(2)} ms lost ${mine.lost} (${mine.seconds.toFixed(0)} s) | flock(1) ${base.total} ${base.perSecond.toFixed(0)}/s p99 ${base.p99.toFixed(2)} ms lost ${base.lost}`,
    );
  }
  rmSync(out, { recursive: true, force: true });
  const sorted = [...ratios].sort((a, b) => a - b);
  lines.push(`  ratio core lock / flock(1) throughput: median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}x (runs: ${ratios.map((r) => r.toFixed(2)).join(', ')}); target >= 1x, zero lost updates`);
  return lines.join('\n');
}
