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
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69539);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15170);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43328);

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
    const data = (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qt)(result, what);
    const role = data && typeof data === 'object' ? data : {};
    const name = typeof role.role_name === 'string' && role.role_name ? role.role_name : role.permission;
    // An answer without a role is not "no role": nothing is decided from it.
    if (typeof name !== 'string' || !name)
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: what, reason: 'neither role_name nor permission is a string' });
    return name;
}
async function teamMembership(api, org, slug, login) {
    const result = await api.get('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { org, team_slug: slug, username: login });
    if (result.ok) {
        const state = result.data?.state;
        if (state === 'active' || state === 'pending')
            return state;
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: `membership of ${login} in ${org}/${slug}`, reason: 'state is neither active nor pending' });
    }
    if (result.status !== 404)
        (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qt)(result, `membership of ${login} in ${org}/${slug}`);
    // With the default GITHUB_TOKEN this is 404, not 403, even for members: probe whether the team is visible at all.
    const team = await api.get('GET /orgs/{org}/teams/{team_slug}', { org, team_slug: slug });
    if (team.ok)
        return 'none';
    if (team.status === 404 || team.status === 403)
        return 'invisible';
    (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qt)(team, `team ${org}/${slug}`);
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
    const result = await (0,_gates_core__WEBPACK_IMPORTED_MODULE_2__/* .getAllPages */ .A)(api, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        owner: query.owner,
        repo: query.repo,
        pull_number: query.pullRequest,
    }, { maxPages: MAX_REVIEW_PAGES, beyond: 'fail' });
    const latest = new Map();
    for (const review of (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .requireAnswer */ .qt)(result, what)) {
        if (!isReview(review))
            throw new _gates_core__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: what, reason: 'a review without a state or a user object' });
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

/***/ 43328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ getAllPages)
/* harmony export */ });
/* unused harmony export nextLink */
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15170);
/* harmony import */ var _api_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69539);


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
    const label = (0,_api_client_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRoute */ .fx)(route, params);
    const pathParams = new Set([...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
    const items = [];
    const seen = new Set();
    let pageParams = { per_page: 100 };
    for (let page = 1;; page++) {
        const result = await api.get(route, { ...params, ...pageParams });
        if (!result.ok) {
            if (page === 1)
                return result;
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} answered ${result.status} (${result.message}) after page 1 succeeded` });
        }
        if (!Array.isArray(result.data))
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} is not a list` });
        for (const item of result.data)
            items.push(item);
        const nextUrl = nextLink(result.link);
        if (nextUrl === undefined)
            return { ok: true, status: 200, data: items };
        const next = pageQuery(nextUrl, pathParams);
        if (!next)
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: label, reason: `page ${page} links a next page gates cannot follow (${nextUrl.slice(0, 200)})` });
        const key = JSON.stringify(next);
        if (seen.has(key))
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: label, reason: `the next-page link repeats (${key}): pagination does not advance` });
        seen.add(key);
        if (page >= limits.maxPages) {
            if (limits.beyond === 'truncate')
                return { ok: true, status: 200, data: items };
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route: label, reason: `more than ${limits.maxPages} pages; gates does not decide from part of a list` });
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


/***/ })

};
