import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
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
  const DIST = join(REPO_ROOT, 'dist');
  const start = (bundle: string) => readFileSync(join(DIST, bundle, 'index.js'), 'utf8');
  const chunks = (bundle: string) => readdirSync(join(DIST, bundle)).filter((name) => name.endsWith('.index.js')).map((name) => readFileSync(join(DIST, bundle, name), 'utf8'));

  test('dist/pin-check/index.js does not contain the yaml package (it is a chunk loaded on use)', () => {
    expect(start('pin-check')).not.toContain('./node_modules/yaml/dist/index.js');
  });

  // What an offline check (no token, no results service, no config or waiver file) never runs stays out of
  // pin-check's start chunk, in chunks loaded on use. Each is named by a line of its own code, which the bundle
  // must still hold somewhere: a renamed function fails here instead of passing for want of anything to find.
  test.each([
    ['the state transfer (restore, publish)', 'function restoreSegments('],
    ['the zip reader of segments (yauzl)', 'invalid zip64 end of central directory record signature'],
    ['the GitHub API client', 'class GitHubApi '],
    ['pin-check\'s online checks', 'function checkOnline('],
    ['applying a waiver file', 'function applyWaiverFile('],
    ['the config schemas', '"title":"gates configuration (.github/gates.yml)"'],
  ])('%s: in a chunk of dist/pin-check, not in its start chunk', (_what, code) => {
    expect(start('pin-check')).not.toContain(code);
    expect(chunks('pin-check').some((chunk) => chunk.includes(code))).toBe(true);
  });

  // Modules of the core that pin-check never imports are left out of its bundle altogether (the core declares
  // `sideEffects: false`): the index re-exports them, and without the flag webpack kept every one that imports a
  // Node builtin, directly or not.
  test.each([
    ['the streaming JSON reader', 'class JsonScanner ', 'security-gate'],
    ['the gate verdicts of the ledger', 'function gateStatuses(', 'rbac-guard'],
  ])('%s: not in dist/pin-check at all (it is in dist/%s, which uses it)', (_what, code, user) => {
    expect([start('pin-check'), ...chunks('pin-check')].some((text) => text.includes(code))).toBe(false);
    expect([start(user), ...chunks(user)].some((text) => text.includes(code))).toBe(true);
  });
});
