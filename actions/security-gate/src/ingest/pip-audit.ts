import { textFingerprint } from '@gates/core';
import { advisoryIds, text, type ScanResult } from './scan-result.js';

type Json = Record<string, unknown>;

/**
 * `pip-audit --format json`: `{"dependencies": [...]}` (2.x) or the bare list
 * of 1.x. One result per dependency and vulnerability. pip-audit reports no
 * severity: it is `unknown`, which blocks like `high` (fail closed); use
 * waivers or the `cvss`/`fix-available` conditions to narrow it.
 */
export function pipAuditResults(dependencies: readonly unknown[]): ScanResult[] {
  const results: ScanResult[] = [];
  for (const value of dependencies) {
    const dependency = (value ?? {}) as Json;
    const name = text(dependency.name);
    if (!name) continue;
    const version = text(dependency.version);
    for (const vulnValue of Array.isArray(dependency.vulns) ? dependency.vulns : []) {
      const vuln = (vulnValue ?? {}) as Json;
      const id = text(vuln.id);
      if (!id) continue;
      const fixes = (Array.isArray(vuln.fix_versions) ? vuln.fix_versions : []).filter((fix): fix is string => typeof fix === 'string');
      const aliases = Array.isArray(vuln.aliases) ? vuln.aliases : [];
      results.push({
        tool: 'pip-audit',
        ruleId: id,
        message: `${id}: ${name} ${version ?? ''}`.trim() + (fixes.length ? ` (fixed in ${fixes.join(', ')})` : ' (no fixed version)'),
        ruleDescription: text(vuln.description)?.slice(0, 300),
        severity: 'unknown',
        fixAvailable: fixes.length > 0,
        fixedVersion: fixes[0],
        advisories: advisoryIds([id, ...aliases]),
        package: { name, version, ecosystem: 'PyPI' },
        fingerprint: textFingerprint(`pip-audit/${id}`, undefined, `${name}@${version ?? ''}`),
      });
    }
  }
  return results;
}
