import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { factsFromCase } from '../offline-case.js';
import { compilePolicy } from '../policy/compile.js';
import type { Grant, RbacPolicy } from '../policy/model.js';
import { evaluate } from './evaluate.js';

// Deny by default must be monotonic: taking away an allow (a grant or a subject binding) can never turn a deny into an allow.
const COMMANDS = ['build', 'deploy', 'qa', 'plan'];
const ROLES = ['r0', 'r1', 'r2', 'r3'];
const USERS = ['alice', 'bob', 'carol'];

const grant: fc.Arbitrary<Grant> = fc.record(
  {
    commands: fc.subarray(COMMANDS, { minLength: 1 }),
    environments: fc.subarray(['staging', 'production'], { minLength: 1 }),
    events: fc.subarray(['push', 'pull_request', 'schedule'], { minLength: 1 }),
    refs: fc.subarray(['refs/heads/main', 'refs/heads/*'], { minLength: 1 }),
    forks: fc.boolean(),
  },
  { requiredKeys: ['commands'] },
);

const policy: fc.Arbitrary<RbacPolicy> = fc
  .record({
    grants: fc.array(fc.array(grant, { maxLength: 3 }), { minLength: 4, maxLength: 4 }),
    // Each role may extend a lower-numbered one: no cycles by construction.
    extendsLower: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
    subjects: fc.array(fc.record({ role: fc.constantFrom(...ROLES), users: fc.subarray(USERS, { minLength: 1 }) }), { maxLength: 5 }),
    deny: fc.array(fc.record({ id: fc.constant('d'), reason: fc.constant('no'), commands: fc.subarray(COMMANDS, { minLength: 1 }), users: fc.subarray(USERS, { minLength: 1 }) }), { maxLength: 2 }),
    dependencies: fc.dictionary(fc.constantFrom(...COMMANDS), fc.subarray(COMMANDS, { maxLength: 2 }), { maxKeys: 2 }),
  })
  .map(({ grants, extendsLower, subjects, deny, dependencies }) => ({
    version: 1 as const,
    roles: Object.fromEntries(ROLES.map((role, index) => [role, { grants: grants[index], ...(extendsLower[index] && index > 0 ? { extends: [ROLES[index - 1]!] } : {}) }])),
    subjects,
    deny: deny.map((rule, index) => ({ ...rule, id: `d${index}` })),
    dependencies,
  }));

const request = fc.record({
  actor: fc.constantFrom(...USERS),
  command: fc.constantFrom(...COMMANDS),
  environment: fc.option(fc.constantFrom('staging', 'production'), { nil: undefined }),
  event: fc.constantFrom('push', 'pull_request', 'schedule'),
  ref: fc.constantFrom('refs/heads/main', 'refs/heads/feature'),
  fork: fc.boolean(),
  passed: fc.subarray(COMMANDS),
});

function allowed(candidate: RbacPolicy, testCase: Parameters<typeof factsFromCase>[0]): boolean {
  const facts = factsFromCase(testCase, new Date('2026-11-24T09:00:00Z'));
  return evaluate(compilePolicy(candidate), facts.request, facts.actor, facts.history).allowed;
}

describe('deny by default is monotonic', () => {
  test('removing any grant or subject binding never turns a deny into an allow', () => {
    fc.assert(
      fc.property(policy, request, (candidate, testCase) => {
        if (allowed(candidate, testCase)) return;
        for (const role of ROLES) {
          (candidate.roles[role]!.grants ?? []).forEach((_, index) => {
            const without = structuredClone(candidate);
            without.roles[role]!.grants!.splice(index, 1);
            expect(allowed(without, testCase)).toBe(false);
          });
        }
        (candidate.subjects ?? []).forEach((_, index) => {
          const without = structuredClone(candidate);
          without.subjects!.splice(index, 1);
          expect(allowed(without, testCase)).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('adding a deny rule never turns a deny into an allow, and a matching one always denies', () => {
    fc.assert(
      fc.property(policy, request, (candidate, testCase) => {
        const withDeny = { ...candidate, deny: [...(candidate.deny ?? []), { id: 'block', reason: 'blocked', commands: [testCase.command], users: [testCase.actor] }] };
        expect(allowed(withDeny, testCase)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
