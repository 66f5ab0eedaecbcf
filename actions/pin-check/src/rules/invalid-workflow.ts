import type { Finding } from '@gates/core';
import { severityFor } from '../policy.js';
import { ruleDocs, type PinRule } from './rule.js';

/** A workflow that is not valid YAML cannot be checked (and GitHub will not run it). */
export const invalidWorkflow: PinRule = {
  meta: {
    id: 'invalid-workflow',
    description: 'Workflow and action files parse as YAML; files that cannot be read are reported',
    severity: 'error',
    docs: ruleDocs('invalid-workflow'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const workflow of facts.workflows) {
      if (!workflow.parseError) continue;
      const { message, line, column } = workflow.parseError;
      findings.push({
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message: `not valid YAML, so it was not checked: ${message}`,
        file: workflow.file,
        line,
        column,
        fixHint: 'fix the YAML syntax at this line',
      });
    }
    for (const skipped of facts.skipped) {
      findings.push({
        ruleId: this.meta.id,
        severity: skipped.blocking ? severityFor(policy, this.meta) : 'note',
        message: `not checked: ${skipped.reason}`,
        file: skipped.path,
      });
    }
    return findings;
  },
};
