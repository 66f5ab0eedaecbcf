// One way for every bench to time a child process: wall time, peak RSS (from
// GNU time when the machine has it, NaN otherwise) and its stdout.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs argv; resolves { ms, rssMiB, stdout }. An exit code not in `allowed` rejects with the end of stderr. */
export function timedRun(argv, { env = {}, allowed = [0] } = {}) {
  return new Promise((done, fail) => {
    const [file, args] = TIME ? [TIME, ['-f', 'GATES_MAXRSS=%M', ...argv]] : [argv[0], argv.slice(1)];
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
      done({ ms, rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN, stdout });
    });
  });
}
