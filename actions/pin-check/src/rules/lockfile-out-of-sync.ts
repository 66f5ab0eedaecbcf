import type { Finding } from '@gates/core';
import { dirOf, npmLockDrift } from '../lockfiles.js';
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
    const texts = new Map(facts.manifests.map((file) => [file.path, file.text]));
    const findings: Finding[] = [];
    for (const [path, text] of texts) {
      if (!/(^|\/)package\.json$/.test(path)) continue;
      const lockPath = `${dirOf(path) ? `${dirOf(path)}/` : ''}package-lock.json`;
      const lockText = texts.get(lockPath);
      if (!lockText || !ruleAppliesTo(policy, this.meta.id, lockPath)) continue;
      let drift;
      try {
        drift = npmLockDrift(text, lockText);
      } catch (error) {
        findings.push({ ruleId: this.meta.id, severity: severityFor(policy, this.meta), message: `${lockPath} or ${path} is not valid JSON (${(error as Error).message.split('\n')[0]}).`, file: lockPath, line: 1 });
        continue;
      }
      for (const entry of drift) {
        findings.push({
          ruleId: this.meta.id,
          severity: severityFor(policy, this.meta),
          message: entry.locked
            ? `${entry.name} is locked at ${entry.locked}, outside the range ${entry.range} in ${path}.`
            : `${entry.name}@${entry.range} from ${path} is missing from the lockfile.`,
          file: lockPath,
          line: 1,
          fixHint: 'run npm install and commit the updated package-lock.json (npm ci fails on this mismatch)',
        });
      }
    }
    return findings;
  },
};
