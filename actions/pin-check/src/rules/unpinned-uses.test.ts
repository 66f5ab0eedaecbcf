import { describe, expect, test } from '@jest/globals';
import { factsFrom, policy } from '../testing/facts-from-files.js';
import { unpinnedUses } from './unpinned-uses.js';

// Shaped like a typical open-source Node project's CI.
const CI = `name: CI
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a # v4.2.0
        with:
          node-version: 20
      - uses: "codecov/codecov-action@main"
      - uses: docker/build-push-action@4f58ea7
      - uses: ./.github/actions/setup
  release:
    uses: octo-org/workflows/.github/workflows/release.yml@v1.2.0
    secrets: inherit
`;

describe('unpinned-uses', () => {
  test('flags tags, branches, short SHAs and reusable workflows; not full SHAs or local actions', () => {
    const findings = unpinnedUses.check(factsFrom({ '.github/workflows/ci.yml': CI }), policy());
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [13, 15, 'actions/checkout@v4 is pinned to a tag, which its owner can move to other code at any time.'],
      [17, 15, 'codecov/codecov-action@main is pinned to a branch or tag, which moves whenever its owner pushes.'],
      [18, 15, 'docker/build-push-action@4f58ea7 is pinned to a short SHA, which can collide with a commit in a fork.'],
      [21, 11, 'octo-org/workflows/.github/workflows/release.yml@v1.2.0 is pinned to a tag, which its owner can move to other code at any time.'],
    ]);
    expect(findings.every((f) => f.severity === 'error' && f.file === '.github/workflows/ci.yml')).toBe(true);
  });

  test('composite actions in any action.yml are checked too', () => {
    const action = "name: setup\nruns:\n  using: composite\n  steps:\n    - uses: actions/cache@v4\n      with: { path: x, key: y }\n";
    const findings = unpinnedUses.check(factsFrom({ '.github/actions/setup/action.yml': action }), policy());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: '.github/actions/setup/action.yml', line: 5 });
  });

  test('the allow-list waives matching owners with its reason; other owners still fail', () => {
    const findings = unpinnedUses.check(factsFrom({ '.github/workflows/ci.yml': CI }), policy({ allow: [{ uses: 'actions/*', reason: 'GitHub-owned' }] }));
    expect(findings.find((f) => f.message.startsWith('actions/checkout'))!.waived).toEqual({ reason: 'allowed by policy (actions/*): GitHub-owned' });
    expect(findings.filter((f) => !f.waived)).toHaveLength(3);
  });

  test('a severity override and path scoping apply', () => {
    const facts = factsFrom({ '.github/workflows/ci.yml': CI, '.github/workflows/other.yml': 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: a/b@v1\n' });
    const scoped = unpinnedUses.check(facts, policy({ rules: { 'unpinned-uses': 'warning' }, paths: { 'unpinned-uses': { exclude: ['.github/workflows/ci.yml'] } } }));
    expect(scoped.map((f) => [f.file, f.severity])).toEqual([['.github/workflows/other.yml', 'warning']]);
  });
});
