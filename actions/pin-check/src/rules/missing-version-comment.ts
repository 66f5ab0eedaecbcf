import type { Finding } from '@gates/core';
import { ruleAppliesTo, severityFor } from '../policy.js';
import { classifyRef } from '../uses-reference.js';
import { ruleDocs, type PinRule } from './rule.js';

/** A SHA pin should say which tag it came from (`# v4.2.2`), so updates can be reviewed. */
export const missingVersionComment: PinRule = {
  meta: {
    id: 'missing-version-comment',
    description: 'A SHA-pinned uses: carries a `# vX.Y.Z` comment naming the tag it was taken from',
    severity: 'note',
    docs: ruleDocs('missing-version-comment'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const workflow of facts.workflows) {
      if (!ruleAppliesTo(policy, this.meta.id, workflow.file)) continue;
      for (const uses of workflow.uses) {
        const { reference } = uses;
        if (reference.kind !== 'remote' || classifyRef(reference.ref) !== 'sha') continue;
        if (uses.comment && /\bv?\d+(\.\d+)*\b/.test(uses.comment)) continue;
        findings.push({
          ruleId: this.meta.id,
          severity: severityFor(policy, this.meta),
          message: `${reference.owner}/${reference.repo}@${reference.ref.slice(0, 12)}… has no version comment, so reviewers cannot tell which release it is.`,
          file: workflow.file,
          line: uses.line,
          column: uses.column,
          fixHint: 'append the tag the SHA came from: # vX.Y.Z',
        });
      }
    }
    return findings;
  },
};
