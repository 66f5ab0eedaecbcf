import { spawn } from 'node:child_process';

/** Each stream is kept up to this many bytes; the rest is counted, not stored (and not judged). */
export const MAX_OUTPUT_BYTES = 1024 * 1024;

export interface ProcessRequest {
  argv: readonly string[];
  /** Absolute. */
  cwd: string;
  env: Record<string, string>;
  stdin?: string;
  timeoutMs: number;
}

/**
 * What became of one run. `missing`: the program does not exist (ENOENT);
 * `not-executable`: it exists but cannot be run (EACCES); `timeout`: it was
 * killed, with its process group, at the deadline.
 */
export interface ProcessResult {
  outcome: 'exited' | 'missing' | 'not-executable' | 'timeout' | 'failed';
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  /** A stream went over MAX_OUTPUT_BYTES. */
  truncated: boolean;
  durationMs: number;
  /** The spawn error, for `failed`. */
  detail?: string;
}

/**
 * Runs one command as a real process: no shell (argv as given), its own
 * process group (so a timeout kills what it started too), stdin written then
 * closed, stdout and stderr captured (never passed through: they are
 * untrusted). Never rejects.
 */
export function runProcess(request: ProcessRequest): Promise<ProcessResult> {
  const started = performance.now();
  return new Promise((resolvePromise) => {
    const stdout = new Capture();
    const stderr = new Capture();
    let timedOut = false;
    let settled = false;
    const child = spawn(request.argv[0]!, request.argv.slice(1), { cwd: request.cwd, env: request.env, shell: false, detached: true, windowsHide: true, stdio: [request.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const killGroup = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // ESRCH: the group is gone already.
      }
    };
    const finish = (result: Omit<ProcessResult, 'stdout' | 'stderr' | 'truncated' | 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolvePromise({ ...result, stdout: stdout.text(), stderr: stderr.text(), truncated: stdout.truncated || stderr.truncated, durationMs: performance.now() - started });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, request.timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => stdout.add(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.add(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      const outcome = error.code === 'ENOENT' ? 'missing' : error.code === 'EACCES' ? 'not-executable' : 'failed';
      finish({ outcome, exitCode: null, signal: null, detail: error.code ?? error.message });
    });
    // A leader that exits may leave children holding the pipes open: they go with it, so 'close' comes.
    child.on('exit', killGroup);
    child.on('close', (code, signal) => finish({ outcome: timedOut ? 'timeout' : 'exited', exitCode: code, signal }));
    if (child.stdin) {
      child.stdin.on('error', () => undefined); // EPIPE: the command did not read its input, which is its business.
      child.stdin.end(request.stdin);
    }
  });
}

class Capture {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;
  truncated = false;

  add(chunk: Buffer): void {
    const room = MAX_OUTPUT_BYTES - this.bytes;
    if (chunk.length > room) this.truncated = true;
    if (room <= 0) return;
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
    this.chunks.push(kept);
    this.bytes += kept.length;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}
