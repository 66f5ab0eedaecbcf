import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSharedFiles, type SharedFileEvidence } from './journal-check.js';
import { runWorker, type Primitive, type WorkerConfig, type WorkerOutcome } from './worker-run.js';

export interface ExperimentSettings {
  /** The directory under test as each client (mount) sees it; workers take them in turn. */
  clients: string[];
  workers: number;
  iterations: number;
  hold: number;
  timeout: number;
  staleAfter: number;
  python?: string;
}

export interface PrimitiveMeasures extends SharedFileEvidence {
  primitive: Primitive;
  acquisitions: number;
  seconds: number;
  /** Milliseconds. */
  waits: number[];
  violations: number;
  timeouts: number;
  staleRecoveries: number;
  /** The SIGKILL experiment: ms from the holder's death to the next holder, or undefined when nobody took over. */
  recoveryMs?: number;
  recoveryViolations: number;
  unsupported?: string;
  errors: string[];
}

/**
 * One primitive, two experiments, in a fresh directory under the path:
 * `workers` processes contend `iterations` times each (read-modify-write of
 * a counter, append to a journal, mutual-exclusion marker on entry); then a
 * holder is SIGKILLed in its critical section and two recoverers race to take
 * over. The directory is removed afterwards.
 */
export async function runPrimitive(primitive: Primitive, run: string, settings: ExperimentSettings): Promise<PrimitiveMeasures> {
  try {
    return await measure(primitive, run, settings);
  } catch (error) {
    // The experiment's own files could not be made or read (an SMB client's EIO): evidence too, never a pass.
    const failed = `the experiment's files failed: ${(error as Error).message}`;
    return { primitive, acquisitions: 0, seconds: 0, waits: [], lostUpdates: 0, tornRecords: 0, duplicateValues: 0, violations: 0, timeouts: 0, staleRecoveries: 0, recoveryViolations: 0, errors: [failed] };
  }
}

async function measure(primitive: Primitive, run: string, settings: ExperimentSettings): Promise<PrimitiveMeasures> {
  const marker = mkdtempSync(join(tmpdir(), 'gates-fs-lock-marker-'));
  const shared = (client: number, file = '') => join(settings.clients[client % settings.clients.length]!, run, primitive, file);
  mkdirSync(shared(0), { recursive: true });
  const reset = () => {
    writeFileSync(shared(0, 'counter'), '0'.repeat(20));
    writeFileSync(shared(0, 'journal'), '');
    if (primitive === 'rename') writeFileSync(shared(0, 'token'), '');
  };
  const config = (id: number, role: WorkerConfig['role']): WorkerConfig => ({
    primitive, dir: shared(id), marker, iterations: settings.iterations, hold: settings.hold, timeout: settings.timeout, stale: settings.staleAfter, role, id, workers: settings.workers,
  });
  try {
    reset();
    const outcomes = await Promise.all(Array.from({ length: settings.workers }, (_, id) => runWorker(config(id, 'contend'), settings.python)));
    // The slowest worker's own time: python start-up is not the lock's cost.
    const seconds = outcomes.reduce((longest, o) => Math.max(longest, o.seconds ?? 0), 0);
    const acquisitions = sum(outcomes, (o) => o.acquisitions);
    const evidence = checkSharedFiles(readToEnd(shared(0, 'counter')), readToEnd(shared(0, 'journal')), acquisitions);
    const unsupported = outcomes.find((o) => o.unsupported)?.unsupported;
    const recovery = unsupported ? undefined : await killedHolder(config, () => reset());
    const waits: number[] = [];
    for (const outcome of outcomes) for (const wait of outcome.waits) waits.push(wait);
    return {
      primitive, acquisitions, seconds, waits, ...evidence,
      violations: sum(outcomes, (o) => o.violations),
      timeouts: sum(outcomes, (o) => o.timeouts),
      staleRecoveries: sum(outcomes, (o) => o.stale) + (recovery?.stale ?? 0),
      recoveryMs: recovery?.ms,
      recoveryViolations: recovery?.violations ?? 0,
      unsupported,
      errors: [...outcomes.flatMap((o) => o.errors), ...(recovery?.errors ?? [])],
    };
  } finally {
    rmSync(marker, { recursive: true, force: true });
    rmSync(shared(0), { recursive: true, force: true });
  }
}

/** A holder SIGKILLs itself inside its critical section; two recoverers on different clients race for the lock. */
async function killedHolder(config: (id: number, role: WorkerConfig['role']) => WorkerConfig, reset: () => void) {
  reset();
  const holder = await runWorker(config(0, 'holder'));
  if (!holder.acquired) return { ms: undefined, violations: 0, stale: 0, errors: [`the holder did not take the lock: ${holder.errors.join('; ') || `exit ${holder.exit}`}`] };
  const died = Date.now();
  const recoverers: WorkerOutcome[] = await Promise.all([1, 2].map((id) => runWorker(config(id, 'recover'))));
  // From when a recoverer could first have taken over (it was running and the holder was dead) to when it did.
  const taken = recoverers.filter((r) => r.acquiredAt !== undefined).map((r) => r.acquiredAt! - Math.max(died, r.startedAt ?? died));
  const errors = recoverers.flatMap((r) => r.errors);
  if (taken.length < 2) errors.push(`${2 - taken.length} of 2 recoverers did not take the lock within the timeout`);
  return { ms: taken.length ? Math.max(0, taken.reduce((first, ms) => Math.min(first, ms))) : undefined, violations: sum(recoverers, (r) => r.violations), stale: sum(recoverers, (r) => r.stale), errors };
}

/**
 * A whole file, read until EOF: a network client may still report the size it
 * cached before the other clients wrote (smbnetfs does), and a read cut at that
 * size would show torn records that are not there.
 */
function readToEnd(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks).toString('utf8');
      chunks.push(chunk.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}
