import type { Finding } from '@gates/core';
import { severityFor } from '../policy.js';
import { remoteUsesWithFacts } from './remote-uses.js';
import { ruleDocs, type PinRule } from './rule.js';

/**
 * Online: a SHA pin whose commit is on no branch or tag of the repository.
 * GitHub serves commits of any fork under the parent's name, so such a pin
 * can run code the action's owners never published (an "imposter commit").
 */
export const imposterCommit: PinRule = {
  meta: {
    id: 'imposter-commit',
    description: 'A SHA pin is a commit on a branch or tag of the named repository, not one from a fork (online)',
    severity: 'error',
    docs: ruleDocs('imposter-commit'),
  },
  check(facts, policy) {
    return remoteUsesWithFacts(facts, policy, this.meta.id)
      .filter(({ online }) => online.reachable === false)
      .map(({ workflow, uses, online }): Finding => ({
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message: `${online.owner}/${online.repo}@${online.ref} is not on any branch or tag of ${online.owner}/${online.repo}; it may come from a fork (imposter commit).`,
        file: workflow.file,
        line: uses.line,
        column: uses.column,
        confidence: 'medium',
        fixHint: 'pin a commit from the repository\'s own release tags',
      }));
  },
};
