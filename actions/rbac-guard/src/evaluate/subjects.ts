import type { ActorFacts } from '../facts/request.js';
import type { CompiledPolicy } from '../policy/compile.js';
import type { SubjectBinding } from '../policy/model.js';

/** Repository permission levels, each including the ones below it. */
export const PERMISSION_RANK: Record<string, number> = { read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

export interface HeldRole {
  role: string;
  /** How the actor holds it, e.g. "user octocat", "team octo-org/releasers", "permission maintain ≥ write". */
  via: string;
}

/** The roles the actor holds under the policy's subject bindings. Pure. */
export function rolesOf(policy: CompiledPolicy, actor: ActorFacts): HeldRole[] {
  const held: HeldRole[] = [];
  const login = actor.login.toLowerCase();
  for (const binding of policy.subjects) {
    const via = bindingMatch(binding, actor, login);
    if (via && !held.some((entry) => entry.role === binding.role)) held.push({ role: binding.role, via });
  }
  return held;
}

function bindingMatch(binding: SubjectBinding, actor: ActorFacts, login: string): string | undefined {
  if (binding.users?.some((user) => user.toLowerCase() === login)) return `user ${actor.login}`;
  // Bots and apps are explicit identities: never matched through teams or permission levels.
  if (binding.apps?.some((app) => app.toLowerCase() === login)) return `app ${actor.login}`;
  if (actor.isBot) return undefined;
  const team = binding.teams?.find((candidate) => actor.teams.get(candidate.toLowerCase()) === 'active');
  if (team) return `team ${team}`;
  const permission = actor.permission;
  if (!permission || permission === 'none') return undefined;
  for (const wanted of binding.permissions ?? []) {
    const wantedRank = PERMISSION_RANK[wanted];
    if (wantedRank === undefined ? wanted === permission : (PERMISSION_RANK[permission] ?? 0) >= wantedRank) {
      return `repository role ${permission}${wantedRank !== undefined && wanted !== permission ? ` (≥ ${wanted})` : ''}`;
    }
  }
  return undefined;
}

/** Teams named by bindings of the given roles: the only memberships worth an API call. */
export function teamsFor(policy: CompiledPolicy, roles: ReadonlySet<string>): string[] {
  return [...new Set(policy.subjects.filter((binding) => roles.has(binding.role)).flatMap((binding) => binding.teams ?? []))];
}
