import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { withRedactedStdout, type Redactor } from '@gates/core';
import { profileKey, type HardwareProfile, type HistoryFile } from './history-model.js';
import { UnreadableHistory, type HistoryStore } from './history-store.js';

export interface CacheLocation {
  /** The file @actions/cache saves and restores (the same path both ways: it is part of the cache version). */
  file: string;
  branch: string;
  /** Restore falls back to this branch's history (the repository's default branch). */
  defaultBranch: string;
  /** Makes each save's key unique (cache entries are immutable). */
  runId: string;
}

/**
 * History in the Actions cache through `@actions/cache`: keyed per hardware
 * profile and branch, so a feature branch starts from the default branch's
 * history and never moves it. Each run saves a new entry; a restore takes the
 * newest entry whose key has the branch's prefix. The package is loaded only
 * when this store is used (it is large). It logs to stdout itself, signed
 * blob URLs included: that output passes through the redactor.
 */
export class ActionsCacheHistory implements HistoryStore {
  readonly description: string;
  private readonly prefix: (branch: string) => string;

  constructor(
    private readonly location: CacheLocation,
    profile: HardwareProfile,
    private readonly redactor: Redactor,
  ) {
    const profileHash = createHash('sha256').update(profileKey(profile)).digest('hex').slice(0, 12);
    this.prefix = (branch) => `gates-perf-history-${profileHash}-${branch}-`;
    this.description = `Actions cache (key ${this.prefix(location.branch)}…, falling back to ${location.defaultBranch})`;
  }

  async load(): Promise<HistoryFile> {
    const cache = await import('@actions/cache');
    const { branch, defaultBranch, file } = this.location;
    const fallback = branch === defaultBranch ? [] : [this.prefix(defaultBranch)];
    // @actions/cache reports a failed restore as a warning and answers as for a miss.
    const hit = await withRedactedStdout(this.redactor, () => cache.restoreCache([file], this.prefix(branch), fallback));
    if (!hit || !existsSync(file)) return { version: 1, samples: [] };
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as HistoryFile;
      if (parsed.version !== 1 || !Array.isArray(parsed.samples)) throw new Error('not a perf-sla history file');
      return parsed;
    } catch (error) {
      throw new UnreadableHistory(`the cached history (${hit}) is unreadable: ${(error as Error).message}`);
    }
  }

  async save(history: HistoryFile): Promise<void> {
    const cache = await import('@actions/cache');
    mkdirSync(dirname(this.location.file), { recursive: true });
    const temporary = `${this.location.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(history)}\n`);
    renameSync(temporary, this.location.file);
    const key = `${this.prefix(this.location.branch)}${this.location.runId}`;
    await withRedactedStdout(this.redactor, () => cache.saveCache([this.location.file], key));
  }
}
