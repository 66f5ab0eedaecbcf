import { textFingerprint } from '@gates/core';
import { advisoryIds, score, severityOfWord, text, type ScanResult } from './scan-result.js';

type Json = Record<string, unknown>;

/**
 * `npm audit --json` (auditReportVersion 2, npm 7 and later): one result per
 * package and advisory it names (`via` objects). `via` strings only say which
 * vulnerable dependency a package pulls in; that dependency has its own entry.
 * npm gives the vulnerable range, not the installed version.
 */
export function npmAuditResults(report: Json): ScanResult[] {
  const results: ScanResult[] = [];
  for (const [key, value] of Object.entries((report.vulnerabilities ?? {}) as Json)) {
    const entry = (value ?? {}) as Json;
    const name = text(entry.name) ?? key;
    const fix = entry.fixAvailable;
    const fixAvailable = fix === false ? false : fix === true || (typeof fix === 'object' && fix !== null) ? true : undefined;
    const fixedVersion = typeof fix === 'object' && fix !== null && text((fix as Json).name) === name ? text((fix as Json).version) : undefined;
    for (const via of Array.isArray(entry.via) ? entry.via : []) {
      if (!via || typeof via !== 'object') continue;
      const advisory = via as Json;
      const url = text(advisory.url) ?? '';
      const ghsa = url.split('/').pop() ?? '';
      const ruleId = advisoryIds([ghsa]).length > 0 ? ghsa : `npm-advisory-${String(advisory.source ?? 'unknown')}`;
      const range = text(advisory.range) ?? text(entry.range) ?? '';
      results.push({
        tool: 'npm audit',
        ruleId,
        ruleDescription: text(advisory.title),
        message: `${text(advisory.title) ?? ruleId}: ${name} ${range}`.trim(),
        severity: severityOfWord(advisory.severity ?? entry.severity),
        cvss: positiveScore((advisory.cvss as Json | undefined)?.score),
        fixAvailable,
        fixedVersion,
        advisories: advisoryIds([ruleId]),
        package: { name, ecosystem: 'npm' },
        fingerprint: textFingerprint(`npm audit/${ruleId}`, undefined, `${name} ${range}`),
      });
    }
  }
  return results;
}

/** npm writes a score of 0 when an advisory has none. */
function positiveScore(value: unknown): number | undefined {
  const number = score(value);
  return number ? number : undefined;
}
