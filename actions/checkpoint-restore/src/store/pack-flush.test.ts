import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { fstatSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PackWriter, type BackgroundFlush } from './pack-file.js';

/** The pack writer's background fdatasync (every 32 MiB written): what it flushes through, and what its errors do. */

const MIB = 1024 * 1024;

/** A flush that starts and is completed by the test, as a slow fdatasync on libuv's thread pool would be. */
function heldFlush() {
  const calls: { fd: number; done: (error: NodeJS.ErrnoException | null) => void }[] = [];
  const flush: BackgroundFlush = (fd, done) => calls.push({ fd, done });
  return { calls, flush };
}

/** 33 chunks of 1 MiB: past the 32 MiB at which one background flush starts. */
function fill(writer: PackWriter): void {
  const chunk = Buffer.alloc(MIB, 7);
  for (let index = 0; index < 33; index++) writer.append(index.toString(16).padStart(64, '0'), chunk);
}

/** The file an open descriptor is (its inode), or undefined once it is closed. */
function inodeOf(fd: number): number | undefined {
  try {
    return fstatSync(fd).ino;
  } catch {
    return undefined;
  }
}

describe('PackWriter background flush', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'gates-pack-flush-'));
  });
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  test('a flush still running when the pack is finished runs on a descriptor of the pack that stays open until it ends (never a closed, reusable number)', () => {
    const { calls, flush } = heldFlush();
    const writer = new PackWriter(directory, flush);
    fill(writer);
    expect(calls).toHaveLength(1);
    const { name } = writer.finish();
    const pack = statSync(join(directory, `${name}.pack`)).ino;
    // The writer's own descriptor is closed by finish: the flush's must still be the pack's.
    expect(inodeOf(calls[0]!.fd)).toBe(pack);
    calls[0]!.done(null);
    expect(inodeOf(calls[0]!.fd)).toBeUndefined();
  });

  test('a pack abandoned under a running flush: its descriptor is closed when the flush ends', () => {
    const { calls, flush } = heldFlush();
    const writer = new PackWriter(directory, flush);
    fill(writer);
    const temporary = inodeOf(calls[0]!.fd);
    writer.abandon();
    expect(inodeOf(calls[0]!.fd)).toBe(temporary);
    calls[0]!.done(null);
    expect(inodeOf(calls[0]!.fd)).toBeUndefined();
    expect(readdirSync(directory)).toEqual([]);
  });

  test('an error a background flush reports (EIO, ENOSPC) fails finish: no pack is named durable that may not be', () => {
    const writer = new PackWriter(directory, (_fd, done) => done(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' })));
    fill(writer);
    expect(() => writer.finish()).toThrow(/EIO/);
    writer.abandon();
    expect(readdirSync(directory).filter((file) => file.endsWith('.pack'))).toEqual([]);
  });
});
