export const id = 66;
export const ids = [66];
export const modules = {

/***/ 66066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkApprovals: () => (/* binding */ checkApprovals)
});

// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/github/connect.ts + 1 modules
var connect = __webpack_require__(82964);
// EXTERNAL MODULE: ./packages/core/src/waivers/policy/file-at-commit.ts
var file_at_commit = __webpack_require__(31470);
// EXTERNAL MODULE: ./packages/core/src/github/api-client.ts + 1 modules
var api_client = __webpack_require__(69539);
;// CONCATENATED MODULE: ./packages/core/src/waivers/approvals/list-pages.ts


/** Pages read at most (100 items each); a longer list is not decided from its first part. */
const MAX_PAGES = 20;
/**
 * Every item of a GitHub list, page by page (`per_page=100&page=N`, which
 * GitHub's list endpoints take) until a page comes back short. A list longer
 * than MAX_PAGES pages, or a page that is not a list, is an infrastructure
 * error (exit 3): an approval is never decided from part of a list.
 */
async function listAll(api, route, params, what) {
    const items = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const data = (0,api_client/* requireAnswer */.qt)(await api.get(route, { ...params, per_page: 100, page }), what);
        if (!Array.isArray(data))
            throw new gates_error/* GatesError */.xx('GATES_E_API_UNAVAILABLE', { route: (0,api_client/* describeRoute */.fx)(route, params), attempts: 1, reason: `page ${page} is not a list` });
        for (const item of data)
            items.push(item);
        if (data.length < 100)
            return items;
    }
    throw new gates_error/* GatesError */.xx('GATES_E_API_UNAVAILABLE', { route: (0,api_client/* describeRoute */.fx)(route, params), attempts: 1, reason: `more than ${MAX_PAGES} pages of ${what}; gates does not decide from part of a list` });
}

// EXTERNAL MODULE: ./packages/core/src/github/contents-route.ts
var contents_route = __webpack_require__(94063);
;// CONCATENATED MODULE: ./packages/core/src/waivers/approvals/waiver-history.ts



/** The same waiver however its keys were ordered: sorted keys, JSON. */
function canonicalWaiver(entry) {
    return JSON.stringify(entry, (_key, value) => value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value);
}
/**
 * The history of the waiver file up to `sha`, newest first, each version's
 * waivers read through the API (a shallow checkout has no history to ask).
 */
async function waiverHistory(api, repository, path, sha) {
    const commits = await listAll(api, 'GET /repos/{owner}/{repo}/commits', { ...repository, sha, path }, `commits that changed ${path}`);
    const { parseConfigText } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(434)]).then(__webpack_require__.bind(__webpack_require__, 13434));
    const versions = [];
    for (const commit of commits) {
        if (typeof commit.sha !== 'string')
            continue;
        const content = (0,api_client/* answerOrAbsent */.rY)(await api.get((0,contents_route/* contentsRoute */.I)(path), { ...repository, ref: commit.sha }), `${path} at ${commit.sha}`);
        const entries = new Map();
        if (content && typeof content.content === 'string' && content.encoding === 'base64') {
            try {
                const parsed = parseConfigText(Buffer.from(content.content, 'base64').toString('utf8'), path).value;
                for (const entry of Array.isArray(parsed.waivers) ? parsed.waivers : []) {
                    const id = entry?.id;
                    if (typeof id === 'string')
                        entries.set(id, canonicalWaiver(entry));
                }
            }
            catch {
                // A version that does not parse holds no waiver: the next one that does is where a waiver came in.
            }
        }
        versions.push({ sha: commit.sha, entries });
    }
    return versions;
}
/**
 * The commit that added or last changed `waiver` as it reads now: the oldest
 * of the newest run of versions that hold it unchanged. Undefined when the
 * newest committed version differs (the waiver is not committed as it is).
 */
function introducingCommit(history, waiver) {
    const current = canonicalWaiver(waiver);
    let found;
    for (const version of history) {
        if (version.entries.get(waiver.id) !== current)
            break;
        found = version.sha;
    }
    return found;
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/approvals/check-approvals.ts





/**
 * Whether each waiver was approved by someone holding the policy's role: the
 * commit that added or last changed it came through a pull request whose
 * head commit a holder of the role approved (their latest review, not the
 * author's). An approval of an earlier head does not count: the approver may
 * not have seen the waiver. If the waiver names approvers, the approving
 * reviewer must be one of them. API failures throw (exit 3).
 */
async function checkApprovals(set, waivers, options) {
    const approval = set.policy.approval;
    const [owner = '', repo = ''] = (options.env.GITHUB_REPOSITORY ?? '').split('/');
    const sha = options.env.GITHUB_SHA ?? '';
    const repository = { owner, repo };
    const verdicts = new Map();
    if (!owner || !repo || !sha) {
        for (const waiver of waivers)
            verdicts.set(waiver.id, { approved: false, reason: 'its approval cannot be checked outside a GitHub run (no GITHUB_REPOSITORY or GITHUB_SHA)' });
        return verdicts;
    }
    const api = options.base?.api ?? (await (0,connect.connectGitHub)(options.token, options.env, options.runner, { timeoutMs: options.timeoutMs }));
    const { roleCheck } = await __webpack_require__.e(/* import() */ 230).then(__webpack_require__.bind(__webpack_require__, 68230));
    const rbacText = options.base ? await baseRbacPolicy(options.base, approval.rbacPolicy) : undefined;
    const holds = await roleCheck(api, repository, options.workspace, approval.rbacPolicy, approval.role, rbacText);
    const history = await waiverHistory(api, repository, set.file, sha);
    for (const waiver of waivers)
        verdicts.set(waiver.id, await verdictFor(api, repository, waiver, introducingCommit(history, waiver), approval.role, holds));
    return verdicts;
}
/** The rbac policy the base's waiver policy names, as the base commit has it; a base without it is a config error there (exit 2). */
async function baseRbacPolicy(base, path) {
    const display = `${path} at ${base.sha.slice(0, 7)}`;
    const inside = (0,file_at_commit/* repositoryPath */.SH)(path);
    const text = inside === undefined ? undefined : await (0,file_at_commit/* fileAtCommit */.fw)(base.api, base.repository, inside, base.sha);
    if (text === undefined) {
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_NOT_FOUND', { file: display }, { hint: "The base branch's waiver policy names it in policy.approval.rbac-policy; commit it there (a pull request's own copy does not count until merged)." });
    }
    return { text, display };
}
async function verdictFor(api, repository, waiver, commit, role, holds) {
    if (!commit)
        return { approved: false, reason: 'it is not committed as it reads now, so no pull request approved it' };
    const short = commit.slice(0, 7);
    const pulls = await listAll(api, 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...repository, commit_sha: commit }, `pull requests of commit ${short}`);
    if (pulls.length === 0)
        return { approved: false, reason: `commit ${short}, which added or last changed it, came through no pull request` };
    const seen = [];
    for (const pull of pulls) {
        const author = pull.user?.login?.toLowerCase();
        const reviews = await listAll(api, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...repository, pull_number: pull.number }, `reviews of pull request #${pull.number}`);
        const latest = new Map();
        for (const review of reviews) {
            const login = review.user?.login;
            if (!login || review.state === 'COMMENTED' || login.toLowerCase() === author)
                continue;
            latest.set(login, review);
        }
        for (const [login, review] of latest) {
            if (review.state !== 'APPROVED')
                continue;
            seen.push(`${login} on #${pull.number}`);
            if (!review.commit_id || review.commit_id !== pull.head?.sha)
                continue;
            if (!waiver.approvers.some((name) => name.toLowerCase() === login.toLowerCase()))
                continue;
            const via = await holds(login);
            if (via)
                return { approved: true, by: [login], via: `by ${login} (${via}) on pull request #${pull.number}` };
        }
    }
    const numbers = pulls.map((pull) => `#${pull.number}`).join(', ');
    return {
        approved: false,
        reason: `pull request ${numbers} has no approval of its head commit by one of its approvers (${waiver.approvers.join(', ')}) holding role ${role}` + (seen.length ? ` (approved by ${seen.join(', ')})` : ''),
    };
}


/***/ })

};
