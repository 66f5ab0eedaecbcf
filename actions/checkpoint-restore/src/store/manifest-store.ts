import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GatesError, readRegularFile, UnreadableFile, writeFileAtomically } from '@gates/core';
import { fsyncPath, unlinkIfPresent } from './chunk-store.js';
import { manifestBytes, sha256Hex, type Manifest } from './manifest.js';
import { ManifestRejected, parseManifest } from './parse-manifest.js';

/** A manifest is a list of paths and chunk names; past this it is refused rather than read. */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;
const MANIFEST_NAME = /^([0-9a-f]{64})\.json$/;

export interface StoredCheckpoint {
  hash: string;
  manifest: Manifest;
}

/**
 * Manifests under `<directory>/<sha256>.json`, named by the hash of their
 * bytes. Written last, after every chunk they name is on disk: temporary
 * file, fsync, rename, fsync of the directory. So a checkpoint exists exactly
 * when its manifest does, and a crash before the rename leaves the previous
 * checkpoints as they were.
 */
export class ManifestStore {
  constructor(readonly directory: string) {}

  write(manifest: Manifest): string {
    const bytes = manifestBytes(manifest);
    const hash = sha256Hex(bytes);
    writeFileAtomically(join(this.directory, `${hash}.json`), bytes, { root: this.directory, durable: true, directoryMode: 0o700 });
    fsyncPath(this.directory);
    return hash;
  }

  /** The checkpoint with this hash, verified (ManifestRejected when its bytes or paths are not to be trusted). */
  load(hash: string): StoredCheckpoint {
    let bytes: Buffer;
    try {
      bytes = readRegularFile(join(this.directory, `${hash}.json`), { maxBytes: MAX_MANIFEST_BYTES, noFollow: true });
    } catch (error) {
      if (error instanceof UnreadableFile && error.kind === 'missing') throw new GatesError('GATES_E_CHECKPOINT_NOT_FOUND', { what: `with hash ${hash}` });
      throw error;
    }
    return { hash, manifest: parseManifest(hash, bytes) };
  }

  hashes(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.directory);
    } catch {
      return [];
    }
    return names.flatMap((name) => MANIFEST_NAME.exec(name)?.[1] ?? []);
  }

  /**
   * Every checkpoint, newest first (Lamport counter, then time). A manifest
   * that fails verification is passed to `onRejected` and left out of the
   * choice: a tampered one must never be picked as "the last green".
   */
  all(onRejected: (rejected: ManifestRejected) => void): StoredCheckpoint[] {
    const checkpoints: StoredCheckpoint[] = [];
    for (const hash of this.hashes()) {
      try {
        checkpoints.push(this.load(hash));
      } catch (error) {
        if (!(error instanceof ManifestRejected)) throw error;
        onRejected(error);
      }
    }
    return checkpoints.sort((a, b) => b.manifest.lamport - a.manifest.lamport || b.manifest.createdAt.localeCompare(a.manifest.createdAt));
  }

  /** A full hash, or a prefix of at least 7 hex digits that names exactly one manifest. */
  resolve(name: string): string {
    const matches = /^[0-9a-f]{7,64}$/.test(name) ? this.hashes().filter((hash) => hash.startsWith(name)) : [];
    if (matches.length !== 1) throw new GatesError('GATES_E_CHECKPOINT_NOT_FOUND', { what: matches.length > 1 ? `unambiguously named ${name} (${matches.length} match)` : `named ${name}` });
    return matches[0]!;
  }

  remove(hash: string): void {
    unlinkIfPresent(join(this.directory, `${hash}.json`));
  }
}
