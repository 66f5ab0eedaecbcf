import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFacts, MAX_FILE_BYTES } from './collect.js';
import { invalidWorkflow } from './rules/invalid-workflow.js';
import { policy } from './testing/facts-from-files.js';

function workspace(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'pin-collect-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('collectFacts on a real directory tree', () => {
  test('bad files are reported, not fatal; the rest of the repository is still read', async () => {
    const outside = workspace({ 'secret.yml': 'on: push\n' });
    const root = workspace({
      '.github/workflows/good.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: a/b@v1\n',
      '.github/workflows/broken.yml': 'on: push\njobs:\n  a:\n    steps: [\n',
      '.github/workflows/binary.yml': Buffer.from([0x6f, 0x6e, 0x00, 0x01]),
      '.github/workflows/latin1.yml': Buffer.from('name: caf\xe9\n', 'latin1'),
      // Valid UTF-8 that contains U+FFFD itself: the decoder's replacement character must not be mistaken for bad bytes.
      '.github/workflows/replacement.yml': 'name: "broken \uFFFD glyph"\non: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n',
      '.github/workflows/huge.yml': `# ${'x'.repeat(MAX_FILE_BYTES)}\n`,
      'node_modules/dep/action.yml': 'runs:\n  using: composite\n  steps:\n    - uses: x/y@v1\n',
    });
    symlinkSync(join(outside, 'secret.yml'), join(root, '.github/workflows/linked.yml'));
    const facts = await collectFacts(root);
    expect(facts.workflows.map((w) => w.file).sort()).toEqual(['.github/workflows/broken.yml', '.github/workflows/good.yml', '.github/workflows/replacement.yml']);
    expect(Object.fromEntries(facts.skipped.map((s) => [s.path, s.reason.replace(/\d+ bytes/, 'N bytes')]))).toEqual({
      '.github/workflows/binary.yml': 'binary file',
      '.github/workflows/latin1.yml': 'not valid UTF-8',
      '.github/workflows/huge.yml': `N bytes, over the ${MAX_FILE_BYTES}-byte limit`,
      '.github/workflows/linked.yml': 'symbolic link, not followed',
    });
    const findings = invalidWorkflow.check(facts, policy());
    expect(findings.find((f) => f.file === '.github/workflows/broken.yml')).toMatchObject({ severity: 'error', line: 5 });
    expect(findings.filter((f) => f.severity === 'note')).toHaveLength(4);
  });

  test('shell scripts: by extension unless another interpreter, by shebang without extension, and the scripts a step runs', async () => {
    const root = workspace({
      '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: ./ci/build --release\n        working-directory: .\n',
      'ci/build': 'npm install -g typescript\n',
      'scripts/bootstrap': '#!/usr/bin/env bash\nset -e\n',
      'scripts/report': '#!/usr/bin/env python3\nprint(1)\n',
      'tools/gen.sh': '#!/usr/bin/awk -f\n{ print }\n',
      'tools/setup.sh': 'set -e\n',
      LICENSE: 'MIT\n',
    });
    const facts = await collectFacts(root);
    expect(facts.scripts.map((script) => script.path).sort()).toEqual(['ci/build', 'scripts/bootstrap', 'tools/setup.sh']);
  });
});

