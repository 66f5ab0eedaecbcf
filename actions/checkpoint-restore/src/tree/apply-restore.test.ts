import { describe, expect, test } from '@jest/globals';
import { lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkpointStoreFixture } from '../../../../test/fixtures/checkpoint-store.js';
import { DEFAULT_CHUNK_SIZES } from '../chunking/content-chunker.js';

// What a restore writes when the workspace's shapes differ from the checkpoint's, and the file endings it must keep.
describe('applyRestore', () => {
  test('a file that ends in zeros keeps its size (the hole at its end is not written, the size is still set)', async () => {
    const t = checkpointStoreFixture('gates-apply-');
    try {
      const endsInHole = Buffer.concat([Buffer.from('header'), Buffer.alloc(3 * DEFAULT_CHUNK_SIZES.max)]);
      writeFileSync(join(t.workspace, 'out', 'image.bin'), endsInHole);
      writeFileSync(join(t.workspace, 'out', 'plain.txt'), 'no hole\n');
      await t.save();
      rmSync(join(t.workspace, 'out'), { recursive: true });
      await t.restore();
      expect(statSync(join(t.workspace, 'out', 'image.bin')).size).toBe(endsInHole.length);
      expect(readFileSync(join(t.workspace, 'out', 'image.bin')).equals(endsInHole)).toBe(true);
      expect(readFileSync(join(t.workspace, 'out', 'plain.txt'), 'utf8')).toBe('no hole\n');
    } finally {
      t.cleanup();
    }
  });

  test('a directory where the checkpoint has a file or a link, and a file where it has a directory, are replaced', async () => {
    const t = checkpointStoreFixture('gates-apply-');
    const out = join(t.workspace, 'out');
    try {
      writeFileSync(join(out, 'was-file'), 'a file\n');
      symlinkSync('was-file', join(out, 'was-link'));
      mkdirSync(join(out, 'was-dir'));
      writeFileSync(join(out, 'was-dir', 'inside.txt'), 'inside\n');
      await t.save();
      rmSync(join(out, 'was-file'));
      mkdirSync(join(out, 'was-file', 'deeper'), { recursive: true });
      writeFileSync(join(out, 'was-file', 'deeper', 'stray.txt'), 'stray\n');
      rmSync(join(out, 'was-link'));
      mkdirSync(join(out, 'was-link'));
      rmSync(join(out, 'was-dir'), { recursive: true });
      writeFileSync(join(out, 'was-dir'), 'now a file\n');
      await t.restore();
      expect(readFileSync(join(out, 'was-file'), 'utf8')).toBe('a file\n');
      expect(lstatSync(join(out, 'was-link')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(out, 'was-link'))).toBe('was-file');
      expect(readFileSync(join(out, 'was-dir', 'inside.txt'), 'utf8')).toBe('inside\n');
    } finally {
      t.cleanup();
    }
  });
});
