import type { EffectivePolicy } from '../waiver-model.js';

/** The policy keys as the waiver file spells them, in the order docs/waiver-policy.md lists them. */
const KEYS: readonly { key: string; of: (policy: EffectivePolicy) => unknown }[] = [
  { key: 'max-lifetime-days', of: (policy) => policy.maxLifetimeDays },
  { key: 'warn-within-days', of: (policy) => policy.warnWithinDays },
  { key: 'timezone', of: (policy) => policy.timezone },
  { key: 'allow-wildcards', of: (policy) => policy.allowWildcards },
  { key: 'approval', of: (policy) => (policy.approval ? 'set' : 'unset') },
  { key: 'approval.role', of: (policy) => policy.approval?.role },
  { key: 'approval.rbac-policy', of: (policy) => policy.approval?.rbacPolicy },
  // A list compared as a set: reordering the same entries changes nothing.
  { key: 'unwaivable', of: (policy) => [...new Set(policy.unwaivable)].sort().join('\n') },
];

/**
 * The policy keys whose effective value (defaults filled in) differs between
 * the pull request's head and its base. Pure. Writing a default out, or
 * reordering `unwaivable`, is no change; adding or dropping `approval` shows
 * as `approval` (with the role and file it brings or takes away).
 */
export function changedPolicyKeys(head: EffectivePolicy, base: EffectivePolicy): string[] {
  return KEYS.filter(({ of }) => of(head) !== of(base)).map(({ key }) => key);
}
