export const id = 940;
export const ids = [940];
export const modules = {

/***/ 9171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ dependencyChain),
/* harmony export */   z: () => (/* binding */ describeChain)
/* harmony export */ });
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


/***/ }),

/***/ 97940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate)
});

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

// EXTERNAL MODULE: ./actions/rbac-guard/src/evaluate/dependencies.ts
var dependencies = __webpack_require__(9171);
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
    const chain = (0,dependencies/* dependencyChain */.b)(request.command, policy.dependencies, history);
    if (chain.some((link) => link.status !== 'pass')) {
        const blocking = chain.filter((link) => link.status !== 'pass').map((link) => `${link.gate} ${BLOCKED_BECAUSE[link.status]}`);
        return {
            ...base,
            chain,
            allowed: false,
            decidedBy: 'dependency',
            role: allowedBy.role,
            rule: `dependencies of ${request.command}`,
            reason: `${request.command} needs its predecessor gates green for commit ${request.sha ?? '(unknown)'}: ${blocking.join(', ')} (${(0,dependencies/* describeChain */.z)(request.command, chain)})`,
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


/***/ }),

/***/ 22067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ rolesOf),
/* harmony export */   qC: () => (/* binding */ teamsFor)
/* harmony export */ });
/* unused harmony export PERMISSION_RANK */
/** Repository permission levels, each including the ones below it (a Map: "constructor" is a custom role name, not a level). */
const PERMISSION_RANK = new Map([['read', 1], ['triage', 2], ['write', 3], ['maintain', 4], ['admin', 5]]);
/** The roles the actor holds under the policy's subject bindings. Pure. */
function rolesOf(policy, actor) {
    const held = [];
    const login = actor.login.toLowerCase();
    const index = subjectIndex(policy.subjects);
    // Only bindings that can match: by this login, or by team or permission level; in policy order.
    const candidates = [...(index.byIdentity.get(login) ?? []), ...(actor.isBot ? [] : index.byMembership)].sort((a, b) => a - b);
    for (const position of candidates) {
        const binding = policy.subjects[position];
        const via = bindingMatch(binding, actor, login);
        if (via && !held.some((entry) => entry.role === binding.role))
            held.push({ role: binding.role, via });
    }
    return held;
}
const indexCache = new WeakMap();
/** Binding positions by lower-cased user/app login, and those bound by team or permission (built once per policy). */
function subjectIndex(subjects) {
    let index = indexCache.get(subjects);
    if (!index) {
        index = { byIdentity: new Map(), byMembership: [] };
        subjects.forEach((binding, position) => {
            for (const login of [...(binding.users ?? []), ...(binding.apps ?? [])]) {
                const key = login.toLowerCase();
                const positions = index.byIdentity.get(key) ?? [];
                if (!positions.includes(position))
                    positions.push(position);
                index.byIdentity.set(key, positions);
            }
            if (binding.teams?.length || binding.permissions?.length)
                index.byMembership.push(position);
        });
        indexCache.set(subjects, index);
    }
    return index;
}
/** Lower-cased identity sets per binding, built once per binding object (this runs per request). */
const identityCache = new WeakMap();
function identities(binding) {
    let sets = identityCache.get(binding);
    if (!sets) {
        sets = { users: new Set((binding.users ?? []).map((user) => user.toLowerCase())), apps: new Set((binding.apps ?? []).map((app) => app.toLowerCase())) };
        identityCache.set(binding, sets);
    }
    return sets;
}
function bindingMatch(binding, actor, login) {
    const { users, apps } = identities(binding);
    if (users.has(login))
        return `user ${actor.login}`;
    // Bots and apps are explicit identities: never matched through teams or permission levels.
    if (apps.has(login))
        return `app ${actor.login}`;
    if (actor.isBot)
        return undefined;
    const team = actor.teams.size > 0 ? binding.teams?.find((candidate) => actor.teams.get(candidate.toLowerCase()) === 'active') : undefined;
    if (team)
        return `team ${team}`;
    const permission = actor.permission;
    if (!permission || permission === 'none')
        return undefined;
    for (const wanted of binding.permissions ?? []) {
        const wantedRank = PERMISSION_RANK.get(wanted);
        if (wantedRank === undefined ? wanted === permission : (PERMISSION_RANK.get(permission) ?? 0) >= wantedRank) {
            return `repository role ${permission}${wantedRank !== undefined && wanted !== permission ? ` (≥ ${wanted})` : ''}`;
        }
    }
    return undefined;
}
/** Teams named by bindings of the given roles: the only memberships worth an API call. */
function teamsFor(policy, roles) {
    return [...new Set(policy.subjects.filter((binding) => roles.has(binding.role)).flatMap((binding) => binding.teams ?? []))];
}


/***/ }),

/***/ 76944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ describeWindow),
/* harmony export */   Tu: () => (/* binding */ inPeriod),
/* harmony export */   _j: () => (/* binding */ isValidTimezone),
/* harmony export */   gO: () => (/* binding */ inWindow)
/* harmony export */ });
const WEEKDAYS = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };
const formatters = new Map();
function formatterFor(timezone) {
    let formatter = formatters.get(timezone);
    if (!formatter) {
        // Throws RangeError for an unknown zone: compilePolicy calls this once per window to reject it early.
        formatter = new Intl.DateTimeFormat('en-US', { timeZone: timezone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
        formatters.set(timezone, formatter);
    }
    return formatter;
}
function isValidTimezone(timezone) {
    try {
        formatterFor(timezone);
        return true;
    }
    catch {
        return false;
    }
}
/** Whether `now` falls inside the window, in the window's time zone (UTC by default). Pure. */
function inWindow(window, now) {
    const parts = formatterFor(window.timezone ?? 'UTC').formatToParts(now);
    const part = (type) => parts.find((candidate) => candidate.type === type)?.value ?? '';
    const day = WEEKDAYS[part('weekday')];
    const minutes = Number(part('hour')) * 60 + Number(part('minute'));
    const toMinutes = (clock) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
    return day !== undefined && window.days.includes(day) && minutes >= toMinutes(window.from) && minutes < toMinutes(window.to);
}
function inPeriod(period, now) {
    const time = now.getTime();
    return time >= Date.parse(period.from) && time < Date.parse(period.to);
}
function describeWindow(window) {
    return `${window.days.join(',')} ${window.from}-${window.to} ${window.timezone ?? 'UTC'}`;
}


/***/ })

};
