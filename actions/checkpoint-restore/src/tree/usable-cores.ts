import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * The cores this process may use: what the scheduler lets it run on
 * (`availableParallelism`), and no more than a cgroup v2 CPU quota allows (a
 * container started with `--cpus 1` on a 16-core host: Node 20's
 * `availableParallelism` does not read the quota, and four digest threads
 * would then share one core's time with the main thread).
 */
export function usableCores(cpuMax = readCpuMax()): number {
  const quota = cpuMax === undefined ? undefined : coresFromCpuMax(cpuMax);
  return Math.max(1, Math.min(availableParallelism(), quota ?? Infinity));
}

/** `cpu.max` is `<quota> <period>` in microseconds, or `max <period>` (no limit): the quota in whole cores, rounded up. */
export function coresFromCpuMax(text: string): number | undefined {
  const match = /^(\d+|max)\s+(\d+)\s*$/.exec(text);
  if (!match || match[1] === 'max' || Number(match[2]) === 0) return undefined;
  return Math.max(1, Math.ceil(Number(match[1]) / Number(match[2])));
}

function readCpuMax(): string | undefined {
  try {
    return readFileSync('/sys/fs/cgroup/cpu.max', 'utf8');
  } catch {
    // No cgroup v2 (or another platform): the scheduler's answer stands.
    return undefined;
  }
}
