import type { PackageRef } from '@gates/core';

/** Severity on the scale scanners share (CVSS qualitative ratings); `unknown` when the scanner gave none. */
export type ScanSeverity = 'critical' | 'high' | 'medium' | 'low' | 'info' | 'unknown';

export const SEVERITY_ORDER: Record<ScanSeverity, number> = { critical: 5, high: 4, unknown: 4, medium: 3, low: 2, info: 1 };

/**
 * One result of one scanner, normalised from whichever format reported it.
 * Facts only: whether it blocks is judged later (judge/block-conditions.ts).
 * Snippets are never kept (a secret scanner's snippet is the secret); only
 * their hash enters the fingerprint.
 */
export interface ScanResult {
  /** The scanner, as its output names it (SARIF tool.driver.name, or the native format's tool). */
  tool: string;
  ruleId: string;
  /** The rule's one-line description, when the output has one. */
  ruleDescription?: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity: ScanSeverity;
  /** CVSS base score (or SARIF security-severity), 0–10. */
  cvss?: number;
  /** true/false when the scanner says; undefined when it cannot tell. */
  fixAvailable?: boolean;
  fixedVersion?: string;
  advisories: string[];
  package?: PackageRef;
  fingerprint: string;
}

/** CVSS v3 qualitative rating of a score (FIRST's table; GitHub maps security-severity the same way). */
export function severityOfScore(score: number): ScanSeverity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** Scanner words for severity (npm's `moderate`, Trivy's `UNKNOWN`, Bandit's `HIGH`). */
export function severityOfWord(word: unknown): ScanSeverity {
  switch (String(word ?? '').toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
    case 'error':
      return 'high';
    case 'moderate':
    case 'medium':
    case 'warning':
      return 'medium';
    case 'low':
    case 'note':
      return 'low';
    case 'info':
    case 'informational':
    case 'none':
    case 'negligible':
      return 'info';
    default:
      return 'unknown';
  }
}

const ADVISORY = /^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3}|[A-Z][A-Z0-9]*-\d{4}-[A-Za-z0-9._-]+|[A-Z][A-Z0-9]+-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}(-[A-Za-z0-9]{4})?)$/i;

/** Ids that name an advisory (CVE, GHSA, PYSEC, GO, RUSTSEC, OSV...), upper-cased, each once. */
export function advisoryIds(candidates: readonly unknown[]): string[] {
  const ids = new Set<string>();
  for (const candidate of candidates) if (typeof candidate === 'string' && ADVISORY.test(candidate)) ids.add(candidate.toUpperCase());
  return [...ids];
}

/** A plain string field, or undefined: reports are untrusted input. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

export function score(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= 10 ? number : undefined;
}
