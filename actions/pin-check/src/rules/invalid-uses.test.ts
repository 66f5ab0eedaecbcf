import { describe, expect, test } from '@jest/globals';
import { factsFrom, policy } from '../testing/facts-from-files.js';
import { invalidUses } from './invalid-uses.js';
import { missingVersionComment } from './missing-version-comment.js';
import { unpinnedUses } from './unpinned-uses.js';

const WORKFLOW = `on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: \${{ inputs.action }}@v1
      - uses: just-a-name
      - uses: $/.github/actions/setup
      - uses: $/.github/actions/setup@v1
      - uses: |
          actions/checkout@v4
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5 # v5.5.0
      - uses: actions/cache@5a3ec84eff668545956fd18022155c47e93e2684 # pinned on release day
`;

describe('invalid-uses', () => {
  test('expressions and malformed references are errors at their line', () => {
    const findings = invalidUses.check(factsFrom({ '.github/workflows/d.yml': WORKFLOW }), policy());
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [6, 'uses: "${{ inputs.action }}@v1" contains an expression; GitHub does not evaluate expressions in uses: and rejects the workflow.'],
      [7, 'uses: "just-a-name" is not a reference GitHub can run: expected owner/repo[/path]@ref, ./path, $/path or docker://image.'],
      [9, 'uses: "$/.github/actions/setup@v1" is not a reference GitHub can run: a self-repository reference ($/path) takes no @ref: it runs the workflow\'s own commit.'],
      [10, 'uses: "actions/checkout@v4\\n" is not a reference GitHub can run: it contains a line break (a block scalar keeps it); GitHub reads it as part of the reference.'],
    ]);
    expect(findings.every((f) => !f.message.includes('\n'))).toBe(true);
  });

  test('what is not owner/repo is never reported as an unpinned action', () => {
    expect(unpinnedUses.check(factsFrom({ '.github/workflows/d.yml': WORKFLOW }), policy())).toEqual([]);
  });
});

describe('missing-version-comment', () => {
  test('SHA pins without a version comment are notes; a comment naming a version satisfies it', () => {
    const findings = missingVersionComment.check(factsFrom({ '.github/workflows/d.yml': WORKFLOW }), policy());
    expect(findings.map((f) => [f.line, f.severity])).toEqual([[12, 'note'], [14, 'note']]);
  });
});
