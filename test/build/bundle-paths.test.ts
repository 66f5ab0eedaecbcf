import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';

/**
 * ncc's asset relocator once read `resolve(stateRoot, 'reports', name)` as a
 * path to the repository's own `reports/` folder and rewrote it to a path in
 * the bundle's directory: reports went into dist/. A relocated expression
 * starts with `__nccwpck_require__.ab +`; no bundle may contain one. Nor an
 * `asset import`, what ncc makes of `new URL('…', import.meta.url)`.
 */
describe('committed bundles', () => {
  const bundles = readdirSync(join(REPO_ROOT, 'dist'));

  test.each(bundles)('dist/%s computes no runtime path relative to the bundle', (bundle) => {
    const relocated = readdirSync(join(REPO_ROOT, 'dist', bundle))
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => readFileSync(join(REPO_ROOT, 'dist', bundle, file), 'utf8').split('\n').filter((line) => line.includes('__nccwpck_require__.ab +') || line.includes('/* asset import */')).map((line) => `${file}: ${line.trim().slice(0, 120)}`));
    expect(relocated).toEqual([]);
  });

  test('no bundle folder holds files copied from the repository (relocated assets)', () => {
    const strays = bundles.flatMap((bundle) => readdirSync(join(REPO_ROOT, 'dist', bundle), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `${bundle}/${entry.name}`));
    expect(strays).toEqual([]);
  });
});
