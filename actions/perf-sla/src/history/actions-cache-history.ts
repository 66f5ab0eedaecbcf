import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { withRedactedStdout, type Redactor } from '@gates/core';
import { profileKey, type HardwareProfile, type HistoryFile } from './history-model.js';
import { JsonFileHistory, type HistoryStore } from './history-store.js';

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
 * blob URLs included: that output passes through the redactor. The file the
 * cache carries is read and written as any other history file.
 */
export class ActionsCacheHistory implements HistoryStore {
  readonly description: string;
  private readonly prefix: (branch: string) => string;
  private readonly local: JsonFileHistory;

  constructor(
    private readonly location: CacheLocation,
    profile: HardwareProfile,
    private readonly redactor: Redactor,
  ) {
    const profileHash = createHash('sha256').update(profileKey(profile)).digest('hex').slice(0, 12);
    this.prefix = (branch) => `gates-perf-history-${profileHash}-${branch}-`;
    this.description = `Actions cache (key ${this.prefix(location.branch)}…, falling back to ${location.defaultBranch})`;
    this.local = new JsonFileHistory(location.file, dirname(location.file), `the cached history (${this.description})`, redactor);
  }

  async load(): Promise<HistoryFile> {
    const cache = await import('@actions/cache');
    const { branch, defaultBranch, file } = this.location;
    const fallback = branch === defaultBranch ? [] : [this.prefix(defaultBranch)];
    // @actions/cache reports a failed restore as a warning and answers as for a miss.
    const hit = await withRedactedStdout(this.redactor, () => cache.restoreCache([file], this.prefix(branch), fallback));
    return hit ? this.local.load() : { version: 1, samples: [] };
  }

  async save(history: HistoryFile): Promise<void> {
    const cache = await import('@actions/cache');
    await this.local.save(history);
    const key = `${this.prefix(this.location.branch)}${this.location.runId}`;
    await withRedactedStdout(this.redactor, () => cache.saveCache([this.location.file], key));
  }
}
