import type { Finding } from '@gates/core';
import { severityFor } from '../policy.js';
import { remoteUsesWithFacts } from './remote-uses.js';
import { ruleDocs, type PinRule } from './rule.js';

/** Online: the ref (tag, branch or commit) does not exist in the repository the token can see. */
export const unknownReference: PinRule = {
  meta: {
    id: 'unknown-reference',
    description: 'Every uses: reference exists: the repository has that tag, branch or commit (online)',
    severity: 'error',
    docs: ruleDocs('unknown-reference'),
  },
  check(facts, policy) {
    return remoteUsesWithFacts(facts, policy, this.meta.id)
      .filter(({ online }) => online.missing)
      .map(({ workflow, uses }): Finding => ({
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message: `${uses.value} names nothing GitHub can find: no such tag, branch or commit, or the repository is private to this token.`,
        file: workflow.file,
        line: uses.line,
        column: uses.column,
        confidence: 'high',
        fixHint: 'check the owner, repository and ref; a private action needs a token that can read it',
      }));
  },
};
