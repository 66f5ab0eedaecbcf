import type { Finding } from '@gates/core';
import { ruleAppliesTo, severityFor } from '../policy.js';
import { ruleDocs, type PinRule } from './rule.js';

/** package-lock.json names every dependency of package.json at a version its range accepts. */
export const lockfileOutOfSync: PinRule = {
  meta: {
    id: 'lockfile-out-of-sync',
    description: 'package-lock.json locks every dependency of package.json at a version the declared range accepts',
    severity: 'error',
    docs: ruleDocs('lockfile-out-of-sync'),
  },
  check(facts, policy) {
    const findings: Finding[] = [];
    for (const { manifest, lockfile, drift, invalid } of facts.npmLocks) {
      if (!ruleAppliesTo(policy, this.meta.id, lockfile)) continue;
      if (invalid !== undefined) {
        findings.push({ ruleId: this.meta.id, severity: severityFor(policy, this.meta), message: `${lockfile} or ${manifest} is not valid JSON (${invalid}).`, file: lockfile, line: 1 });
      }
      for (const entry of drift ?? []) {
        findings.push({
          ruleId: this.meta.id,
          severity: severityFor(policy, this.meta),
          message: entry.locked
            ? `${entry.name} is locked at ${entry.locked}, outside the range ${entry.range} in ${manifest}.`
            : `${entry.name}@${entry.range} from ${manifest} is missing from the lockfile.`,
          file: lockfile,
          line: 1,
          fixHint: 'run npm install and commit the updated package-lock.json (npm ci fails on this mismatch)',
        });
      }
    }
    return findings;
  },
};
