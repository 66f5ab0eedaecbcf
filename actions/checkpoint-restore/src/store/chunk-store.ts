import { closeSync, constants, copyFileSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createTemporary, UnreadableFile } from '@gates/core';
import { decodeChunk, encodeChunkParts, MAX_STORED_CHUNK_BYTES, type CodecName } from './codec.js';
import { listLoose, loosePath, readLoose, removeLoose } from './loose-chunks.js';
import { sha256Hex } from './manifest.js';
import { openPack, PACK_LIMIT_BYTES, PackWriter, readPackIndex } from './pack-file.js';
import { encodeIndex, type PackEntry } from './pack-format.js';
import { PackSet } from './pack-set.js';
import { untrueEntry } from './verify-pack.js';
import { ChunkUnusable } from './chunk-unusable.js';

export { ChunkUnusable };

/**
 * Chunks stored once each by the SHA-256 of their plain bytes, compressed
 * (codec.ts), appended to pack files under `<directory>/packs/` (pack-file.ts,
 * pack-set.ts: a file per save rather than per chunk, since creating
 * thousands of files was most of a save's time). Stores written before packs
 * keep their chunks in `<directory>/<xx>/<hash>` (loose-chunks.ts): read and
 * collected, never written. The listings are read when the store is first
 * used and again by `refresh` (called under the checkpoint lock: other
 * processes may have added or collected packs). `directory` must be a real
 * directory inside the state root, checked by the caller.
 */
export class ChunkStore {
  private readonly packs: PackSet;
  private loose = new Set<string>();
  private loaded = false;
  private writer?: PackWriter;
  private last?: { hash: string; plain: Buffer };
  private scratch?: Buffer; // where `get` reads stored chunks: one buffer, not one per chunk (a restore reads thousands)
  bytesWritten = 0;
  chunksWritten = 0;

  constructor(
    readonly directory: string,
    readonly codec: CodecName,
  ) {
    this.packs = new PackSet(join(directory, 'packs'));
  }

  get packsDirectory(): string {
    return this.packs.directory;
  }

  /** Reads the pack and loose listings again (what other processes wrote or collected since). */
  refresh(): void {
    this.packs.refresh();
    this.loose = listLoose(this.directory);
    this.loaded = true;
  }

  has(hash: string): boolean {
    this.ensureLoaded();
    return this.packs.lookup(hash) !== undefined || this.loose.has(hash) || this.writer?.entry(hash) !== undefined;
  }

  /** Why the store cannot give this chunk (`is missing`, `is damaged: …`), or undefined when it has it. */
  absence(hash: string): string | undefined {
    if (this.has(hash)) return undefined;
    const damage = this.packs.damage(hash);
    if (damage) return `is damaged: ${damage}`;
    const unread = this.packs.unreadableForNow();
    return unread.length > 0 ? `is missing (${unread.slice(0, 3).join('; ')})` : 'is missing';
  }

  /** Stores `plain` under its hash unless the store has it; returns the stored size when it wrote one. */
  put(hash: string, plain: Uint8Array): number {
    if (this.has(hash)) return 0;
    const { tag, body } = encodeChunkParts(plain, this.codec);
    return this.putStored(hash, tag, body);
  }

  /** Stores a chunk already encoded (codec.ts; by a digest worker), whole or as tag byte and body, unless the store has it; returns the stored size when it wrote one. */
  putStored(hash: string, stored: Uint8Array, body?: Uint8Array): number {
    if (this.has(hash)) return 0;
    this.append(hash, stored, body);
    const length = stored.length + (body?.length ?? 0);
    this.bytesWritten += length;
    this.chunksWritten++;
    return length;
  }

  /** The chunk's plain bytes, verified: exactly `size` bytes that hash to `hash`, or ChunkUnusable. */
  get(hash: string, size: number): Buffer {
    // A run of one chunk (zeros of a sparse file) is read and verified once.
    if (this.last?.hash === hash) return this.last.plain;
    const stored = this.readStored(hash, size + 1, (this.scratch ??= Buffer.allocUnsafe(MAX_STORED_CHUNK_BYTES)));
    let plain: Buffer;
    try {
      plain = decodeChunk(stored, size);
      // Stored as it is: a view of the read buffer, which the next get reads into; the caller gets its own copy.
      if (plain.buffer === this.scratch!.buffer) plain = Buffer.from(plain);
    } catch (error) {
      throw new ChunkUnusable(hash, `cannot be decompressed (${(error as Error).message})`);
    }
    if (plain.length !== size || sha256Hex(plain) !== hash) throw new ChunkUnusable(hash, 'does not match its hash (it was changed or damaged)');
    this.last = { hash, plain };
    return plain;
  }

  /** A chunk's stored (compressed) bytes as they are, at most `maxBytes` of them (read into `into` when it is from a pack); ChunkUnusable when missing or unreadable. */
  readStored(hash: string, maxBytes: number, into?: Buffer): Buffer {
    this.ensureLoaded();
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const found = this.readOnce(hash, maxBytes, into);
        if (found) return found;
      } catch (error) {
        if (error instanceof ChunkUnusable) throw error;
        // A pack collected by another process since the listing was read: read the listings again, once.
        if (attempt > 0 || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw new ChunkUnusable(hash, `cannot be read (${(error as Error).message})`);
      }
      if (attempt === 0) this.refresh();
    }
    throw new ChunkUnusable(hash, this.absence(hash) ?? 'is missing');
  }

  /** Where a chunk's stored bytes are: file, offset and length (tests that damage a chunk on purpose). */
  locate(hash: string): { path: string; offset: number; length?: number } | undefined {
    this.ensureLoaded();
    const found = this.packs.lookup(hash);
    if (found) return { path: this.packs.path(found.pack), offset: found.entry.offset, length: found.entry.length };
    return this.loose.has(hash) ? { path: loosePath(this.directory, hash), offset: 0 } : undefined;
  }

  /** Makes the chunks written so far durable (the open pack finished: fsync, rename, directory fsync) before a manifest names them. */
  flush(): void {
    if (!this.writer) return;
    const writer = this.writer;
    this.writer = undefined;
    const { name, entries } = writer.finish();
    this.packs.add(name, entries);
  }

  /** Drops the chunks written since the last flush (a save that failed): no pack of them appears. */
  abandon(): void {
    this.writer?.abandon();
    this.writer = undefined;
  }

  /** Every stored chunk's hash. */
  list(): string[] {
    this.ensureLoaded();
    return [...new Set([...this.packs.hashes(), ...this.loose])];
  }

  /** Each pack with its entries (retention). */
  packList(): { name: string; entries: PackEntry[]; bytes: number }[] {
    this.ensureLoaded();
    return this.packs.list();
  }

  /** Packs whose footer or index cannot be read (nothing can find their chunks). */
  unreadablePacks(): string[] {
    this.ensureLoaded();
    return this.packs.unreadable();
  }

  isCurrent(pack: string, entry: PackEntry): boolean {
    return this.packs.isCurrent(pack, entry);
  }

  looseHashes(): string[] {
    this.ensureLoaded();
    return [...this.loose];
  }

  removeLoose(hash: string): void {
    removeLoose(this.directory, hash);
    this.loose.delete(hash);
  }

  removePack(name: string): void {
    this.packs.remove(name);
  }

  /** Copies `keep` of a pack into a new pack, durable, then removes the old one (a crash between leaves both: duplicates, never a loss). */
  rewritePack(name: string, keep: readonly PackEntry[]): void {
    for (const entry of keep) this.append(entry.hash, this.packs.read(name, entry));
    this.flush();
    this.packs.remove(name);
  }

  /** Writes the stored bytes of `hashes` into one pack in `directory` (what a transport carries); undefined when there are none. */
  exportPack(hashes: Iterable<string>, directory: string): { path: string; bytes: number; chunks: number } | undefined {
    const writer = new PackWriter(directory);
    try {
      for (const hash of hashes) writer.append(hash, this.readStored(hash, MAX_STORED_CHUNK_BYTES));
    } catch (error) {
      writer.abandon();
      throw error;
    }
    if (writer.count === 0) {
      writer.abandon();
      return undefined;
    }
    const bytes = writer.offset;
    const { name, entries } = writer.finish();
    return { path: join(directory, `${name}.pack`), bytes, chunks: entries.length };
  }

  /**
   * Adds a pack file from elsewhere (a transport) to the store: its index is
   * checked (every entry inside the file; names are SHA-256 by construction),
   * every chunk in it hashed (verify-pack.ts: a lying copy must not shadow a
   * good one), and it is copied in durably under the name its index gives.
   * Returns how many chunks the store did not have and every chunk it
   * carries, or the reason the file is not a usable pack.
   */
  importPack(source: string): { chunks: number; hashes: string[] } | string {
    this.ensureLoaded();
    const fd = openPack(source);
    let parsed;
    let name: string;
    try {
      parsed = readPackIndex(fd);
      if (typeof parsed === 'string') return parsed;
      if (parsed.damaged.length > 0) return `its index points outside it (chunk ${parsed.damaged[0]!.hash})`;
      name = encodeIndex(parsed.entries, parsed.indexOffset).name;
      // The store has a pack with this index (every step of a job fetches the run's artifacts again): its own copy,
      // written by a save or verified when it came in, stays; these bytes are not taken, so not hashed again either.
      if (this.packs.has(name)) return { chunks: 0, hashes: parsed.entries.map((entry) => entry.hash) };
      const untrue = untrueEntry(fd, parsed.entries);
      if (untrue) return untrue;
    } finally {
      closeSync(fd);
    }
    const fresh = new Set(parsed.entries.map((entry) => entry.hash).filter((hash) => !this.has(hash))).size;
    const directory = this.preparePacksDirectory();
    const temporary = createTemporary(directory, 'pack');
    closeSync(temporary.fd);
    copyFileSync(source, temporary.path);
    fsyncPath(temporary.path);
    renameSync(temporary.path, this.packs.path(name));
    fsyncPath(directory);
    this.packs.add(name, parsed.entries);
    return { chunks: fresh, hashes: parsed.entries.map((entry) => entry.hash) };
  }

  private append(hash: string, stored: Uint8Array, body?: Uint8Array): void {
    if (this.writer && this.writer.count > 0 && this.writer.offset + stored.length + (body?.length ?? 0) > PACK_LIMIT_BYTES) this.flush();
    this.writer ??= new PackWriter(this.preparePacksDirectory());
    this.writer.append(hash, stored, body);
  }

  private readOnce(hash: string, maxBytes: number, into?: Buffer): Buffer | undefined {
    const found = this.packs.lookup(hash);
    if (found) {
      // A length past what the chunk can be: a damaged index, refused before allocating it.
      if (found.entry.length > maxBytes) throw new ChunkUnusable(hash, `is damaged: pack ${found.pack} gives it ${found.entry.length} bytes, more than it can have`);
      return this.packs.read(found.pack, found.entry, into);
    }
    const pending = this.writer?.entry(hash);
    if (pending) return this.writer!.read(pending);
    try {
      return readLoose(this.directory, hash, maxBytes);
    } catch (error) {
      if (error instanceof UnreadableFile) throw new ChunkUnusable(hash, `cannot be read (${error.reason})`);
      throw error;
    }
  }

  private ensureLoaded(): void {
    if (!this.loaded) this.refresh();
  }

  private preparePacksDirectory(): string {
    const directory = this.packs.directory;
    try {
      mkdirSync(directory, { mode: 0o700 });
      fsyncPath(this.directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // The state root holds only what gates wrote: a link here would send chunks elsewhere.
    if (!lstatSync(directory).isDirectory()) throw new Error(`${directory} is not a directory`);
    return directory;
  }
}

/** fsync of a file or directory by path (a directory's fsync makes the renames in it durable). */
export function fsyncPath(path: string): void {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function unlinkIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
