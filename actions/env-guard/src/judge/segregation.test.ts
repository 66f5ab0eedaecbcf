import { describe, expect, test } from '@jest/globals';
import type { DeployFacts } from '../facts/deploy-facts.js';
import { rulesOf } from '../policy/compile-policy.js';
import type { EnvironmentEntry, EnvironmentKind } from '../policy/model.js';
import { judgeSegregation } from './segregation.js';

// The policy of env-guard/README.md's example, one environment per kind.
const ENVIRONMENTS: Record<EnvironmentKind, EnvironmentEntry> = {
  ephemeral: { name: 'pr-*', kind: 'ephemeral', events: ['pull_request'] },
  staging: { name: 'staging', kind: 'staging', events: ['push', 'workflow_dispatch'], refs: ['refs/heads/main', 'refs/heads/release/*'] },
  production: { name: 'production', kind: 'production', events: ['push', 'workflow_dispatch', 'release'], refs: ['refs/heads/main', 'refs/tags/v*'] },
};

const EVENTS = ['push', 'pull_request', 'workflow_dispatch', 'release', 'issue_comment'];
/** Each ref with whether the runner reports it protected (GITHUB_REF_PROTECTED). */
const REFS: [string, boolean][] = [
  ['refs/heads/main', true],
  ['refs/heads/main', false],
  ['refs/heads/feature/x', false],
  ['refs/heads/release/2.0', true],
  ['refs/pull/7/merge', false],
  ['refs/tags/v1.2.0', true],
];
const ORIGINS: DeployFacts['origin'][] = [{ fromFork: false }, { fromFork: true, pullRequest: 7 }, { fromFork: 'unknown', pullRequest: 7 }];

function facts(event: string, ref: string, refProtected: boolean, origin: DeployFacts['origin'], variableNames: string[] = []): DeployFacts {
  return { target: 'x', event, ref, refName: ref, refProtected, origin, owner: 'o', repo: 'r', sha: 'a'.repeat(40), runId: '1', variableNames, secretNames: [] };
}

/** The segregation the issue asks for, written out as the expected answer: which rules deny, for every combination. */
function expectedDenials(kind: EnvironmentKind, event: string, ref: string, refProtected: boolean, fork: boolean | 'unknown'): string[] {
  const denials: string[] = [];
  const entry = ENVIRONMENTS[kind];
  if (!entry.events!.includes(event)) denials.push('event');
  if (kind === 'staging' && !(ref === 'refs/heads/main' || ref.startsWith('refs/heads/release/'))) denials.push('ref');
  if (kind === 'production' && !(ref === 'refs/heads/main' || ref.startsWith('refs/tags/v'))) denials.push('ref');
  if (kind === 'production' && !refProtected) denials.push('unprotected-ref');
  if (kind !== 'ephemeral' && fork !== false) denials.push('fork');
  return denials;
}

const TABLE = (Object.keys(ENVIRONMENTS) as EnvironmentKind[]).flatMap((kind) =>
  EVENTS.flatMap((event) => REFS.flatMap(([ref, refProtected]) => ORIGINS.map((origin) => [kind, event, ref, refProtected, origin] as const))),
);

describe('segregation: every kind × event × ref (protected or not) × fork', () => {
  test(`${TABLE.length} combinations give exactly the expected denials`, () => {
    const mismatches: string[] = [];
    for (const [kind, event, ref, refProtected, origin] of TABLE) {
      const got = judgeSegregation(rulesOf(ENVIRONMENTS[kind], 'test'), facts(event, ref, refProtected, origin)).map((denial) => denial.rule);
      const expected = expectedDenials(kind, event, ref, refProtected, origin.fromFork);
      if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches.push(`${kind} ${event} ${ref} protected=${refProtected} fork=${origin.fromFork}: got [${got}] expected [${expected}]`);
    }
    expect(mismatches).toEqual([]);
  });

  test('production never takes a fork or an unprotected ref, whatever the policy says', () => {
    const rules = rulesOf({ name: 'prod', kind: 'production', forks: true, 'protected-ref': false }, 'test');
    expect(judgeSegregation(rules, facts('push', 'refs/heads/main', false, { fromFork: true })).map((denial) => denial.rule)).toEqual(['unprotected-ref', 'fork']);
  });

  test.each([
    ['production', ['STAGING_DB_PASSWORD'], 'variable STAGING_DB_PASSWORD'],
    ['production', ['STG_TOKEN'], 'variable STG_TOKEN'],
    ['staging', ['PROD_DEPLOY_KEY'], 'variable PROD_DEPLOY_KEY'],
    ['staging', ['PRODUCTION_KUBECONFIG'], 'variable PRODUCTION_KUBECONFIG'],
    ['ephemeral', ['PROD_DEPLOY_KEY'], 'variable PROD_DEPLOY_KEY'],
  ] as const)('%s with %j in sight is denied, naming the variable and never its value', (kind, names, named) => {
    const denials = judgeSegregation(rulesOf(ENVIRONMENTS[kind], 'test'), facts(ENVIRONMENTS[kind].events![0]!, 'refs/heads/main', true, { fromFork: false }, [...names]));
    expect(denials).toEqual([expect.objectContaining({ rule: 'forbidden-variable', reason: expect.stringContaining(named) })]);
  });

  test.each([
    ['staging', 'prod_deploy_key'],
    ['staging', 'Production_Kubeconfig'],
    ['production', 'staging_db_password'],
  ] as const)('%s with %j in sight is denied: variable names differ in case on Linux, the credentials they hold do not', (kind, name) => {
    const denials = judgeSegregation(rulesOf(ENVIRONMENTS[kind], 'test'), facts(ENVIRONMENTS[kind].events![0]!, 'refs/heads/main', true, { fromFork: false }, [name]));
    expect(denials).toEqual([expect.objectContaining({ rule: 'forbidden-variable', reason: expect.stringContaining(`variable ${name}`) })]);
  });

  test('secret names count like variable names; required variables and the GitHub environment are checked', () => {
    const rules = rulesOf({ ...ENVIRONMENTS.production, 'github-environment': 'production', 'required-variables': ['DEPLOY_TOKEN'] }, 'test');
    const run = { ...facts('push', 'refs/heads/main', true, { fromFork: false }), secretNames: ['STAGING_KEY'], jobEnvironment: 'staging' };
    expect(judgeSegregation(rules, run).map((denial) => denial.rule)).toEqual(['github-environment', 'forbidden-variable', 'required-variable']);
    expect(judgeSegregation(rules, { ...run, secretNames: ['DEPLOY_TOKEN'], jobEnvironment: 'production' })).toEqual([]);
  });
});
