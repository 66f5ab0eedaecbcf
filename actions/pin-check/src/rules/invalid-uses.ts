import type { Finding } from '@gates/core';
import { ruleAppliesTo, severityFor } from '../policy.js';
import { ruleDocs, type PinRule } from './rule.js';

/** `uses:` cannot contain expressions (GitHub rejects the workflow), and malformed references are findings too. */
export const invalidUses: PinRule = {
  meta: {
    id: 'invalid-uses',
    description: 'uses: is a literal owner/repo[/path]@ref, ./path or docker://image; expressions are not allowed there',
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
              ? `is not a valid reference (${reference.reason})`
              : undefined;
        if (!problem) continue;
        findings.push({
          ruleId: this.meta.id,
          severity: severityFor(policy, this.meta),
          message: `uses: ${uses.value} ${problem}.`,
          file: workflow.file,
          line: uses.line,
          column: uses.column,
          fixHint: 'write the reference literally: owner/repo@<40-hex sha> # vX.Y.Z',
        });
      }
    }
    return findings;
  },
};
