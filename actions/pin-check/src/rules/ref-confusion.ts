import type { Finding } from '@gates/core';
import { severityFor } from '../policy.js';
import { remoteUsesWithFacts } from './remote-uses.js';
import { ruleDocs, type PinRule } from './rule.js';

/**
 * Online: a ref that is both a tag and a branch of the action's repository.
 * The runner takes the tag, but the name no longer says which code runs:
 * whoever can push the branch (or delete the tag) changes it.
 */
export const refConfusion: PinRule = {
  meta: {
    id: 'ref-confusion',
    description: 'A uses: ref names a tag or a branch of the repository, not both (online)',
    severity: 'warning',
    docs: ruleDocs('ref-confusion'),
  },
  check(facts, policy) {
    return remoteUsesWithFacts(facts, policy, this.meta.id)
      .filter(({ online }) => online.alsoBranch === true)
      .map(({ workflow, uses, online }): Finding => ({
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message: `${uses.value} names both a tag and a branch of ${online.owner}/${online.repo}; the runner takes the tag (${online.commit}), but a push to the branch or a deleted tag changes what runs.`,
        file: workflow.file,
        line: uses.line,
        column: uses.column,
        confidence: 'high',
        fixHint: `pin the full commit SHA: uses: ${uses.value.slice(0, uses.value.lastIndexOf('@'))}@${online.commit ?? '<40-hex sha>'}`,
      }));
  },
};
