import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';

/**
 * What a bundle parses and runs before its first line is start-up time on
 * every run. The `yaml` package (about 290 KB) is loaded only where a YAML
 * document is read through it (config files, waivers, documents): a static
 * import anywhere the core's index reaches (the duplicate-key comparator
 * once had one) put it into every action's start chunk. pin-check reads its
 * workflows with js-yaml and, without a config file, never loads `yaml`.
 */
describe('start chunks', () => {
  test('dist/pin-check/index.js does not contain the yaml package (it is a chunk loaded on use)', () => {
    const start = readFileSync(join(REPO_ROOT, 'dist', 'pin-check', 'index.js'), 'utf8');
    expect(start).not.toContain('./node_modules/yaml/dist/index.js');
  });
});
