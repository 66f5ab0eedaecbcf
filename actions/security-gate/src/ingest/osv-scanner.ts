import { normaliseLocation, textFingerprint } from '@gates/core';
import { advisoryIds, score, severityOfScore, severityOfWord, text, type ScanResult } from './scan-result.js';

type Json = Record<string, unknown>;

/**
 * `osv-scanner --format json`: results (one per lockfile or SBOM) → packages
 * → vulnerabilities (OSV records), with `groups` joining the ids that are one
 * vulnerability. One result per package and group; severity from the group's
 * `max_severity` (a CVSS score), else the advisory database's word.
 */
export function osvScannerResults(report: Json, workspace: string): ScanResult[] {
  const results: ScanResult[] = [];
  for (const sourceValue of Array.isArray(report.results) ? report.results : []) {
    const source = (sourceValue ?? {}) as Json;
    const origin = (source.source ?? source.packageSource ?? {}) as Json;
    const file = relativeTo(text(origin.path), workspace);
    for (const packageValue of Array.isArray(source.packages) ? source.packages : []) {
      const entry = (packageValue ?? {}) as Json;
      const pkg = (entry.package ?? {}) as Json;
      const name = text(pkg.name);
      if (!name) continue;
      const version = text(pkg.version);
      const vulns = (Array.isArray(entry.vulnerabilities) ? entry.vulnerabilities : []).map((vuln) => (vuln ?? {}) as Json);
      const groups = (Array.isArray(entry.groups) && entry.groups.length > 0 ? entry.groups : vulns.map((vuln) => ({ ids: [vuln.id] }))).map((group) => (group ?? {}) as Json);
      for (const group of groups) {
        const ids = (Array.isArray(group.ids) ? group.ids : []).filter((id): id is string => typeof id === 'string');
        const members = vulns.filter((vuln) => ids.includes(String(vuln.id)));
        const first = members[0] ?? {};
        const ruleId = ids.find((id) => /^(GHSA|CVE)-/i.test(id)) ?? ids[0];
        if (!ruleId) continue;
        const cvss = score(group.max_severity);
        const fixed = members.flatMap((vuln) => fixedVersions(vuln, name));
        results.push({
          tool: 'osv-scanner',
          ruleId,
          ruleDescription: text(first.summary),
          message: `${text(first.summary) ?? ruleId}: ${name} ${version ?? ''}`.trim(),
          file,
          severity: cvss !== undefined ? severityOfScore(cvss) : severityOfWord(((first.database_specific ?? {}) as Json).severity),
          cvss,
          fixAvailable: fixed.length > 0,
          fixedVersion: fixed[0],
          advisories: advisoryIds([...ids, ...(Array.isArray(group.aliases) ? group.aliases : []), ...members.flatMap((vuln) => (Array.isArray(vuln.aliases) ? vuln.aliases : []))]),
          package: { name, version, ecosystem: text(pkg.ecosystem) },
          fingerprint: textFingerprint(`osv-scanner/${ruleId}`, file, `${name}@${version ?? ''}`),
        });
      }
    }
  }
  return results;
}

/** `fixed` events of the ranges that concern this package. */
function fixedVersions(vuln: Json, name: string): string[] {
  const fixed: string[] = [];
  for (const affectedValue of Array.isArray(vuln.affected) ? vuln.affected : []) {
    const affected = (affectedValue ?? {}) as Json;
    if (text(((affected.package ?? {}) as Json).name) !== name) continue;
    for (const range of Array.isArray(affected.ranges) ? affected.ranges : []) {
      for (const event of Array.isArray((range as Json)?.events) ? ((range as Json).events as unknown[]) : []) {
        const version = text((event as Json | null)?.fixed);
        if (version) fixed.push(version);
      }
    }
  }
  return fixed;
}

/** osv-scanner writes absolute paths: shown relative to the checkout when inside it. */
export function relativeTo(path: string | undefined, workspace: string): string | undefined {
  if (!path) return undefined;
  const root = normaliseLocation(workspace).replace(/\/?$/, '/');
  const normal = normaliseLocation(path);
  return normal.startsWith(root) ? normal.slice(root.length) : normal;
}
