// Compiled by bench/run.mjs with ncc and run in its own process: rbac-guard's
// evaluator over 10,000 generated requests against a generated 500-rule policy.
import { compilePolicy } from '../actions/rbac-guard/src/policy/compile.js';
import { evaluate } from '../actions/rbac-guard/src/evaluate/evaluate.js';
import { factsFromCase, type OfflineCase } from '../actions/rbac-guard/src/offline-case.js';
import type { Grant, RbacPolicy } from '../actions/rbac-guard/src/policy/model.js';

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same policy and requests. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const COMMANDS = Array.from({ length: 60 }, (_, index) => `cmd-${index}`);
const USERS = Array.from({ length: 400 }, (_, index) => `user-${index}`);
const TEAMS = Array.from({ length: 20 }, (_, index) => `org/team-${index}`);
const ENVIRONMENTS = ['dev', 'staging', 'production'];

// 50 roles × 8 grants = 400 grants, 80 subject bindings, 20 denies: 500 rules.
const roles: RbacPolicy['roles'] = {};
for (let index = 0; index < 50; index++) {
  const grants: Grant[] = Array.from({ length: 8 }, () => ({
    commands: [pick(COMMANDS), `${pick(COMMANDS)}*`],
    ...(next() < 0.5 ? { environments: [pick(ENVIRONMENTS)] } : {}),
    ...(next() < 0.3 ? { events: ['push', 'workflow_dispatch'] } : {}),
    ...(next() < 0.3 ? { refs: ['refs/heads/main', 'refs/heads/release/*'] } : {}),
  }));
  roles[`role-${index}`] = { grants, ...(index > 0 && next() < 0.3 ? { extends: [`role-${index - 1}`] } : {}) };
}
const policy: RbacPolicy = {
  version: 1,
  roles,
  subjects: Array.from({ length: 80 }, (_, index) =>
    index % 4 === 0 ? { role: `role-${index % 50}`, teams: [pick(TEAMS)] } : index % 4 === 1 ? { role: `role-${index % 50}`, permissions: [pick(['write', 'maintain'])] } : { role: `role-${index % 50}`, users: [pick(USERS), pick(USERS)] },
  ),
  deny: Array.from({ length: 20 }, (_, index) => ({ id: `deny-${index}`, reason: 'generated', commands: [pick(COMMANDS)], environments: ['production'] })),
  dependencies: { [COMMANDS[1]!]: [COMMANDS[0]!] },
};
const cases: OfflineCase[] = Array.from({ length: 10_000 }, () => ({
  actor: pick(USERS),
  command: pick(COMMANDS),
  environment: next() < 0.5 ? pick(ENVIRONMENTS) : undefined,
  event: pick(['push', 'pull_request', 'workflow_dispatch']),
  ref: pick(['refs/heads/main', 'refs/heads/feature/x', 'refs/heads/release/1.0']),
  permission: pick(['read', 'write', 'maintain', 'none']),
  teams: next() < 0.3 ? [pick(TEAMS)] : [],
  passed: [COMMANDS[0]!],
}));
const now = new Date('2026-11-24T09:00:00Z');
const facts = cases.map((testCase) => factsFromCase(testCase, now));

const compileStart = performance.now();
const compiled = compilePolicy(policy);
const compileMs = performance.now() - compileStart;

// Baseline: the fastest possible answer, a precomputed (actor, command) → allowed table lookup.
const table = new Map<string, boolean>();
for (const { request, actor, history } of facts.slice(0, 1000)) table.set(`${actor.login}\u0000${request.command}`, evaluate(compiled, request, actor, history).allowed);

/** Median of 7 timed passes over all requests. */
function time(work: () => number): { ms: number; allowed: number } {
  const samples: number[] = [];
  let allowed = 0;
  for (let pass = 0; pass < 7; pass++) {
    const start = performance.now();
    allowed = work();
    samples.push(performance.now() - start);
  }
  return { ms: samples.sort((a, b) => a - b)[3]!, allowed };
}
for (let warm = 0; warm < 2; warm++) for (const { request, actor, history } of facts) evaluate(compiled, request, actor, history);
const full = time(() => facts.reduce((count, { request, actor, history }) => count + (evaluate(compiled, request, actor, history).allowed ? 1 : 0), 0));
const lookup = time(() => facts.reduce((count, { request, actor }) => count + (table.get(`${actor.login}\u0000${request.command}`) ? 1 : 0), 0));
process.stdout.write(
  JSON.stringify({ requests: facts.length, rules: 400 + 80 + 20, compileMs, evaluateMs: full.ms, allowed: full.allowed, lookupMs: lookup.ms, rssMiB: process.memoryUsage().rss / 2 ** 20 }),
);
