import type { Finding } from '@gates/core';
import { commentEdit } from '../fix/comment-edit.js';
import { tagKey } from '../online/online-facts.js';
import { severityFor } from '../policy.js';
import { branchInComment, versionInComment } from '../version-comment.js';
import { ruleDocs, type PinRule } from './rule.js';
import { shaPins, type ShaPin } from './sha-pins.js';

/**
 * A SHA pin should say which release it is (`# v4.2.2`), so reviewers and
 * update tools can tell. Reported: no version in the comment, a branch
 * (`# main`) instead of one, and, online, a tag that moves (`# v3` where
 * the commit is v3.5.3). Online, each finding carries the comment fix mode
 * writes: the most specific tag at the pinned commit.
 */
export const missingVersionComment: PinRule = {
  meta: {
    id: 'missing-version-comment',
    description: 'A SHA-pinned uses: carries a comment naming the exact release tag it was taken from (# vX.Y.Z)',
    severity: 'note',
    docs: ruleDocs('missing-version-comment'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const pin of shaPins(facts, policy, this.meta.id)) {
      const problem = commentProblem(pin, facts.online?.tags);
      if (!problem) continue;
      const name = `${pin.owner}/${pin.repo}@${pin.sha.slice(0, 12)}…`;
      const best = pin.online?.bestTag;
      const finding: Finding = {
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message: `${name} ${problem}` + (best ? ` The tag at this commit is ${best}.` : ''),
        file: pin.workflow.file,
        line: pin.uses.line,
        column: pin.uses.column,
        fixHint: `name the release in the comment: # ${best ?? 'vX.Y.Z'}`,
      };
      const edit = best ? commentEdit(pin.uses, best, policy.commentSeparator) : undefined;
      if (edit) finding.fix = { description: `${pin.uses.comment === undefined ? 'add' : 'make specific'} the version comment of ${name}: # ${best}`, file: pin.workflow.file, edits: [edit] };
      findings.push(finding);
    }
    return findings;
  },
};

function commentProblem(pin: ShaPin, tags: ReadonlyMap<string, string | null> | undefined): string | undefined {
  const version = versionInComment(pin.uses.comment);
  if (version) {
    // Vague: the comment's tag is at this commit, but so is a more specific one (`# v3` on v3.5.3).
    const best = pin.online?.bestTag;
    const atCommit = tags?.get(tagKey(pin.owner, pin.repo, version.tag)) === pin.sha;
    return atCommit && best && best !== version.tag && best.startsWith(`${version.tag}.`) ? `has the comment ${version.tag}, a tag that moves to each new ${version.tag}.x release.` : undefined;
  }
  const branch = branchInComment(pin.uses.comment);
  if (branch) return `has the comment ${branch.tag}, which is a branch, not a version: reviewers cannot tell which release it is.`;
  return 'has no version comment, so reviewers cannot tell which release it is.';
}
