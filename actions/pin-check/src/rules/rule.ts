import { ruleDocsUrl, type Finding, type RuleMeta } from '@gates/core';
import type { PinPolicy } from '../policy.js';
import type { RepositoryFacts } from '../repository-facts.js';

/**
 * A pin-check rule: declares its id, one-line description and default
 * severity, and turns collected facts into findings. Pure: no I/O, so each is
 * tested with text in and findings out.
 */
export interface PinRule {
  meta: RuleMeta;
  check(facts: RepositoryFacts, policy: PinPolicy): Finding[];
}

export function ruleDocs(id: string): string {
  return ruleDocsUrl('pin-check', id);
}
