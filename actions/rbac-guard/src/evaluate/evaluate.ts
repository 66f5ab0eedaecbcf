import type { ActorFacts, GateHistory, RequestFacts } from '../facts/request.js';
import type { CompiledPolicy } from '../policy/compile.js';
import type { BypassEntry } from '../policy/model.js';
import { denyApplies, unmetConditions } from './conditions.js';
import { dependencyChain, describeChain, type ChainLink } from './dependencies.js';
import { rolesOf, type HeldRole } from './subjects.js';

/** Why a predecessor gate blocks: only a pass for this commit counts. */
const BLOCKED_BECAUSE: Record<ChainLink['status'], string> = { pass: 'passed', fail: 'failed', empty: 'checked nothing', missing: 'has not run' };

export type DecidedBy = 'grant' | 'deny-rule' | 'default-deny' | 'dependency' | 'confirmation' | 'unknown-facts';

export interface Decision {
  allowed: boolean;
  decidedBy: DecidedBy;
  /** The role whose grant allowed it. */
  role?: string;
  /** Which rule decided: "releaser grant #1", "deny holiday-freeze", "default deny". */
  rule: string;
  reason: string;
  /** The roles the actor holds, and how. */
  roles: HeldRole[];
  chain: ChainLink[];
  bypass?: BypassEntry;
  /** On deny: what would allow this request. */
  wouldAllow: string[];
}

/**
 * The decision, deny by default. Order, each step documented in the README:
 * an explicit deny wins; else the first grant of a role the actor holds whose
 * every condition holds; then the command's predecessor gates must have
 * passed for this commit; then a command needing human confirmation needs an
 * unexpired bypass. Pure: compiled policy and facts in, decision out.
 */
export function evaluate(policy: CompiledPolicy, request: RequestFacts, actor: ActorFacts, history: GateHistory): Decision {
  const roles = rolesOf(policy, actor);
  const base = { roles, chain: [] as ChainLink[], wouldAllow: [] as string[] };
  const deny = policy.deny.find((candidate) => denyApplies(candidate, request, actor));
  if (deny) return { ...base, allowed: false, decidedBy: 'deny-rule', rule: `deny ${deny.rule.id}`, reason: deny.rule.reason };

  let allowedBy: { role: string; rule: string } | undefined;
  const nearMisses: string[] = [];
  for (const { role } of roles) {
    // Most grants are for other commands: only those for this one are examined (and explained).
    for (const grant of policy.grantsFor(role, request.command)) {
      const unmet = unmetConditions(grant, request, actor);
      const name = `${role} grant #${grant.index}${grant.declaredIn === role ? '' : ` (inherited from ${grant.declaredIn})`}`;
      if (unmet.length === 0) {
        allowedBy = { role, rule: name };
        break;
      }
      nearMisses.push(`${name} would allow it if: ${unmet.join('; ')}`);
    }
    if (allowedBy) break;
  }
  if (!allowedBy) return { ...base, ...defaultDeny(policy, request, actor, roles, nearMisses) };

  const chain = dependencyChain(request.command, policy.dependencies, history);
  if (chain.some((link) => link.status !== 'pass')) {
    const blocking = chain.filter((link) => link.status !== 'pass').map((link) => `${link.gate} ${BLOCKED_BECAUSE[link.status]}`);
    return {
      ...base,
      chain,
      allowed: false,
      decidedBy: 'dependency',
      role: allowedBy.role,
      rule: `dependencies of ${request.command}`,
      reason: `${request.command} needs its predecessor gates green for commit ${request.sha ?? '(unknown)'}: ${blocking.join(', ')} (${describeChain(request.command, chain)})`,
      wouldAllow: [`run ${chain.filter((link) => link.status !== 'pass').map((link) => link.gate).join(', then ')} to a pass for this commit first`],
    };
  }

  if (policy.confirmation(request.command)) {
    const bypass = findBypass(policy, request);
    if (!bypass.entry) {
      return {
        ...base,
        chain,
        allowed: false,
        decidedBy: 'confirmation',
        role: allowedBy.role,
        rule: 'confirmation',
        reason: `planner-first confirmation required in CI: ${request.command} needs a human's confirmation and no bypass applies${bypass.expired ? ` (bypass ${bypass.expired} expired)` : ''}`,
        wouldAllow: ['a `bypass` entry in the policy for this command, event, ref and actor, with a reason and an `until` date'],
      };
    }
    return { ...base, chain, allowed: true, decidedBy: 'grant', role: allowedBy.role, rule: allowedBy.rule, bypass: bypass.entry, reason: `allowed by ${allowedBy.rule}, confirmation bypassed by ${bypass.entry.id}: ${bypass.entry.reason}` };
  }
  return { ...base, chain, allowed: true, decidedBy: 'grant', role: allowedBy.role, rule: allowedBy.rule, reason: `allowed by ${allowedBy.rule} (${roles.find((held) => held.role === allowedBy!.role)!.via})` };
}

function defaultDeny(policy: CompiledPolicy, request: RequestFacts, actor: ActorFacts, roles: HeldRole[], nearMisses: string[]): Omit<Decision, 'roles' | 'chain'> {
  // Roles that could grant the command, and whether the actor's membership in them is unknown (fail closed, and say why).
  const grantingRoles = policy.rolesGranting(request.command);
  const unknown = actor.unknownTeams.size === 0 ? [] : policy.subjects
    .filter((binding) => grantingRoles.includes(binding.role))
    .flatMap((binding) => (binding.teams ?? []).filter((team) => actor.unknownTeams.has(team.toLowerCase())).map((team) => `${team}: ${actor.unknownTeams.get(team.toLowerCase())}`));
  const held = roles.length ? `holds ${roles.map((entry) => entry.role).join(', ')}` : 'holds no role';
  const wouldAllow = [
    ...nearMisses.slice(0, 3),
    ...grantingRoles.filter((role) => !roles.some((entry) => entry.role === role)).slice(0, 3).map((role) => `bind ${actor.login} to role ${role} (users, teams, apps or permissions under subjects)`),
  ];
  if (unknown.length > 0) {
    return { allowed: false, decidedBy: 'unknown-facts', rule: 'team membership unknown', reason: `cannot tell whether ${actor.login} is in ${unknown.join('; ')}`, wouldAllow };
  }
  return {
    allowed: false,
    decidedBy: 'default-deny',
    rule: 'default deny',
    reason: `no grant allows ${actor.login} (${held}) to run ${request.command}${request.environment ? ` in ${request.environment}` : ''} on ${request.event} ${request.ref}`,
    wouldAllow: wouldAllow.length ? wouldAllow : [`no role grants ${request.command}; add a grant for it to a role`],
  };
}

function findBypass(policy: CompiledPolicy, request: RequestFacts): { entry?: BypassEntry; expired?: string } {
  const login = request.triggeringActor.toLowerCase();
  const today = request.now.toISOString().slice(0, 10);
  let expired: string | undefined;
  for (const { entry, commands, refs } of policy.bypass) {
    if (!commands(request.command)) continue;
    if (entry.events && !entry.events.includes(request.event)) continue;
    if (refs && !refs(request.ref)) continue;
    if (entry.actors && !entry.actors.some((actor) => actor.toLowerCase() === login)) continue;
    if (entry.until < today) {
      expired = entry.id;
      continue;
    }
    return { entry };
  }
  return { expired };
}
