export const id = 42;
export const ids = [42];
export const modules = {

/***/ 477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ isBotLogin),
/* harmony export */   Gv: () => (/* binding */ actorFromApi)
/* harmony export */ });
/* unused harmony export TEAM_VISIBILITY_HINT */
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94062);

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
    const data = (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qtC)(result, what);
    const role = data && typeof data === 'object' ? data : {};
    const name = typeof role.role_name === 'string' && role.role_name ? role.role_name : role.permission;
    // An answer without a role is not "no role": nothing is decided from it.
    if (typeof name !== 'string' || !name)
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: what, reason: 'neither role_name nor permission is a string' });
    return name;
}
async function teamMembership(api, org, slug, login) {
    const result = await api.get('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login });
    if (result.ok) {
        const state = result.data?.state;
        if (state === 'active' || state === 'pending')
            return state;
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: `membership of ${login} in ${org}/${slug}`, reason: 'state is neither active nor pending' });
    }
    if (result.status !== 404)
        (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qtC)(result, `membership of ${login} in ${org}/${slug}`);
    // With the default GITHUB_TOKEN this is 404, not 403, even for members: probe whether the team is visible at all.
    const team = await api.get('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug });
    if (team.ok)
        return 'none';
    if (team.status === 404 || team.status === 403)
        return 'invisible';
    (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qtC)(team, `team ${org}/${slug}`);
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
    const result = await (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .getAllPages */ .A4j)(api, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: query.owner,
        repo: query.repo,
        pull_number: query.pullRequest,
    }, { maxPages: MAX_REVIEW_PAGES, beyond: 'fail' });
    const latest = new Map();
    for (const review of (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qtC)(result, what)) {
        if (!isReview(review))
            throw new _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: what, reason: 'a review without a state or a user object' });
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


/***/ }),

/***/ 90042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   factsFromCase: () => (/* binding */ factsFromCase)
/* harmony export */ });
/* harmony import */ var _facts_actor_from_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(477);

/** The facts the action would collect, from the case instead of the API and the ledger. Pure. */
function factsFromCase(testCase, now) {
    const verdicts = new Map();
    for (const gate of testCase.passed ?? [])
        verdicts.set(gate, 'pass');
    for (const gate of testCase.failed ?? [])
        verdicts.set(gate, 'fail');
    return {
        request: {
            command: testCase.command,
            environment: testCase.environment,
            event: testCase.event ?? 'push',
            ref: testCase.ref ?? 'refs/heads/main',
            sha: 'offline',
            actor: testCase.actor,
            triggeringActor: testCase.actor,
            fromFork: testCase.fork ?? false,
            pullRequest: testCase.approvals !== undefined ? 1 : undefined,
            now: testCase.now ? new Date(testCase.now) : now,
        },
        actor: {
            login: testCase.actor,
            isBot: (0,_facts_actor_from_api_js__WEBPACK_IMPORTED_MODULE_0__/* .isBotLogin */ .DU)(testCase.actor),
            permission: testCase.permission ?? 'none',
            teams: new Map((testCase.teams ?? []).map((team) => [team.toLowerCase(), 'active'])),
            unknownTeams: new Map(),
            approvals: testCase.approvals,
        },
        history: { verdicts },
    };
}


/***/ })

};
