import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';

const documents = [
  'README.md',
  ...readdirSync(REPO_ROOT).map((name) => join(name, 'README.md')).filter((file) => existsSync(join(REPO_ROOT, file))),
  ...readdirSync(join(REPO_ROOT, 'docs')).filter((file) => file.endsWith('.md')).map((file) => join('docs', file)),
];

/**
 * Every `uses:` line of the ```yaml workflow examples of a document: what a
 * user copies into a workflow. A gates config example (it starts with
 * `version:`) has `uses:` globs in its allow list, which are not references.
 */
function usesLines(file: string): { file: string; line: string }[] {
  const found: { file: string; line: string }[] = [];
  let block: string[] | undefined;
  for (const line of readFileSync(join(REPO_ROOT, file), 'utf8').split('\n')) {
    if (/^\s*```/.test(line)) {
      if (block && !/^\s*version:/.test(block[0] ?? '')) {
        for (const entry of block) if (/^\s*(-\s+)?uses:\s/.test(entry)) found.push({ file, line: entry.trim() });
      }
      block = block === undefined && /^\s*```ya?ml\s*$/.test(line) ? [] : undefined;
    } else block?.push(line);
  }
  return found;
}

const examples = documents.flatMap(usesLines);

/**
 * The recipes work on GitHub as written and are what pin-check asks of
 * users: every action pinned to a full commit SHA, the release it came from
 * as the comment (scripts/pin-readmes.mjs rewrites gates' own after a release).
 */
describe('README workflow examples', () => {
  test('there are examples to check', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  test.each(examples)('$file: $line is pinned by full SHA with a version comment', ({ line }) => {
    const value = line.replace(/^(-\s+)?uses:\s+/, '');
    // Local actions and docker:// images name no commit.
    if (value.startsWith('./') || value.startsWith('docker://')) return;
    expect(value).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
  });

  test('gates\' own examples all name one release and one commit', () => {
    const own = new Set(examples.filter(({ line }) => /uses:\s+org\/gates[@/]/.test(line)).map(({ line }) => line.replace(/^.*@/, '')));
    expect(own.size).toBe(1);
  });
});
