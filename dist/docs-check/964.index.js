export const id = 964;
export const ids = [964];
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
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
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


/***/ })

};
