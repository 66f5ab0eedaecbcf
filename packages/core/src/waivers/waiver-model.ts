/** .github/gates-waivers.yml as written (schemas/gates-waivers.schema.json); see docs/waiver-policy.md. */
export interface WaiverEntry {
  id: string;
  /** The action whose findings it waives. */
  gate: string;
  rule?: string;
  fingerprint?: string;
  advisory?: string;
  path?: string;
  package?: string;
  reason: string;
  ticket: string;
  approvers: string[];
  created: string;
  expires: string;
}

export interface WaiverPolicy {
  'max-lifetime-days'?: number;
  'warn-within-days'?: number;
  timezone?: string;
  'allow-wildcards'?: boolean;
  approval?: { role: string; 'rbac-policy'?: string };
  unwaivable?: string[];
}

export interface WaiverFile {
  version: 1;
  policy?: WaiverPolicy;
  waivers: WaiverEntry[];
}

/** The policy with every default filled in. */
export interface EffectivePolicy {
  maxLifetimeDays: number;
  warnWithinDays: number;
  timezone: string;
  allowWildcards: boolean;
  approval?: { role: string; rbacPolicy: string };
  unwaivable: string[];
}

/** A loaded waiver file: its entries, the effective policy, and each entry's line for messages. */
export interface WaiverSet {
  file: string;
  policy: EffectivePolicy;
  waivers: WaiverEntry[];
  /** Waiver id → its line in the file. */
  lines: Map<string, number>;
}

export const DEFAULT_WAIVER_POLICY: Omit<EffectivePolicy, 'approval'> = {
  maxLifetimeDays: 90,
  warnWithinDays: 14,
  timezone: 'UTC',
  allowWildcards: false,
  unwaivable: [],
};

export function effectivePolicy(policy: WaiverPolicy = {}): EffectivePolicy {
  return {
    maxLifetimeDays: policy['max-lifetime-days'] ?? DEFAULT_WAIVER_POLICY.maxLifetimeDays,
    warnWithinDays: policy['warn-within-days'] ?? DEFAULT_WAIVER_POLICY.warnWithinDays,
    timezone: policy.timezone ?? DEFAULT_WAIVER_POLICY.timezone,
    allowWildcards: policy['allow-wildcards'] ?? DEFAULT_WAIVER_POLICY.allowWildcards,
    approval: policy.approval ? { role: policy.approval.role, rbacPolicy: policy.approval['rbac-policy'] ?? '.github/gates-rbac.yml' } : undefined,
    unwaivable: policy.unwaivable ?? [],
  };
}
