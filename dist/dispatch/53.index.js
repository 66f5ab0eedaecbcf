export const id = 53;
export const ids = [53,964];
export const modules = {

/***/ 41434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RBAC_RULES: () => (/* binding */ RBAC_RULES),
  UNSIGNED_WARNING: () => (/* binding */ UNSIGNED_WARNING),
  rbacGuard: () => (/* binding */ rbacGuard)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/config/config-input.ts
var config_input = __webpack_require__(60345);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __webpack_require__(6748);
// EXTERNAL MODULE: ./packages/core/src/github/api-timeout.ts
var api_timeout = __webpack_require__(26515);
// EXTERNAL MODULE: ./packages/core/src/github/connect.ts + 1 modules
var connect = __webpack_require__(82964);
// EXTERNAL MODULE: ./packages/core/src/github/event-origin.ts
var event_origin = __webpack_require__(80216);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/decision-summary.ts

/** The job-summary section reviewers read: who, what, the decision, which rule and why. Every name and reason is untrusted text. Pure. */
function renderDecision(decision, request, decisionId, md) {
    const who = request.triggeringActor === request.actor
        ? md.code(request.actor)
        : `${md.code(request.triggeringActor)} (triggering actor; the run was first started by ${md.code(request.actor)})`;
    const lines = [`### ${decision.allowed ? '✅ Allowed' : '⛔ Denied'}: ${md.text(request.command)}`, ''];
    if (decision.bypass) {
        lines.push(`> [!WARNING]`, `> **Non-interactive bypass used:** ${md.code(decision.bypass.id)} until ${md.text(decision.bypass.until)}. ${md.text(decision.bypass.reason)}`, '');
    }
    if (decision.decidedBy === 'confirmation') {
        // The alert (seed §7): a CI run stopped on a command that waits for a human.
        lines.push(`> [!CAUTION]`, `> **Planner-first confirmation required in CI:** ${md.code(request.command)} needs a human's confirmation, and no bypass entry of the policy applies to this event, ref and actor.`, '');
    }
    const rows = [
        ['Who', who],
        ['Command', md.code(request.command) + (request.environment ? ` in environment ${md.code(request.environment)}` : '')],
        ['Event and ref', `${md.code(request.event)} on ${md.code(request.ref)}${request.fromFork === true ? ' (pull request from a fork)' : request.fromFork === 'unknown' ? ' (pull request whose head is unknown: counted as a fork)' : ''}`],
        ['Roles held', decision.roles.length ? decision.roles.map((held) => `${md.code(held.role)} via ${md.text(held.via)}`).join('<br>') : 'none'],
        ['Decided by', md.text(decision.rule)],
        ['Why', md.text(decision.reason)],
        ['Decision id', md.code(decisionId)],
    ];
    if (decision.chain.length) {
        const links = decision.chain.map((link) => `${md.code(link.gate)} ${link.status}${link.source ? ` (${md.text(link.source)})` : ''}${link.unsigned ? ' **unsigned**' : ''}`);
        rows.splice(5, 0, ['Predecessor gates', links.join(' → ')]);
    }
    lines.push((0,markdown/* table */.tp)(['', ''], rows));
    if (!decision.allowed && decision.wouldAllow.length) {
        lines.push('', '**What would allow it**', '');
        for (const hint of decision.wouldAllow)
            lines.push(`- ${md.text(hint)}`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./actions/rbac-guard/src/evaluate/time-window.ts
var time_window = __webpack_require__(76944);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/evaluate/conditions.ts

/**
 * Why a grant does not cover a request: one reason per unmet condition, empty
 * when it covers it. Pure; each condition is a few lines so the table-driven
 * tests can name them one by one.
 */
function unmetConditions(compiled, request, actor) {
    const { grant } = compiled;
    const unmet = [];
    if (!compiled.commands(request.command))
        unmet.push(`command ${request.command} is not in [${grant.commands.join(', ')}]`);
    if (request.environment !== undefined) {
        if (!compiled.environments)
            unmet.push(`environment ${request.environment} is not granted (the grant names no environments)`);
        else if (!compiled.environments(request.environment))
            unmet.push(`environment ${request.environment} is not in [${grant.environments.join(', ')}]`);
    }
    else if (compiled.environments) {
        unmet.push(`the grant is for environments [${grant.environments.join(', ')}] and the request names none`);
    }
    if (request.event === 'schedule' && !grant.events?.includes('schedule')) {
        unmet.push('scheduled runs need a grant that lists the schedule event (on a schedule the actor is whoever last edited the cron line)');
    }
    else if (grant.events && !grant.events.includes(request.event)) {
        unmet.push(`event ${request.event} is not in [${grant.events.join(', ')}]`);
    }
    if (compiled.refs && !compiled.refs(request.ref))
        unmet.push(`ref ${request.ref} is not in [${grant.refs.join(', ')}]`);
    if (request.fromFork === true && grant.forks !== true)
        unmet.push('pull requests from forks are denied unless the grant says forks: true');
    if (request.fromFork === 'unknown' && grant.forks !== true)
        unmet.push('whether the pull request comes from a fork is unknown, so it counts as one: denied unless the grant says forks: true');
    if (grant.approvals !== undefined) {
        if (request.pullRequest === undefined)
            unmet.push(`needs ${grant.approvals} approving review(s), which are only counted on pull request events`);
        else if ((actor.approvals ?? 0) < grant.approvals)
            unmet.push(`has ${actor.approvals ?? 0} approving review(s), needs ${grant.approvals}`);
    }
    if (grant.windows && !grant.windows.some((window) => (0,time_window/* inWindow */.gO)(window, request.now))) {
        unmet.push(`${request.now.toISOString()} is outside the allowed windows (${grant.windows.map(time_window/* describeWindow */.O2).join('; ')})`);
    }
    return unmet;
}
/** Whether an explicit deny rule applies: every condition it names must hold. Pure. */
function denyApplies(compiled, request, actor) {
    const { rule } = compiled;
    if (!compiled.commands(request.command))
        return false;
    const login = actor.login.toLowerCase();
    if (compiled.environments && (request.environment === undefined || !compiled.environments(request.environment)))
        return false;
    if (rule.events && !rule.events.includes(request.event))
        return false;
    if (compiled.refs && !compiled.refs(request.ref))
        return false;
    if ((rule.users || rule.apps) && ![...(rule.users ?? []), ...(rule.apps ?? [])].some((name) => name.toLowerCase() === login))
        return false;
    if (rule.during && !rule.during.some((period) => (0,time_window/* inPeriod */.Tu)(period, request.now)))
        return false;
    if (rule.windows && !rule.windows.some((window) => (0,time_window/* inWindow */.gO)(window, request.now)))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/evaluate/dependencies.ts
/**
 * The predecessor chain of a command (planning → codegen → qa → mlops),
 * oldest first, each gate with its verdict for this commit. Pure; cycles in
 * `dependencies` are cut (each gate appears once).
 */
function dependencyChain(command, dependencies, history) {
    const ordered = [];
    const visit = (gate, trail) => {
        for (const predecessor of dependencies.get(gate) ?? []) {
            if (trail.has(predecessor) || ordered.includes(predecessor))
                continue;
            visit(predecessor, new Set([...trail, predecessor]));
            ordered.push(predecessor);
        }
    };
    visit(command, new Set([command]));
    return ordered.map((gate) => ({
        gate,
        status: history.verdicts.get(gate) ?? 'missing',
        ...(history.sources?.has(gate) ? { source: history.sources.get(gate) } : {}),
        ...(history.unsigned?.has(gate) ? { unsigned: true } : {}),
    }));
}
function describeChain(command, chain) {
    const mark = { pass: '✓', fail: '✗', empty: '∅', missing: '?' };
    return [...chain.map((link) => `${link.gate} ${mark[link.status]}`), command].join(' → ');
}

// EXTERNAL MODULE: ./actions/rbac-guard/src/evaluate/subjects.ts
var subjects = __webpack_require__(22067);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/evaluate/evaluate.ts



/** Why a predecessor gate blocks: only a pass for this commit counts. */
const BLOCKED_BECAUSE = { pass: 'passed', fail: 'failed', empty: 'checked nothing', missing: 'has not run' };
/**
 * The decision, deny by default. Order, each step documented in the README:
 * an explicit deny wins; else the first grant of a role the actor holds whose
 * every condition holds; then the command's predecessor gates must have
 * passed for this commit; then a command needing human confirmation needs an
 * unexpired bypass. Pure: compiled policy and facts in, decision out.
 */
function evaluate(policy, request, actor, history) {
    const roles = (0,subjects/* rolesOf */.R7)(policy, actor);
    const base = { roles, chain: [], wouldAllow: [] };
    const deny = policy.deny.find((candidate) => denyApplies(candidate, request, actor));
    if (deny)
        return { ...base, allowed: false, decidedBy: 'deny-rule', rule: `deny ${deny.rule.id}`, reason: deny.rule.reason };
    let allowedBy;
    const nearMisses = [];
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
        if (allowedBy)
            break;
    }
    if (!allowedBy)
        return { ...base, ...defaultDeny(policy, request, actor, roles, nearMisses) };
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
    return { ...base, chain, allowed: true, decidedBy: 'grant', role: allowedBy.role, rule: allowedBy.rule, reason: `allowed by ${allowedBy.rule} (${roles.find((held) => held.role === allowedBy.role).via})` };
}
function defaultDeny(policy, request, actor, roles, nearMisses) {
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
function findBypass(policy, request) {
    const login = request.triggeringActor.toLowerCase();
    const today = request.now.toISOString().slice(0, 10);
    let expired;
    for (const { entry, commands, refs } of policy.bypass) {
        if (!commands(request.command))
            continue;
        if (entry.events && !entry.events.includes(request.event))
            continue;
        if (refs && !refs(request.ref))
            continue;
        if (entry.actors && !entry.actors.some((actor) => actor.toLowerCase() === login))
            continue;
        if (entry.until < today) {
            expired = entry.id;
            continue;
        }
        return { entry };
    }
    return { expired };
}

// EXTERNAL MODULE: ./actions/rbac-guard/src/facts/actor-from-api.ts
var actor_from_api = __webpack_require__(477);
// EXTERNAL MODULE: ./packages/core/src/github/api-client.ts + 1 modules
var api_client = __webpack_require__(69539);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/fork-from-api.ts

/**
 * Whether a pull request's head is a fork's, from the API: a comment on a
 * pull request (issue_comment) does not carry the head. Any answer but the
 * pull request itself is no answer (exit 3).
 */
async function forkFromApi(api, owner, repo, pullNumber) {
    const what = `pull request #${pullNumber}`;
    const pull = (0,api_client/* requireAnswer */.qt)(await api.get('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: pullNumber }), what);
    if (!pull || typeof pull !== 'object' || !('head' in pull) || !('base' in pull)) {
        throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: what, reason: 'no head or base' });
    }
    const { head, base } = pull;
    return (0,event_origin/* isFork */.B0)(head?.repo, base?.repo);
}

// EXTERNAL MODULE: ./packages/core/src/config/layers.ts
var config_layers = __webpack_require__(7572);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./packages/core/src/audit/gate-verdicts.ts

/**
 * Gate verdicts in the ledger, and what they add up to for one commit. Pure
 * but for reading the environment in recordedBy.
 *
 * - The suite's own actions record their verdicts themselves (events with
 *   `action`); their names are reserved: `gates audit record` cannot write a
 *   pin-check pass, and a `gate: pin-check` record counts for nothing.
 * - A custom gate's verdict (`gates audit record`) names who recorded it and
 *   from which workflow.
 * - A failure stands: a later pass for the same gate and commit does not
 *   overturn it. Only an override (`gates audit override`, with a reason, and
 *   recorded like everything else) sets earlier failures aside, after which
 *   the gate needs a pass again.
 */
const SUITE_GATES = ['pin-check', 'perf-sla', 'redact-logs', 'rbac-guard', 'env-guard', 'drift-check', 'security-gate', 'checkpoint-restore', 'config-check', 'fs-lock-test', 'command-check', 'hydration-check', 'docs-check'];
function isReservedGate(gate) {
    return SUITE_GATES.includes(gate);
}
/** Who is recording, from the runner's environment (or the local user, on a terminal). */
function recordedBy(env) {
    const by = { actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || `${localUser()} (local)` };
    const optional = { workflow: env.GITHUB_WORKFLOW_REF || env.GITHUB_WORKFLOW, job: env.GITHUB_JOB, run: env.GITHUB_RUN_ID, attempt: env.GITHUB_RUN_ATTEMPT, repository: env.GITHUB_REPOSITORY };
    for (const [key, value] of Object.entries(optional))
        if (value)
            by[key] = value;
    return by;
}
function gateVerdictEvent(gate, verdict, sha, by) {
    return { kind: 'gate-verdict', gate, verdict, sha, recordedBy: by };
}
function gateOverrideEvent(gate, sha, reason, by) {
    return { kind: 'gate-override', gate, sha, reason, recordedBy: by };
}
/** Each gate's standing for one commit, from the ledger's records in order. */
function gateStatuses(records, sha) {
    const statuses = new Map();
    if (!sha)
        return statuses;
    const statusOf = (gate) => statuses.get(gate) ?? statuses.set(gate, { status: 'missing', overrides: [] }).get(gate);
    for (const record of records) {
        const event = record.event;
        if (event.sha !== sha)
            continue;
        if (event.kind === 'gate-override') {
            if (typeof event.gate !== 'string')
                continue;
            const status = statusOf(event.gate);
            status.overrides.push({ by: describeRecorder(event.recordedBy), reason: String(event.reason ?? '') });
            status.status = 'missing';
            status.source = undefined;
            status.record = undefined;
            continue;
        }
        const verdict = verdictOf(event);
        if (!verdict)
            continue;
        const status = statusOf(verdict.gate);
        if (verdict.verdict === 'fail' || status.status !== 'fail') {
            status.status = verdict.verdict;
            status.source = verdict.source;
            status.record = record.hash;
        }
    }
    return statuses;
}
/** The gate a record gives a verdict for, if any: an action's own record, or a custom gate's under a name that is not reserved. */
function verdictOf(event) {
    if (event.verdict !== 'pass' && event.verdict !== 'fail' && event.verdict !== 'empty')
        return undefined;
    if (typeof event.action === 'string' && event.kind === undefined) {
        // rbac-guard's own decisions are not gate verdicts.
        if (event.action === 'rbac-guard')
            return undefined;
        return { gate: event.action, verdict: event.verdict, source: `${event.action} action${typeof event.run_id === 'string' ? `, run ${event.run_id}` : ''}` };
    }
    // A custom gate records pass or fail only (`gates audit record`).
    if (event.verdict === 'empty' || typeof event.gate !== 'string' || isReservedGate(event.gate))
        return undefined;
    return { gate: event.gate, verdict: event.verdict, source: `recorded by ${describeRecorder(event.recordedBy)}` };
}
function describeRecorder(by) {
    if (!by || typeof by !== 'object')
        return typeof by === 'string' ? by : 'an unknown recorder';
    const { actor, workflow, job, run } = by;
    const where = [workflow && `workflow ${workflow}`, job && `job ${job}`, run && `run ${run}`].filter(Boolean).join(', ');
    return `${actor ?? 'an unknown actor'}${where ? ` (${where})` : ''}`;
}
function localUser() {
    try {
        return userInfo().username;
    }
    catch {
        return 'unknown user';
    }
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/gate-history.ts

/**
 * Each gate's standing for one commit, from the audit ledger's records in
 * order (the core's gateStatuses: a failure stands until an audited
 * override; the suite's own gate names count only from the action itself).
 * A verdict restored from another job's segment names it (and is unsigned
 * when no anchor key checked its MAC). Pure.
 */
function gateHistory(records, sha, segments) {
    const verdicts = new Map();
    const sources = new Map();
    const unsigned = new Set();
    for (const [gate, standing] of gateStatuses(records, sha)) {
        const overrides = standing.overrides.map((override) => `failure overridden by ${override.by}: ${override.reason}`);
        const segment = standing.record === undefined ? undefined : segments?.segmentOf(standing.record);
        const from = segment && `from segment ${segment}${segments.signed ? ', signature checked' : ''}`;
        if (segment && !segments.signed)
            unsigned.add(gate);
        if (standing.source || overrides.length)
            sources.set(gate, [standing.source, from, ...overrides].filter(Boolean).join('; '));
        if (standing.status !== 'missing')
            verdicts.set(gate, standing.status);
    }
    return { verdicts, sources, ...(unsigned.size ? { unsigned } : {}) };
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/published-verdicts.ts
/**
 * Verdicts published on a commit by earlier runs (commit statuses and check
 * runs named `gates/<gate>`), and whether each can be trusted. Trust comes
 * from GitHub, not from what the verdict says: it must be written by the
 * GitHub Actions app (a check run's `app.slug`, a status's `creator`), name a
 * workflow run whose workflow file is one of the trusted ones, and that run
 * must have built this very commit. Anything else (a status any token holder
 * posted, a run of another workflow, a run of another commit) counts for
 * nothing, and the summary says why.
 */
const ACTIONS_APP_SLUG = 'github-actions';
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** The newest check run and status named `gates/<gate>` for the commit, as candidates. Pure. */
function candidatesOf(gate, checkRuns, statuses) {
    const name = `gates/${gate}`;
    const candidates = [];
    // Check runs come newest first; statuses too (GitHub lists a commit's statuses in reverse chronological order).
    const check = checkRuns.find((run) => run.name === name && run.status === 'completed');
    if (check) {
        const slug = check.app?.slug ?? 'an unknown app';
        candidates.push({ kind: 'check run', verdict: check.conclusion === 'success' ? 'pass' : 'fail', writer: `app ${slug}`, trustedWriter: slug === ACTIONS_APP_SLUG, ...runIdOf(check.external_id?.split('/')[0]) });
    }
    const status = statuses.find((item) => item.context === name);
    if (status) {
        const login = status.creator?.login ?? 'an unknown user';
        candidates.push({ kind: 'status', verdict: status.state === 'success' ? 'pass' : 'fail', writer: login, trustedWriter: login === ACTIONS_BOT_LOGIN && status.creator?.type === 'Bot', ...runIdOf(/\/actions\/runs\/(\d+)/.exec(status.target_url ?? '')?.[1]) });
    }
    return candidates;
}
function runIdOf(value) {
    return value && /^\d+$/.test(value) ? { runId: value } : {};
}
/** Judges one candidate against the run it names. Pure. */
function judgeCandidate(candidate, run, sha, trustedWorkflows) {
    const what = `${candidate.kind} by ${candidate.writer}`;
    if (!candidate.trustedWriter)
        return { status: 'missing', source: `${what} not trusted: only the GitHub Actions app's verdicts count` };
    if (!candidate.runId)
        return { status: 'missing', source: `${what} not trusted: it names no workflow run` };
    if (!run)
        return { status: 'missing', source: `${what} not trusted: its run ${candidate.runId} was not found` };
    if (!run.path || !trustedWorkflows.includes(run.path)) {
        return { status: 'missing', source: `${what} not trusted: run ${candidate.runId} is of ${run.path ?? 'an unknown workflow'}, not of ${trustedWorkflows.join(' or ') || 'a trusted workflow'}` };
    }
    if (run.head_sha !== sha)
        return { status: 'missing', source: `${what} stale: run ${candidate.runId} built ${run.head_sha ?? 'another commit'}, not ${sha}` };
    return { status: candidate.verdict, source: `${what}, run ${candidate.runId} of ${run.path}` };
}
/**
 * Looks up `gate`'s published verdict for `sha`. The first trusted candidate
 * decides; when none is trusted, the reasons are joined. API failures throw
 * (exit 3): a dependency is never satisfied by an answer that did not come.
 */
async function publishedVerdict(api, owner, repo, sha, gate, trustedWorkflows) {
    const [checks, statuses] = await Promise.all([
        api.get('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { owner, repo, ref: sha, check_name: `gates/${gate}`, per_page: 100 }),
        api.get('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { owner, repo, ref: sha, per_page: 100 }),
    ]);
    const candidates = candidatesOf(gate, checks.ok ? (checks.data.check_runs ?? []) : [], statuses.ok && Array.isArray(statuses.data) ? statuses.data : []);
    if (candidates.length === 0)
        return undefined;
    const judged = [];
    for (const candidate of candidates) {
        const run = candidate.trustedWriter && candidate.runId ? await api.get('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: candidate.runId }) : undefined;
        const verdict = judgeCandidate(candidate, run?.ok ? run.data : undefined, sha, trustedWorkflows);
        if (verdict.status !== 'missing')
            return verdict;
        judged.push(verdict);
    }
    return { status: 'missing', source: judged.map((verdict) => verdict.source).join('; ') };
}
/** `owner/repo/.github/workflows/ci.yml@refs/heads/main` → `.github/workflows/ci.yml`. */
function workflowPathOf(workflowRef) {
    const match = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@/.exec(workflowRef ?? '');
    return match?.[1];
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/dependency-history.ts




/**
 * Each predecessor's standing for the commit: from the ledger first (this
 * run's records, merged with the segments other jobs published), then, for a
 * gate the ledger has no verdict for, from a verdict published on the commit
 * by a trusted workflow run (published-verdicts.ts). A failure in the ledger
 * stands; a published pass does not overturn it. Without a token nothing is
 * looked up and the gate stays missing (deny), saying so.
 */
async function dependencyHistory(policy, command, records, sha, context) {
    const history = gateHistory(records, sha, context.segments);
    const sources = history.sources ?? new Map();
    for (const source of sources.keys())
        sources.set(source, `ledger: ${sources.get(source)}`);
    const missing = dependencyChain(command, policy.dependencies, history).filter((link) => link.status === 'missing');
    if (missing.length === 0 || !sha)
        return { ...history, sources };
    const [owner = '', repo = ''] = (context.env.GITHUB_REPOSITORY ?? '/').split('/');
    if (!context.token || !owner || !repo) {
        for (const link of missing)
            sources.set(link.gate, 'not in the ledger; published verdicts were not looked up (no token or repository)');
        return { ...history, sources };
    }
    const configured = (0,config_layers/* valueAt */.fK)(context.config.values, 'trusted-workflows');
    const own = workflowPathOf(context.env.GITHUB_WORKFLOW_REF);
    const trusted = configured ?? (own ? [own] : []);
    const api = await context.github('published verdicts of predecessor gates');
    for (const link of missing) {
        const published = await publishedVerdict(api, owner, repo, sha, link.gate, trusted);
        if (!published) {
            sources.set(link.gate, 'not in the ledger, and no verdict published on the commit');
            continue;
        }
        sources.set(link.gate, published.source);
        if (published.status !== 'missing')
            history.verdicts.set(link.gate, published.status);
    }
    return { ...history, sources };
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/request-from-env.ts

/**
 * The request as the runner describes it. Pure: env and payload in. On a
 * re-run GITHUB_ACTOR stays the original author, so the subject checked is
 * GITHUB_TRIGGERING_ACTOR (falling back to GITHUB_ACTOR where it is unset).
 * Where the code comes from (a fork's or not) is the core's eventOrigin.
 */
function requestFromEnvironment(env, payload, command, environment, now) {
    const actor = env.GITHUB_ACTOR ?? '';
    const event = env.GITHUB_EVENT_NAME ?? 'unknown';
    return {
        command,
        environment: environment || undefined,
        event,
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA,
        actor,
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR || actor,
        ...(0,event_origin/* eventOrigin */.tW)(event, payload),
        now,
    };
}

// EXTERNAL MODULE: ./actions/rbac-guard/src/policy/compile.ts
var compile = __webpack_require__(56156);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/definition.ts










const RBAC_RULES = [
    { id: 'denied', description: 'The actor may run the command here and now under the policy (deny by default)', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('rbac-guard', 'denied') },
    { id: 'bypass-used', description: 'A non-interactive bypass of a planner-first confirmation was used', severity: 'warning', docs: (0,catalogue/* ruleDocsUrl */.hS)('rbac-guard', 'bypass-used') },
];
const rbacGuard = {
    name: 'rbac-guard',
    description: 'Deny-by-default RBAC: may this actor run this command or gate, here and now?',
    rules: RBAC_RULES,
    secretInputs: ['token'],
    async run({ inputs, env, workspace, runner, ledger, state, config, redactor }) {
        const command = inputs.required('command');
        // A security policy: rbac-guard never decides without one, at its default path or any other.
        const loaded = (await (0,config_input/* loadConfigInput */.j)(inputs, workspace, { input: 'policy', kind: schemas/* CONFIG_KINDS */.j.rbac, requiredBy: 'rbac-guard' }));
        const policy = (0,compile.compilePolicy)(loaded.value, loaded.file, loaded.positions);
        const token = inputs.string('token') ?? '';
        const timeoutMs = inputs.duration('api-timeout', 10_000, api_timeout/* API_TIMEOUT_RANGE */.f);
        const github = lazyGitHub(token, command, () => (0,connect.connectGitHub)(token, env, runner, { timeoutMs }));
        const request = await settleFork(policy, requestFromEnvironment(env, (0,event_origin/* readEventPayload */.N5)(env), command, inputs.string('environment'), new Date()), env, github);
        const actor = await resolveActor(policy, request, env, github);
        const history = policy.dependencies.has(command) ? await predecessorHistory(policy, command, request.sha, { env, config, token, github }, ledger, state) : { verdicts: new Map() };
        if (history.unsigned?.size)
            runner.warning(UNSIGNED_WARNING);
        const decision = evaluate(policy, request, actor, history);
        if (decision.decidedBy === 'unknown-facts') {
            throw new gates_error/* GatesError */.xx('GATES_E_RBAC_UNRESOLVED', { actor: request.triggeringActor, command, reason: decision.reason });
        }
        const decisionId = (0,external_node_crypto_.randomUUID)();
        if (decision.bypass)
            runner.warning(`planner-first confirmation required in CI: bypassed by policy entry ${decision.bypass.id} (until ${decision.bypass.until}).`);
        return {
            findings: findingsOf(decision, request),
            // A deny fails the step whatever `fail-on` says: security decisions fail closed.
            failOn: 'error',
            outputs: { allowed: String(decision.allowed), role: decision.role ?? '', reason: decision.reason, 'decision-id': decisionId },
            summaryAppendix: renderDecision(decision, request, decisionId, (0,untrusted_text/* markdownText */.p7)(redactor)),
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
const UNSIGNED_WARNING = 'Predecessor verdicts from other jobs\' segments are unsigned: any step of this run holding the runtime token could have written them. ' +
    'To require signatures, set `anchor-key: ${{ secrets.GATES_ANCHOR_KEY }}` on every gates step of the run (docs/ordering.md).';
/** The ledger's records merged with the run's segments; a record this runner wrote is its own, not a segment's. */
async function predecessorHistory(policy, command, sha, context, ledger, state) {
    const local = await ledger.readVerified();
    const own = new Set(local.map((record) => record.hash));
    const segments = { signed: state.signed, segmentOf: (hash) => (own.has(hash) ? undefined : state.segmentOf(hash)) };
    return dependencyHistory(policy, command, state.merged(local), sha, { ...context, segments });
}
/** One client for the run, connected on first need; without a token, the need is named and the step fails closed (exit 3). */
function lazyGitHub(token, command, connect) {
    let api;
    return (why) => {
        if (!token) {
            throw new gates_error/* GatesError */.xx('GATES_E_API_NO_TOKEN', { what: `rbac-guard (the policy decides ${command} by ${why})` }, {
                hint: 'Pass `token` (the action defaults to the job\'s GITHUB_TOKEN); rbac-guard never decides without the facts its policy names.',
            });
        }
        api ??= connect();
        return api;
    };
}
function repositoryOf(env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
    return { owner, repo };
}
/** A comment on a pull request does not say where its head is: asked of the API when a grant the actor could use excludes forks. */
async function settleFork(policy, request, env, github) {
    if (request.fromFork !== 'unknown' || request.pullRequest === undefined)
        return request;
    const matters = policy.rolesGranting(request.command).some((role) => policy.grantsFor(role, request.command).some((grant) => grant.grant.forks !== true));
    if (!matters)
        return request;
    const { owner, repo } = repositoryOf(env);
    return { ...request, fromFork: await forkFromApi(await github('whether the pull request comes from a fork'), owner, repo, request.pullRequest) };
}
/** Only the facts the decision can depend on are fetched; none at all when users and apps decide. */
async function resolveActor(policy, request, env, github) {
    const login = request.triggeringActor;
    const candidates = new Set(policy.rolesGranting(request.command));
    const bindings = policy.subjects.filter((binding) => candidates.has(binding.role));
    const needsPermission = !(0,actor_from_api/* isBotLogin */.DU)(login) && bindings.some((binding) => binding.permissions?.length);
    const teams = (0,actor_from_api/* isBotLogin */.DU)(login) ? [] : (0,subjects/* teamsFor */.qC)(policy, candidates);
    const needsApprovals = request.pullRequest !== undefined && [...candidates].some((role) => policy.grants.get(role).some((grant) => grant.grant.approvals));
    if (!needsPermission && teams.length === 0 && !needsApprovals)
        return { login, isBot: (0,actor_from_api/* isBotLogin */.DU)(login), teams: new Map(), unknownTeams: new Map() };
    const api = await github('repository role, team or approvals');
    return (0,actor_from_api/* actorFromApi */.Gv)(api, { ...repositoryOf(env), login, permission: needsPermission, teams, pullRequest: needsApprovals ? request.pullRequest : undefined, pullRequestAuthor: request.pullRequestAuthor });
}
function findingsOf(decision, request) {
    const findings = [];
    if (!decision.allowed) {
        findings.push({ ruleId: 'denied', severity: 'error', message: `${request.triggeringActor} may not run ${request.command}: ${decision.reason}`, fixHint: decision.wouldAllow[0] });
    }
    if (decision.bypass) {
        findings.push({ ruleId: 'bypass-used', severity: 'warning', message: `planner-first confirmation required in CI: bypassed by ${decision.bypass.id} until ${decision.bypass.until} (${decision.bypass.reason})` });
    }
    return findings;
}


/***/ }),

/***/ 69539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yN: () => (/* binding */ GitHubApi),
  rY: () => (/* binding */ answerOrAbsent),
  fx: () => (/* binding */ describeRoute),
  qt: () => (/* binding */ requireAnswer)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __webpack_require__(67528);
;// CONCATENATED MODULE: ./packages/core/src/github/retry-policy.ts
const DEFAULT_RETRY_LIMITS = { maxRetries: 2, baseDelayMs: 250, maxRateLimitWaitMs: 60_000 };
function isRateLimited(outcome) {
    if (outcome.status !== 403 && outcome.status !== 429)
        return false;
    return outcome.headers['x-ratelimit-remaining'] === '0' || outcome.headers['retry-after'] !== undefined;
}
/** Milliseconds until the rate limit lets a call through, or 0. */
function rateLimitWaitMs(headers, nowMs) {
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter))
        return Math.max(0, retryAfter * 1000);
    if (headers['x-ratelimit-remaining'] !== '0')
        return 0;
    const reset = Number(headers['x-ratelimit-reset']);
    // Without a reset time there is nothing sound to wait for: give up rather than guess.
    return Number.isFinite(reset) ? Math.max(0, reset * 1000 - nowMs) : Number.POSITIVE_INFINITY;
}
/** `attempt` counts from 1 (the call that produced `outcome`). */
function decideRetry(outcome, attempt, nowMs, limits) {
    const { status } = outcome;
    if (status !== undefined && status < 400)
        return { retry: false, reason: 'ok' };
    if (isRateLimited(outcome)) {
        const waitMs = rateLimitWaitMs(outcome.headers, nowMs);
        // One wait for the limit to lift; a second refusal means it did not.
        if (attempt > 1 || waitMs > limits.maxRateLimitWaitMs)
            return { retry: false, reason: 'rate-limited' };
        return { retry: true, waitMs, reason: `rate limited (status ${status})` };
    }
    const transient = status === undefined || status >= 500;
    if (!transient)
        return { retry: false, reason: 'client-error' };
    if (attempt > limits.maxRetries)
        return { retry: false, reason: 'unavailable' };
    return {
        retry: true,
        waitMs: limits.baseDelayMs * 2 ** (attempt - 1),
        reason: status === undefined ? 'connection failed' : `server error ${status}`,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/github/api-client.ts




/**
 * A GitHub REST client with the behaviour gates promises everywhere: each
 * call has a timeout, transient failures are retried with bounded backoff,
 * rate limits are read from headers and waited out (or reported), identical
 * GETs within a run are made once, and calls are counted for the summary.
 * Failures that are not an answer throw a GatesError (exit 3): callers fail
 * closed.
 *
 * A circuit breaker: once a call gets no answer (connection failed, timed
 * out, 5xx on every attempt, rate limit exhausted) or the budget is spent,
 * the client stops for the rest of the run. Calls in flight are abandoned and
 * later ones fail at once with GATES_E_API_STOPPED, so an outage costs one
 * timeout instead of one per call.
 */
class GitHubApi {
    transport;
    options;
    calls = 0;
    rateLimit;
    /** Why the client stopped calling, once it has (the breaker is open). */
    stopped;
    cache = new Map();
    limits;
    deadline;
    halt = new AbortController();
    constructor(transport, options) {
        this.transport = transport;
        this.options = options;
        this.limits = { ...DEFAULT_RETRY_LIMITS, ...options.limits };
        this.deadline = options.budgetMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.budgetMs;
    }
    /** GET `route` (Octokit route syntax, e.g. `GET /repos/{owner}/{repo}`), memoised per run. */
    get(route, params = {}) {
        const key = `${route} ${JSON.stringify(params)}`;
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.send(route, params);
            this.cache.set(key, pending);
        }
        return pending;
    }
    /** A write (`POST /repos/{owner}/{repo}/statuses/{sha}`, …): never memoised; body fields are params, as Octokit takes them. */
    post(route, params = {}) {
        return this.send(route, params);
    }
    async send(route, params) {
        const label = describeRoute(route, params);
        for (let attempt = 1;; attempt++) {
            if (this.stopped)
                throw this.stoppedError(label);
            await this.waitForRateLimit(label);
            const timeoutMs = this.callTimeout(label);
            this.calls++;
            const call = this.callSignal(timeoutMs);
            const response = await this.transport.request(route, params, call.signal).finally(call.done);
            // Another call opened the breaker while this one waited: its answer (or abort) no longer counts.
            if (this.stopped)
                throw this.stoppedError(label);
            this.recordRateLimit(response.headers);
            if (response.timedOut) {
                if (timeoutMs < this.options.timeoutMs)
                    throw this.stop(this.budgetSpent(), label);
                throw this.trip(new gates_error/* GatesError */.xx('GATES_E_API_TIMEOUT', { route: label, timeout: (0,parse/* formatDuration */.a3)(this.options.timeoutMs) }));
            }
            const decision = decideRetry(response, attempt, Date.now(), this.limits);
            if (decision.retry) {
                this.options.onWait?.(`${label}: ${decision.reason}`, decision.waitMs);
                await this.pause(decision.waitMs, label);
                continue;
            }
            switch (decision.reason) {
                case 'ok':
                    return { ok: true, status: response.status, data: response.data, ...(response.headers.link ? { link: response.headers.link } : {}) };
                case 'client-error':
                    return { ok: false, status: response.status, message: messageOf(response.data) };
                case 'rate-limited':
                    throw this.trip(new gates_error/* GatesError */.xx('GATES_E_API_RATE_LIMITED', { calls: this.calls, reset: this.resetDescription() }));
                case 'unavailable':
                    if (response.status === undefined) {
                        throw this.trip(new gates_error/* GatesError */.xx('GATES_E_NETWORK', { url: label, reason: response.failure ?? 'no response' }));
                    }
                    throw this.trip(new gates_error/* GatesError */.xx('GATES_E_API_UNAVAILABLE', { route: label, attempts: attempt, reason: `status ${response.status}` }));
            }
        }
    }
    /** The timeout of the next call: `timeoutMs`, or less when the budget ends sooner. Throws once the budget is spent. */
    callTimeout(label) {
        const left = this.deadline - Date.now();
        if (left <= 0)
            throw this.stop(this.budgetSpent(), label);
        return Math.min(this.options.timeoutMs, left);
    }
    /**
     * Aborted by the call's timeout or by the breaker opening. A timer and a
     * listener rather than `AbortSignal.any([AbortSignal.timeout(...), ...])`:
     * Node 20 holds the sources of `any` weakly, so a collected timeout signal
     * never fires and the call waits for undici's own 300 s limit (measured).
     */
    callSignal(timeoutMs) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), timeoutMs);
        const onHalt = () => controller.abort();
        this.halt.signal.addEventListener('abort', onHalt, { once: true });
        return {
            signal: controller.signal,
            done: () => {
                clearTimeout(timer);
                this.halt.signal.removeEventListener('abort', onHalt);
            },
        };
    }
    /** Opens the breaker with the error that shows the API is not usable, and returns that error for the caller to throw. */
    trip(error) {
        this.open(`${error.message.replace(/\.$/, '')} (${error.code})`);
        return error;
    }
    /** Opens the breaker for a reason that is not one call's failure (the budget), and returns the error for this call. */
    stop(reason, label) {
        this.open(reason);
        return this.stoppedError(label);
    }
    open(reason) {
        if (this.stopped)
            return;
        this.stopped = reason;
        this.halt.abort();
    }
    stoppedError(label) {
        return new gates_error/* GatesError */.xx('GATES_E_API_STOPPED', { route: label, reason: this.stopped ?? 'an earlier failure' });
    }
    budgetSpent() {
        return `the run's API budget of ${(0,parse/* formatDuration */.a3)(this.options.budgetMs ?? 0)} was spent`;
    }
    /** A wait that the budget allows, cut short when the breaker opens. */
    async pause(waitMs, label) {
        if (Date.now() + waitMs > this.deadline)
            throw this.stop(this.budgetSpent(), label);
        try {
            await (0,promises_.setTimeout)(waitMs, undefined, { signal: this.halt.signal });
        }
        catch {
            throw this.stoppedError(label);
        }
    }
    recordRateLimit(headers) {
        const limit = Number(headers['x-ratelimit-limit']);
        const remaining = Number(headers['x-ratelimit-remaining']);
        const reset = Number(headers['x-ratelimit-reset']);
        if ([limit, remaining, reset].every(Number.isFinite))
            this.rateLimit = { limit, remaining, resetAt: reset * 1000 };
    }
    /** Known to be exhausted: wait for the reset when it is near, else stop now instead of burning calls. */
    async waitForRateLimit(label) {
        const snapshot = this.rateLimit;
        if (!snapshot || snapshot.remaining > 0)
            return;
        const waitMs = snapshot.resetAt - Date.now();
        if (waitMs <= 0)
            return;
        if (waitMs > this.limits.maxRateLimitWaitMs) {
            throw this.trip(new gates_error/* GatesError */.xx('GATES_E_API_RATE_LIMITED', { calls: this.calls, reset: this.resetDescription() }));
        }
        this.options.onWait?.('rate limit exhausted', waitMs);
        await this.pause(waitMs, label);
        snapshot.remaining = snapshot.limit;
    }
    resetDescription() {
        return this.rateLimit ? new Date(this.rateLimit.resetAt).toISOString() : 'an unknown time';
    }
}
/** The data of a successful answer; any other answer is a failed check (exit 3), never an absence. */
function requireAnswer(result, what) {
    if (result.ok)
        return result.data;
    throw new gates_error/* GatesError */.xx('GATES_E_API_DENIED', { status: result.status, route: what, reason: result.message });
}
/** Like requireAnswer, but 404 and 422 mean "no such thing" and give undefined. */
function answerOrAbsent(result, what) {
    if (!result.ok && (result.status === 404 || result.status === 422))
        return undefined;
    return requireAnswer(result, what);
}
/** `GET /repos/{owner}/{repo}` with params filled in, for messages. */
function describeRoute(route, params) {
    return route.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
function messageOf(data) {
    if (data && typeof data === 'object' && typeof data.message === 'string') {
        return data.message;
    }
    return 'no message';
}


/***/ }),

/***/ 82964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectGitHub: () => (/* binding */ connectGitHub)
});

// UNUSED EXPORTS: PUBLIC_API_URL, apiBaseUrl

// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/github/api-client.ts + 1 modules
var api_client = __webpack_require__(69539);
;// CONCATENATED MODULE: ./packages/core/src/github/octokit-transport.ts
/**
 * The network edge: `@actions/github`'s Octokit (proxy settings, user agent,
 * GHES base URL) turned into plain responses. Loaded lazily so an offline run
 * never pays for it.
 */
async function createOctokitTransport(options) {
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
    const log = { debug: () => { }, info: () => { }, warn: options.warn, error: options.warn };
    const octokit = getOctokit(options.token, { baseUrl: options.baseUrl.replace(/\/+$/, ''), log });
    return {
        async request(route, params, signal) {
            try {
                const response = await octokit.request(route, { ...params, request: { signal } });
                const headers = stringHeaders(response.headers);
                if (isUnreadJson(response.status, headers, response.data))
                    return { headers, data: undefined, failure: 'the response body was cut off or is not valid JSON' };
                return { status: response.status, headers, data: response.data };
            }
            catch (thrown) {
                return failedResponse(thrown, signal);
            }
        },
    };
}
function failedResponse(thrown, signal) {
    if (signal.aborted)
        return { headers: {}, data: undefined, timedOut: true };
    const error = thrown;
    // Octokit reports a connection failure as status 500 without a response.
    if (!error.response)
        return { headers: {}, data: undefined, failure: error.message ?? String(thrown) };
    return { status: error.response.status, headers: stringHeaders(error.response.headers), data: error.response.data };
}
/**
 * Octokit hands back the raw text, or "" when the body could not be read to
 * its end, where a JSON answer should have been parsed. Taken as data, that
 * empty answer reads as "no role, no reviews": it is a failed exchange
 * instead (retried, then exit 3). 204 No Content has no body to parse.
 */
function isUnreadJson(status, headers, data) {
    return status !== 204 && typeof data === 'string' && /^application\/(?:[\w.+-]*\+)?json\b/i.test(headers['content-type'] ?? '');
}
function stringHeaders(headers) {
    return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value === undefined ? undefined : String(value)]));
}

;// CONCATENATED MODULE: ./packages/core/src/github/connect.ts



const PUBLIC_API_URL = 'https://api.github.com';
/**
 * The API base URL the runner gives the job (GHES sets its own), checked: an
 * http(s) URL without credentials, query or fragment. Anything else is a
 * usage error (exit 2) before a token is sent anywhere.
 */
function apiBaseUrl(env) {
    const raw = env.GITHUB_API_URL || PUBLIC_API_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash || raw.trim() !== raw) {
        // Credentials are never echoed, and a long value is described rather than cut (a cut could print part of a secret).
        const shown = url && (url.username || url.password) ? raw.replace(/\/\/[^@/]*@/, '//***@') : raw;
        const value = shown.length > 200 ? `a ${shown.length}-character value` : JSON.stringify(shown);
        throw new gates_error/* GatesError */.xx('GATES_E_ENV_INVALID', { name: 'GITHUB_API_URL', value, expected: 'an http(s) URL without credentials, such as https://api.github.com or https://HOST/api/v3' });
    }
    return raw;
}
/** A GitHubApi over Octokit for this job: its token, its API URL, waits logged. */
async function connectGitHub(token, env, runner, options) {
    const transport = await createOctokitTransport({ token, baseUrl: apiBaseUrl(env), warn: (line) => runner.warning(line) });
    return new api_client/* GitHubApi */.yN(transport, {
        ...options,
        onWait: (reason, waitMs) => runner.info(`GitHub API: ${reason}; waiting ${Math.ceil(waitMs / 1000)}s before retrying.`),
    });
}


/***/ }),

/***/ 80216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ isFork),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   tW: () => (/* binding */ eventOrigin)
/* harmony export */ });
/* harmony import */ var _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6220);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15170);


/** Events whose payload carries the pull request (`pull_request` at the top). */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Whether the code under test comes from a fork, failing closed: a pull
 * request event without its pull request in the payload counts as a fork; a
 * comment on a pull request says nothing about the head (`unknown`: looked
 * up through the API when it matters); a workflow_run is a fork's when the
 * run's head repository is another (or gone). Pure.
 */
function eventOrigin(event, payload) {
    const pull = payload.pull_request;
    if (pull)
        return { fromFork: isFork(pull.head?.repo, pull.base?.repo ?? payload.repository), pullRequest: numberOf(pull.number), pullRequestAuthor: stringOf(pull.user?.login) };
    if (PULL_REQUEST_EVENTS.has(event))
        return { fromFork: true };
    if (event === 'issue_comment' && payload.issue?.pull_request) {
        return { fromFork: 'unknown', pullRequest: numberOf(payload.issue.number), pullRequestAuthor: stringOf(payload.issue.user?.login) };
    }
    if (event === 'workflow_run') {
        const run = payload.workflow_run;
        return { fromFork: run ? isFork(run.head_repository, run.repository ?? payload.repository) : true };
    }
    return { fromFork: false };
}
/** A head repository that differs from the base, is marked a fork, or is gone (deleted fork) is a fork. */
function isFork(head, base) {
    if (typeof head?.full_name !== 'string')
        return true;
    if (head.fork === true)
        return true;
    // Payload fields are read for their type, not assumed: a name that is not a string names no repository.
    return head.full_name.toLowerCase() !== stringOf(base?.full_name)?.toLowerCase();
}
/** Webhook payloads are capped at 25 MB by GitHub; anything larger (or a pipe, or /dev/zero) is not one. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
/** The event payload the runner wrote (GITHUB_EVENT_PATH); `{}` without one; exit 2 when it is not a JSON object. */
function readEventPayload(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    let payload;
    try {
        payload = JSON.parse((0,_safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readTextFile */ .Gu)(env.GITHUB_EVENT_PATH, { maxBytes: MAX_EVENT_BYTES }));
    }
    catch (error) {
        const reason = error instanceof _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx ? error.message : error.message;
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_USAGE', { detail: `the event payload ${env.GITHUB_EVENT_PATH} cannot be read as JSON: ${reason}` }, { cause: error });
    }
    // The runner always writes an object; anything else is not an event, and nothing is read from it.
    if (!payload || typeof payload !== 'object' || Array.isArray(payload))
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_USAGE', { detail: `the event payload ${env.GITHUB_EVENT_PATH} is not a JSON object` });
    return payload;
}
function stringOf(value) {
    return typeof value === 'string' ? value : undefined;
}
function numberOf(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}


/***/ })

};
