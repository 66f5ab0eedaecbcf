import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/run-bundle.js';

const VERSION = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version as string;

/** A copy of what the checklist reads (not dist/: --skip-dist), with `plant` applied. */
function checklist(tag: string, plant: (root: string) => void = () => {}) {
  const root = mkdtempSync(join(tmpdir(), 'gates-release-check-'));
  for (const path of ['package.json', 'packages', 'CHANGELOG.md', 'README.md', 'docs', '.github', 'pin-check', 'rbac-guard', 'redact-logs', 'perf-sla']) {
    cpSync(join(REPO_ROOT, path), join(root, path), { recursive: true, filter: (source) => !source.includes('node_modules') });
  }
  plant(root);
  return spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'release-check.mjs'), tag, '--skip-dist', '--root', root], { encoding: 'utf8' });
}

describe('the release checklist (scripts/release-check.mjs)', () => {
  test('the current version passes every item but dist, which the test skips', () => {
    const run = checklist(`v${VERSION}`);
    expect(run.stdout).toContain(`✓ versions say ${VERSION}`);
    expect(run.stdout).toContain(`✓ CHANGELOG.md has an entry for ${VERSION}`);
    expect(run.stdout).toContain('- dist/ in sync with the sources (skipped)');
    expect(run.status).toBe(0);
  });

  test('a version one package forgot, a missing changelog entry and two different pins each fail', () => {
    const run = checklist(`v${VERSION}`, (root) => {
      const cli = join(root, 'packages', 'cli', 'package.json');
      writeFileSync(cli, readFileSync(cli, 'utf8').replace(`"version": "${VERSION}"`, '"version": "9.9.9"'));
      writeFileSync(join(root, 'CHANGELOG.md'), '# Changelog\n\n## Unreleased\n\n- things\n');
      writeFileSync(join(root, 'docs', 'planted.md'), '```yaml\n      - uses: org/gates/pin-check@0000000000000000000000000000000000000000 # v0.0.9\n```\n');
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ versions say');
    expect(run.stdout).toContain('packages/cli/package.json says 9.9.9');
    expect(run.stdout).toContain(`no "## ${VERSION}" heading`);
    expect(run.stdout).toMatch(/✗ gates' own pins name one commit and release\n {4}found .*0{40} # v0\.0\.9/);
  });

  test('a tag that is not vX.Y.Z is a usage error', () => {
    expect(spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'release-check.mjs'), '1.0'], { encoding: 'utf8' }).status).toBe(2);
  });
});
