import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CI_BOOTSTRAP, HEREDOC_DOCKERFILE, INSTALL_SH, RELEASE_WORKFLOW, TOOLCHAIN_DOCKERFILE, WINDOWS_DOCKERFILE } from '../../actions/pin-check/src/testing/real-shaped.js';
import { runBundle } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

// Every place a dependency hides, through the committed bundle, offline, with the action.yml defaults a runner delivers.
const SHA = '0123456789abcdef0123456789abcdef01234567';
const MATRIX_WORKFLOW = `name: integration
on: pull_request
jobs:
  db:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        db: [postgres:16, mysql:8.4]
        include:
          - db: mariadb@sha256:${'a'.repeat(64)}
    services:
      database:
        image: \${{ matrix.db }}
      cache:
        image: \${{ inputs.cache || 'redis:7' }}
      none:
        image: ''
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
      - uses: $/.github/actions/setup
      - uses: |
          actions/cache@v4
`;

describe('pin-check reads Dockerfiles, shell scripts, run: steps and images behind expressions', () => {
  test('findings at file:line for each, near misses silent, the optional apt rule off, a one-line message for a block-scalar uses', async () => {
    const workspace = makeWorkspace({
      Dockerfile: TOOLCHAIN_DOCKERFILE,
      'scripts/install.sh': INSTALL_SH,
      'windows/Dockerfile': WINDOWS_DOCKERFILE,
      'build/heredoc.Dockerfile': HEREDOC_DOCKERFILE,
      '.github/workflows/release.yml': RELEASE_WORKFLOW,
      '.github/workflows/integration.yml': MATRIX_WORKFLOW,
      'ci/bootstrap': CI_BOOTSTRAP,
    });
    const run = await runBundle('pin-check', { workspace, inputs: { 'fail-on': 'error', token: '' } });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { findings: { ruleId: string; file: string; line: number; severity: string; message: string }[] };
    const at = (file: string, rule: string) => report.findings.filter((f) => f.file === file && f.ruleId === rule).map((f) => f.line).sort((a, b) => a - b);
    expect(at('Dockerfile', 'unpinned-install')).toEqual([10, 11, 12, 13, 14, 15]);
    expect(at('scripts/install.sh', 'unpinned-install')).toEqual([8, 13, 21]);
    expect(at('build/heredoc.Dockerfile', 'unpinned-install')).toEqual([2, 7, 10, 20]);
    expect(at('windows/Dockerfile', 'unpinned-install')).toEqual([6]);
    expect(at('.github/workflows/release.yml', 'unpinned-install')).toEqual([15, 19, 20, 21]);
    expect(at('ci/bootstrap', 'unpinned-install')).toEqual([2]);
    expect(report.findings.some((f) => f.ruleId === 'unpinned-os-package')).toBe(false);
    const images = report.findings.filter((f) => f.file === '.github/workflows/integration.yml' && f.ruleId === 'unpinned-image');
    expect(images.map((f) => `${f.line} ${f.severity} ${f.message.split(' (from')[0]}`).sort()).toEqual([
      '13 error services.database image mysql:8.4',
      '13 error services.database image postgres:16',
      '15 error services.cache image redis:7',
      "15 note services.cache image ${{ inputs.cache || 'redis:7' }} cannot be resolved before the run (inputs.cache); make sure every value it takes is pinned by digest.",
    ]);
    const uses = report.findings.filter((f) => f.file === '.github/workflows/integration.yml' && /uses/.test(f.ruleId));
    expect(uses.map((f) => [f.line, f.ruleId, f.message])).toEqual([
      [21, 'invalid-uses', 'uses: "actions/cache@v4\\n" is not a reference GitHub can run: it contains a line break (a block scalar keeps it); GitHub reads it as part of the reference.'],
    ]);
    const annotation = run.annotations.find((a) => a.properties.file === 'Dockerfile' && a.properties.line === '10');
    expect(annotation).toMatchObject({ command: 'error', properties: { title: 'unpinned-install' } });
  });

  test('lockfiles per workspace semantics, the optional apt rule turned on in config, setup actions fetching latest', async () => {
    const deps = JSON.stringify({ dependencies: { express: '^4.21.2' } });
    const workspace = makeWorkspace({
      'package.json': JSON.stringify({ private: true, workspaces: ['packages/*'] }),
      'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {} } }),
      'packages/api/package.json': deps,
      'examples/demo/package.json': deps,
      'web/pnpm-workspace.yaml': 'packages:\n  - apps/*\n',
      'web/pnpm-lock.yaml': 'lockfileVersion: 9.0\n',
      'web/apps/site/package.json': deps,
      Dockerfile: `FROM debian:bookworm-slim@sha256:${'b'.repeat(64)}\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 git\n`,
      '.github/gates.yml': 'version: 1\npin-check:\n  rules:\n    unpinned-os-package: warning\n',
      '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-python@${SHA} # v5.3.0\n        with:\n          python-version: 3.x\n`,
    });
    const run = await runBundle('pin-check', { workspace, inputs: { 'fail-on': 'never', token: '' } });
    const report = JSON.parse(readFileSync(run.outputs['report-json']!, 'utf8')) as { findings: { ruleId: string; file: string; line: number; message: string }[] };
    const rules = report.findings.filter((f) => ['missing-lockfile', 'unpinned-os-package', 'unpinned-tools'].includes(f.ruleId)).map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort();
    expect(rules).toEqual(['missing-lockfile examples/demo/package.json:1', 'unpinned-os-package Dockerfile:2', 'unpinned-tools .github/workflows/ci.yml:8']);
    expect(report.findings.find((f) => f.ruleId === 'unpinned-os-package')!.message).toBe('apt-get install git installs whatever version the mirror has at run time.');
  });
});

