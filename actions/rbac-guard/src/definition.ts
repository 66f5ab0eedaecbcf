import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { API_TIMEOUT_RANGE, CONFIG_KINDS, connectGitHub, ruleDocsUrl, GatesError, loadConfigFile, markdownText, type ActionDefinition, type Finding, type RuleMeta } from '@gates/core';
import { renderDecision } from './decision-summary.js';
import { evaluate, type Decision } from './evaluate/evaluate.js';
import { teamsFor } from './evaluate/subjects.js';
import { actorFromApi, isBotLogin } from './facts/actor-from-api.js';
import { gateHistory } from './facts/gate-history.js';
import type { ActorFacts, GateHistory, RequestFacts } from './facts/request.js';
import { requestFromEnvironment, type EventPayload } from './facts/request-from-env.js';
import { compilePolicy, type CompiledPolicy } from './policy/compile.js';
import type { RbacPolicy } from './policy/model.js';

export const RBAC_RULES: RuleMeta[] = [
  { id: 'denied', description: 'The actor may run the command here and now under the policy (deny by default)', severity: 'error', docs: ruleDocsUrl('rbac-guard', 'denied') },
  { id: 'bypass-used', description: 'A non-interactive bypass of a planner-first confirmation was used', severity: 'warning', docs: ruleDocsUrl('rbac-guard', 'bypass-used') },
];

export const rbacGuard: ActionDefinition = {
  name: 'rbac-guard',
  description: 'Deny-by-default RBAC: may this actor run this command or gate, here and now?',
  rules: RBAC_RULES,
  secretInputs: ['token'],
  async run({ inputs, env, workspace, runner, ledger, redactor }) {
    const command = inputs.required('command');
    const policyPath = inputs.string('policy', CONFIG_KINDS.rbac.defaultPath)!;
    const loaded = await loadConfigFile(resolve(workspace, policyPath), CONFIG_KINDS.rbac, policyPath);
    const policy = compilePolicy(loaded.value as RbacPolicy, policyPath, loaded.positions);
    const request = requestFromEnvironment(env, await readPayload(env), command, inputs.string('environment'), new Date());

    const actor = await resolveActor(policy, request, {
      token: inputs.string('token') ?? '',
      timeoutMs: inputs.duration('api-timeout', 30_000, API_TIMEOUT_RANGE),
      env,
      connect: (token, timeoutMs) => connectGitHub(token, env, runner, { timeoutMs }),
    });
    const history: GateHistory = policy.policy.dependencies?.[command] ? gateHistory(await ledger.readVerified(), request.sha) : { verdicts: new Map() };
    const decision = evaluate(policy, request, actor, history);
    if (decision.decidedBy === 'unknown-facts') {
      throw new GatesError('GATES_E_RBAC_UNRESOLVED', { actor: request.triggeringActor, command, reason: decision.reason });
    }
    const decisionId = randomUUID();
    if (decision.bypass) runner.warning(`planner-first confirmation required in CI: bypassed by policy entry ${decision.bypass.id} (until ${decision.bypass.until}).`);
    return {
      findings: findingsOf(decision, request),
      // A deny fails the step whatever `fail-on` says: security decisions fail closed.
      failOn: 'error',
      outputs: { allowed: String(decision.allowed), role: decision.role ?? '', reason: decision.reason, 'decision-id': decisionId },
      summaryAppendix: renderDecision(decision, request, decisionId, markdownText(redactor)),
      ledgerEvent: {
        decisionId,
        command,
        environment: request.environment ?? null,
        allowed: decision.allowed,
        role: decision.role ?? null,
        rule: decision.rule,
        decidedBy: decision.decidedBy,
        bypass: decision.bypass?.id ?? null,
        subject: request.triggeringActor,
      },
    };
  },
};

interface ResolveOptions {
  token: string;
  timeoutMs: number;
  env: NodeJS.ProcessEnv;
  connect: (token: string, timeoutMs: number) => ReturnType<typeof connectGitHub>;
}

/** Only the facts the decision can depend on are fetched; none at all when users and apps decide. */
async function resolveActor(policy: CompiledPolicy, request: RequestFacts, options: ResolveOptions): Promise<ActorFacts> {
  const login = request.triggeringActor;
  const candidates = new Set(policy.rolesGranting(request.command));
  const bindings = policy.subjects.filter((binding) => candidates.has(binding.role));
  const needsPermission = !isBotLogin(login) && bindings.some((binding) => binding.permissions?.length);
  const teams = isBotLogin(login) ? [] : teamsFor(policy, candidates);
  const needsApprovals = request.pullRequest !== undefined && [...candidates].some((role) => policy.grants.get(role)!.some((grant) => grant.grant.approvals));
  if (!needsPermission && teams.length === 0 && !needsApprovals) return { login, isBot: isBotLogin(login), teams: new Map(), unknownTeams: new Map() };
  if (!options.token) {
    throw new GatesError('GATES_E_API_NO_TOKEN', { what: `rbac-guard (the policy decides ${request.command} by repository role, team or approvals)` }, {
      hint: 'Pass `token` (the action defaults to the job\'s GITHUB_TOKEN); rbac-guard never decides without the facts its policy names.',
    });
  }
  const [owner, repo] = (options.env.GITHUB_REPOSITORY ?? '/').split('/') as [string, string];
  const api = await options.connect(options.token, options.timeoutMs);
  return actorFromApi(api, { owner, repo, login, permission: needsPermission, teams, pullRequest: needsApprovals ? request.pullRequest : undefined, pullRequestAuthor: request.pullRequestAuthor });
}

async function readPayload(env: NodeJS.ProcessEnv): Promise<EventPayload> {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    return JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
  } catch (error) {
    throw new GatesError('GATES_E_USAGE', { detail: `the event payload ${env.GITHUB_EVENT_PATH} cannot be read as JSON: ${(error as Error).message}` }, { cause: error });
  }
}

function findingsOf(decision: Decision, request: RequestFacts): Finding[] {
  const findings: Finding[] = [];
  if (!decision.allowed) {
    findings.push({ ruleId: 'denied', severity: 'error', message: `${request.triggeringActor} may not run ${request.command}: ${decision.reason}`, fixHint: decision.wouldAllow[0] });
  }
  if (decision.bypass) {
    findings.push({ ruleId: 'bypass-used', severity: 'warning', message: `planner-first confirmation required in CI: bypassed by ${decision.bypass.id} until ${decision.bypass.until} (${decision.bypass.reason})` });
  }
  return findings;
}
