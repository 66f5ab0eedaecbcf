import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { GatesError } from '../errors/gates-error.js';
import { isProcessAlive } from '../lock/process-alive.js';
import { writeFileAtomically } from '../safe-files/atomic-file.js';
import { readRegularFileIfExists } from '../safe-files/read-file.js';
import { statePath } from './state-root.js';

/**
 * The quiesce marker: while a rollback restores files, no gate starts. The
 * rollback (checkpoint-restore, `mode: rollback`) writes it to the state root
 * before it touches the workspace and removes it when done; every action
 * checks it before it starts (runAction) and waits or fails fast, per the
 * config's `quiesce.policy`. A marker whose writer is gone (same host, dead
 * pid: a rollback killed mid-way) is stale and does not hold anyone up.
 */
export interface QuiesceMarker {
  gate: string;
  since: string;
  run: string;
  pid: number;
  host: string;
}

export interface QuiescePolicy {
  policy: 'wait' | 'fail';
  timeoutMs: number;
}

const POLL_MS = 200;

export function quiescePath(stateRoot: string): string {
  return statePath(stateRoot, 'quiesce.json');
}

export function setQuiesce(stateRoot: string, gate: string, run: string): QuiesceMarker {
  const marker: QuiesceMarker = { gate, since: new Date().toISOString(), run, pid: process.pid, host: hostname() };
  writeFileAtomically(quiescePath(stateRoot), JSON.stringify(marker), { root: stateRoot, durable: true, directoryMode: 0o700 });
  return marker;
}

/** Removes the marker, only if it is this process's own (a newer rollback's marker stays). */
export function clearQuiesce(stateRoot: string): void {
  const marker = readQuiesce(stateRoot);
  if (marker && marker.pid === process.pid && marker.host === hostname()) rmSync(quiescePath(stateRoot), { force: true });
}

/** The marker in force, or undefined (none, unreadable as a marker, or stale). */
export function readQuiesce(stateRoot: string): QuiesceMarker | undefined {
  const bytes = readRegularFileIfExists(quiescePath(stateRoot), { maxBytes: 4096, noFollow: true });
  if (!bytes) return undefined;
  let marker: QuiesceMarker;
  try {
    marker = JSON.parse(bytes.toString('utf8')) as QuiesceMarker;
  } catch {
    // A torn marker cannot be: it is replaced whole. Anything else here was not written by gates; it holds (fail closed).
    return { gate: 'unknown', since: 'unknown', run: 'unknown', pid: 0, host: 'unknown' };
  }
  if (marker.host === hostname() && !isProcessAlive(marker.pid)) return undefined;
  return marker;
}

/**
 * Returns once no rollback is in progress. With policy `fail`, or when
 * waiting runs past the timeout, throws GATES_E_QUIESCED (exit 3). A
 * process never waits on its own marker.
 */
export async function awaitQuiesce(stateRoot: string, policy: QuiescePolicy, onWait: (marker: QuiesceMarker) => void): Promise<void> {
  const deadline = Date.now() + policy.timeoutMs;
  let told = false;
  for (let marker = readQuiesce(stateRoot); marker; marker = readQuiesce(stateRoot)) {
    if (marker.pid === process.pid && marker.host === hostname()) return;
    if (policy.policy === 'fail' || Date.now() >= deadline) {
      const detail = policy.policy === 'fail' ? '; quiesce.policy is fail' : `; waited ${Math.round(policy.timeoutMs / 1000)}s`;
      throw new GatesError('GATES_E_QUIESCED', { gate: marker.gate, since: marker.since, run: marker.run, detail });
    }
    if (!told) onWait(marker);
    told = true;
    await delay(POLL_MS);
  }
}
