import { createHash } from 'node:crypto';
import { normaliseLocation, textFingerprint } from '@gates/core';
import { advisoryIds, positiveInteger, score, severityOfScore, severityOfWord, text, type ScanResult, type ScanSeverity } from './scan-result.js';

type Json = Record<string, unknown>;

/** What a run says once for all its results: the tool, its rules, its URI bases. */
export interface SarifRunContext {
  tool: string;
  rules: Json[];
  /** Rule id → its index in `rules`, for results that name a rule by id only. */
  ruleById: Map<string, number>;
  /** originalUriBaseIds name → absolute URI, to make artifact URIs relative to the checkout. */
  bases: Map<string, string>;
}

export function runContext(tool: unknown, bases: unknown): SarifRunContext {
  const driver = ((tool as Json | undefined)?.driver ?? {}) as Json;
  const rules = (Array.isArray(driver.rules) ? driver.rules : []).map((rule) => (rule && typeof rule === 'object' ? (rule as Json) : {}));
  const ruleById = new Map<string, number>();
  rules.forEach((rule, index) => {
    const id = text(rule.id);
    if (id && !ruleById.has(id)) ruleById.set(id, index);
  });
  const baseMap = new Map<string, string>();
  for (const [name, value] of Object.entries((bases ?? {}) as Json)) {
    const uri = text((value as Json | undefined)?.uri);
    if (uri) baseMap.set(name, uri);
  }
  return { tool: text(driver.name) ?? 'unknown scanner', rules, ruleById, bases: baseMap };
}

/**
 * One SARIF result as a ScanResult. Severity, in order: a numeric
 * `security-severity` (result, then rule properties; CodeQL, Trivy), the
 * scanner's own severity property (Bandit's `issue_severity`, zizmor's
 * `zizmor/severity`), then the SARIF level (result, then the rule's default,
 * then `warning` as the spec says).
 */
export function sarifResult(result: Json, run: SarifRunContext): ScanResult {
  const ruleRef = (result.rule ?? {}) as Json;
  const index = positiveOrZero(result.ruleIndex) ?? positiveOrZero(ruleRef.index);
  const ruleId = text(result.ruleId) ?? text(ruleRef.id) ?? (index !== undefined ? text(run.rules[index]?.id) : undefined) ?? 'unnamed-rule';
  const rule = run.rules[index ?? run.ruleById.get(ruleId) ?? -1] ?? {};
  const ruleProperties = (rule.properties ?? {}) as Json;
  const properties = (result.properties ?? {}) as Json;
  const { snippet, ...location } = primaryLocation(result, run);
  const securitySeverity = score(properties['security-severity']) ?? score(ruleProperties['security-severity']);
  const level = text(result.level) ?? text(((rule.defaultConfiguration ?? {}) as Json).level) ?? 'warning';
  const named = severityOfWord(properties.issue_severity ?? properties['zizmor/severity'] ?? properties.severity);
  const severity: ScanSeverity = securitySeverity !== undefined ? severityOfScore(securitySeverity) : named !== 'unknown' ? named : severityOfWord(level);
  const message = messageText(result.message, rule) ?? ruleId;
  const tags = Array.isArray(ruleProperties.tags) ? ruleProperties.tags : [];
  return {
    tool: run.tool,
    ruleId,
    ruleDescription: messageText(rule.shortDescription, {}) ?? text(rule.name),
    message,
    ...location,
    severity,
    cvss: securitySeverity,
    fixAvailable: Array.isArray(result.fixes) && result.fixes.length > 0 ? true : undefined,
    advisories: advisoryIds([ruleId, ...tags]),
    fingerprint: fingerprintOf(result, run.tool, ruleId, location.file, snippet ?? message),
  };
}

function positiveOrZero(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** `message.text`, or the rule's message string it names by `id` (SARIF §3.11.7). */
function messageText(message: unknown, rule: Json): string | undefined {
  const value = (message ?? {}) as Json;
  const direct = text(value.text) ?? text(value.markdown);
  if (direct) return direct;
  const id = text(value.id);
  const strings = (rule.messageStrings ?? {}) as Json;
  return id ? text((strings[id] as Json | undefined)?.text) : undefined;
}

function primaryLocation(result: Json, run: SarifRunContext): Pick<ScanResult, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'> & { snippet?: string } {
  const location = (Array.isArray(result.locations) ? result.locations[0] : undefined) as Json | undefined;
  const physical = (location?.physicalLocation ?? {}) as Json;
  const artifact = (physical.artifactLocation ?? {}) as Json;
  const region = (physical.region ?? {}) as Json;
  const uri = text(artifact.uri);
  const file = uri ? relativeUri(uri, text(artifact.uriBaseId), run) : undefined;
  const line = positiveInteger(region.startLine);
  return {
    file,
    line,
    column: line ? positiveInteger(region.startColumn) : undefined,
    endLine: line ? positiveInteger(region.endLine) : undefined,
    endColumn: line ? positiveInteger(region.endColumn) : undefined,
    snippet: text(((region.snippet ?? {}) as Json).text),
  };
}

/** A workspace-relative path: percent-decoded, `file://` and known absolute bases stripped. */
function relativeUri(uri: string, baseId: string | undefined, run: SarifRunContext): string {
  let path = uri;
  try {
    path = decodeURIComponent(uri);
  } catch {
    // A malformed escape stays as written.
  }
  const base = baseId ? run.bases.get(baseId) : undefined;
  if (base && /^file:/i.test(base) && !/^[a-z]+:/i.test(path)) return normaliseLocation(path);
  return normaliseLocation(path.replace(/^file:\/\/[^/]*/i, ''));
}

/**
 * partialFingerprints when the scanner gives them (CodeQL's line hash, which
 * survives line shifts); else the rule, the location and the flagged text.
 */
function fingerprintOf(result: Json, tool: string, ruleId: string, file: string | undefined, flagged: string): string {
  const partial = Object.entries((result.partialFingerprints ?? {}) as Json).filter(([, value]) => typeof value === 'string');
  if (partial.length > 0) {
    const canonical = partial.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, value]) => `${key}=${value as string}`).join('\n');
    return `sarif:${createHash('sha256').update(`${tool}\u0000${ruleId}\u0000${file ?? ''}\u0000${canonical}`).digest('hex').slice(0, 32)}`;
  }
  return textFingerprint(`${tool}/${ruleId}`, file, flagged);
}
