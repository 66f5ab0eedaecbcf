import type { Finding } from '@gates/core';
import { tagKey } from '../online/online-facts.js';
import { severityFor } from '../policy.js';
import { remoteUsesWithFacts } from './remote-uses.js';
import { ruleDocs, type PinRule } from './rule.js';

/** Online: `@<sha> # v4.1.1` where tag v4.1.1 does not exist or points elsewhere (it moved, or the comment lies). */
export const versionCommentMismatch: PinRule = {
  meta: {
    id: 'version-comment-mismatch',
    description: 'The version comment of a SHA pin names a tag that points at that commit (online)',
    severity: 'warning',
    docs: ruleDocs('version-comment-mismatch'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const { workflow, uses, online } of remoteUsesWithFacts(facts, policy, this.meta.id)) {
      const tag = uses.comment?.split(/\s+/)[0];
      if (!tag || online.commit !== online.ref) continue;
      const key = tagKey(online.owner, online.repo, tag);
      if (!facts.online!.tags.has(key)) continue;
      const tagCommit = facts.online!.tags.get(key);
      if (tagCommit === online.ref) continue;
      const name = `${online.owner}/${online.repo}`;
      findings.push({
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message:
          tagCommit === null
            ? `${name} has no tag ${tag}, but the pin's comment names it.`
            : `${name} tag ${tag} points to ${tagCommit}, not the pinned ${online.ref}: the tag moved since the pin was made, or the comment is wrong.`,
        file: workflow.file,
        line: uses.line,
        column: uses.column,
        confidence: 'high',
        fixHint: 'compare the two commits, then pin the one you trust and name its tag in the comment',
      });
    }
    return findings;
  },
};
