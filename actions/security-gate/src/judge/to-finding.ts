import type { Finding, RuleMeta } from '@gates/core';
import type { ScanResult } from '../ingest/scan-result.js';
import type { Judgement } from './block-policy.js';

/**
 * A judged result as a finding: `error` when it blocks (the gate fails on
 * errors only), else `warning` for medium and above and `note` below. The
 * scanner's own severity, CVSS and the reason stay in its properties.
 */
export function toFinding(result: ScanResult, judgement: Judgement): Finding {
  const properties: Record<string, string | number | boolean> = { severity: result.severity, blocks: judgement.blocks, because: judgement.because };
  if (result.cvss !== undefined) properties.cvss = result.cvss;
  if (result.fixAvailable !== undefined) properties.fixAvailable = result.fixAvailable;
  if (result.fixedVersion) properties.fixedVersion = result.fixedVersion;
  if (judgement.knownExploited) properties.knownExploited = true;
  if (judgement.isNew !== undefined) properties.newSinceBase = judgement.isNew;
  return {
    ruleId: result.ruleId,
    tool: result.tool,
    severity: judgement.blocks ? 'error' : ['critical', 'high', 'unknown', 'medium'].includes(result.severity) ? 'warning' : 'note',
    message: `${result.message} [${judgement.blocks ? 'blocks' : 'does not block'}: ${judgement.because}]`,
    ...(result.file ? { file: result.file } : {}),
    ...(result.line ? { line: result.line, column: result.column, endLine: result.endLine, endColumn: result.endColumn } : {}),
    ...(result.fixedVersion && result.package ? { fixHint: `upgrade ${result.package.name} to ${result.fixedVersion}` } : {}),
    fingerprint: result.fingerprint,
    ...(result.advisories.length ? { advisories: result.advisories } : {}),
    ...(result.package ? { package: result.package } : {}),
    properties,
  };
}

/** Each scanner rule once, under its scanner: the merged SARIF's rules (kept as results stream in, not per result). */
export class RuleTable {
  private readonly rules = new Map<string, RuleMeta>();

  add(result: ScanResult, blocks: boolean): void {
    const key = `${result.tool}\u0000${result.ruleId}`;
    const known = this.rules.get(key);
    if (known) {
      if (blocks) known.severity = 'error';
      return;
    }
    this.rules.set(key, { id: result.ruleId, tool: result.tool, description: result.ruleDescription ?? result.ruleId, severity: blocks ? 'error' : 'warning' });
  }

  list(): RuleMeta[] {
    return [...this.rules.values()];
  }
}
