import type { Finding } from '@gates/core';
import { missingLockfiles, unhashedRequirements } from '../lockfiles.js';
import { ruleAppliesTo, severityFor } from '../policy.js';
import { ruleDocs, type PinRule } from './rule.js';

/** Every manifest with dependencies has a lockfile beside it, or at the workspace root that lists it as a member. */
export const missingLockfile: PinRule = {
  meta: {
    id: 'missing-lockfile',
    description: 'Manifests with dependencies (package.json, pyproject.toml, go.mod, Cargo.toml) have a lockfile; requirements files pin == with --hash',
    severity: 'error',
    docs: ruleDocs('missing-lockfile'),
  },
  check(facts, policy) {
    const texts = new Map(facts.manifests.map((file) => [file.path, file.text]));
    const findings: Finding[] = missingLockfiles(facts.paths, texts)
      .filter((missing) => ruleAppliesTo(policy, this.meta.id, missing.manifest))
      .map((missing) => ({
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message:
          `${missing.manifest} declares dependencies but has no lockfile its package manager uses, so every install resolves versions anew.` +
          (missing.ignored ? ` (${missing.ignored} is not its workspace root's: no workspace there lists it.)` : ''),
        file: missing.manifest,
        line: 1,
        fixHint: `commit ${missing.expected}`,
      }));
    for (const file of facts.manifests) {
      if (!/(^|\/)requirements[\w.-]*\.txt$/.test(file.path) || !ruleAppliesTo(policy, this.meta.id, file.path)) continue;
      for (const [line, requirement] of unhashedRequirements(file.text)) {
        findings.push({
          ruleId: this.meta.id,
          severity: 'warning',
          message: `${requirement} is not pinned with == and --hash, so pip may install other content.`,
          file: file.path,
          line,
          fixHint: 'generate the file with pip-compile --generate-hashes (or uv pip compile --generate-hashes)',
        });
      }
    }
    return findings;
  },
};
