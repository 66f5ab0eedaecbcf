/** The rbac-guard policy as written in .github/gates-rbac.yml (schemas/gates-rbac.schema.json). */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface TimeWindow {
  days: Weekday[];
  /** HH:MM inclusive. */
  from: string;
  /** HH:MM exclusive. */
  to: string;
  timezone?: string;
}

export interface Grant {
  commands: string[];
  environments?: string[];
  events?: string[];
  refs?: string[];
  forks?: boolean;
  approvals?: number;
  windows?: TimeWindow[];
}

export interface RoleSpec {
  description?: string;
  extends?: string[];
  grants?: Grant[];
}

export interface SubjectBinding {
  role: string;
  users?: string[];
  teams?: string[];
  apps?: string[];
  permissions?: string[];
}

export interface DenyRule {
  id: string;
  reason: string;
  commands: string[];
  environments?: string[];
  events?: string[];
  refs?: string[];
  users?: string[];
  apps?: string[];
  during?: { from: string; to: string }[];
  windows?: TimeWindow[];
}

export interface BypassEntry {
  id: string;
  commands: string[];
  events?: string[];
  refs?: string[];
  actors?: string[];
  /** YYYY-MM-DD, the last day (UTC) it applies. */
  until: string;
  reason: string;
}

export interface RbacPolicy {
  version: 1;
  roles: Record<string, RoleSpec>;
  subjects?: SubjectBinding[];
  deny?: DenyRule[];
  dependencies?: Record<string, string[]>;
  confirmation?: { commands: string[] };
  bypass?: BypassEntry[];
}
