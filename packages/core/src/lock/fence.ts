import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The fencing counter of one lock, `<name>.fence` beside the lock file: each
 * acquisition writes the next number, so a holder that was taken over sees a
 * larger number than its own. An unreadable counter (a writer killed mid-write)
 * restarts from the clock in microseconds, which is larger than any count
 * reached before, so the sequence never goes back.
 */
export function nextFence(path: string): number {
  let current: number;
  try {
    current = Number.parseInt(readFileSync(path, 'utf8'), 10);
  } catch {
    current = 0;
  }
  const next = Number.isSafeInteger(current) && current >= 0 ? current + 1 : Date.now() * 1000;
  writeFileSync(path, String(next), { mode: 0o600 });
  return next;
}

export function readFence(path: string): number | undefined {
  try {
    const value = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
