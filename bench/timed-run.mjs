// One way for every bench to time a child process: wall time, peak RSS and CPU
// time (user + system, from GNU time when the machine has it, NaN otherwise)
// and its stdout. On a shared machine wall time measures the neighbours too;
// CPU time of single-threaded work is what the program itself costs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs argv; resolves { ms, rssMiB, cpuMs, stdout }. An exit code not in `allowed` rejects with the end of stderr. */
export function timedRun(argv, { env = {}, allowed = [0] } = {}) {
  return new Promise((done, fail) => {
    const [file, args] = TIME ? [TIME, ['-f', 'GATES_MAXRSS=%M GATES_CPU=%U+%S', ...argv]] : [argv[0], argv.slice(1)];
    const start = process.hrtime.bigint();
    const child = spawn(file, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (!allowed.includes(code)) return fail(new Error(`${argv.join(' ')} exited ${code}: ${stderr.slice(-800)}`));
      const rss = /GATES_MAXRSS=(\d+)/.exec(stderr);
      const cpu = /GATES_CPU=([\d.]+)\+([\d.]+)/.exec(stderr);
      done({ ms, rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : Number.NaN, stdout });
    });
  });
}
