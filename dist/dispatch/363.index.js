export const id = 363;
export const ids = [363,964];
export const modules = {

/***/ 97363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkOnline: () => (/* binding */ checkOnline)
});

// EXTERNAL MODULE: ./packages/core/src/github/connect.ts + 1 modules
var connect = __webpack_require__(82964);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./actions/pin-check/src/uses-reference.ts
var uses_reference = __webpack_require__(20228);
// EXTERNAL MODULE: ./actions/pin-check/src/version-comment.ts
var version_comment = __webpack_require__(80946);
// EXTERNAL MODULE: ./actions/pin-check/src/online/online-facts.ts
var online_facts = __webpack_require__(7551);
// EXTERNAL MODULE: ./packages/core/src/github/api-client.ts + 1 modules
var api_client = __webpack_require__(69539);
// EXTERNAL MODULE: ./packages/core/src/github/paginate.ts
var paginate = __webpack_require__(43328);
// EXTERNAL MODULE: ./packages/core/src/github/contents-route.ts
var contents_route = __webpack_require__(94063);
// EXTERNAL MODULE: ./actions/pin-check/src/online/action-runtime.ts
var action_runtime = __webpack_require__(35029);
;// CONCATENATED MODULE: ./actions/pin-check/src/online/api-answers.ts

/**
 * Checks on the values pin-check takes from API answers before they become
 * facts and, through fix mode, text in the user's workflow files: a commit
 * or tag object id must be a full 40-hex SHA, a tag name one git could have
 * created. An answer that breaks either is not what GitHub sends (exit 3, or
 * the reference's error under `online: optional`), never an edit.
 */
function objectSha(value, what) {
    if (typeof value === 'string' && /^[0-9a-f]{40}$/.test(value))
        return value;
    throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: what, reason: `the object id ${describe(value)} is not a 40-hex SHA` });
}
/** git check-ref-format forbids control characters, space, ~ ^ : ? * [ \ and "..". */
function tagName(value, what) {
    if (typeof value === 'string' && value.length > 0 && value.length <= 255 && !/[\u0000-\u0020\u007f~^:?*[\\]|\.\./.test(value))
        return value;
    throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: what, reason: `the tag name ${describe(value)} is not one git allows` });
}
function describe(value) {
    return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/online/resolve-ref.ts



const MAX_TAG_NESTING = 5;
/** Tag lists read at most 10 pages of 100: the newest 1000 tags (GitHub lists them newest first). */
const TAG_PAGES = { maxPages: 10, beyond: 'truncate' };
/** Follows a tag object (annotated tag) to the commit it names; tags can point at tags. */
async function peelTag(api, { owner, repo }, tagObjectSha) {
    let sha = tagObjectSha;
    for (let depth = 0; depth < MAX_TAG_NESTING; depth++) {
        const tag = (0,api_client/* answerOrAbsent */.rY)(await api.get('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner, repo, tag_sha: sha }), `tag object ${sha}`);
        if (!tag)
            return undefined;
        if (tag.object?.type === 'commit')
            return objectSha(tag.object.sha, `tag object ${sha}`);
        sha = objectSha(tag.object?.sha, `tag object ${sha}`);
    }
    return undefined;
}
async function commitOfRef(api, repository, ref) {
    return ref.object?.type === 'tag' ? peelTag(api, repository, objectSha(ref.object.sha, ref.ref)) : objectSha(ref.object?.sha, ref.ref);
}
/** A tag's commit (annotated tags peeled), or undefined when there is no such tag. */
async function resolveTag(api, repository, tag) {
    const ref = (0,api_client/* answerOrAbsent */.rY)(await api.get('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repository, ref: `tags/${tag}` }), `tag ${tag}`);
    if (!ref)
        return undefined;
    const commit = await commitOfRef(api, repository, ref);
    return commit ? { commit, via: ref.object.type === 'tag' ? 'annotated-tag' : 'tag' } : undefined;
}
/** What `uses: owner/repo@ref` runs today: a tag wins over a branch, as the runner resolves it. */
async function resolveRef(api, repository, ref) {
    const tag = await resolveTag(api, repository, ref);
    if (tag)
        return tag;
    const branch = await branchHead(api, repository, ref);
    if (branch)
        return { commit: branch, via: 'branch' };
    if (!/^[0-9a-f]{7,40}$/.test(ref))
        return undefined;
    const commit = (0,api_client/* answerOrAbsent */.rY)(await api.get('GET /repos/{owner}/{repo}/commits/{ref}', { ...repository, ref }), `commit ${ref}`);
    return commit ? { commit: objectSha(commit.sha, `commit ${ref}`), via: 'commit' } : undefined;
}
/** Tags whose name is `prefix` or starts with it, with their commits (for the version comment). */
async function tagsMatching(api, repository, prefix) {
    const refs = (0,api_client/* answerOrAbsent */.rY)(await (0,paginate/* getAllPages */.A)(api, 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...repository, ref: `tags/${prefix}` }, TAG_PAGES), `tags ${prefix}*`) ?? [];
    const tags = [];
    for (const ref of refs) {
        const name = tagName(ref.ref.replace(/^refs\/tags\//, ''), `tags ${prefix}*`);
        if (name !== prefix && !name.startsWith(`${prefix}.`))
            continue;
        const commit = await commitOfRef(api, repository, ref);
        if (commit)
            tags.push({ name, commit });
    }
    return tags;
}
/** The newest 100 tags with their commits (GitHub lists tags newest first). */
async function recentTags(api, repository) {
    return (await tagPage(api, repository, 1)) ?? [];
}
/** Every tag with its commit, page by page; `complete` is false when the repository has more than TAG_PAGES.maxPages pages. */
async function allTags(api, repository) {
    const tags = [];
    for (let page = 1; page <= TAG_PAGES.maxPages; page++) {
        const items = (await tagPage(api, repository, page)) ?? [];
        for (const item of items)
            tags.push(item);
        if (items.length < 100)
            return { tags, complete: true };
    }
    return { tags, complete: false };
}
/** One page of 100 tags; every name and commit checked for the form GitHub gives them. */
async function tagPage(api, repository, page) {
    const tags = (0,api_client/* answerOrAbsent */.rY)(await api.get('GET /repos/{owner}/{repo}/tags', { ...repository, per_page: 100, page }), 'tags');
    if (tags !== undefined && !Array.isArray(tags))
        throw new gates_error/* GatesError */.xx('GATES_E_API_MALFORMED', { route: `GET /repos/${repository.owner}/${repository.repo}/tags`, reason: `page ${page} is not a list` });
    return tags?.map((tag) => ({ name: tagName(tag.name, 'tags'), commit: objectSha(tag.commit?.sha, `tag ${tag.name}`) }));
}
/** The head commit of branch `name`, or undefined when there is no such branch. */
async function branchHead(api, repository, name) {
    const branch = (0,api_client/* answerOrAbsent */.rY)(await api.get('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repository, ref: `heads/${name}` }), `branch ${name}`);
    return branch ? objectSha(branch.object?.sha, `branch ${name}`) : undefined;
}
const BRANCHES_COMPARED = 10;
/**
 * Whether `sha` is in the history of the default branch or up to ten other
 * branches. A commit pushed to a fork is served under the parent's name too
 * (the fork network shares objects), so existence proves nothing: only
 * reachability does. (Tags are checked first by the caller.)
 */
async function isOnBranch(api, repository, sha) {
    const info = (0,api_client/* answerOrAbsent */.rY)(await api.get('GET /repos/{owner}/{repo}', repository), 'repository');
    if (!info)
        return undefined;
    const onBranch = async (branch) => {
        const comparison = (0,api_client/* answerOrAbsent */.rY)(await api.get('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repository, basehead: `${branch}...${sha}` }), `compare ${branch}`);
        return comparison?.status === 'behind' || comparison?.status === 'identical';
    };
    if (await onBranch(info.default_branch))
        return true;
    // One page is enough: at most BRANCHES_COMPARED are compared, and a commit found on none is reported, never passed.
    const branches = (0,api_client/* answerOrAbsent */.rY)(await api.get('GET /repos/{owner}/{repo}/branches', { ...repository, per_page: 100 }), 'branches') ?? [];
    for (const branch of branches.filter((candidate) => candidate.name !== info.default_branch).slice(0, BRANCHES_COMPARED)) {
        if (await onBranch(branch.name))
            return true;
    }
    return false;
}
/** `runs.using` of the action at `commit`; undefined for reusable workflows and Docker-only repos. */
async function runtimeAt(api, repository, path, commit) {
    if (path.includes('.github/workflows/'))
        return undefined;
    for (const file of ['action.yml', 'action.yaml']) {
        // The path goes into the route with literal slashes: as an Octokit {path} parameter they would be sent as %2F (contentsRoute).
        const content = (0,api_client/* answerOrAbsent */.rY)(await api.get((0,contents_route/* contentsRoute */.I)(path ? `${path}/${file}` : file), { ...repository, ref: commit }), file);
        if (content?.content !== undefined)
            return (0,action_runtime/* actionRuntime */.h)(Buffer.from(content.content, 'base64').toString('utf8'));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/online/collect-online.ts





const CONCURRENCY = 6;
/**
 * Asks the GitHub API about every distinct remote `uses:` in the facts: what
 * each tag or branch resolves to (for fix mode), whether SHA pins are on a
 * branch or tag and match their version comment, and which runtime each
 * action declares. A failed lookup is recorded on its reference (the rules
 * and the policy decide what it means); only bugs throw.
 */
async function collectOnlineFacts(facts, api, failFast) {
    const online = { references: new Map(), tags: new Map(), commentBranches: new Map(), calls: 0 };
    const comments = new Map();
    for (const workflow of facts.workflows) {
        for (const uses of workflow.uses) {
            const { reference } = uses;
            if (reference.kind !== 'remote')
                continue;
            const key = (0,online_facts/* referenceKey */.Db)(reference.owner, reference.repo, reference.path, reference.ref);
            if (!online.references.has(key))
                online.references.set(key, { owner: reference.owner, repo: reference.repo, path: reference.path, ref: reference.ref });
            const tag = (0,version_comment/* versionInComment */.X)(uses.comment)?.tag;
            if (tag && reference.refKind === 'sha')
                comments.set(key, (comments.get(key) ?? new Set()).add(tag));
        }
    }
    const jobs = [...online.references.entries()].map(([key, reference]) => () => examine(api, reference, [...(comments.get(key) ?? [])], online, failFast));
    await runPool(jobs, CONCURRENCY);
    online.calls = api.calls;
    online.stopped = api.stopped;
    if (api.rateLimit)
        online.rateLimit = { limit: api.rateLimit.limit, remaining: api.rateLimit.remaining };
    return online;
}
async function examine(api, reference, commentTags, online, failFast) {
    const repository = { owner: reference.owner, repo: reference.repo };
    try {
        if ((0,uses_reference/* classifyRef */.qW)(reference.ref) === 'sha') {
            const exists = await resolveRef(api, repository, reference.ref);
            if (!exists) {
                reference.missing = true;
                return;
            }
            reference.commit = reference.ref;
            reference.resolvedVia = 'commit';
            await examineSha(api, reference, commentTags, online);
        }
        else {
            const resolution = await resolveRef(api, repository, reference.ref);
            if (!resolution) {
                reference.missing = true;
                return;
            }
            reference.commit = resolution.commit;
            reference.resolvedVia = resolution.via;
            // The runner prefers the tag; a branch of the same name is what ref-confusion reports.
            if (resolution.via === 'tag' || resolution.via === 'annotated-tag')
                reference.alsoBranch = (await branchHead(api, repository, reference.ref)) !== undefined;
            const candidates = resolution.via === 'branch' || resolution.via === 'commit' ? await recentTags(api, repository) : await tagsMatching(api, repository, reference.ref);
            // semver loads only here: an offline run, or one with only SHA pins, never needs it.
            const { mostSpecificTag } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 7426));
            reference.bestTag = mostSpecificTag(reference.ref, candidates, resolution.commit) ?? (resolution.via === 'commit' ? undefined : reference.ref);
        }
        reference.runtime = await runtimeAt(api, repository, reference.path, reference.commit);
    }
    catch (thrown) {
        // `online: required` fails closed on the first failed lookup; `optional` records it as a finding.
        if (failFast || !(thrown instanceof gates_error/* GatesError */.xx))
            throw thrown;
        reference.error = { code: thrown.code, message: thrown.message };
    }
}
/**
 * A SHA pin: the tags its comments name (or the branches, when no such tag
 * exists), the tags at the commit (stale-action-refs, the comment fix mode
 * writes), and whether a branch or tag of the repository contains it.
 */
async function examineSha(api, reference, commentTags, online) {
    const repository = { owner: reference.owner, repo: reference.repo };
    const sha = reference.ref;
    for (const tag of commentTags) {
        const key = (0,online_facts/* tagKey */.E4)(reference.owner, reference.repo, tag);
        const resolution = await resolveTag(api, repository, tag);
        online.tags.set(key, resolution?.commit ?? null);
        const branch = resolution ? undefined : await branchHead(api, repository, tag);
        if (branch)
            online.commentBranches.set(key, branch);
    }
    const { tags, complete } = await allTags(api, repository);
    reference.tagsAtCommit = tags.filter((tag) => tag.commit === sha).map((tag) => tag.name);
    const taggedByComment = commentTags.some((tag) => online.tags.get((0,online_facts/* tagKey */.E4)(reference.owner, reference.repo, tag)) === sha);
    reference.tagged = reference.tagsAtCommit.length > 0 || taggedByComment ? true : complete ? false : undefined;
    reference.reachable = reference.tagged === true || (await isOnBranch(api, repository, sha));
    if (reference.tagsAtCommit.length > 0) {
        const { mostSpecificTag } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 7426));
        reference.bestTag = mostSpecificTag(commentTags[0] ?? '', tags, sha);
    }
}
async function runPool(jobs, width) {
    let next = 0;
    const worker = async () => {
        while (next < jobs.length)
            await jobs[next++]();
    };
    await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/online/check-online.ts


/** The online stage once a token is given: the API client connected, then every reference looked up. */
async function checkOnline(facts, policy, options) {
    const api = await (0,connect.connectGitHub)(options.token, options.env, options.runner, { timeoutMs: options.timeoutMs, budgetMs: options.budgetMs });
    return options.runner.group('pin-check: checking references with the GitHub API', () => collectOnlineFacts(facts, api, policy.online === 'required'));
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
