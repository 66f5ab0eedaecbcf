import { randomUUID } from 'node:crypto';
import { API_TIMEOUT_RANGE, CONFIG_KINDS, connectGitHub, ruleDocsUrl, GatesError, loadConfigInput, markdownText, readEventPayload, type ActionDefinition, type Finding, type GitHubApi, type Ledger, type RuleMeta, type StateSession } from '@gates/core';
import { renderDecision } from './decision-summary.js';
import { evaluate, type Decision } from './evaluate/evaluate.js';
import { teamsFor } from './evaluate/subjects.js';
import { actorFromApi, isBotLogin } from './facts/actor-from-api.js';
import { forkFromApi } from './facts/fork-from-api.js';
import { dependencyHistory, type LookupContext } from './facts/dependency-history.js';
import type { ActorFacts, GateHistory, RequestFacts } from './facts/request.js';
import { requestFromEnvironment } from './facts/request-from-env.js';
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
  async run({ inputs, env, workspace, runner, ledger, state, config, redactor }) {
    const command = inputs.required('command');
    // A security policy: rbac-guard never decides without one, at its default path or any other.
    const loaded = (await loadConfigInput(inputs, workspace, { input: 'policy', kind: CONFIG_KINDS.rbac, requiredBy: 'rbac-guard' }))!;
    const policy = compilePolicy(loaded.value as RbacPolicy, loaded.file, loaded.positions);
    const token = inputs.string('token') ?? '';
    const timeoutMs = inputs.duration('api-timeout', 10_000, API_TIMEOUT_RANGE);
    const github = lazyGitHub(token, command, () => connectGitHub(token, env, runner, { timeoutMs }));
    const request = await settleFork(policy, requestFromEnvironment(env, readEventPayload(env), command, inputs.string('environment'), new Date()), env, github);
    const actor = await resolveActor(policy, request, env, github);
    const history: GateHistory = policy.dependencies.has(command) ? await predecessorHistory(policy, command, request.sha, { env, config, token, github }, ledger, state) : { verdicts: new Map() };
    if (history.unsigned?.size) runner.warning(UNSIGNED_WARNING);
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

/** Said once per run of rbac-guard whose predecessor verdicts came from segments nobody's key checked. */
export const UNSIGNED_WARNING =
  'Predecessor verdicts from other jobs\' segments are unsigned: any step of this run holding the runtime token could have written them. ' +
  'To require signatures, set `anchor-key: ${{ secrets.GATES_ANCHOR_KEY }}` on every gates step of the run (docs/ordering.md).';

/** The ledger's records merged with the run's segments; a record this runner wrote is its own, not a segment's. */
async function predecessorHistory(policy: CompiledPolicy, command: string, sha: string | undefined, context: Omit<LookupContext, 'segments'>, ledger: Ledger, state: StateSession): Promise<GateHistory> {
  const local = await ledger.readVerified();
  const own = new Set(local.map((record) => record.hash));
  const segments = { signed: state.signed, segmentOf: (hash: string) => (own.has(hash) ? undefined : state.segmentOf(hash)) };
  return dependencyHistory(policy, command, state.merged(local), sha, { ...context, segments });
}

type LazyGitHub = (why: string) => Promise<GitHubApi>;

/** One client for the run, connected on first need; without a token, the need is named and the step fails closed (exit 3). */
function lazyGitHub(token: string, command: string, connect: () => Promise<GitHubApi>): LazyGitHub {
  let api: Promise<GitHubApi> | undefined;
  return (why) => {
    if (!token) {
      throw new GatesError('GATES_E_API_NO_TOKEN', { what: `rbac-guard (the policy decides ${command} by ${why})` }, {
        hint: 'Pass `token` (the action defaults to the job\'s GITHUB_TOKEN); rbac-guard never decides without the facts its policy names.',
      });
    }
    api ??= connect();
    return api;
  };
}

function repositoryOf(env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  return { owner, repo };
}

/** A comment on a pull request does not say where its head is: asked of the API when a grant the actor could use excludes forks. */
async function settleFork(policy: CompiledPolicy, request: RequestFacts, env: NodeJS.ProcessEnv, github: LazyGitHub): Promise<RequestFacts> {
  if (request.fromFork !== 'unknown' || request.pullRequest === undefined) return request;
  const matters = policy.rolesGranting(request.command).some((role) => policy.grantsFor(role, request.command).some((grant) => grant.grant.forks !== true));
  if (!matters) return request;
  const { owner, repo } = repositoryOf(env);
  return { ...request, fromFork: await forkFromApi(await github('whether the pull request comes from a fork'), owner, repo, request.pullRequest) };
}

/** Only the facts the decision can depend on are fetched; none at all when users and apps decide. */
async function resolveActor(policy: CompiledPolicy, request: RequestFacts, env: NodeJS.ProcessEnv, github: LazyGitHub): Promise<ActorFacts> {
  const login = request.triggeringActor;
  const candidates = new Set(policy.rolesGranting(request.command));
  const bindings = policy.subjects.filter((binding) => candidates.has(binding.role));
  const needsPermission = !isBotLogin(login) && bindings.some((binding) => binding.permissions?.length);
  const teams = isBotLogin(login) ? [] : teamsFor(policy, candidates);
  const needsApprovals = request.pullRequest !== undefined && [...candidates].some((role) => policy.grants.get(role)!.some((grant) => grant.grant.approvals));
  if (!needsPermission && teams.length === 0 && !needsApprovals) return { login, isBot: isBotLogin(login), teams: new Map(), unknownTeams: new Map() };
  const api = await github('repository role, team or approvals');
  return actorFromApi(api, { ...repositoryOf(env), login, permission: needsPermission, teams, pullRequest: needsApprovals ? request.pullRequest : undefined, pullRequestAuthor: request.pullRequestAuthor });
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
