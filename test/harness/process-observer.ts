import { join } from 'node:path';
import { REPO_ROOT, ROOT_ACTION } from './action-manifest.js';

/**
 * NODE_OPTIONS that load an observer from test/fixtures with `node --import` before the bundle, as the tests of
 * pin-check's process setup (heap, malloc, compiler tiers) watch the bundle's own process. The path is quoted:
 * NODE_OPTIONS splits on spaces, and a checkout's path may have some.
 */
export function importObserver(fixture: string, moreOptions = ''): string {
  return `--import ${JSON.stringify(join(REPO_ROOT, 'test', 'fixtures', fixture))} ${moreOptions}`.trim();
}

/** A pin-check step that reports every finding and passes: standalone, or through the root action. */
export function pinCheckInputs(action: string): Record<string, string> {
  return { 'fail-on': 'never', token: '', ...(action === ROOT_ACTION ? { command: 'pin-check' } : {}) };
}
