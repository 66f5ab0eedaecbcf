import type { Finding } from '@gates/core';
import { ruleAppliesTo, severityFor } from '../policy.js';
import { quoteValue } from '../uses-reference.js';
import { ruleDocs, type PinRule } from './rule.js';

/**
 * `uses:` cannot contain expressions (GitHub rejects the workflow), and a
 * value that is none of the forms GitHub documents is reported here, quoted,
 * never as an unpinned action.
 */
export const invalidUses: PinRule = {
  meta: {
    id: 'invalid-uses',
    description: 'uses: is a literal owner/repo[/path]@ref, ./path, $/path or docker://image; expressions are not allowed there',
    severity: 'error',
    docs: ruleDocs('invalid-uses'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const workflow of facts.workflows) {
      if (!ruleAppliesTo(policy, this.meta.id, workflow.file)) continue;
      for (const uses of workflow.uses) {
        const { reference } = uses;
        const problem =
          reference.kind === 'expression'
            ? 'contains an expression; GitHub does not evaluate expressions in uses: and rejects the workflow'
            : reference.kind === 'invalid'
              ? `is not a reference GitHub can run: ${reference.reason}`
              : undefined;
        if (!problem) continue;
        findings.push({
          ruleId: this.meta.id,
          severity: severityFor(policy, this.meta),
          message: `uses: ${quoteValue(uses.value)} ${problem}.`,
          file: workflow.file,
          line: uses.line,
          column: uses.column,
          fixHint: 'write the reference literally on one line: owner/repo@<40-hex sha> # vX.Y.Z, ./path or $/path',
        });
      }
    }
    return findings;
  },
};
