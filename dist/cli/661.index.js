export const id = 661;
export const ids = [661,964];
export const modules = {

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

/***/ 94063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ contentsRoute)
/* harmony export */ });
/**
 * The contents route with the path written into it, its slashes literal: as
 * an Octokit `{path}` parameter each slash is sent as %2F, which GitHub
 * answers with 404 for fine-grained tokens (octokit/octokit.js#2422), and a
 * 404 would read as "no such file" (no policy, no action.yml). Each segment is encoded,
 * so no character of a file name is taken for a template expression.
 */
function contentsRoute(path) {
    return `GET /repos/{owner}/{repo}/contents/${path.split('/').map(encodeURIComponent).join('/')}`;
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


/***/ }),

/***/ 78661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ resolvePolicy)
});

// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __webpack_require__(6748);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/github/api-timeout.ts
var api_timeout = __webpack_require__(26515);
// EXTERNAL MODULE: ./packages/core/src/github/connect.ts + 1 modules
var connect = __webpack_require__(82964);
// EXTERNAL MODULE: ./packages/core/src/github/event-origin.ts
var event_origin = __webpack_require__(80216);
// EXTERNAL MODULE: ./packages/core/src/waivers/waiver-time.ts
var waiver_time = __webpack_require__(45945);
// EXTERNAL MODULE: ./packages/core/src/waivers/waiver-model.ts
var waiver_model = __webpack_require__(6015);
// EXTERNAL MODULE: ./packages/core/src/waivers/load-waivers.ts
var load_waivers = __webpack_require__(71687);
// EXTERNAL MODULE: ./packages/core/src/waivers/policy/file-at-commit.ts
var file_at_commit = __webpack_require__(31470);
;// CONCATENATED MODULE: ./packages/core/src/waivers/policy/base-waivers-path.ts



/**
 * The waiver file path the base commit's gates config names (its `waivers`
 * key; the default path when the base has no config or the key is unset).
 * The checkout's `.github/gates.yml` is the pull request's own: were its
 * `waivers:` the path, a pull request could point it at a file the base does
 * not have and be judged by the defaults instead of the base's policy.
 * The base config is validated as a checkout's would be: invalid is a config
 * error naming it `<path> at <short sha>` (exit 2); API failures are exit 3.
 */
async function baseWaiversPath(api, repository, configPath, sha, unavailable) {
    const text = await (0,file_at_commit/* fileAtCommit */.fw)(api, repository, configPath, sha);
    if (text === undefined)
        return { path: load_waivers/* DEFAULT_WAIVERS_PATH */.C };
    const display = `${configPath} at ${sha.slice(0, 7)}`;
    const { parseConfigDocument } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 15805));
    const loaded = await parseConfigDocument(text, schemas/* CONFIG_KINDS */.j.gates, display);
    const named = loaded.value.waivers;
    if (typeof named !== 'string')
        return { path: load_waivers/* DEFAULT_WAIVERS_PATH */.C };
    const path = (0,file_at_commit/* repositoryPath */.SH)(named);
    // A path outside the repository has no version at any commit: nothing can say what the base's policy is.
    if (!path)
        throw unavailable(`${display} names the waiver file ${named}, which is outside the repository`);
    return { path, namedBy: display };
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/policy/policy-diff.ts
/** The policy keys as the waiver file spells them, in the order docs/waiver-policy.md lists them. */
const KEYS = [
    { key: 'max-lifetime-days', of: (policy) => policy.maxLifetimeDays },
    { key: 'warn-within-days', of: (policy) => policy.warnWithinDays },
    { key: 'timezone', of: (policy) => policy.timezone },
    { key: 'allow-wildcards', of: (policy) => policy.allowWildcards },
    { key: 'approval', of: (policy) => (policy.approval ? 'set' : 'unset') },
    { key: 'approval.role', of: (policy) => policy.approval?.role },
    { key: 'approval.rbac-policy', of: (policy) => policy.approval?.rbacPolicy },
    // A list compared as a set: reordering the same entries changes nothing.
    { key: 'unwaivable', of: (policy) => [...new Set(policy.unwaivable)].sort().join('\n') },
];
/**
 * The policy keys whose effective value (defaults filled in) differs between
 * the pull request's head and its base. Pure. Writing a default out, or
 * reordering `unwaivable`, is no change; adding or dropping `approval` shows
 * as `approval` (with the role and file it brings or takes away).
 */
function changedPolicyKeys(head, base) {
    return KEYS.filter(({ of }) => of(head) !== of(base)).map(({ key }) => key);
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/policy/policy-source.ts

/**
 * Events whose checkout (the default `actions/checkout` ref) is the pull
 * request's head or merge commit: code the pull request's author wrote.
 * `pull_request_target` checks out the base by default, but workflows that
 * build the head check that out too; reading the base costs one call.
 */
const BASE_POLICY_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/** A commit id as GitHub writes it: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * The policy source for this run, from GITHUB_EVENT_NAME and the event
 * payload. Pure. A pull request event whose payload has no usable base
 * commit fails closed (exit 3): the checkout's policy is never the fallback.
 */
function policySource(event, payload) {
    if (!event || !BASE_POLICY_EVENTS.has(event))
        return { from: 'checkout' };
    const sha = payload.pull_request?.base?.sha;
    if (typeof sha !== 'string' || !COMMIT_SHA.test(sha)) {
        throw new gates_error/* GatesError */.xx('GATES_E_WAIVER_POLICY_UNAVAILABLE', { event, reason: 'the event payload (GITHUB_EVENT_PATH) has no pull_request.base.sha naming the base commit' });
    }
    return { from: 'base', event, sha };
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/policy/base-policy.ts











/**
 * The policy a run judges waivers by. On a pull request event the checkout is
 * the pull request's own code, which may have relaxed `policy:` in the same
 * change as the waiver it needs: the policy is read from the base commit
 * instead (the waivers themselves still come from the checkout), from the
 * waiver file the base's own gates config names (baseWaiversPath). No base
 * file means the default policy. Anything that stops the base from being read ends
 * the run (exit 3): the checkout's policy is never the fallback. Other events
 * keep the checkout's policy.
 */
async function resolvePolicy(set, context) {
    const event = context.env.GITHUB_EVENT_NAME;
    // Only a pull request event needs the payload: other runs never read (or fail on) it here.
    if (!event || !BASE_POLICY_EVENTS.has(event))
        return { set };
    const source = policySource(event, (0,event_origin/* readEventPayload */.N5)(context.env));
    if (source.from === 'checkout')
        return { set };
    const unavailable = (reason) => new gates_error/* GatesError */.xx('GATES_E_WAIVER_POLICY_UNAVAILABLE', { event, reason });
    const configInput = context.inputs.path('config', schemas/* CONFIG_KINDS */.j.gates.defaultPath).path;
    const configPath = (0,file_at_commit/* repositoryPath */.SH)(configInput);
    if (!configPath)
        throw unavailable(`the gates config ${configInput} (the \`config\` input) is outside the repository, so the base commit has no version of it to name its waiver file`);
    const token = context.inputs.string('token');
    if (!token)
        throw unavailable("the action has no token to read it with (its `token` input is empty)");
    const [owner = '', repo = ''] = (context.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw unavailable('GITHUB_REPOSITORY does not name the repository');
    const repository = { owner, repo };
    const api = await (0,connect.connectGitHub)(token, context.env, context.runner, { timeoutMs: context.inputs.duration('api-timeout', 10_000, api_timeout/* API_TIMEOUT_RANGE */.f) });
    const short = source.sha.slice(0, 7);
    // Only the file the base's own config names counts: the checkout's `waivers:` is the pull request's to change.
    const { path, namedBy } = await baseWaiversPath(api, repository, configPath, source.sha, unavailable);
    const text = await (0,file_at_commit/* fileAtCommit */.fw)(api, repository, path, source.sha);
    const policy = text === undefined ? (0,waiver_model/* effectivePolicy */.C)() : await parseBasePolicy(text, `${path} at ${short}`);
    const changed = changedPolicyKeys(set.policy, policy);
    const where = path === (0,file_at_commit/* repositoryPath */.SH)(set.file) ? '' : ` (its ${path}${namedBy ? `, named by its ${configPath}` : ''})`;
    const origin = text === undefined ? `the default policy (the base commit ${short} has no ${path})` : `the policy of the base commit ${short}${where}`;
    let note = `Waivers are judged by ${origin}, not by this pull request's checkout.`;
    if (changed.length > 0) {
        const change = `This pull request changes the waiver policy (${changed.join(', ')}); policy changes take effect once merged.`;
        context.runner.warning(`${change} This run judges its waivers by ${origin}.`);
        note += ` ${change}`;
    }
    return { set: { ...set, policy }, base: { api, repository, sha: source.sha }, note };
}
/** The base's waiver file, validated as a checkout's would be; only its policy is used. */
async function parseBasePolicy(text, display) {
    const { parseConfigDocument } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 15805));
    const loaded = await parseConfigDocument(text, schemas/* CONFIG_KINDS */.j.waivers, display);
    const policy = (0,waiver_model/* effectivePolicy */.C)(loaded.value.policy);
    if (!(0,waiver_time/* isValidTimeZone */.Aq)(policy.timezone)) {
        const line = loaded.positions.value.get('/policy/timezone')?.line;
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: display, count: 1 }, { details: [{ message: `unknown time zone "${policy.timezone}"`, location: { file: display, line }, hint: 'fix it on the base branch' }] });
    }
    return policy;
}


/***/ }),

/***/ 31470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SH: () => (/* binding */ repositoryPath),
/* harmony export */   fw: () => (/* binding */ fileAtCommit)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15170);
/* harmony import */ var _github_api_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69539);
/* harmony import */ var _config_load_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15805);
/* harmony import */ var _github_contents_route_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94063);






/** Base64 as the contents API writes it: the alphabet, `=` padding, lines wrapped with "\n". */
const BASE64 = /^[A-Za-z0-9+/=\s]*$/;
/**
 * The path of a config file inside the repository, as the contents API takes
 * it; undefined when it is not inside the workspace (an absolute path or one
 * that climbs out names no file of the base commit). Pure.
 */
function repositoryPath(display) {
    if (display.startsWith('/') || /^[A-Za-z]:[\\/]/.test(display))
        return undefined;
    const path = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(display.replace(/\\/g, '/'));
    if (path === '.' || path === '..' || path.startsWith('../') || path.startsWith('/'))
        return undefined;
    return path.replace(/^\.\//, '');
}
/**
 * A config file's text at a commit, through the contents API (the JSON form:
 * `type: file`, base64 `content`, which GitHub sends for files up to 1 MB).
 * Undefined when the commit has no such file (404). An answer of another shape
 * (a directory's listing, a symlink, no content, content that is not base64 or
 * not UTF-8) decides nothing: exit 3. API failures throw as the client's (exit 3).
 */
async function fileAtCommit(api, repository, path, sha) {
    const params = { ...repository, ref: sha };
    const route = (0,_github_api_client_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRoute */ .fx)((0,_github_contents_route_js__WEBPACK_IMPORTED_MODULE_2__/* .contentsRoute */ .I)(path), params);
    const data = (0,_github_api_client_js__WEBPACK_IMPORTED_MODULE_1__/* .answerOrAbsent */ .rY)(await api.get((0,_github_contents_route_js__WEBPACK_IMPORTED_MODULE_2__/* .contentsRoute */ .I)(path), params), `${path} at ${sha}`);
    if (data === undefined)
        return undefined;
    const malformed = (reason) => new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GatesError */ .xx('GATES_E_API_MALFORMED', { route, reason });
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw malformed(`${path} is not a file at ${sha.slice(0, 7)} (the answer is ${Array.isArray(data) ? "a directory's listing" : 'not an object'})`);
    const file = data;
    if (file.type !== 'file')
        throw malformed(`${path} is not a file at ${sha.slice(0, 7)} (type ${JSON.stringify(file.type)})`);
    const size = typeof file.size === 'number' ? file.size : undefined;
    // Over 1 MB GitHub sends `encoding: none` and no content; a config file that large is refused in a checkout too.
    if (size !== undefined && size > _config_load_file_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_CONFIG_BYTES */ .GW)
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GatesError */ .xx('GATES_E_CONFIG_TOO_LARGE', { file: `${path} at ${sha.slice(0, 7)}`, size, limit: _config_load_file_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_CONFIG_BYTES */ .GW });
    if (file.encoding !== 'base64' || typeof file.content !== 'string' || !BASE64.test(file.content))
        throw malformed(`${path} has no base64 content`);
    const bytes = Buffer.from(file.content, 'base64');
    if (size !== undefined && bytes.length !== size)
        throw malformed(`${path}'s content is ${bytes.length} bytes, its size says ${size}`);
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_3__/* .GatesError */ .xx('GATES_E_CONFIG_UNREADABLE', { file: `${path} at ${sha.slice(0, 7)}`, reason: 'it is not valid UTF-8' });
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}


/***/ })

};
