export const id = 421;
export const ids = [421];
export const modules = {

/***/ 58421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  roleCheck: () => (/* binding */ roleCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/config/load-file.ts
var load_file = __webpack_require__(15805);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __webpack_require__(6748);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/evaluate/subjects.ts
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

// EXTERNAL MODULE: ./packages/core/src/github/api-client.ts + 1 modules
var api_client = __webpack_require__(69539);
;// CONCATENATED MODULE: ./packages/core/src/github/paginate.ts


/**
 * Every item of a GitHub list endpoint, page after page, as GitHub's
 * pagination docs prescribe: request 100 per page and follow the `rel="next"`
 * link of the `Link` header until there is none. The link's page parameters
 * (`page`, `before`/`after`, `since`...) are applied to the same route on the
 * same API host: the token is never sent to a URL taken from a response, and
 * GitHub's links name `/repositories/{id}/...` paths anyway.
 *
 * The first page's non-success answer is returned as it is, for the caller's
 * `requireAnswer`/`answerOrAbsent`; a page that is not a list, a link that
 * does not advance, or a failure on a later page throws (exit 3): a decision
 * is never made from part of a list.
 */
async function getAllPages(api, route, params, limits) {
    const label = (0,api_client/* describeRoute */.fx)(route, params);
    const pathParams = new Set([...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
    const items = [];
    const seen = new Set();
    let pageParams = { per_page: 100 };
    for (let page = 1;; page++) {
        const result = await api.get(route, { ...params, ...pageParams });
        if (!result.ok) {
            if (page === 1)
                return result;
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} answered ${result.status} (${result.message}) after page 1 succeeded` });
        }
        if (!Array.isArray(result.data))
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} is not a list` });
        for (const item of result.data)
            items.push(item);
        const nextUrl = nextLink(result.link);
        if (nextUrl === undefined)
            return { ok: true, status: 200, data: items };
        const next = pageQuery(nextUrl, pathParams);
        if (!next)
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} links a next page gates cannot follow (${nextUrl.slice(0, 200)})` });
        const key = JSON.stringify(next);
        if (seen.has(key))
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: label, reason: `the next-page link repeats (${key}): pagination does not advance` });
        seen.add(key);
        if (page >= limits.maxPages) {
            if (limits.beyond === 'truncate')
                return { ok: true, status: 200, data: items };
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: label, reason: `more than ${limits.maxPages} pages; gates does not decide from part of a list` });
        }
        pageParams = { per_page: 100, ...next };
    }
}
/** The `rel="next"` target of a Link header (RFC 8288), or undefined on the last page. */
function nextLink(link) {
    for (const entry of link?.split(/,(?=\s*<)/) ?? []) {
        const match = /^\s*<([^>]*)>(.*)$/.exec(entry);
        const rel = match ? /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(match[2]) : null;
        if (match && rel && rel[1].trim().split(/\s+/).includes('next'))
            return match[1];
    }
    return undefined;
}
/** The page parameters of a next link, without any that would rename the route's own path parameters; undefined when it has none. */
function pageQuery(target, pathParams) {
    let url;
    try {
        url = new URL(target);
    }
    catch {
        return undefined;
    }
    // fromEntries defines own properties: a parameter named __proto__ stays data.
    const query = Object.fromEntries([...url.searchParams].filter(([name]) => !pathParams.has(name)));
    return Object.keys(query).length > 0 ? query : undefined;
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/facts/actor-from-api.ts

const TEAM_VISIBILITY_HINT = 'the token cannot see this team: the default GITHUB_TOKEN cannot read organisation teams. Use a GitHub App token with the Members: read permission, or a token with read:org';
/** Bots and GitHub Apps act as `name[bot]`; they are not repository collaborators. */
function isBotLogin(login) {
    return /\[bot\]$/i.test(login);
}
/**
 * Resolves the facts about one actor that the policy needs, and no more (one
 * call per distinct fact; the client memoises). Any answer that is not a
 * definite fact (401, 403, 5xx, timeout, rate limit) throws: rbac-guard fails
 * closed with exit 3.
 */
async function actorFromApi(api, query) {
    const facts = { login: query.login, isBot: isBotLogin(query.login), teams: new Map(), unknownTeams: new Map() };
    if (query.permission && !facts.isBot)
        facts.permission = await repositoryRole(api, query);
    for (const team of query.teams) {
        const [org, slug] = team.split('/');
        const membership = await teamMembership(api, org, slug, query.login);
        if (membership === 'invisible')
            facts.unknownTeams.set(team.toLowerCase(), TEAM_VISIBILITY_HINT);
        else
            facts.teams.set(team.toLowerCase(), membership);
    }
    if (query.pullRequest !== undefined)
        facts.approvals = await approvals(api, query);
    return facts;
}
/** `role_name` carries maintain, triage and custom roles; the legacy `permission` folds maintain into write. */
async function repositoryRole(api, query) {
    const result = await api.get('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
        owner: query.owner,
        repo: query.repo,
        username: query.login,
    });
    // 404: not a collaborator, or an app actor that "is not a user": no repository role.
    if (!result.ok && result.status === 404)
        return 'none';
    const what = `permission of ${query.login}`;
    const data = (0,api_client/* requireAnswer */.qt)(result, what);
    const role = data && typeof data === 'object' ? data : {};
    const name = typeof role.role_name === 'string' && role.role_name ? role.role_name : role.permission;
    // An answer without a role is not "no role": nothing is decided from it.
    if (typeof name !== 'string' || !name)
        throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: what, reason: 'neither role_name nor permission is a string' });
    return name;
}
async function teamMembership(api, org, slug, login) {
    const result = await api.get('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login });
    if (result.ok) {
        const state = result.data?.state;
        if (state === 'active' || state === 'pending')
            return state;
        throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: `membership of ${login} in ${org}/${slug}`, reason: 'state is neither active nor pending' });
    }
    if (result.status !== 404)
        (0,api_client/* requireAnswer */.qt)(result, `membership of ${login} in ${org}/${slug}`);
    // With the default GITHUB_TOKEN this is 404, not 403, even for members: probe whether the team is visible at all.
    const team = await api.get('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug });
    if (team.ok)
        return 'none';
    if (team.status === 404 || team.status === 403)
        return 'invisible';
    (0,api_client/* requireAnswer */.qt)(team, `team ${org}/${slug}`);
    return 'invisible';
}
/** Reviews on one pull request read at most: 50 pages of 100. More is not a decision from part of the list: exit 3. */
const MAX_REVIEW_PAGES = 50;
/**
 * Distinct reviewers whose latest review approves, the author excluded. Every
 * page is read (GitHub lists reviews oldest first, 100 a page at most): a
 * reviewer's CHANGES_REQUESTED on page two overrides their approval on page
 * one, and an author cannot push reviews out of sight by adding more.
 */
async function approvals(api, query) {
    const what = `reviews of pull request #${query.pullRequest}`;
    const result = await getAllPages(api, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: query.owner,
        repo: query.repo,
        pull_number: query.pullRequest,
    }, { maxPages: MAX_REVIEW_PAGES, beyond: 'fail' });
    const latest = new Map();
    for (const review of (0,api_client/* requireAnswer */.qt)(result, what)) {
        if (!isReview(review))
            throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: what, reason: 'a review without a state or a user object' });
        const login = review.user?.login;
        if (!login || review.state === 'COMMENTED' || login.toLowerCase() === query.pullRequestAuthor?.toLowerCase())
            continue;
        latest.set(login.toLowerCase(), review.state);
    }
    return [...latest.values()].filter((state) => state === 'APPROVED').length;
}
/** A review as GitHub documents it: a state, and a user that is an object or null (a deleted account). */
function isReview(value) {
    if (!value || typeof value !== 'object')
        return false;
    const { user, state } = value;
    return typeof state === 'string' && typeof user === 'object';
}

// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var text_glob = __webpack_require__(13483);
;// CONCATENATED MODULE: ./actions/rbac-guard/src/evaluate/time-window.ts
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

;// CONCATENATED MODULE: ./actions/rbac-guard/src/policy/compile.ts


/** Exact names are a set lookup; only real globs pay for a regex. Evaluated per request, so this matters. */
function nameMatcher(patterns) {
    const exact = new Set(patterns.filter((pattern) => !/[*?[\]{}!]/.test(pattern)));
    const globs = patterns.filter((pattern) => !exact.has(pattern));
    const glob = globs.length > 0 ? (0,text_glob/* globMatcher */.f)(globs) : undefined;
    return glob ? (value) => exact.has(value) || glob(value) : (value) => exact.has(value);
}
/**
 * Checks what the schema cannot (unknown roles, inheritance cycles) and
 * precompiles every matcher once. Problems are reported all at once with the
 * line of each, as a config error (exit 2).
 */
function compilePolicy(policy, file = '.github/gates-rbac.yml', positions) {
    const problems = [];
    const at = (pointer) => ({ file, ...(positions?.value.get(pointer) ?? {}) });
    // Every lookup by a name from the file goes through Maps: `extends: [hasOwnProperty]` must be an unknown role, not a function.
    const specs = new Map(Object.entries(policy.roles));
    const roles = [...specs.keys()];
    for (const [name, role] of specs) {
        (role.extends ?? []).forEach((parent, index) => {
            if (!specs.has(parent))
                problems.push({ message: `role "${name}" extends unknown role "${parent}"`, location: at(`/roles/${name}/extends/${index}`), hint: `known roles: ${roles.join(', ')}` });
        });
    }
    (policy.subjects ?? []).forEach((subject, index) => {
        if (!specs.has(subject.role))
            problems.push({ message: `subject binds unknown role "${subject.role}"`, location: at(`/subjects/${index}/role`), hint: `known roles: ${roles.join(', ')}` });
    });
    const windowsAt = [
        ...[...specs].flatMap(([name, role]) => (role.grants ?? []).map((grant, index) => [`/roles/${name}/grants/${index}/windows`, grant.windows])),
        ...(policy.deny ?? []).map((rule, index) => [`/deny/${index}/windows`, rule.windows]),
    ];
    for (const [pointer, windows] of windowsAt) {
        (windows ?? []).forEach((window, index) => {
            if (window.timezone && !isValidTimezone(window.timezone))
                problems.push({ message: `unknown time zone "${window.timezone}"`, location: at(`${pointer}/${index}/timezone`), hint: 'use an IANA zone such as Europe/Berlin or UTC' });
        });
    }
    const cycle = findCycle(specs);
    if (cycle)
        problems.push({ message: `role inheritance has a cycle: ${cycle.join(' → ')}`, location: at(`/roles/${cycle[0]}/extends`), hint: 'remove one of the `extends` links' });
    if (problems.length > 0)
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file, count: problems.length }, { details: problems, location: problems[0].location });
    const ancestry = new Map(roles.map((role) => [role, ancestorsOf(specs, role)]));
    const own = new Map(roles.map((role) => [
        role,
        (specs.get(role).grants ?? []).map((grant, index) => ({
            declaredIn: role,
            index: index + 1,
            grant,
            commands: nameMatcher(grant.commands),
            environments: grant.environments ? nameMatcher(grant.environments) : undefined,
            refs: grant.refs ? nameMatcher(grant.refs) : undefined,
        })),
    ]));
    const grants = new Map(roles.map((role) => [role, [role, ...ancestry.get(role)].flatMap((name) => own.get(name))]));
    const granting = new Map();
    const byRoleAndCommand = new Map();
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
                found = roles.filter((role) => grants.get(role).some((grant) => grant.commands(command)));
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
function ancestorsOf(specs, role) {
    const seen = [];
    const queue = (specs.get(role)?.extends ?? []).slice();
    while (queue.length > 0) {
        const next = queue.shift();
        if (next === role || seen.includes(next))
            continue;
        seen.push(next);
        for (const parent of specs.get(next)?.extends ?? [])
            queue.push(parent);
    }
    return seen;
}
/** A cycle in `extends`, as the path that closes it (a → b → a), or undefined. */
function findCycle(specs) {
    const state = new Map();
    const path = [];
    const visit = (role) => {
        if (state.get(role) === 'done')
            return undefined;
        if (state.get(role) === 'visiting')
            return [...path.slice(path.indexOf(role)), role];
        state.set(role, 'visiting');
        path.push(role);
        for (const parent of specs.get(role)?.extends ?? []) {
            if (!specs.has(parent))
                continue;
            const cycle = visit(parent);
            if (cycle)
                return cycle;
        }
        path.pop();
        state.set(role, 'done');
        return undefined;
    };
    for (const role of specs.keys()) {
        const cycle = visit(role);
        if (cycle)
            return cycle;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/rbac-guard/src/role-holders.ts





/**
 * Who holds a role under the rbac-guard policy, asked of the API the way
 * rbac-guard asks it (user and app bindings, team membership, repository
 * role). Waiver approvals use it (packages/core/src/waivers): one definition
 * of the organisation's roles. A role is held directly, or through a role
 * that extends it (which has all its grants).
 */
async function roleCheck(api, repository, workspace, policyPath, role, 
/** The policy as another commit has it (a pull request's base), read elsewhere; without it, the workspace's file. */
fromCommit) {
    const display = fromCommit?.display ?? policyPath;
    const loaded = fromCommit ? await (0,load_file.parseConfigDocument)(fromCommit.text, schemas/* CONFIG_KINDS */.j.rbac, display) : await (0,load_file/* loadConfigFile */.HT)((0,external_node_path_.resolve)(workspace, policyPath), schemas/* CONFIG_KINDS */.j.rbac, policyPath);
    const policy = compilePolicy(loaded.value, display, loaded.positions);
    if (!policy.policy.roles[role]) {
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: display, count: 1 }, {
            details: [{ message: `the waiver policy's approving role "${role}" is not a role of ${display}`, location: { file: display } }],
            hint: `Known roles: ${Object.keys(policy.policy.roles).join(', ')}. Fix policy.approval.role in the waiver file, or add the role.`,
        });
    }
    const satisfying = new Set([role, ...[...policy.ancestry].filter(([, ancestors]) => ancestors.includes(role)).map(([name]) => name)]);
    const bindings = policy.subjects.filter((binding) => satisfying.has(binding.role));
    const teams = teamsFor(policy, satisfying);
    const needsPermission = bindings.some((binding) => binding.permissions?.length);
    return async (login) => {
        const bot = isBotLogin(login);
        const actor = await actorFromApi(api, { ...repository, login, permission: needsPermission && !bot, teams: bot ? [] : teams });
        const held = rolesOf(policy, actor).find((entry) => satisfying.has(entry.role));
        return held ? `${held.via} holds ${held.role}` : undefined;
    };
}


/***/ })

};
