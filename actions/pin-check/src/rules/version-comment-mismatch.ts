import type { Finding } from '@gates/core';
import { commentEdit } from '../fix/comment-edit.js';
import { tagKey } from '../online/online-facts.js';
import { severityFor } from '../policy.js';
import { versionInComment } from '../version-comment.js';
import { ruleDocs, type PinRule } from './rule.js';
import { shaPins } from './sha-pins.js';

/**
 * Online: `@<sha> # v4.1.1` where tag v4.1.1 points elsewhere (it moved, or
 * the comment is wrong), does not exist, or is a branch. With a tag at the
 * pinned commit, the finding carries the corrected comment for fix mode.
 */
export const versionCommentMismatch: PinRule = {
  meta: {
    id: 'version-comment-mismatch',
    description: 'The version comment of a SHA pin names a tag that points at that commit (online)',
    severity: 'warning',
    docs: ruleDocs('version-comment-mismatch'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const pin of shaPins(facts, policy, this.meta.id)) {
      const tag = versionInComment(pin.uses.comment)?.tag;
      if (!tag || pin.online?.commit !== pin.sha) continue;
      const key = tagKey(pin.owner, pin.repo, tag);
      const name = `${pin.owner}/${pin.repo}`;
      let message: string;
      if (facts.online!.commentBranches.has(key)) {
        message = `${name}@${pin.sha.slice(0, 12)}… has the comment ${tag}, which is a branch of ${name}, not a version.`;
      } else {
        if (!facts.online!.tags.has(key)) continue;
        const tagCommit = facts.online!.tags.get(key);
        if (tagCommit === pin.sha) continue;
        message = tagCommit === null
          ? `${name} has no tag ${tag}, but the pin's comment names it.`
          : `${name} tag ${tag} points to ${tagCommit}, not the pinned ${pin.sha}: the tag moved since the pin was made, or the comment is wrong.`;
      }
      const best = pin.online.bestTag;
      const finding: Finding = {
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message: message + (best ? ` The tag at the pinned commit is ${best}.` : pin.online.tagsAtCommit?.length === 0 ? ' No tag points at the pinned commit.' : ''),
        file: pin.workflow.file,
        line: pin.uses.line,
        column: pin.uses.column,
        confidence: 'high',
        fixHint: best ? `correct the comment: # ${best}` : 'compare the two commits, then pin the one you trust and name its tag in the comment',
      };
      const edit = best ? commentEdit(pin.uses, best, policy.commentSeparator) : undefined;
      if (edit) finding.fix = { description: `correct the version comment of ${name}@${pin.sha.slice(0, 12)}… from ${tag} to ${best}`, file: pin.workflow.file, edits: [edit] };
      findings.push(finding);
    }
    return findings;
  },
};
