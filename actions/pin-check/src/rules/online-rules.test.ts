import { describe, expect, test } from '@jest/globals';
import type { TextEdit } from '@gates/core';
import { applyEdits } from '../fix/apply-edits.js';
import { referenceKey, skippedOnline, tagKey, type OnlineFacts, type ReferenceFacts } from '../online/online-facts.js';
import { factsFrom, policy } from '../testing/facts-from-files.js';
import { deprecatedRuntime } from './deprecated-runtime.js';
import { imposterCommit } from './imposter-commit.js';
import { missingVersionComment } from './missing-version-comment.js';
import { onlineCheckFailed } from './online-check-failed.js';
import { refConfusion } from './ref-confusion.js';
import { staleActionRefs } from './stale-action-refs.js';
import { unknownReference } from './unknown-reference.js';
import { unpinnedUses } from './unpinned-uses.js';
import { versionCommentMismatch } from './version-comment-mismatch.js';

// The online rules judge facts the API collector recorded: workflow text and API facts in, findings out.
const CHECKOUT = '11bd71901bbe5b1630ceea73d27597364c9af683';
const SETUP_NODE = '49933ea5288caeca8642d1e84afbd3f7d6820020';
const FORK = 'b4ffde65f46336ab88eb53be808477a3936bae11';

const WORKFLOW = `name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${CHECKOUT} # v4.2.2
      - uses: actions/setup-node@${SETUP_NODE} # v4.1.0
      - uses: actions/cache@${FORK} # v4.0.0
      - uses: actions/upload-artifact@v3
      - uses: octo-org/missing-action@v1
      - uses: actions/labeler@v5
`;

function online(references: ReferenceFacts[], tags: Record<string, string | null> = {}): OnlineFacts {
  return {
    references: new Map(references.map((reference) => [referenceKey(reference.owner, reference.repo, reference.path, reference.ref), reference])),
    tags: new Map(Object.entries(tags)),
    commentBranches: new Map(),
    calls: 12,
  };
}

const ref = (repo: string, at: string, extra: Partial<ReferenceFacts> = {}): ReferenceFacts => ({ owner: 'actions', repo, path: '', ref: at, ...extra });

function factsWith(onlineFacts: OnlineFacts) {
  const facts = factsFrom({ '.github/workflows/ci.yml': WORKFLOW });
  facts.online = onlineFacts;
  return facts;
}

const FACTS = factsWith(
  online(
    [
      ref('checkout', CHECKOUT, { commit: CHECKOUT, reachable: true, runtime: 'node24' }),
      ref('setup-node', SETUP_NODE, { commit: SETUP_NODE, reachable: true, runtime: 'node20' }),
      ref('cache', FORK, { commit: FORK, reachable: false, runtime: 'node24' }),
      ref('upload-artifact', 'v3', { commit: 'c'.repeat(40), resolvedVia: 'tag', bestTag: 'v3.2.1', runtime: 'node16' }),
      { owner: 'octo-org', repo: 'missing-action', path: '', ref: 'v1', missing: true },
      ref('labeler', 'v5', { error: { code: 'GATES_E_API_TIMEOUT', message: 'GitHub API call GET /repos/actions/labeler/git/ref/tags%2Fv5 timed out after 30s.' } }),
    ],
    { [tagKey('actions', 'checkout', 'v4.2.2')]: CHECKOUT, [tagKey('actions', 'setup-node', 'v4.1.0')]: 'd'.repeat(40), [tagKey('actions', 'cache', 'v4.0.0')]: null },
  ),
);

describe('online rules', () => {
  test('imposter-commit: only the SHA that is on no branch or tag', () => {
    const findings = imposterCommit.check(FACTS, policy());
    expect(findings.map((f) => [f.line, f.severity])).toEqual([[9, 'error']]);
    expect(findings[0]!.message).toContain('is not on any branch or tag of actions/cache');
  });

  test('version-comment-mismatch: a moved tag and a tag that does not exist; a matching comment is fine', () => {
    const findings = versionCommentMismatch.check(FACTS, policy());
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [8, `actions/setup-node tag v4.1.0 points to ${'d'.repeat(40)}, not the pinned ${SETUP_NODE}: the tag moved since the pin was made, or the comment is wrong.`],
      [9, 'actions/cache has no tag v4.0.0, but the pin\'s comment names it.'],
    ]);
  });

  test('deprecated-runtime: node16 and node20 are flagged, node24 is not', () => {
    expect(deprecatedRuntime.check(FACTS, policy()).map((f) => [f.line, f.message])).toEqual([
      [8, `actions/setup-node@${SETUP_NODE} runs on node20 (removed from runners in 2026).`],
      [10, 'actions/upload-artifact@v3 runs on node16 (removed from runners in 2024).'],
    ]);
  });

  test('unknown-reference and online-check-failed', () => {
    expect(unknownReference.check(FACTS, policy()).map((f) => f.line)).toEqual([11]);
    const failed = onlineCheckFailed.check(FACTS, policy());
    expect(failed.map((f) => [f.line, f.severity])).toEqual([[12, 'warning']]);
    expect(failed[0]!.message).toContain('timed out after 30s');
  });

  test('unpinned-uses carries a fix once the ref is resolved, with the most specific tag', () => {
    const findings = unpinnedUses.check(FACTS, policy());
    const upload = findings.find((f) => f.line === 10)!;
    expect(upload.fix).toEqual({
      description: `pin actions/upload-artifact@v3 to ${'c'.repeat(40)} (v3.2.1)`,
      file: '.github/workflows/ci.yml',
      edits: [expect.objectContaining({ replacement: `actions/upload-artifact@${'c'.repeat(40)} # v3.2.1`, expected: 'actions/upload-artifact@v3' })],
    });
    expect(findings.find((f) => f.line === 11)!.fix).toBeUndefined();
  });

  test('skipped online facts produce no online findings at all', () => {
    const skipped = factsWith(skippedOnline('no token was given'));
    for (const rule of [imposterCommit, versionCommentMismatch, deprecatedRuntime, unknownReference, onlineCheckFailed]) {
      expect(rule.check(skipped, policy())).toEqual([]);
    }
  });

  test('path scoping applies to online rules like the others', () => {
    expect(imposterCommit.check(FACTS, policy({ paths: { 'imposter-commit': { exclude: ['.github/workflows/**'] } } }))).toEqual([]);
  });
});

describe('version comments, stale refs and ref confusion, online', () => {
  const C422 = '1'.repeat(40);
  const C421 = '2'.repeat(40);
  const BETWEEN = '3'.repeat(40);
  const APP = '4'.repeat(40);
  const text = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${C422} # v4
      - uses: actions/checkout@${C422}
      - uses: actions/checkout@${C422} # main
      - uses: actions/checkout@${C422} # tag=v4.2.1
      - uses: actions/checkout@${C422} # v4.2.2
      - uses: actions/checkout@${C422} # releases/v4
      - uses: actions/create-github-app-token@${APP} # create-github-app-token/v1.11.0
      - uses: actions/setup-node@${BETWEEN} # pinned to a fix before the release
      - uses: octo-org/confused@v1
`;
  const checkout = ref('checkout', C422, { commit: C422, reachable: true, tagged: true, tagsAtCommit: ['v4', 'v4.2', 'v4.2.2'], bestTag: 'v4.2.2' });
  const facts = factsFrom({ '.github/workflows/ci.yml': text });
  facts.online = online(
    [
      checkout,
      ref('create-github-app-token', APP, { commit: APP, reachable: true, tagged: true, tagsAtCommit: ['create-github-app-token/v1.11.0'], bestTag: 'create-github-app-token/v1.11.0' }),
      ref('setup-node', BETWEEN, { commit: BETWEEN, reachable: true, tagged: false, tagsAtCommit: [] }),
      { owner: 'octo-org', repo: 'confused', path: '', ref: 'v1', commit: C421, resolvedVia: 'tag', alsoBranch: true },
    ],
    {
      [tagKey('actions', 'checkout', 'v4')]: C422,
      [tagKey('actions', 'checkout', 'v4.2.1')]: C421,
      [tagKey('actions', 'checkout', 'v4.2.2')]: C422,
      [tagKey('actions', 'checkout', 'releases/v4')]: null,
      [tagKey('actions', 'create-github-app-token', 'create-github-app-token/v1.11.0')]: APP,
    },
  );
  facts.online.commentBranches.set(tagKey('actions', 'checkout', 'releases/v4'), C422);
  const fixed = (findings: { fix?: { edits: TextEdit[] } }[]) => applyEdits(text, findings.flatMap((finding) => finding.fix?.edits ?? []));

  test('missing-version-comment: none, a branch, a vague tag; each with the comment fix mode writes', () => {
    const findings = missingVersionComment.check(facts, policy());
    expect(findings.map((f) => [f.line, f.message.replace(C422.slice(0, 12), 'C422')])).toEqual([
      [6, 'actions/checkout@C422… has the comment v4, a tag that moves to each new v4.x release. The tag at this commit is v4.2.2.'],
      [7, 'actions/checkout@C422… has no version comment, so reviewers cannot tell which release it is. The tag at this commit is v4.2.2.'],
      [8, 'actions/checkout@C422… has the comment main, which is a branch, not a version: reviewers cannot tell which release it is. The tag at this commit is v4.2.2.'],
      [13, `actions/setup-node@${BETWEEN.slice(0, 12)}… has no version comment, so reviewers cannot tell which release it is.`],
    ]);
    const lines = fixed(findings).split('\n');
    expect(lines.slice(5, 8)).toEqual([`      - uses: actions/checkout@${C422} # v4.2.2`, `      - uses: actions/checkout@${C422} # v4.2.2`, `      - uses: actions/checkout@${C422} # v4.2.2`]);
    expect(lines[12]).toBe(`      - uses: actions/setup-node@${BETWEEN} # pinned to a fix before the release`);
  });

  test('version-comment-mismatch: a tag at another commit and a branch are corrected; monorepo tags verify', () => {
    const findings = versionCommentMismatch.check(facts, policy());
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [9, `actions/checkout tag v4.2.1 points to ${C421}, not the pinned ${C422}: the tag moved since the pin was made, or the comment is wrong. The tag at the pinned commit is v4.2.2.`],
      [11, `actions/checkout@${C422.slice(0, 12)}… has the comment releases/v4, which is a branch of actions/checkout, not a version. The tag at the pinned commit is v4.2.2.`],
    ]);
    const lines = fixed(findings).split('\n');
    expect([lines[8], lines[10]]).toEqual([`      - uses: actions/checkout@${C422} # tag=v4.2.2`, `      - uses: actions/checkout@${C422} # v4.2.2`]);
  });

  test('stale-action-refs: on a branch, on no tag; a commit whose tags could not all be listed is not reported', () => {
    expect(staleActionRefs.check(facts, policy()).map((f) => [f.line, f.severity, f.message])).toEqual([
      [13, 'warning', `actions/setup-node@${BETWEEN} is on a branch of actions/setup-node but no tag points at it: a commit between releases.`],
    ]);
    const unknown = factsFrom({ '.github/workflows/ci.yml': text });
    unknown.online = online([ref('setup-node', BETWEEN, { commit: BETWEEN, reachable: true })]);
    expect(staleActionRefs.check(unknown, policy())).toEqual([]);
  });

  test('ref-confusion: a ref that is both a tag and a branch', () => {
    expect(refConfusion.check(facts, policy()).map((f) => [f.line, f.message])).toEqual([
      [14, `octo-org/confused@v1 names both a tag and a branch of octo-org/confused; the runner takes the tag (${C421}), but a push to the branch or a deleted tag changes what runs.`],
    ]);
  });

  test('offline, a SHA pin commented with a branch is still a note, without a fix', () => {
    const offline = factsFrom({ '.github/workflows/ci.yml': text });
    const findings = missingVersionComment.check(offline, policy());
    expect(findings.map((f) => [f.line, Boolean(f.fix)])).toEqual([[7, false], [8, false], [13, false]]);
  });
});
