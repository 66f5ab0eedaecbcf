import { globMatcher, valueAt, type EffectiveConfig, type RuleMeta, type Severity } from '@gates/core';

/** pin-check's section of .github/gates.yml, with defaults applied. */
export interface PinPolicy {
  /** Rule id → off, or a severity override. */
  rules: Record<string, Severity | 'off'>;
  /** Path globs (relative to the workspace) each rule is limited to / skips. */
  paths: Record<string, { include?: string[]; exclude?: string[] }>;
  /** `owner/repo` globs allowed without a SHA pin, each with a reason. */
  allow: { uses: string; reason: string }[];
  /** Tool-version files that must exist, by tool (node, python, ...). */
  requireToolVersions: string[];
  online: 'required' | 'optional' | 'off';
  /** What fix mode writes before a new `# vX.Y.Z` comment: one space or two (the comment-separator input). */
  commentSeparator: string;
}

export function readPinPolicy(config: EffectiveConfig): PinPolicy {
  const section = (valueAt(config.values, 'pin-check') ?? {}) as Record<string, unknown>;
  return {
    rules: (section.rules as PinPolicy['rules']) ?? {},
    paths: (section.paths as PinPolicy['paths']) ?? {},
    allow: (section.allow as PinPolicy['allow']) ?? [],
    requireToolVersions: (section['require-tool-versions'] as string[]) ?? [],
    online: (section.online as PinPolicy['online']) ?? 'optional',
    commentSeparator: ' ',
  };
}

type PathScope = PinPolicy['paths'][string];

/** Each scope's globs compiled once: rules ask about every file of the repository. */
const compiledScopes = new WeakMap<PathScope, (file: string) => boolean>();

function scopeMatcher(scope: PathScope): (file: string) => boolean {
  let matches = compiledScopes.get(scope);
  if (!matches) {
    const included = scope.include ? globMatcher(scope.include) : () => true;
    const excluded = scope.exclude ? globMatcher(scope.exclude) : () => false;
    matches = (file) => included(file) && !excluded(file);
    compiledScopes.set(scope, matches);
  }
  return matches;
}

/** Whether a rule applies to a file under the policy's path scoping. */
export function ruleAppliesTo(policy: PinPolicy, ruleId: string, file: string): boolean {
  if (policy.rules[ruleId] === 'off') return false;
  const scope = policy.paths[ruleId];
  return !scope || scopeMatcher(scope)(file);
}

/** The rule's severity after the policy's override. */
export function severityFor(policy: PinPolicy, meta: RuleMeta): Severity {
  const override = policy.rules[meta.id];
  return override && override !== 'off' ? override : meta.severity;
}
