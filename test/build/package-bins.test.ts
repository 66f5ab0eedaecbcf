import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';

interface PackageJson {
  name: string;
  bin?: string | Record<string, string>;
}

const packages = ['.', ...readdirSync(join(REPO_ROOT, 'packages')).map((name) => join('packages', name))].map((directory) => ({
  directory,
  json: JSON.parse(readFileSync(join(REPO_ROOT, directory, 'package.json'), 'utf8')) as PackageJson,
}));
const bins = packages.flatMap(({ directory, json }) =>
  Object.entries(typeof json.bin === 'string' ? { [json.name]: json.bin } : (json.bin ?? {})).map(([name, file]) => ({ label: `${json.name} bin ${name}`, path: join(REPO_ROOT, directory, file) })),
);

/**
 * `gates` on the npm registry is someone else's package: a name npx could
 * resolve to must be ours (scoped), and every bin must run as the shell
 * runs it (executable, with a node shebang), or `npx` fails in the shell.
 */
describe('package names and bins', () => {
  test('no package is named like a bin (npx would resolve the name, not our bin), and the CLI is scoped', () => {
    expect(packages.map(({ json }) => json.name)).not.toContain('gates');
    expect(packages.find(({ directory }) => directory === join('packages', 'cli'))!.json.name).toBe('@gates-suite/cli');
    expect(bins.length).toBeGreaterThanOrEqual(2);
  });

  test.each(bins)('$label is an executable file with a node shebang that runs the CLI', ({ path }) => {
    expect(statSync(path).mode & 0o111).not.toBe(0);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    // Run as the shell runs a bin: the file itself, not `node file`.
    expect(execFileSync(path, ['--version'], { encoding: 'utf8' })).toMatch(/^gates \d+\.\d+\.\d+\n$/);
  });

  test('the docs never tell a user to run a bare `npx gates` (it fetches a stranger\'s package outside a checkout)', () => {
    const actionReadmes = readdirSync(REPO_ROOT).map((name) => join(name, 'README.md')).filter((file) => existsSync(join(REPO_ROOT, file)));
    const docs = ['README.md', ...actionReadmes, ...readdirSync(join(REPO_ROOT, 'docs')).map((file) => join('docs', file))].filter((file) => file.endsWith('.md'));
    const bare = docs.flatMap((file) => readFileSync(join(REPO_ROOT, file), 'utf8').split('\n').filter((line) => /npx gates\b/.test(line)).map((line) => `${file}: ${line.trim()}`));
    expect(bare).toEqual([]);
  });
});
