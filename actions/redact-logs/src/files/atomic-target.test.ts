import { describe, expect, test } from '@jest/globals';
import { fstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { AtomicTarget } from './atomic-target.js';

describe('AtomicTarget', () => {
  test('a failed pipeline into its sink leaves the descriptor to the target: open until abandon() closes it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'gates-atomic-'));
    const target = new AtomicTarget(join(directory, 'out.log'), 0o644);
    const failing = new Readable({ read() { this.push('scrubbed bytes\n'); this.destroy(new Error('corrupt input')); } });
    await expect(pipeline(failing, target.sink())).rejects.toThrow('corrupt input');
    // The pipeline destroyed the sink; a stream owning the descriptor would have closed it.
    expect(fstatSync(target.fd).isFile()).toBe(true);
    target.abandon();
    expect(() => fstatSync(target.fd)).toThrow(/EBADF/);
    expect(readdirSync(directory)).toEqual([]);
  });

  test('writes after commit or abandon are refused, never sent to a descriptor number another file may now hold', () => {
    const directory = mkdtempSync(join(tmpdir(), 'gates-atomic-'));
    const target = new AtomicTarget(join(directory, 'out.log'), 0o644);
    target.write(Buffer.from('kept\n'));
    target.commit();
    expect(() => target.write(Buffer.from('late\n'))).toThrow('already closed');
    expect(readFileSync(join(directory, 'out.log'), 'utf8')).toBe('kept\n');
  });
});
