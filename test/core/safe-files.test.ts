import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, fstatSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { AtomicFile, containedPath, isInside, isTemporaryName, readRegularFile, sweepStaleTemporaries, writeFileAtomically } from '@gates/core';
import { makeWorkspace } from '../harness/workspace.js';

/** A pid that belonged to a process that has exited: what a killed writer leaves behind. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

function mkfifo(path: string): void {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
}

describe('readRegularFile: the one reader', () => {
  test('a FIFO is refused at once, without waiting for a writer', () => {
    const dir = makeWorkspace({});
    mkfifo(join(dir, 'pipe'));
    expect(() => readRegularFile(join(dir, 'pipe'), { maxBytes: 1024 })).toThrow(/named pipe \(FIFO\), not a regular file/);
  });

  test('/dev/zero is refused as a device, not read until memory runs out', () => {
    expect(() => readRegularFile('/dev/zero', { maxBytes: 1024 })).toThrow(/device, not a regular file/);
  });

  test('a file over the cap is refused; /proc files, whose size reads as 0, are still read and capped', () => {
    const dir = makeWorkspace({ big: 'x'.repeat(2048), small: 'hello' });
    expect(() => readRegularFile(join(dir, 'big'), { maxBytes: 2047 })).toThrow(/larger than the 2047-byte limit/);
    expect(readRegularFile(join(dir, 'big'), { maxBytes: 2048 }).length).toBe(2048);
    expect(readRegularFile(join(dir, 'small'), { maxBytes: 5 }).toString()).toBe('hello');
    expect(statSync('/proc/self/status').size).toBe(0);
    expect(readRegularFile('/proc/self/status', { maxBytes: 1 << 20 }).toString()).toContain('Pid:');
    expect(() => readRegularFile('/proc/self/status', { maxBytes: 10 })).toThrow(/limit/);
  });

  test('with noFollow a link is refused; without, it is followed; a missing file is GATES_E_FILE_NOT_FOUND', () => {
    const dir = makeWorkspace({ target: 'content' });
    symlinkSync(join(dir, 'target'), join(dir, 'link'));
    expect(() => readRegularFile(join(dir, 'link'), { maxBytes: 100, noFollow: true })).toThrow(/symbolic link/);
    expect(readRegularFile(join(dir, 'link'), { maxBytes: 100 }).toString()).toBe('content');
    expect(() => readRegularFile(join(dir, 'nope'), { maxBytes: 100 })).toThrow(expect.objectContaining({ code: 'GATES_E_FILE_NOT_FOUND', exitCode: 2 }));
  });
});

describe('containedPath: writes stay inside their root', () => {
  test('a name starting with two dots is inside; a .. component is not', () => {
    expect(isInside('/w/..state', '/w')).toBe(true);
    expect(isInside('/w/../state', '/w')).toBe(false);
    expect(isInside('/w', '/w')).toBe(true);
    expect(isInside('/other', '/w')).toBe(false);
  });

  test('a directory link leading out of the root is refused; one leading elsewhere inside is resolved', () => {
    const outside = makeWorkspace({ 'victim.log': 'outside' });
    const root = makeWorkspace({ 'real/app.log': 'inside' });
    symlinkSync(outside, join(root, 'logs'));
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    expect(() => containedPath(root, join(root, 'logs', 'victim.log'))).toThrow(expect.objectContaining({ code: 'GATES_E_PATH_OUTSIDE', exitCode: 2 }));
    expect(() => containedPath(root, join(root, 'logs', 'new', 'deeper', 'x.log'), { createDirectories: true })).toThrow(/leads outside/);
    expect(existsSync(join(outside, 'new'))).toBe(false);
    expect(containedPath(root, join(root, 'alias', 'app.log'))).toBe(join(root, 'real', 'app.log'));
    expect(() => containedPath(root, join(root, '..', 'escape'))).toThrow(/leads outside/);
  });

  test('missing directories are created one at a time inside the root', () => {
    const root = makeWorkspace({});
    expect(containedPath(root, join(root, 'a', 'b', 'c.txt'), { createDirectories: true })).toBe(join(root, 'a', 'b', 'c.txt'));
    expect(lstatSync(join(root, 'a', 'b')).isDirectory()).toBe(true);
  });
});

describe('AtomicFile: the one atomic writer', () => {
  test('a link at the destination is replaced, never written through', () => {
    const outside = makeWorkspace({ 'passwd': 'root:x:0:0\n' });
    const root = makeWorkspace({});
    symlinkSync(join(outside, 'passwd'), join(root, 'report.json'));
    writeFileAtomically(join(root, 'report.json'), '{}\n', { root });
    expect(readFileSync(join(outside, 'passwd'), 'utf8')).toBe('root:x:0:0\n');
    expect(lstatSync(join(root, 'report.json')).isFile()).toBe(true);
  });

  test('temporary names are new each time, recognisable, carry the pid and cannot be planted', () => {
    const root = makeWorkspace({});
    const first = new AtomicFile(join(root, 'out.log'), { root });
    const second = new AtomicFile(join(root, 'out.log'), { root });
    expect(first.temporary).not.toBe(second.temporary);
    for (const file of [first, second]) {
      expect(file.temporary).toContain(`.out.log.gates-tmp-${process.pid}-`);
      expect(isTemporaryName(file.temporary.split('/').pop()!)).toBe(true);
      expect(fstatSync(file.fd).mode & 0o777).toBe(0o600);
      file.abandon();
    }
    expect(readdirSync(root)).toEqual([]);
  });

  test('temporary names stay distinct and recognisable past a refill of the random pool they are taken from (512 names a fill)', () => {
    const root = makeWorkspace({});
    const names = new Set<string>();
    for (let index = 0; index < 1200; index++) {
      const file = new AtomicFile(join(root, 'out.log'), { root });
      const name = file.temporary.split('/').pop()!;
      expect(isTemporaryName(name)).toBe(true);
      names.add(name);
      file.abandon();
    }
    expect(names.size).toBe(1200);
  });

  test('the destination mode is kept whatever the umask', () => {
    const root = makeWorkspace({});
    writeFileAtomically(join(root, 'script.sh'), '#!/bin/sh\n', { root, mode: 0o755 });
    expect(statSync(join(root, 'script.sh')).mode & 0o777).toBe(0o755);
  });

  test('a failed pipeline into its sink leaves the descriptor to the file: open until abandon() closes it', async () => {
    const root = makeWorkspace({});
    const target = new AtomicFile(join(root, 'out.log'), { root, mode: 0o644 });
    const failing = new Readable({ read() { this.push('scrubbed bytes\n'); this.destroy(new Error('corrupt input')); } });
    await expect(pipeline(failing, target.sink())).rejects.toThrow('corrupt input');
    // The pipeline destroyed the sink; a stream owning the descriptor would have closed it.
    expect(fstatSync(target.fd).isFile()).toBe(true);
    target.abandon();
    expect(() => fstatSync(target.fd)).toThrow(/EBADF/);
    expect(readdirSync(root)).toEqual([]);
  });

  test('writes after commit or abandon are refused, never sent to a descriptor number another file may now hold', () => {
    const root = makeWorkspace({});
    const target = new AtomicFile(join(root, 'out.log'), { root });
    target.write(Buffer.from('kept\n'));
    target.commit();
    expect(() => target.write(Buffer.from('late\n'))).toThrow('already closed');
    expect(readFileSync(join(root, 'out.log'), 'utf8')).toBe('kept\n');
  });
});

describe('sweepStaleTemporaries: what killed writers leave is removed by the next writer', () => {
  test('temporaries of dead pids on this host go; live ones, other hosts\' and other files stay', () => {
    const dir = join(makeWorkspace({}), 'reports');
    mkdirSync(dir);
    const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
    const dead = `.app.log.gates-tmp-${deadPid()}-${host}-0123456789abcdef`;
    const live = `.app.log.gates-tmp-${process.ppid}-${host}-0123456789abcdef`;
    const otherHost = `.app.log.gates-tmp-${deadPid()}-ffffffff-0123456789abcdef`;
    for (const name of [dead, live, otherHost, 'app.log', 'x.gates-tmp-1-2']) writeFileSync(join(dir, name), 'partial');
    symlinkSync('/etc/passwd', join(dir, `.link.gates-tmp-${deadPid()}-${host}-0123456789abcdef`));
    expect(sweepStaleTemporaries(dir)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([live, otherHost, 'app.log', 'x.gates-tmp-1-2'].sort());
  });
});
