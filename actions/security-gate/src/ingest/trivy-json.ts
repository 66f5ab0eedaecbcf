import { textFingerprint } from '@gates/core';
import { relativeTo } from './osv-scanner.js';
import { advisoryIds, positiveInteger, score, severityOfWord, text, type ScanResult } from './scan-result.js';

type Json = Record<string, unknown>;

/**
 * `trivy ... --format json` (SchemaVersion 2): per target, vulnerabilities,
 * misconfigurations and secrets. CVSS: the V3 score of the severity source,
 * else the highest any source gives. A secret's matched text is never read.
 */
export function trivyResults(report: Json, workspace: string): ScanResult[] {
  const results: ScanResult[] = [];
  for (const targetValue of Array.isArray(report.Results) ? report.Results : []) {
    const target = (targetValue ?? {}) as Json;
    const file = relativeTo(text(target.Target), workspace);
    for (const value of list(target.Vulnerabilities)) {
      const id = text(value.VulnerabilityID);
      const name = text(value.PkgName);
      if (!id || !name) continue;
      const version = text(value.InstalledVersion);
      const fixed = text(value.FixedVersion);
      results.push({
        tool: 'Trivy',
        ruleId: id,
        ruleDescription: text(value.Title),
        message: `${text(value.Title) ?? id}: ${name} ${version ?? ''}`.trim() + (fixed ? ` (fixed in ${fixed})` : ''),
        file,
        severity: severityOfWord(value.Severity),
        cvss: cvssOf(value),
        fixAvailable: fixed !== undefined,
        fixedVersion: fixed,
        advisories: advisoryIds([id, ...(Array.isArray(value.VendorIDs) ? value.VendorIDs : [])]),
        package: { name, version, ecosystem: text(target.Type) },
        fingerprint: textFingerprint(`Trivy/${id}`, file, `${name}@${version ?? ''}`),
      });
    }
    for (const value of list(target.Misconfigurations)) {
      const id = text(value.AVDID) ?? text(value.ID);
      if (!id) continue;
      const line = positiveInteger(((value.CauseMetadata ?? {}) as Json).StartLine);
      results.push({ tool: 'Trivy', ruleId: id, ruleDescription: text(value.Title), message: text(value.Message) ?? text(value.Title) ?? id, file, line, severity: severityOfWord(value.Severity), advisories: [], fingerprint: textFingerprint(`Trivy/${id}`, file, text(value.Message) ?? id) });
    }
    for (const value of list(target.Secrets)) {
      const id = text(value.RuleID);
      if (!id) continue;
      results.push({ tool: 'Trivy', ruleId: id, message: `${text(value.Title) ?? id} (secret found; its value is not shown)`, file, line: positiveInteger(value.StartLine), severity: severityOfWord(value.Severity), advisories: [], fingerprint: textFingerprint(`Trivy/${id}`, file, String(value.StartLine ?? '')) });
    }
  }
  return results;
}

function list(value: unknown): Json[] {
  return (Array.isArray(value) ? value : []).map((item) => (item ?? {}) as Json);
}

function cvssOf(vulnerability: Json): number | undefined {
  const sources = (vulnerability.CVSS ?? {}) as Json;
  const preferred = score(((sources[String(vulnerability.SeveritySource ?? '')] ?? {}) as Json).V3Score);
  if (preferred !== undefined) return preferred;
  const scores = Object.values(sources).map((source) => score((source as Json | null)?.V3Score)).filter((value): value is number => value !== undefined);
  return scores.length > 0 ? scores.reduce((a, b) => Math.max(a, b)) : undefined;
}
