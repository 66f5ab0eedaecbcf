// redact-logs over a generated log with 100 known secrets: literals only, and
// with the full rule set; baselines grep -F -f and sed with the same literals.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLog, plantedSecrets } from './generate-log.mjs';
import { timedRun } from './timed-run.mjs';


/** [wall ms, peak RSS MiB or NaN, stdout, CPU ms or NaN]; grep exits 1 when nothing matched, anything else is a failure. */
const timed = async (command, args, env = {}) => {
  const run = await timedRun([command, ...args], { env, allowed: command === 'grep' ? [0, 1] : [0] });
  return [run.ms, run.rssMiB, run.stdout.trim(), run.cpuMs];
};

const median = (values) => [...values].sort((a, b) => a[0] - b[0])[Math.floor(values.length / 2)];

export async function benchRedactLogs(root, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'gates-bench-redact-'));
  const free = statfsSync(dir).bavail * statfsSync(dir).bsize;
  // Input, one scrubbed copy, and room to spare.
  const megabytes = Number(process.env.BENCH_REDACT_MB ?? (free > 4 * 1024 ** 3 ? 1024 : 200));
  const bytes = megabytes * 1024 * 1024;
  const secrets = plantedSecrets(100);
  const log = join(dir, 'workspace', 'job.log');
  mkdirSync(join(dir, 'workspace'));
  const planted = generateLog(log, bytes, secrets);
  writeFileSync(join(dir, 'literals.txt'), `${secrets.join('\n')}\n`);
  writeFileSync(join(dir, 'literals.sed'), secrets.map((secret) => `s/${secret.replace(/[/\\.*[\]^$&]/g, '\\$&')}/***/g`).join('\n'));
  const ruleIds = builtinIds(root);
  writeFileSync(join(dir, 'workspace', 'literals-only.yml'), `version: 1\nrules:\n  disable: [${ruleIds.join(', ')}]\n`);
  const action = (policy) => ['node', [join(root, 'dist', 'redact-logs', 'index.js')], {
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    MEMORY_STORAGE_ROOT: join(dir, 'state'),
    INPUT_PATHS: 'job.log',
    INPUT_SECRETS: secrets.join('\n'),
    'INPUT_OUTPUT-DIR': join(dir, 'out'),
    INPUT_POLICY: policy,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  }];
  const samples = { literals: [], full: [], grep: [] };
  // Each run starts with no dirty pages from the last one's 1 GiB copy: writeback would be billed to whoever runs next.
  const settle = () => {
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    spawnSync('sync');
  };
  for (let i = 0; i < runs; i++) {
    settle();
    samples.literals.push(await timed(...action('literals-only.yml')));
    // No policy file: the built-in rules are all on.
    settle();
    samples.full.push(await timed(...action('')));
    settle();
    samples.grep.push(await timed('grep', ['-F', '-c', '-f', join(dir, 'literals.txt'), log]));
  }
  // sed is ~10x slower than the rest: one run over the first 128 MiB gives its MB/s.
  const sedBytes = Math.min(bytes, 128 * 1024 * 1024);
  const sedInput = join(dir, 'sed-input.log');
  await new Promise((done) => spawn('sh', ['-c', `head -c ${sedBytes} '${log}' > '${sedInput}'`]).on('close', done));
  const sed = await timed('sed', ['-f', join(dir, 'literals.sed'), sedInput]);
  rmSync(dir, { recursive: true, force: true });

  const mbs = (ms, size = bytes) => size / 1e6 / (ms / 1000);
  const [literals, full, grep] = [median(samples.literals), median(samples.full), median(samples.grep)];
  const rss = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MiB`);
  const cpu = (ms, size) => (Number.isNaN(ms) ? '' : `  (${mbs(ms, size).toFixed(0)} MB per CPU second)`);
  const row = (name, [ms, peak, , cpuMs], size = bytes) => `  ${name.padEnd(34)}${ms.toFixed(0).padStart(7)} ms ${mbs(ms, size).toFixed(0).padStart(6)} MB/s  peak RSS ${rss(peak)}${cpu(cpuMs, size)}`;
  return [
    `redact-logs: ${megabytes} MiB log, 100 known secrets planted ${planted} times (raw, in Basic-auth base64, in JSON), median of ${runs} runs, whole process, scrubbed copy written`,
    row('redact-logs, known values only', literals),
    row(`redact-logs, + ${ruleIds.length} built-in rules`, full),
    row(`baseline grep -F -c -f (100 literals; ${grep[2]} lines)`, grep),
    row(`baseline sed (100 literals, ${sedBytes >> 20} MiB)`, sed, sedBytes),
    '  redact-logs searches each secret in every encoding (about 220 forms each, 22,000 literals) plus the rules\' keywords, and writes a scrubbed copy; grep and sed search the 100 raw values only, and grep writes nothing.',
    `  ratios: literals-only / grep ${(mbs(literals[0]) / mbs(grep[0])).toFixed(2)}x, / sed ${(mbs(literals[0]) / mbs(sed[0], sedBytes)).toFixed(1)}x; full rules / grep ${(mbs(full[0]) / mbs(grep[0])).toFixed(2)}x`,
    '  targets: literals >= grep -F and >= 200 MB/s; full rule set >= 50 MB/s; peak RSS <= 128 MB',
  ].join('\n');
}

/** The built-in pattern rules, from their README headings (the docs test keeps one per rule; an id that is no rule fails the run). */
function builtinIds(root) {
  const readme = readFileSync(join(root, 'redact-logs', 'README.md'), 'utf8');
  const notPatternRules = new Set(['known-secret', 'unscrubbed-file', 'binary-file', 'skipped-file', 'nothing-to-check', 'custom-rules']);
  return [...readme.matchAll(/^### redact-logs: ([a-z0-9-]+)$/gm)].map((match) => match[1]).filter((id) => !notPatternRules.has(id));
}
