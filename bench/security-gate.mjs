// security-gate over a generated ~200 MB CodeQL-sized SARIF log: the whole
// bundle (stream-read, judge, merged SARIF, summary, reports) against a plain
// read + JSON.parse of the same file, same run, interleaved.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSarif } from './generate-sarif.mjs';
import { timedRun } from './timed-run.mjs';


/** [wall ms, peak RSS MiB or NaN] of node with `args`; `allowed` exit codes count as success (the gate blocks on these results: exit 1). */
const timed = async (args, env, allowed) => {
  const run = await timedRun([process.execPath, ...args], { env, allowed });
  return [run.ms, run.rssMiB];
};

const median = (values) => [...values].sort((a, b) => a[0] - b[0])[Math.floor(values.length / 2)];

/**
 * Two logs of the same size: many small results, and CodeQL's long dataflow
 * paths (fewer, larger results). The bundle keeps one finding per result, so
 * its memory follows the result count; JSON.parse's follows the file size.
 */
export async function benchSecurityGate(root, runs) {
  const megabytes = Number(process.env.BENCH_SARIF_MB ?? 200);
  const sections = [];
  for (const [label, flowSteps] of [['short paths', 8], ['long dataflow paths', 120]]) sections.push(await benchOne(root, runs, megabytes, label, flowSteps));
  return [...sections, '  target: ingest in bounded memory: peak RSS follows the results kept (one finding each), not the file size'].join('\n');
}

async function benchOne(root, runs, megabytes, label, flowSteps) {
  const dir = mkdtempSync(join(tmpdir(), 'gates-bench-security-'));
  mkdirSync(join(dir, 'workspace'));
  const { bytes, results } = generateSarif(join(dir, 'workspace', 'codeql.sarif'), megabytes, flowSteps);
  const env = { GITHUB_WORKSPACE: join(dir, 'workspace'), MEMORY_STORAGE_ROOT: join(dir, 'state'), INPUT_RESULTS: 'codeql.sarif', INPUT_TOKEN: '', GITHUB_STEP_SUMMARY: join(dir, 'summary.md') };
  const samples = { ours: [], parse: [] };
  for (let i = 0; i < runs; i++) {
    samples.ours.push(await timed([join(root, 'dist', 'security-gate', 'index.js')], env, [0, 1]));
    // JSON.parse of 200 MB needs more than the default old space on small machines: give it room, it is the baseline.
    samples.parse.push(await timed(['--max-old-space-size=4096', join(root, 'bench', 'json-parse-baseline.mjs'), join(dir, 'workspace', 'codeql.sarif')], {}, [0]).catch((error) => error));
  }
  rmSync(dir, { recursive: true, force: true });
  const mbs = (ms) => bytes / 1e6 / (ms / 1000);
  const rss = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MiB`);
  const row = (name, [ms, peak]) => `  ${name.padEnd(32)}${ms.toFixed(0).padStart(7)} ms ${mbs(ms).toFixed(0).padStart(5)} MB/s  peak RSS ${rss(peak)}`;
  const ours = median(samples.ours);
  const parsed = samples.parse.filter((sample) => !(sample instanceof Error));
  const lines = [`security-gate: ${(bytes / 1e6).toFixed(0)} MB CodeQL-shaped SARIF, ${label}: ${results.toLocaleString('en')} results, median of ${runs} interleaved runs, whole process`, row('security-gate bundle', ours)];
  if (parsed.length === 0) lines.push(`  baseline read + JSON.parse: failed (${samples.parse[0].message.slice(0, 80)})`);
  else {
    const base = median(parsed);
    lines.push(row('baseline read + JSON.parse', base), `  ratios: ${(mbs(ours[0]) / mbs(base[0])).toFixed(2)}x throughput, ${(ours[1] / base[1]).toFixed(2)}x peak RSS`);
  }
  return lines.join('\n');
}
