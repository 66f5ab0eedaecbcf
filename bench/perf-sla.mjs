// perf-sla over a generated ~200 MB JUnit report (about 1.8M test cases):
// parse + aggregate as a whole process, against xmllint --stream (libxml2's
// streaming reader, C) and fast-xml-parser (JavaScript, DOM), same file, same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateJUnit } from './generate-junit.mjs';
import { timedRun } from './timed-run.mjs';


/** [wall ms, peak RSS MiB or NaN, CPU ms or NaN] */
const timed = async (command, args, env = {}) => {
  const run = await timedRun([command, ...args], { env });
  return [run.ms, run.rssMiB, run.cpuMs];
};

const median = (values) => [...values].sort((a, b) => a[0] - b[0])[Math.floor(values.length / 2)];

export async function benchPerfSla(root, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'gates-bench-perf-'));
  mkdirSync(join(dir, 'workspace'));
  const report = join(dir, 'workspace', 'junit.xml');
  const cases = Number(process.env.BENCH_PERF_CASES ?? 1_800_000);
  const { bytes } = generateJUnit(report, cases);
  const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
  const samples = { ours: [], xmllint: [] };
  for (let i = 0; i < runs; i++) {
    samples.ours.push(await timed('node', [join(root, 'dist', 'perf-sla', 'index.js')], { GITHUB_WORKSPACE: join(dir, 'workspace'), MEMORY_STORAGE_ROOT: join(dir, 'state'), INPUT_REPORTS: 'junit.xml' }));
    if (hasXmllint) samples.xmllint.push(await timed('xmllint', ['--stream', '--noout', report]));
  }
  // The DOM parser needs several times the file in memory and far longer: one run.
  const fxp = await timed('node', ['--max-old-space-size=4096', join(root, 'bench', 'fxp-baseline.mjs'), report]).catch((error) => error);
  rmSync(dir, { recursive: true, force: true });

  const mbs = (ms) => bytes / 1e6 / (ms / 1000);
  const rss = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MiB`);
  const cpu = (ms) => (Number.isNaN(ms) ? '' : `  (${mbs(ms).toFixed(0)} MB per CPU second)`);
  const row = (name, [ms, peak, cpuMs]) => `  ${name.padEnd(30)}${ms.toFixed(0).padStart(7)} ms ${mbs(ms).toFixed(0).padStart(5)} MB/s  peak RSS ${rss(peak)}${cpu(cpuMs)}`;
  const ours = median(samples.ours);
  const lines = [`perf-sla: ${(bytes / 1e6).toFixed(0)} MB JUnit report, ${cases.toLocaleString('en')} test cases, median of ${runs} runs, whole process (parse, percentiles, top-10, summary, reports)`, row('perf-sla bundle', ours)];
  if (hasXmllint) lines.push(row('baseline xmllint --stream', median(samples.xmllint)));
  else lines.push('  baseline xmllint --stream: not installed (Debian: libxml2-utils)');
  lines.push(fxp instanceof Error ? `  baseline fast-xml-parser: failed (${fxp.message.slice(0, 80)})` : row('baseline fast-xml-parser (DOM)', fxp));
  const ratios = [hasXmllint ? `perf-sla / xmllint ${(mbs(ours[0]) / mbs(median(samples.xmllint)[0])).toFixed(2)}x throughput` : undefined, fxp instanceof Error ? undefined : `perf-sla / fast-xml-parser ${(mbs(ours[0]) / mbs(fxp[0])).toFixed(1)}x`].filter(Boolean);
  lines.push(`  ratios: ${ratios.join(', ')}`, '  targets: >= 100 MB/s, peak RSS <= 256 MB');
  return lines.join('\n');
}
