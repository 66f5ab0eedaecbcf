import { closeSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readdirOrEmpty } from './loose-chunks.js';
import { NOT_A_FILE, openPack, packNameOf, readAt, readPackIndex } from './pack-file.js';
import type { PackEntry } from './pack-format.js';

interface LoadedPack {
  entries: PackEntry[];
  damaged: PackEntry[];
  /** Opened on first read, kept open: a restore reads thousands of chunks from a few packs. */
  fd?: number;
}

const MAX_OPEN_PACKS = 64;

/**
 * The pack files of a store's `packs/` directory and an index of their
 * chunks (chunk → pack, entry). Packs are immutable once named, so a pack's
 * index is read once; `refresh` picks up packs added or removed by other
 * processes since.
 */
export class PackSet {
  private packs = new Map<string, LoadedPack>();
  /** Packs whose footer or index cannot be read: garbage, removed by retention. */
  private unreadablePacks = new Map<string, string>();
  private index = new Map<string, { pack: string; entry: PackEntry }>();
  private damaged = new Map<string, string>();
  /** Packs that could not be opened or read this time (not garbage: see load). */
  private unopened = new Map<string, string>();
  private openFds = 0;

  constructor(readonly directory: string) {}

  refresh(): void {
    this.unopened.clear();
    const present = new Set(readdirOrEmpty(this.directory).flatMap((file) => packNameOf(file) ?? []));
    for (const name of [...this.packs.keys()]) if (!present.has(name)) this.drop(name);
    for (const name of [...this.unreadablePacks.keys()]) if (!present.has(name)) this.unreadablePacks.delete(name);
    for (const name of present) if (!this.packs.has(name) && !this.unreadablePacks.has(name)) this.load(name);
    this.reindex();
  }

  lookup(hash: string): { pack: string; entry: PackEntry } | undefined {
    return this.index.get(hash);
  }

  /** Why an index names this chunk and cannot give it (an entry outside its pack), if one does. */
  damage(hash: string): string | undefined {
    return this.damaged.get(hash);
  }

  /** Packs this listing could not open or read, with why (a missing chunk may be in one of them). */
  unreadableForNow(): string[] {
    return [...this.unopened].map(([name, reason]) => `pack ${name} could not be read (${reason})`);
  }

  hashes(): IterableIterator<string> {
    return this.index.keys();
  }

  path(name: string): string {
    return join(this.directory, `${name}.pack`);
  }

  /** A pack just written (or imported) by this process. */
  add(name: string, entries: PackEntry[]): void {
    this.packs.set(name, { entries, damaged: [] });
    this.reindex();
  }

  remove(name: string): void {
    try {
      unlinkSync(this.path(name));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A directory under a pack's name (EISDIR on Linux, EPERM elsewhere) is not gates' to remove recursively, and
      // failing here would fail a save whose checkpoint is already written: it stays, unread, as any stray does.
      if (this.unreadablePacks.has(name) && (code === 'EISDIR' || code === 'EPERM')) return;
      if (code !== 'ENOENT') throw error;
    }
    this.unreadablePacks.delete(name);
    this.drop(name);
    this.reindex();
  }

  has(name: string): boolean {
    return this.packs.has(name);
  }

  list(): { name: string; entries: PackEntry[]; bytes: number }[] {
    return [...this.packs].map(([name, pack]) => ({ name, entries: pack.entries, bytes: pack.entries.reduce((sum, entry) => sum + entry.length, 0) }));
  }

  unreadable(): string[] {
    return [...this.unreadablePacks.keys()];
  }

  /** Whether this entry of this pack is the copy of its chunk the store reads (a chunk can be in two packs: an import, a rewrite). */
  isCurrent(pack: string, entry: PackEntry): boolean {
    const found = this.index.get(entry.hash);
    return found?.pack === pack && found.entry.offset === entry.offset;
  }

  /** An entry's stored bytes (in `into` when given and long enough: see readAt). */
  read(name: string, entry: PackEntry, into?: Buffer): Buffer {
    const pack = this.packs.get(name)!;
    if (pack.fd === undefined) {
      if (this.openFds >= MAX_OPEN_PACKS) for (const open of this.packs.values()) this.close(open);
      pack.fd = openPack(this.path(name));
      this.openFds++;
    }
    return readAt(pack.fd, entry.offset, entry.length, into);
  }

  /**
   * Reads a pack's index. A pack is garbage (retention removes it) only when
   * what is there is known not to be a pack: a link or other non-file, or
   * bytes whose footer or index do not parse. A pack that could not be
   * opened or read (EACCES, EMFILE, EIO) may be a good one: it is left out
   * of this listing, said when a chunk is missing, tried again on the next
   * refresh, and never removed.
   */
  private load(name: string): void {
    let fd: number;
    try {
      fd = openPack(this.path(name));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code === 'ELOOP' || code === NOT_A_FILE) this.unreadablePacks.set(name, (error as Error).message);
      else this.unopened.set(name, (error as Error).message);
      return;
    }
    try {
      const parsed = readPackIndex(fd);
      if (typeof parsed === 'string') this.unreadablePacks.set(name, parsed);
      else this.packs.set(name, { entries: parsed.entries, damaged: parsed.damaged });
    } catch (error) {
      this.unopened.set(name, (error as Error).message);
    } finally {
      closeSync(fd);
    }
  }

  private drop(name: string): void {
    const pack = this.packs.get(name);
    if (pack) this.close(pack);
    this.packs.delete(name);
  }

  private close(pack: LoadedPack): void {
    if (pack.fd === undefined) return;
    try {
      closeSync(pack.fd);
    } catch {
      // Closed already.
    }
    pack.fd = undefined;
    this.openFds--;
  }

  /** The chunk → pack index, rebuilt: packs in name order, the first copy of a chunk wins (the same answer in every process). */
  private reindex(): void {
    this.index.clear();
    this.damaged.clear();
    for (const name of [...this.packs.keys()].sort()) {
      const pack = this.packs.get(name)!;
      for (const entry of pack.entries) if (!this.index.has(entry.hash)) this.index.set(entry.hash, { pack: name, entry });
      for (const entry of pack.damaged) this.damaged.set(entry.hash, `the index of pack ${name} places it outside the pack`);
    }
  }
}
