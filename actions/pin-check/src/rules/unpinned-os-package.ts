import type { Finding } from '@gates/core';
import { ruleAppliesTo, severityFor } from '../policy.js';
import { ruleDocs, type PinRule } from './rule.js';
import { scriptFindings } from './script-findings.js';

/**
 * Optional (off unless `pin-check.rules` gives it a severity): `apt-get
 * install x` without `=version`. Most images pin the OS by the base image's
 * digest, and Debian mirrors drop superseded versions, so exact pins break
 * builds; teams that want them turn this on.
 */
export const unpinnedOsPackage: PinRule = {
  meta: {
    id: 'unpinned-os-package',
    description: 'apt-get/apt install pins each package with =version (optional: off unless turned on)',
    severity: 'warning',
    docs: ruleDocs('unpinned-os-package'),
  },
  defaultOff: true,
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const { file, line, problem } of scriptFindings(facts)) {
      if (problem.kind !== 'unpinned-os-package' || !ruleAppliesTo(policy, this.meta.id, file)) continue;
      findings.push({ ruleId: this.meta.id, severity: severityFor(policy, this.meta), message: problem.message, file, line, confidence: 'high', fixHint: problem.fix });
    }
    return findings;
  },
};
