import type { Finding } from '@gates/core';
import type { RepositoryFacts } from './repository-facts.js';
import type { UsesReference } from './uses-reference.js';

/** The rules that verify a pin that is already there; `invalid-workflow` too: a file that could not be read was not verified. */
const VERIFYING_RULES = new Set(['unknown-reference', 'imposter-commit', 'version-comment-mismatch', 'stale-action-refs', 'online-check-failed', 'invalid-workflow']);

/**
 * `mode: verify-only`: only what the checks say about existing SHA pins
 * (they exist, come from the repository and not a fork, match their version
 * comment, are a release). Unpinned references are not reported: this mode
 * checks a repository that is already pinned. Pure.
 */
export function verifyOnly(findings: readonly Finding[], facts: RepositoryFacts): Finding[] {
  const pins = new Set<string>();
  for (const workflow of facts.workflows) {
    for (const uses of workflow.uses) {
      if (isShaPin(uses.reference)) pins.add(`${workflow.file}:${uses.line}`);
    }
  }
  return findings.filter((finding) => VERIFYING_RULES.has(finding.ruleId) && (finding.ruleId === 'invalid-workflow' || pins.has(`${finding.file}:${finding.line}`)));
}

/** How many SHA pins verify-only checked, for the summary. */
export function countShaPins(facts: RepositoryFacts): number {
  return facts.workflows.reduce((count, workflow) => count + workflow.uses.filter((uses) => isShaPin(uses.reference)).length, 0);
}

function isShaPin(reference: UsesReference): boolean {
  return reference.kind === 'remote' && reference.refKind === 'sha';
}
