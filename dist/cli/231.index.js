export const id = 231;
export const ids = [231];
export const modules = {

/***/ 2231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectOnlineFacts: () => (/* binding */ collectOnlineFacts)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 122 modules
var src = __webpack_require__(94062);
// EXTERNAL MODULE: ./actions/pin-check/src/uses-reference.ts
var uses_reference = __webpack_require__(20228);
// EXTERNAL MODULE: ./actions/pin-check/src/version-comment.ts
var version_comment = __webpack_require__(80946);
// EXTERNAL MODULE: ./actions/pin-check/src/online/online-facts.ts
var online_facts = __webpack_require__(7551);
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
    throw new src/* GatesError */.xx('GATES_E_API_MALFORMED', { route: what, reason: `the object id ${describe(value)} is not a 40-hex SHA` });
}
/** git check-ref-format forbids control characters, space, ~ ^ : ? * [ \ and "..". */
function tagName(value, what) {
    if (typeof value === 'string' && value.length > 0 && value.length <= 255 && !/[\u0000-\u0020\u007f~^:?*[\\]|\.\./.test(value))
        return value;
    throw new src/* GatesError */.xx('GATES_E_API_MALFORMED', { route: what, reason: `the tag name ${describe(value)} is not one git allows` });
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
        const tag = (0,src/* answerOrAbsent */.rYF)(await api.get('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner, repo, tag_sha: sha }), `tag object ${sha}`);
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
    const ref = (0,src/* answerOrAbsent */.rYF)(await api.get('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repository, ref: `tags/${tag}` }), `tag ${tag}`);
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
    const commit = (0,src/* answerOrAbsent */.rYF)(await api.get('GET /repos/{owner}/{repo}/commits/{ref}', { ...repository, ref }), `commit ${ref}`);
    return commit ? { commit: objectSha(commit.sha, `commit ${ref}`), via: 'commit' } : undefined;
}
/** Tags whose name is `prefix` or starts with it, with their commits (for the version comment). */
async function tagsMatching(api, repository, prefix) {
    const refs = (0,src/* answerOrAbsent */.rYF)(await (0,src/* getAllPages */.A4j)(api, 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...repository, ref: `tags/${prefix}` }, TAG_PAGES), `tags ${prefix}*`) ?? [];
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
    const tags = (0,src/* answerOrAbsent */.rYF)(await api.get('GET /repos/{owner}/{repo}/tags', { ...repository, per_page: 100, page }), 'tags');
    if (tags !== undefined && !Array.isArray(tags))
        throw new src/* GatesError */.xx('GATES_E_API_MALFORMED', { route: `GET /repos/${repository.owner}/${repository.repo}/tags`, reason: `page ${page} is not a list` });
    return tags?.map((tag) => ({ name: tagName(tag.name, 'tags'), commit: objectSha(tag.commit?.sha, `tag ${tag.name}`) }));
}
/** The head commit of branch `name`, or undefined when there is no such branch. */
async function branchHead(api, repository, name) {
    const branch = (0,src/* answerOrAbsent */.rYF)(await api.get('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repository, ref: `heads/${name}` }), `branch ${name}`);
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
    const info = (0,src/* answerOrAbsent */.rYF)(await api.get('GET /repos/{owner}/{repo}', repository), 'repository');
    if (!info)
        return undefined;
    const onBranch = async (branch) => {
        const comparison = (0,src/* answerOrAbsent */.rYF)(await api.get('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repository, basehead: `${branch}...${sha}` }), `compare ${branch}`);
        return comparison?.status === 'behind' || comparison?.status === 'identical';
    };
    if (await onBranch(info.default_branch))
        return true;
    // One page is enough: at most BRANCHES_COMPARED are compared, and a commit found on none is reported, never passed.
    const branches = (0,src/* answerOrAbsent */.rYF)(await api.get('GET /repos/{owner}/{repo}/branches', { ...repository, per_page: 100 }), 'branches') ?? [];
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
        const content = (0,src/* answerOrAbsent */.rYF)(await api.get((0,src/* contentsRoute */.IT0)(path ? `${path}/${file}` : file), { ...repository, ref: commit }), file);
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
        if (failFast || !(thrown instanceof src/* GatesError */.xx))
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


/***/ })

};
