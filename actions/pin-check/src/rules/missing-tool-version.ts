import type { Finding } from '@gates/core';
import { severityFor } from '../policy.js';
import { ruleDocs, type PinRule } from './rule.js';

/** Files that pin each tool's version; `.tool-versions` (asdf/mise) pins any of them by its plugin name. */
const VERSION_FILES: Record<string, { files: string[]; asdf: string[] }> = {
  node: { files: ['.nvmrc', '.node-version'], asdf: ['nodejs', 'node'] },
  python: { files: ['.python-version'], asdf: ['python'] },
  ruby: { files: ['.ruby-version'], asdf: ['ruby'] },
  go: { files: ['.go-version'], asdf: ['golang', 'go'] },
  java: { files: ['.java-version', '.sdkmanrc'], asdf: ['java'] },
  terraform: { files: ['.terraform-version'], asdf: ['terraform'] },
};

/** When policy requires it, the repository root pins each listed tool's version. */
export const missingToolVersion: PinRule = {
  meta: {
    id: 'missing-tool-version',
    description: 'Tools named in pin-check.require-tool-versions have a version file at the repository root',
    severity: 'error',
    docs: ruleDocs('missing-tool-version'),
  },
  check(facts, policy) {
    const toolVersions = facts.manifests.find((file) => file.path === '.tool-versions')?.text ?? '';
    const pinnedByAsdf = new Set(toolVersions.split(/\r?\n/).map((line) => line.trim().split(/\s+/)[0]).filter(Boolean));
    const findings: Finding[] = [];
    for (const tool of policy.requireToolVersions) {
      const spec = VERSION_FILES[tool];
      if (!spec) continue;
      if (spec.files.some((file) => facts.paths.has(file)) || spec.asdf.some((name) => pinnedByAsdf.has(name))) continue;
      findings.push({
        ruleId: this.meta.id,
        severity: severityFor(policy, this.meta),
        message: `policy requires a pinned ${tool} version, but the repository has none of ${[...spec.files, '.tool-versions'].join(', ')}.`,
        fixHint: `add ${spec.files[0]} with the exact version CI should use`,
      });
    }
    return findings;
  },
};
