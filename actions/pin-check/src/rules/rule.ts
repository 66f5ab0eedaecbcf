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
  /** Runs only when `pin-check.rules` gives it a severity. */
  defaultOff?: boolean;
  check(facts: RepositoryFacts, policy: PinPolicy): Finding[];
}

/** Whether the rule runs under the policy: not turned off, and turned on if it is off by default. */
export function ruleEnabled(rule: PinRule, policy: PinPolicy): boolean {
  const setting = policy.rules[rule.meta.id];
  return setting !== 'off' && (setting !== undefined || !rule.defaultOff);
}

export function ruleDocs(id: string): string {
  return ruleDocsUrl('pin-check', id);
}
