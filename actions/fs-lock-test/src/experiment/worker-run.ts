import { exec } from '@actions/exec';
import { LOCK_WORKER_SOURCE } from './lock-worker-source.js';

export type Primitive = 'o_excl' | 'mkdir' | 'flock' | 'fcntl' | 'link' | 'rename';
export const PRIMITIVES: readonly Primitive[] = ['o_excl', 'mkdir', 'flock', 'fcntl', 'link', 'rename'];

export interface WorkerConfig {
  primitive: Primitive;
  /** The experiment directory as this worker's client (mount) sees it. */
  dir: string;
  /** A local directory for the in-critical-section marker. */
  marker: string;
  iterations: number;
  hold: number;
  timeout: number;
  stale: number;
  role: 'contend' | 'holder' | 'recover';
  id: number;
  /** Contenders in this run: each waits for all of them before its first attempt. */
  workers: number;
}

export interface WorkerOutcome {
  acquisitions: number;
  /** Milliseconds from asking for the lock to holding it, one per acquisition. */
  waits: number[];
  violations: number;
  timeouts: number;
  stale: number;
  errors: string[];
  unsupported?: string;
  /** Seconds from the first attempt to the last release (process start-up excluded). */
  seconds?: number;
  /** The SIGKILL experiment, epoch ms: when a recoverer first tried, and when it held the lock. */
  startedAt?: number;
  acquiredAt?: number;
  acquired?: boolean;
  /** How the process ended: its exit code, or the signal that killed it. */
  exit: number | string;
}

/**
 * One worker process, through @actions/exec (the runner's own way to run a
 * tool): `python3 -c <worker> <config>`, silent (the source is not echoed).
 * A missing python3 is an outcome (every primitive UNSUPPORTED), not a crash.
 */
export async function runWorker(config: WorkerConfig, python = 'python3'): Promise<WorkerOutcome> {
  let stdout = '';
  let exit: number | string;
  try {
    exit = await exec(python, ['-c', LOCK_WORKER_SOURCE, JSON.stringify(config)], {
      silent: true,
      ignoreReturnCode: true,
      listeners: { stdout: (chunk: Buffer) => (stdout += chunk.toString('utf8')) },
    });
  } catch (error) {
    return { ...EMPTY, unsupported: `cannot run ${python}: ${(error as Error).message}`, exit: -1 };
  }
  // A SIGKILLed holder prints its "acquired" line and no summary; exec reports the death as a non-zero code.
  const last = stdout.trim().split('\n').pop() ?? '';
  try {
    return { ...EMPTY, ...(JSON.parse(last) as Partial<WorkerOutcome>), exit };
  } catch {
    return { ...EMPTY, errors: [`worker printed no result (exit ${exit})`], exit };
  }
}

const EMPTY: Omit<WorkerOutcome, 'exit'> = { acquisitions: 0, waits: [], violations: 0, timeouts: 0, stale: 0, errors: [] };
