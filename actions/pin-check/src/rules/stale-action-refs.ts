import type { Finding } from '@gates/core';
import { severityFor } from '../policy.js';
import { ruleDocs, type PinRule } from './rule.js';
import { shaPins } from './sha-pins.js';

/**
 * Online: a SHA pin that is on a branch of the action's repository but on
 * no tag: a commit between releases, which its owners never published as
 * one (and which may be reverted or rewritten before the next release).
 */
export const staleActionRefs: PinRule = {
  meta: {
    id: 'stale-action-refs',
    description: 'A SHA pin points at a released (tagged) commit, not one between releases (online)',
    severity: 'warning',
    docs: ruleDocs('stale-action-refs'),
  },
  check(facts, policy) {
    return shaPins(facts, policy, this.meta.id)
      .filter(({ online }) => online?.reachable === true && online.tagged === false)
      .map(({ workflow, uses, owner, repo, sha }): Finding => ({
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message: `${owner}/${repo}@${sha} is on a branch of ${owner}/${repo} but no tag points at it: a commit between releases.`,
        file: workflow.file,
        line: uses.line,
        column: uses.column,
        confidence: 'high',
        fixHint: `pin the commit of a release tag of ${owner}/${repo} instead, with its tag as the comment`,
      }));
  },
};
