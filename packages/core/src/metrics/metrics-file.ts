import { closeSync, constants, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeDirectories } from '../safe-files/make-directories.js';
import { statePath } from '../state/state-root.js';
import type { MetricRecord } from './metric-record.js';

/** The run's metrics file: JSON Lines, one line per action run, beside the audit ledger. */
export function metricsPath(stateRoot: string): string {
  return statePath(stateRoot, 'metrics', 'metrics.jsonl');
}

/**
 * Appends one line with one write (O_APPEND: lines of concurrent actions do
 * not interleave, as each is well under the pipe-buffer size writes are
 * atomic for on local filesystems) and never through a planted link.
 */
export function appendMetric(stateRoot: string, record: MetricRecord): string {
  const file = metricsPath(stateRoot);
  makeDirectories(dirname(file), 0o700);
  const bytes = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
  const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o600);
  try {
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  } finally {
    closeSync(fd);
  }
  return file;
}
