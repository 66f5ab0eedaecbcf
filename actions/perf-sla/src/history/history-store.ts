import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { writeReportFile, type Redactor } from '@gates/core';
import type { HistoryFile, HistorySample } from './history-model.js';

/** Where samples live between runs. The cache-backed store has the same shape. */
export interface HistoryStore {
  /** What it is, for the summary ("state root file …"). */
  readonly description: string;
  load(): Promise<HistoryFile>;
  save(history: HistoryFile): Promise<void>;
}

/** Samples kept per history file: enough for any window, small enough to read fast. */
export const MAX_SAMPLES = 200;

export class UnreadableHistory extends Error {}

/**
 * A JSON file: under the state root (persistent runners), or committed in the
 * repository. Saved through the core's report writer, so test names holding a
 * secret are redacted before they are stored (and committed, or cached).
 */
export class JsonFileHistory implements HistoryStore {
  constructor(
    private readonly path: string,
    readonly description: string,
    private readonly redactor: Redactor,
  ) {}

  async load(): Promise<HistoryFile> {
    if (!existsSync(this.path)) return { version: 1, samples: [] };
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch (error) {
      throw new UnreadableHistory(`${this.description} is not JSON: ${(error as Error).message}`);
    }
    if (!isHistoryFile(parsed)) throw new UnreadableHistory(`${this.description} is not a perf-sla history file (version 1 with a samples list)`);
    return parsed;
  }

  async save(history: HistoryFile): Promise<void> {
    await writeReportFile(dirname(this.path), basename(this.path), history, this.redactor);
  }
}

export function appendSample(history: HistoryFile, sample: HistorySample): HistoryFile {
  return { version: 1, samples: [...history.samples, sample].slice(-MAX_SAMPLES) };
}

function isHistoryFile(value: unknown): value is HistoryFile {
  if (!value || typeof value !== 'object') return false;
  const file = value as Partial<HistoryFile>;
  return file.version === 1 && Array.isArray(file.samples) && file.samples.every((sample) => sample && typeof sample === 'object' && typeof sample.durations === 'object' && typeof sample.profile === 'object');
}
