import { statSync } from 'node:fs';

/**
 * How long the job has been running, in seconds: the runner writes the
 * event payload (`GITHUB_EVENT_PATH`, under the runner's temp directory,
 * emptied for each job) while it sets the job up, so the file's modification
 * time is the job's start to within the set-up steps. Undefined off a runner
 * or when the file is missing or newer than now.
 */
export function jobElapsedSeconds(env: NodeJS.ProcessEnv, now = Date.now()): number | undefined {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    const started = statSync(path).mtimeMs;
    return started <= now ? (now - started) / 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Tests on parallel workers add up to more than the wall time they ran in,
 * by about the number of workers; a sum this many times the wall time is
 * not parallelism but a unit mistake (milliseconds read as seconds are
 * ×1000, nanoseconds ×10^9).
 */
export const PARALLEL_ALLOWANCE = 100;

/**
 * Below an hour of test time the comparison says nothing: a job that only
 * collects reports (a matrix's artifacts) can be seconds old, and
 * milliseconds read as seconds turn even a 4-second suite into more than an
 * hour.
 */
export const IMPLAUSIBLE_FLOOR_SECONDS = 3600;

/** The wall time a report's tests could have taken: the longest of the job so far and the span the report's own timestamps cover. */
export function wallSeconds(jobSeconds: number | undefined, reportSpanSeconds: number | undefined): number | undefined {
  const job = jobSeconds !== undefined && jobSeconds > 0 ? jobSeconds : undefined;
  const span = reportSpanSeconds !== undefined && reportSpanSeconds > 0 ? reportSpanSeconds : undefined;
  return job === undefined ? span : span === undefined ? job : Math.max(job, span);
}
