import { describe, expect, test } from '@jest/globals';
import { factsFrom, policy } from '../testing/facts-from-files.js';
import { unpinnedTools } from './unpinned-tools.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

// Shaped like the setup steps of a polyglot project's CI.
const WORKFLOW = `name: ci
on: [push, pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@${SHA} # v4.1.0
        with:
          node-version: lts/*
          cache: npm
      - uses: actions/setup-go@${SHA} # v5.1.0
        with:
          go-version: stable
          check-latest: true
      - uses: actions/setup-python@${SHA} # v5.3.0
        with:
          python-version: '3.x'
      - uses: golangci/golangci-lint-action@${SHA} # v6.1.1
        with:
          version: latest
      - uses: hashicorp/setup-terraform@${SHA} # v3.1.2
        with:
          terraform_version: ~1.9
      - uses: actions/setup-java@${SHA} # v4.5.0
        with:
          distribution: temurin
          java-version: '21'
      - uses: actions/setup-node@${SHA} # v4.1.0
        with:
          node-version: 20.18.1
      - uses: actions/setup-node@${SHA} # v4.1.0
        with:
          node-version-file: .nvmrc
      - uses: astral-sh/setup-uv@${SHA} # v3.2.3
        with:
          version: \${{ matrix.uv }}
`;

describe('unpinned-tools', () => {
  test('latest, stable, lts/*, 3.x, ranges and check-latest are warnings at the input; exact versions, majors, version files and expressions are not', () => {
    const findings = unpinnedTools.check(factsFrom({ '.github/workflows/ci.yml': WORKFLOW }), policy());
    expect(findings.map((f) => [f.line, f.severity, f.message])).toEqual([
      [9, 'warning', 'actions/setup-node is told to install node-version: lts/*, whatever is newest when the job runs.'],
      [13, 'warning', 'actions/setup-go is told to install go-version: stable, whatever is newest when the job runs.'],
      [14, 'warning', 'actions/setup-go is told to install the newest matching version (check-latest: true), whatever is newest when the job runs.'],
      [17, 'warning', 'actions/setup-python is told to install python-version: 3.x, whatever is newest when the job runs.'],
      [20, 'warning', 'golangci/golangci-lint-action is told to install version: latest, whatever is newest when the job runs.'],
      [23, 'warning', 'hashicorp/setup-terraform is told to install terraform_version: ~1.9, whatever is newest when the job runs.'],
    ]);
    expect(unpinnedTools.meta.docs).toMatch(/pin-check\/README\.md#pin-check-unpinned-tools$/);
  });
});
