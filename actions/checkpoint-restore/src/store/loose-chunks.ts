import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile, UnreadableFile } from '@gates/core';
import { isSha256 } from './manifest.js';

/**
 * Chunks as the store's first version wrote them, one file each under
 * `<directory>/<first two hex digits>/<hash>`. Still read (a store written
 * by that version restores) and collected, never written any more: new
 * chunks go to pack files (chunk-store.ts).
 */
export function loosePath(directory: string, hash: string): string {
  return join(directory, hash.slice(0, 2), hash);
}

/** Every loose chunk's hash (one listing of the fan-out directories). */
export function listLoose(directory: string): Set<string> {
  const hashes = new Set<string>();
  for (const fan of readdirOrEmpty(directory)) {
    if (!/^[0-9a-f]{2}$/.test(fan)) continue;
    for (const name of readdirOrEmpty(join(directory, fan))) if (isSha256(name) && name.startsWith(fan)) hashes.add(name);
  }
  return hashes;
}

/** A loose chunk's stored bytes (no link followed, at most `maxBytes`), or undefined when it is not there. */
export function readLoose(directory: string, hash: string, maxBytes: number): Buffer | undefined {
  try {
    return readRegularFile(loosePath(directory, hash), { maxBytes, noFollow: true });
  } catch (error) {
    if (error instanceof UnreadableFile && error.kind === 'missing') return undefined;
    throw error;
  }
}

export function removeLoose(directory: string, hash: string): void {
  rmSync(loosePath(directory, hash), { force: true });
}

export function readdirOrEmpty(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
