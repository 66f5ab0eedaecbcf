import type { Report } from '@gates/core';

/** A report with one of everything the renderers must handle. */
export const SAMPLE_REPORT: Report = {
  tool: 'pin-check',
  version: '0.1.0',
  failOn: 'error',
  rules: [
    { id: 'unpinned-uses', description: 'Actions are pinned to a full commit SHA', severity: 'error', docs: 'https://example.test/docs#unpinned-uses' },
    { id: 'unpinned-install', description: 'Installs in run steps are pinned', severity: 'warning' },
  ],
  findings: [
    { ruleId: 'unpinned-uses', severity: 'error', message: 'actions/checkout@v4 is pinned to a tag.', file: '.github/workflows/ci.yml', line: 18, column: 15, fixHint: 'pin the SHA' },
    { ruleId: 'unpinned-install', severity: 'warning', message: 'npm install -g <evil>|`x` *y*', file: 'dir with space/ci.yml', line: 3 },
    { ruleId: 'unpinned-uses', severity: 'error', message: 'org/tool@main is a branch.', file: '.github/workflows/ci.yml', line: 9, waived: { reason: 'first-party', expires: '2027-01-01' } },
  ],
  notes: ['online checks skipped: no token'],
};

export const LINKS = { serverUrl: 'https://github.com', repository: 'octo-org/octo-repo', sha: 'ffac537e6cbbf934b08745a378932722df287a53' };
