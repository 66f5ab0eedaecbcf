import { readRegularFileIfExists, UnreadableFile, writeFileAtomically, type Redactor } from '@gates/core';
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

/** 200 samples of a few hundred tracked tests stay far below this; a bigger file is not a history file. */
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;

/**
 * A JSON file: under the state root (persistent runners), or committed in the
 * repository. It stays inside `root` (the workspace, the state root): a
 * committed link in its place, or on its path, is neither read through nor
 * written through. Redacted before it is written, so test names holding a
 * secret are not stored (and committed, or cached).
 */
export class JsonFileHistory implements HistoryStore {
  constructor(
    private readonly path: string,
    private readonly root: string,
    readonly description: string,
    private readonly redactor: Redactor,
  ) {}

  async load(): Promise<HistoryFile> {
    let bytes: Buffer | undefined;
    try {
      bytes = readRegularFileIfExists(this.path, { maxBytes: MAX_HISTORY_BYTES, noFollow: true });
    } catch (error) {
      if (error instanceof UnreadableFile) throw new UnreadableHistory(`${this.description} cannot be read: ${error.reason}`);
      throw error;
    }
    if (bytes === undefined) return { version: 1, samples: [] };
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new UnreadableHistory(`${this.description} is not JSON: ${(error as Error).message}`);
    }
    if (!isHistoryFile(parsed)) throw new UnreadableHistory(`${this.description} is not a perf-sla history file (version 1 with a samples list)`);
    return parsed;
  }

  async save(history: HistoryFile): Promise<void> {
    // Readable by others like any committed file (store: repo); the state root's own mode keeps state private.
    writeFileAtomically(this.path, `${JSON.stringify(this.redactor.redactValue(history))}\n`, { root: this.root, mode: 0o644 });
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
