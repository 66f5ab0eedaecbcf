import { describe, expect, test } from '@jest/globals';
import { factsFrom, policy } from '../testing/facts-from-files.js';
import { invalidUses } from './invalid-uses.js';
import { missingVersionComment } from './missing-version-comment.js';

const WORKFLOW = `on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: \${{ inputs.action }}@v1
      - uses: just-a-name
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - uses: actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5 # v5.5.0
      - uses: actions/cache@5a3ec84eff668545956fd18022155c47e93e2684 # pinned on release day
`;

describe('invalid-uses', () => {
  test('expressions and malformed references are errors at their line', () => {
    const findings = invalidUses.check(factsFrom({ '.github/workflows/d.yml': WORKFLOW }), policy());
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [6, 'uses: ${{ inputs.action }}@v1 contains an expression; GitHub does not evaluate expressions in uses: and rejects the workflow.'],
      [7, 'uses: just-a-name is not a valid reference (expected owner/repo[/path]@ref).'],
    ]);
  });
});

describe('missing-version-comment', () => {
  test('SHA pins without a version comment are notes; a comment naming a version satisfies it', () => {
    const findings = missingVersionComment.check(factsFrom({ '.github/workflows/d.yml': WORKFLOW }), policy());
    expect(findings.map((f) => [f.line, f.severity])).toEqual([[8, 'note'], [10, 'note']]);
  });
});
