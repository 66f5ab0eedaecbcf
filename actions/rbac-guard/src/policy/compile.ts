import { GatesError, globMatcher, type ErrorDetail, type PositionMap } from '@gates/core';
import { isValidTimezone } from '../evaluate/time-window.js';
import type { BypassEntry, DenyRule, Grant, RbacPolicy, RoleSpec, SubjectBinding } from './model.js';

export type Matcher = (value: string) => boolean;

/** Exact names are a set lookup; only real globs pay for a regex. Evaluated per request, so this matters. */
export function nameMatcher(patterns: readonly string[]): Matcher {
  const exact = new Set(patterns.filter((pattern) => !/[*?[\]{}!]/.test(pattern)));
  const globs = patterns.filter((pattern) => !exact.has(pattern));
  const glob = globs.length > 0 ? globMatcher(globs) : undefined;
  return glob ? (value) => exact.has(value) || glob(value) : (value) => exact.has(value);
}

export interface CompiledGrant {
  /** The role the grant was declared in (may be an ancestor of the role holding it). */
  declaredIn: string;
  /** 1-based position in that role's `grants`, for "role releaser, grant #2". */
  index: number;
  grant: Grant;
  commands: Matcher;
  environments?: Matcher;
  refs?: Matcher;
}

export interface CompiledDeny {
  rule: DenyRule;
  commands: Matcher;
  environments?: Matcher;
  refs?: Matcher;
}

export interface CompiledBypass {
  entry: BypassEntry;
  commands: Matcher;
  refs?: Matcher;
}

export interface CompiledPolicy {
  policy: RbacPolicy;
  /** Role name → its spec. A Map, never the parsed object: a name such as "constructor" is not found on Object.prototype. */
  roles: ReadonlyMap<string, RoleSpec>;
  /** Command → the gates that must have passed for the same commit first. */
  dependencies: ReadonlyMap<string, readonly string[]>;
  /** Role → every grant it holds, its own first, then inherited ones. */
  grants: Map<string, CompiledGrant[]>;
  /** Role → the roles it extends, transitively (for explanations). */
  ancestry: Map<string, string[]>;
  subjects: SubjectBinding[];
  deny: CompiledDeny[];
  bypass: CompiledBypass[];
  confirmation: Matcher;
  /** The grants of `role` (own, then inherited) whose commands match `command` (memoised). */
  grantsFor(role: string, command: string): CompiledGrant[];
  /** Roles with a grant whose commands match `command` (memoised per command). */
  rolesGranting(command: string): string[];
}

/**
 * Checks what the schema cannot (unknown roles, inheritance cycles) and
 * precompiles every matcher once. Problems are reported all at once with the
 * line of each, as a config error (exit 2).
 */
export function compilePolicy(policy: RbacPolicy, file = '.github/gates-rbac.yml', positions?: PositionMap): CompiledPolicy {
  const problems: ErrorDetail[] = [];
  const at = (pointer: string) => ({ file, ...(positions?.value.get(pointer) ?? {}) });
  // Every lookup by a name from the file goes through Maps: `extends: [hasOwnProperty]` must be an unknown role, not a function.
  const specs = new Map(Object.entries(policy.roles));
  const roles = [...specs.keys()];
  for (const [name, role] of specs) {
    (role.extends ?? []).forEach((parent, index) => {
      if (!specs.has(parent)) problems.push({ message: `role "${name}" extends unknown role "${parent}"`, location: at(`/roles/${name}/extends/${index}`), hint: `known roles: ${roles.join(', ')}` });
    });
  }
  (policy.subjects ?? []).forEach((subject, index) => {
    if (!specs.has(subject.role)) problems.push({ message: `subject binds unknown role "${subject.role}"`, location: at(`/subjects/${index}/role`), hint: `known roles: ${roles.join(', ')}` });
  });
  const windowsAt: [string, { timezone?: string }[] | undefined][] = [
    ...[...specs].flatMap(([name, role]) => (role.grants ?? []).map((grant, index): [string, { timezone?: string }[] | undefined] => [`/roles/${name}/grants/${index}/windows`, grant.windows])),
    ...(policy.deny ?? []).map((rule, index): [string, { timezone?: string }[] | undefined] => [`/deny/${index}/windows`, rule.windows]),
  ];
  for (const [pointer, windows] of windowsAt) {
    (windows ?? []).forEach((window, index) => {
      if (window.timezone && !isValidTimezone(window.timezone)) problems.push({ message: `unknown time zone "${window.timezone}"`, location: at(`${pointer}/${index}/timezone`), hint: 'use an IANA zone such as Europe/Berlin or UTC' });
    });
  }
  const cycle = findCycle(specs);
  if (cycle) problems.push({ message: `role inheritance has a cycle: ${cycle.join(' → ')}`, location: at(`/roles/${cycle[0]}/extends`), hint: 'remove one of the `extends` links' });
  if (problems.length > 0) throw new GatesError('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0]!.location });

  const ancestry = new Map(roles.map((role) => [role, ancestorsOf(specs, role)]));
  const own = new Map(
    roles.map((role) => [
      role,
      (specs.get(role)!.grants ?? []).map((grant, index): CompiledGrant => ({
        declaredIn: role,
        index: index + 1,
        grant,
        commands: nameMatcher(grant.commands),
        environments: grant.environments ? nameMatcher(grant.environments) : undefined,
        refs: grant.refs ? nameMatcher(grant.refs) : undefined,
      })),
    ]),
  );
  const grants = new Map(roles.map((role) => [role, [role, ...ancestry.get(role)!].flatMap((name) => own.get(name)!)]));
  const granting = new Map<string, string[]>();
  const byRoleAndCommand = new Map<string, CompiledGrant[]>();
  return {
    policy,
    roles: specs,
    dependencies: new Map(Object.entries(policy.dependencies ?? {})),
    grants,
    grantsFor(role, command) {
      const key = `${role}\u0000${command}`;
      let found = byRoleAndCommand.get(key);
      if (!found) {
        found = (grants.get(role) ?? []).filter((grant) => grant.commands(command));
        byRoleAndCommand.set(key, found);
      }
      return found;
    },
    rolesGranting(command) {
      let found = granting.get(command);
      if (!found) {
        found = roles.filter((role) => grants.get(role)!.some((grant) => grant.commands(command)));
        granting.set(command, found);
      }
      return found;
    },
    ancestry,
    subjects: policy.subjects ?? [],
    deny: (policy.deny ?? []).map((rule) => ({
      rule,
      commands: nameMatcher(rule.commands),
      environments: rule.environments ? nameMatcher(rule.environments) : undefined,
      refs: rule.refs ? nameMatcher(rule.refs) : undefined,
    })),
    bypass: (policy.bypass ?? []).map((entry) => ({ entry, commands: nameMatcher(entry.commands), refs: entry.refs ? nameMatcher(entry.refs) : undefined })),
    confirmation: nameMatcher(policy.confirmation?.commands ?? []),
  };
}

/** Every role `role` inherits from, nearest first, each once. */
function ancestorsOf(specs: ReadonlyMap<string, RoleSpec>, role: string): string[] {
  const seen: string[] = [];
  const queue = (specs.get(role)?.extends ?? []).slice();
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (next === role || seen.includes(next)) continue;
    seen.push(next);
    for (const parent of specs.get(next)?.extends ?? []) queue.push(parent);
  }
  return seen;
}

/** A cycle in `extends`, as the path that closes it (a → b → a), or undefined. */
export function findCycle(specs: ReadonlyMap<string, RoleSpec>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (role: string): string[] | undefined => {
    if (state.get(role) === 'done') return undefined;
    if (state.get(role) === 'visiting') return [...path.slice(path.indexOf(role)), role];
    state.set(role, 'visiting');
    path.push(role);
    for (const parent of specs.get(role)?.extends ?? []) {
      if (!specs.has(parent)) continue;
      const cycle = visit(parent);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(role, 'done');
    return undefined;
  };
  for (const role of specs.keys()) {
    const cycle = visit(role);
    if (cycle) return cycle;
  }
  return undefined;
}
