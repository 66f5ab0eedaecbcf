import { fingerprintOf, normaliseLocation } from '../findings/fingerprint.js';
import type { Finding } from '../findings/model.js';
import { globMatcher } from '../text/glob.js';
import type { EffectivePolicy, WaiverEntry } from './waiver-model.js';
import { lifetimeDays, startInstant } from './waiver-time.js';

const GLOB = /[*?[\]{}!]/;

/**
 * A wildcard waiver covers findings nobody has looked at: a glob in any of
 * its fields, or a rule id with nothing narrowing it (no fingerprint, path or
 * package: every finding of that rule, everywhere, now and later).
 */
export function isWildcard(waiver: WaiverEntry): boolean {
  if ([waiver.rule, waiver.advisory, waiver.path, waiver.package].some((field) => field !== undefined && GLOB.test(field))) return true;
  return waiver.advisory === undefined && waiver.fingerprint === undefined && waiver.path === undefined && waiver.package === undefined;
}

/** Why a waiver breaks its policy whatever it matches (lifetime, wildcard, a creation date to come), or undefined. */
export function policyProblem(waiver: WaiverEntry, policy: EffectivePolicy, now: number): string | undefined {
  const days = lifetimeDays(waiver.created, waiver.expires, policy.timezone);
  // NaN passes every comparison below: a date the clock cannot read makes no waiver, rather than one that never ends.
  if (!Number.isFinite(days)) return `its dates cannot be read as instants (created ${waiver.created}, expires ${waiver.expires})`;
  if (days > policy.maxLifetimeDays) return `its lifetime is ${formatDays(days)} days (created ${waiver.created}, expires ${waiver.expires}); the policy allows at most ${policy.maxLifetimeDays}`;
  if (!policy.allowWildcards && isWildcard(waiver)) return 'it is a wildcard (a glob, or a rule with no fingerprint, path or package) and the policy does not allow wildcards';
  if (startInstant(waiver.created, policy.timezone) > now) return `it is created in the future (${waiver.created})`;
  return undefined;
}

function formatDays(days: number): string {
  return Number.isInteger(days) ? String(days) : days.toFixed(2);
}

/** Matchers compiled once per waiver: findings can number in the hundred thousands. */
export interface CompiledWaiver {
  waiver: WaiverEntry;
  matches(finding: Finding): boolean;
}

export function compileWaiver(waiver: WaiverEntry): CompiledWaiver {
  const rule = waiver.rule === undefined ? undefined : GLOB.test(waiver.rule) ? globMatcher([waiver.rule]) : (id: string) => id === waiver.rule;
  const path = waiver.path === undefined ? undefined : globMatcher([normaliseLocation(waiver.path)]);
  const advisory = waiver.advisory?.toUpperCase();
  const advisoryMatch = advisory === undefined ? undefined : GLOB.test(advisory) ? globMatcher([advisory]) : (id: string) => id === advisory;
  return {
    waiver,
    matches(finding) {
      if (rule && !rule(finding.ruleId)) return false;
      if (advisoryMatch && ![finding.ruleId, ...(finding.advisories ?? [])].some((id) => advisoryMatch(id.toUpperCase()))) return false;
      if (path && (!finding.file || !path(normaliseLocation(finding.file)))) return false;
      if (waiver.package !== undefined && !packageMatches(waiver.package, finding)) return false;
      if (waiver.fingerprint !== undefined && fingerprintOf(finding) !== waiver.fingerprint) return false;
      return true;
    },
  };
}

/** `lodash` matches every version; `lodash@4.17.15` that version only. */
function packageMatches(wanted: string, finding: Finding): boolean {
  const found = finding.package;
  if (!found) return false;
  const at = wanted.lastIndexOf('@');
  if (at > 0) return `${found.name}@${found.version ?? ''}` === wanted;
  return GLOB.test(wanted) ? globMatcher([wanted])(found.name) : found.name === wanted;
}

/** Findings no waiver may cover: their rule or an advisory matches the policy's unwaivable list. */
export function unwaivableMatcher(patterns: readonly string[]): (finding: Finding) => boolean {
  if (patterns.length === 0) return () => false;
  const match = globMatcher(patterns.map((pattern) => pattern.toUpperCase()));
  return (finding) => [finding.ruleId, ...(finding.advisories ?? [])].some((id) => match(id.toUpperCase()));
}

