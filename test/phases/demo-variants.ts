import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SHA } from '../fixtures/action-repositories.js';
import { REPO_ROOT } from '../harness/run-bundle.js';
import { makeWorkspace } from '../harness/workspace.js';

/** The demo repository as `gates demo` ships it: deliberate problems for every gate. */
export const DEMO = join(REPO_ROOT, 'examples', 'demo-repo');

/**
 * The demo repository with its problems fixed, as a team would after the
 * failing run: one workflow pinned to a commit, no unpinned image or install,
 * no manifest without a lockfile, a clean log, an SLA its report meets and a
 * drift baseline synced with its config (`config/app.shadow.json` drifts on purpose);
 * `npm test` (writing its JUnit report, reports/junit.xml) and `npm run deploy` work, as the README's adoption
 * example runs them. The shipped demo's committed reports/junit.xml stays: runs without `test-report` read it.
 */
export function fixedDemo(): string {
  const root = makeWorkspace(
    {
      '.github/workflows/ci.yml': [
        'name: CI',
        'on: push',
        'permissions:',
        '  contents: read',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: actions/checkout@${SHA.checkout422} # v4.2.2`,
        '      - run: node --test',
        '',
      ].join('\n'),
      '.github/gates.yml': 'version: 1\nfail-on: error\npin-check:\n  require-tool-versions: [node]\n',
      '.github/gates-perf.yml': 'version: 1\nrun:\n  max-total: 5m\ntests:\n  - name: "*"\n    max: 1m\n',
      'package.json': JSON.stringify({ name: 'demo-service', version: '1.4.0', private: true, scripts: { test: 'mkdir -p reports && node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination=reports/junit.xml test/', deploy: 'node -e "console.log(\'deployed\', process.env.npm_package_version)"' } }),
      'test/health.test.js': "import test from 'node:test';\ntest('the service has an entry point', () => {});\n",
      'config/app.shadow.json': readFileSync(join(DEMO, 'config', 'app.json'), 'utf8'),
      'logs/test-output.log': '> demo-service test\n> node --test\nok 1 - renders the home page\n# tests 1, pass 1, fail 0\n',
    },
    DEMO,
  );
  for (const file of ['.github/workflows/release.yml', 'Dockerfile', 'requirements-dev.txt']) rmSync(join(root, file));
  return root;
}

/** The fixed demo whose README links to a runbook nobody committed: docs-check fails phase B (README.md:6). */
export function brokenDocsDemo(): string {
  const root = fixedDemo();
  appendFileSync(join(root, 'README.md'), '\nOn call: see [the runbook](docs/runbook.md).\n');
  return root;
}
