import { API_TIMEOUT_RANGE, checkVariables, CONFIG_KINDS, connectGitHub, eventOrigin, GatesError, loadConfigInput, markdownText, readEventPayload, type ActionContext, type ActionDefinition, type ActionOutcome, type Finding } from '@gates/core';
import { closedPullRequests, recordedNamespaces, type RecordedNamespace } from './cleanup/stale-namespaces.js';
import { collectFacts, type DeployFacts } from './facts/deploy-facts.js';
import { parseSecretNames } from './facts/secret-names.js';
import { judgeSegregation } from './judge/segregation.js';
import { deriveNamespace } from './namespace/derive-namespace.js';
import { builtInRules, compilePolicy, DEFAULT_NAMESPACE } from './policy/compile-policy.js';
import type { EnvironmentRules, EnvPolicy, EnvPolicyFile } from './policy/model.js';
import { renderCheckSummary, renderCleanupSummary } from './report/env-summary.js';
import { ENV_GUARD_RULES } from './rules.js';

export const envGuard: ActionDefinition = {
  name: 'env-guard',
  description: 'Isolated, segregated deployment checks: which environment a run may target, with which variables, under which ephemeral namespace.',
  rules: ENV_GUARD_RULES,
  secretInputs: ['token'],
  async run(context) {
    const { inputs, workspace } = context;
    const mode = inputs.enumeration('mode', ['check', 'cleanup'] as const, 'check');
    // Every input is checked whichever mode uses it: a bad value is a usage error now, not a surprise later.
    const apiTimeoutMs = inputs.duration('api-timeout', 10_000, API_TIMEOUT_RANGE);
    const loaded = await loadConfigInput(inputs, workspace, { input: 'policy', kind: CONFIG_KINDS.env });
    const policy: EnvPolicy = loaded ? compilePolicy(loaded.value as EnvPolicyFile, loaded.file, loaded.positions) : { namespace: DEFAULT_NAMESPACE };
    return mode === 'cleanup' ? cleanup(context, apiTimeoutMs) : check(context, policy);
  },
};

async function check({ inputs, env, runner, redactor }: ActionContext, policy: EnvPolicy): Promise<ActionOutcome> {
  const target = environmentName(inputs.string('environment') ?? '');
  const secretNames = parseSecretNames(inputs.raw('secrets'), redactor);
  const facts = collectFacts(env, eventOrigin(env.GITHUB_EVENT_NAME ?? '', readEventPayload(env)), { target, jobEnvironment: inputs.string('job-environment'), secretNames });
  const rules = rulesFor(policy, target);
  const denials = rules ? judgeSegregation(rules, facts) : [{ rule: 'no-environment' as const, reason: `no environment in ${policy.file} matches ${target || '(an empty environment input)'}` }];
  const applied = rules ?? builtInRules(target);
  const variables = rules ? checkVariables(rules.variables, env) : [];
  const namespace = applied.kind === 'ephemeral' ? namespaceOf(policy, facts) : undefined;
  const allowed = denials.length === 0 && variables.every((variable) => !variable.problem);
  if (allowed) {
    // Later steps get the namespace and the declared defaults, as the policy says they would.
    if (namespace) runner.exportVariable(policy.namespace.exportAs, namespace);
    for (const variable of variables) if (variable.source === 'default') runner.exportVariable(variable.name, variable.value!);
  }
  const findings: Finding[] = [
    ...denials.map((denial): Finding => ({ ruleId: 'denied', severity: 'error', message: `${denial.rule}: ${denial.reason}`, file: policy.file })),
    ...variables.filter((variable) => variable.problem).map((variable): Finding => ({ ruleId: 'variable-invalid', severity: 'error', message: `${variable.name} is invalid: ${variable.problem}`, file: policy.file })),
  ];
  return {
    findings,
    // A deployment decision fails closed, whatever `fail-on` says.
    failOn: 'error',
    outputs: { 'environment-kind': applied.kind, namespace: namespace ?? '', allowed: String(allowed), 'stale-namespaces': '[]' },
    summaryAppendix: renderCheckSummary({ target, rules: applied, namespace, exportAs: policy.namespace.exportAs, denials, variables }, markdownText(redactor)),
    ledgerEvent: {
      mode: 'check',
      repository: env.GITHUB_REPOSITORY ?? null,
      environment: target,
      kind: applied.kind,
      namespace: namespace ?? null,
      pullRequest: facts.origin.pullRequest ?? null,
      allowed,
      denied: denials.map((denial) => denial.rule),
    },
  };
}

async function cleanup({ inputs, env, runner, redactor, ledger, state }: ActionContext, apiTimeoutMs: number): Promise<ActionOutcome> {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  // This runner's ledger and the segments other jobs of the run published: a cleanup job rarely runs where the previews did.
  const recorded = recordedNamespaces(state.merged(await ledger.readVerified()), repository);
  let stale: RecordedNamespace[] = [];
  if (recorded.length > 0) {
    const token = inputs.string('token');
    if (!token) throw new GatesError('GATES_E_API_NO_TOKEN', { what: 'env-guard cleanup (which pull requests are closed)' });
    const api = await connectGitHub(token, env, runner, { timeoutMs: apiTimeoutMs });
    const closed = await closedPullRequests(api, owner, repo, recorded.map((entry) => entry.pullRequest));
    stale = recorded.filter((entry) => closed.has(entry.pullRequest));
  }
  const names = stale.map((entry) => entry.namespace);
  for (const name of names) runner.info(`stale namespace ${name}`);
  return {
    findings: [],
    nothingToCheck: recorded.length === 0 ? 'no ephemeral namespace recorded for a pull request in the audit ledger' : undefined,
    outputs: { 'environment-kind': '', namespace: '', allowed: 'true', 'stale-namespaces': JSON.stringify(names) },
    summaryAppendix: renderCleanupSummary(stale, recorded.length, markdownText(redactor)),
    ledgerEvent: { mode: 'cleanup', repository, stale: names },
  };
}

/** The first environment whose pattern matches; without a policy, the built-in rules for the target's name. */
function rulesFor(policy: EnvPolicy, target: string): EnvironmentRules | undefined {
  if (!policy.environments) return builtInRules(target);
  return policy.environments.find((environment) => environment.match(target))?.rules;
}

function namespaceOf(policy: EnvPolicy, facts: DeployFacts): string {
  const template = facts.origin.pullRequest === undefined ? policy.namespace.fallbackTemplate : policy.namespace.template;
  return deriveNamespace(template, { repo: facts.repo, owner: facts.owner, number: facts.origin.pullRequest, sha: facts.sha, ref: facts.refName, environment: facts.target, run: facts.runId });
}

/**
 * The deployment target, held to what GitHub allows an environment name (at most 255 characters) and free of control or
 * bidirectional-override characters, which would let one name read as another in a log or a summary.
 */
function environmentName(name: string): string {
  const problem = name.length > 255 ? 'at most 255 characters' : /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(name) ? 'no control or bidirectional-override characters' : undefined;
  if (problem) throw new GatesError('GATES_E_INPUT_INVALID', { input: 'environment', value: name, expected: `an environment name: ${problem}` });
  return name;
}
