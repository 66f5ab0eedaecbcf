import type { ActorFacts } from '../facts/request.js';
import type { CompiledPolicy } from '../policy/compile.js';
import type { SubjectBinding } from '../policy/model.js';

/** Repository permission levels, each including the ones below it (a Map: "constructor" is a custom role name, not a level). */
export const PERMISSION_RANK: ReadonlyMap<string, number> = new Map([['read', 1], ['triage', 2], ['write', 3], ['maintain', 4], ['admin', 5]]);

export interface HeldRole {
  role: string;
  /** How the actor holds it, e.g. "user octocat", "team octo-org/releasers", "permission maintain ≥ write". */
  via: string;
}

/** The roles the actor holds under the policy's subject bindings. Pure. */
export function rolesOf(policy: CompiledPolicy, actor: ActorFacts): HeldRole[] {
  const held: HeldRole[] = [];
  const login = actor.login.toLowerCase();
  const index = subjectIndex(policy.subjects);
  // Only bindings that can match: by this login, or by team or permission level; in policy order.
  const candidates = [...(index.byIdentity.get(login) ?? []), ...(actor.isBot ? [] : index.byMembership)].sort((a, b) => a - b);
  for (const position of candidates) {
    const binding = policy.subjects[position]!;
    const via = bindingMatch(binding, actor, login);
    if (via && !held.some((entry) => entry.role === binding.role)) held.push({ role: binding.role, via });
  }
  return held;
}

const indexCache = new WeakMap<readonly SubjectBinding[], { byIdentity: Map<string, number[]>; byMembership: number[] }>();

/** Binding positions by lower-cased user/app login, and those bound by team or permission (built once per policy). */
function subjectIndex(subjects: readonly SubjectBinding[]) {
  let index = indexCache.get(subjects);
  if (!index) {
    index = { byIdentity: new Map(), byMembership: [] };
    subjects.forEach((binding, position) => {
      for (const login of [...(binding.users ?? []), ...(binding.apps ?? [])]) {
        const key = login.toLowerCase();
        const positions = index!.byIdentity.get(key) ?? [];
        if (!positions.includes(position)) positions.push(position);
        index!.byIdentity.set(key, positions);
      }
      if (binding.teams?.length || binding.permissions?.length) index!.byMembership.push(position);
    });
    indexCache.set(subjects, index);
  }
  return index;
}

/** Lower-cased identity sets per binding, built once per binding object (this runs per request). */
const identityCache = new WeakMap<SubjectBinding, { users: Set<string>; apps: Set<string> }>();

function identities(binding: SubjectBinding): { users: Set<string>; apps: Set<string> } {
  let sets = identityCache.get(binding);
  if (!sets) {
    sets = { users: new Set((binding.users ?? []).map((user) => user.toLowerCase())), apps: new Set((binding.apps ?? []).map((app) => app.toLowerCase())) };
    identityCache.set(binding, sets);
  }
  return sets;
}

function bindingMatch(binding: SubjectBinding, actor: ActorFacts, login: string): string | undefined {
  const { users, apps } = identities(binding);
  if (users.has(login)) return `user ${actor.login}`;
  // Bots and apps are explicit identities: never matched through teams or permission levels.
  if (apps.has(login)) return `app ${actor.login}`;
  if (actor.isBot) return undefined;
  const team = actor.teams.size > 0 ? binding.teams?.find((candidate) => actor.teams.get(candidate.toLowerCase()) === 'active') : undefined;
  if (team) return `team ${team}`;
  const permission = actor.permission;
  if (!permission || permission === 'none') return undefined;
  for (const wanted of binding.permissions ?? []) {
    const wantedRank = PERMISSION_RANK.get(wanted);
    if (wantedRank === undefined ? wanted === permission : (PERMISSION_RANK.get(permission) ?? 0) >= wantedRank) {
      return `repository role ${permission}${wantedRank !== undefined && wanted !== permission ? ` (≥ ${wanted})` : ''}`;
    }
  }
  return undefined;
}

/** Teams named by bindings of the given roles: the only memberships worth an API call. */
export function teamsFor(policy: CompiledPolicy, roles: ReadonlySet<string>): string[] {
  return [...new Set(policy.subjects.filter((binding) => roles.has(binding.role)).flatMap((binding) => binding.teams ?? []))];
}
