import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
 * when this store is used (it is large).
 */
export class ActionsCacheHistory implements HistoryStore {
  readonly description: string;
  private readonly prefix: (branch: string) => string;

  constructor(
    private readonly location: CacheLocation,
    profile: HardwareProfile,
  ) {
    const profileHash = createHash('sha256').update(profileKey(profile)).digest('hex').slice(0, 12);
    this.prefix = (branch) => `gates-perf-history-${profileHash}-${branch}-`;
    this.description = `Actions cache (key ${this.prefix(location.branch)}…, falling back to ${location.defaultBranch})`;
  }

  async load(): Promise<HistoryFile> {
    const cache = await import('@actions/cache');
    const restoreKeys = [this.prefix(this.location.branch), this.prefix(this.location.defaultBranch)];
    const hit = await cache.restoreCache([this.location.file], restoreKeys[0]!, restoreKeys.slice(1));
    if (!hit || !existsSync(this.location.file)) return { version: 1, samples: [] };
    try {
      const parsed = JSON.parse(readFileSync(this.location.file, 'utf8')) as HistoryFile;
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
    await cache.saveCache([this.location.file], `${this.prefix(this.location.branch)}${this.location.runId}`);
  }
}
