/**
 * The cache service's entries, shared by both protocol versions: an entry is
 * created (reserved), filled, committed, and from then on immutable. Lookup
 * is the service's: for each key in order, an exact key match, else the
 * newest committed entry whose key starts with it, always of the same version.
 * The archive itself lives in the blob store under `CACHE_CONTAINER/<id>.tzst`.
 */
export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** v1 uploads arrive in Content-Range chunks, by offset, and are assembled into the blob at commit. */
  chunks: Map<number, Buffer>;
  committed: boolean;
  /** Orders entries for prefix lookups (newest first); a counter, so two entries never tie. */
  createdAt: number;
  created: Date;
}

export const CACHE_CONTAINER = 'actions-cache';

export const archiveName = (entry: CacheEntry): string => `${entry.id}.tzst`;

export class CacheEntries {
  readonly all: CacheEntry[] = [];
  private clock = 0;

  reserve(key: string, version: string): CacheEntry | undefined {
    if (this.all.some((entry) => entry.key === key && entry.version === version)) return undefined;
    const entry: CacheEntry = { id: this.all.length + 1, key, version, chunks: new Map(), committed: false, createdAt: ++this.clock, created: new Date() };
    this.all.push(entry);
    return entry;
  }

  byId(id: number): CacheEntry | undefined {
    return this.all.find((entry) => entry.id === id);
  }

  uncommitted(key: string, version: string): CacheEntry | undefined {
    return this.all.find((entry) => entry.key === key && entry.version === version && !entry.committed);
  }

  lookup(keys: readonly string[], version: string): CacheEntry | undefined {
    const usable = this.all.filter((entry) => entry.committed && entry.version === version);
    for (const key of keys) {
      const exact = usable.find((entry) => entry.key === key);
      const newest = usable.filter((entry) => entry.key.startsWith(key)).sort((a, b) => b.createdAt - a.createdAt)[0];
      if (exact ?? newest) return exact ?? newest;
    }
    return undefined;
  }
}

/** The v1 chunks in offset order, as one archive. */
export function assembleChunks(entry: CacheEntry): Buffer {
  return Buffer.concat([...entry.chunks].sort((a, b) => a[0] - b[0]).map(([, chunk]) => chunk));
}
