import { GatesError, valueAt } from '@gates/core';
import { SEVERITY_ORDER, type ScanResult, type ScanSeverity } from '../ingest/scan-result.js';

/** `security-gate.block` in .github/gates.yml, defaults filled in. */
export interface BlockPolicy {
  /** Results at or above this severity block; `none`: severity alone never blocks. */
  severity: ScanSeverity | 'none';
  /** Results with a CVSS score at or above this block. */
  cvss?: number;
  /** Results about an advisory in the known-exploited list block. */
  knownExploited: boolean;
  /** Only results with a fix available block (a result whose scanner cannot tell still blocks). */
  fixAvailable: boolean;
  /** With base results given, only results not in them block. */
  newSinceBase: boolean;
}

export const DEFAULT_BLOCK_POLICY: BlockPolicy = { severity: 'high', knownExploited: true, fixAvailable: false, newSinceBase: true };

export function blockPolicyFrom(config: Record<string, unknown>): BlockPolicy {
  const block = (valueAt(config, 'security-gate.block') ?? {}) as { severity?: BlockPolicy['severity']; cvss?: number; 'known-exploited'?: boolean; 'fix-available'?: boolean; 'new-since-base'?: boolean };
  return {
    severity: block.severity ?? DEFAULT_BLOCK_POLICY.severity,
    cvss: block.cvss,
    knownExploited: block['known-exploited'] ?? DEFAULT_BLOCK_POLICY.knownExploited,
    fixAvailable: block['fix-available'] ?? DEFAULT_BLOCK_POLICY.fixAvailable,
    newSinceBase: block['new-since-base'] ?? DEFAULT_BLOCK_POLICY.newSinceBase,
  };
}

export interface Judgement {
  blocks: boolean;
  /** Why it blocks, or why it does not: for the summary and the SARIF properties. */
  because: string;
  knownExploited: boolean;
  /** Undefined when no base results were given. */
  isNew?: boolean;
}

/**
 * Whether a result blocks. Any trigger (severity at or above the threshold,
 * CVSS at or above the score, an advisory in the known-exploited list) makes
 * it a candidate; every filter (a fix available, new since the base) must
 * then hold. Unknown facts fail closed: a result whose scanner cannot say
 * whether a fix exists counts as fixable. Pure.
 */
export function judge(result: ScanResult, policy: BlockPolicy, knownExploited: ReadonlySet<string>, base: ReadonlySet<string> | undefined): Judgement {
  const exploited = result.advisories.some((id) => knownExploited.has(id));
  const isNew = base ? !base.has(result.fingerprint) : undefined;
  const triggers: string[] = [];
  if (policy.severity !== 'none' && SEVERITY_ORDER[result.severity] >= SEVERITY_ORDER[policy.severity]) triggers.push(`severity ${result.severity} ≥ ${policy.severity}`);
  if (policy.cvss !== undefined && result.cvss !== undefined && result.cvss >= policy.cvss) triggers.push(`CVSS ${result.cvss} ≥ ${policy.cvss}`);
  if (policy.knownExploited && exploited) triggers.push('known exploited');
  if (triggers.length === 0) return { blocks: false, because: 'below every block condition', knownExploited: exploited, isNew };
  if (policy.fixAvailable && result.fixAvailable === false) return { blocks: false, because: `${triggers.join(', ')}, but no fix is available`, knownExploited: exploited, isNew };
  if (policy.newSinceBase && isNew === false) return { blocks: false, because: `${triggers.join(', ')}, but also in the base results`, knownExploited: exploited, isNew };
  return { blocks: true, because: triggers.join(', '), knownExploited: exploited, isNew };
}

/** The CISA Known Exploited Vulnerabilities catalogue format: `vulnerabilities[].cveID`. */
export function knownExploitedIds(data: unknown, display: string): Set<string> {
  const list = (data as { vulnerabilities?: unknown } | null)?.vulnerabilities;
  if (!Array.isArray(list)) throw new GatesError('GATES_E_RESULTS_INVALID', { file: display, reason: 'it is not a known-exploited catalogue in the CISA KEV JSON format (no `vulnerabilities` list)' });
  const ids = new Set<string>();
  for (const entry of list) {
    const id = (entry as { cveID?: unknown } | null)?.cveID;
    if (typeof id === 'string') ids.add(id.toUpperCase());
  }
  return ids;
}
