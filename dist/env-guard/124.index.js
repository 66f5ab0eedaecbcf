export const id = 124;
export const ids = [124];
export const modules = {

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

/***/ 16124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyWaiverFile: () => (/* binding */ applyWaiverFile)
});

// EXTERNAL MODULE: ./packages/core/src/report/annotations.ts + 1 modules
var annotations = __webpack_require__(68612);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/findings/fingerprint.ts
var fingerprint = __webpack_require__(96448);
// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __webpack_require__(13483);
// EXTERNAL MODULE: ./packages/core/src/waivers/waiver-time.ts
var waiver_time = __webpack_require__(45945);
;// CONCATENATED MODULE: ./packages/core/src/waivers/match-waiver.ts



const GLOB = /[*?[\]{}!]/;
/**
 * A wildcard waiver covers findings nobody has looked at: a glob in any of
 * its fields, or a rule id with nothing narrowing it (no fingerprint, path or
 * package: every finding of that rule, everywhere, now and later).
 */
function isWildcard(waiver) {
    if ([waiver.rule, waiver.advisory, waiver.path, waiver.package].some((field) => field !== undefined && GLOB.test(field)))
        return true;
    return waiver.advisory === undefined && waiver.fingerprint === undefined && waiver.path === undefined && waiver.package === undefined;
}
/** Why a waiver breaks its policy whatever it matches (lifetime, wildcard, a creation date to come), or undefined. */
function policyProblem(waiver, policy, now) {
    const days = (0,waiver_time/* lifetimeDays */.$d)(waiver.created, waiver.expires, policy.timezone);
    // NaN passes every comparison below: a date the clock cannot read makes no waiver, rather than one that never ends.
    if (!Number.isFinite(days))
        return `its dates cannot be read as instants (created ${waiver.created}, expires ${waiver.expires})`;
    if (days > policy.maxLifetimeDays)
        return `its lifetime is ${formatDays(days)} days (created ${waiver.created}, expires ${waiver.expires}); the policy allows at most ${policy.maxLifetimeDays}`;
    if (!policy.allowWildcards && isWildcard(waiver))
        return 'it is a wildcard (a glob, or a rule with no fingerprint, path or package) and the policy does not allow wildcards';
    if ((0,waiver_time/* startInstant */.Ev)(waiver.created, policy.timezone) > now)
        return `it is created in the future (${waiver.created})`;
    return undefined;
}
function formatDays(days) {
    return Number.isInteger(days) ? String(days) : days.toFixed(2);
}
function compileWaiver(waiver) {
    const rule = waiver.rule === undefined ? undefined : GLOB.test(waiver.rule) ? (0,glob/* globMatcher */.f)([waiver.rule]) : (id) => id === waiver.rule;
    const path = waiver.path === undefined ? undefined : (0,glob/* globMatcher */.f)([(0,fingerprint/* normaliseLocation */.so)(waiver.path)]);
    const advisory = waiver.advisory?.toUpperCase();
    const advisoryMatch = advisory === undefined ? undefined : GLOB.test(advisory) ? (0,glob/* globMatcher */.f)([advisory]) : (id) => id === advisory;
    return {
        waiver,
        matches(finding) {
            if (rule && !rule(finding.ruleId))
                return false;
            if (advisoryMatch && ![finding.ruleId, ...(finding.advisories ?? [])].some((id) => advisoryMatch(id.toUpperCase())))
                return false;
            if (path && (!finding.file || !path((0,fingerprint/* normaliseLocation */.so)(finding.file))))
                return false;
            if (waiver.package !== undefined && !packageMatches(waiver.package, finding))
                return false;
            if (waiver.fingerprint !== undefined && (0,fingerprint/* fingerprintOf */.ax)(finding) !== waiver.fingerprint)
                return false;
            return true;
        },
    };
}
/** `lodash` matches every version; `lodash@4.17.15` that version only. */
function packageMatches(wanted, finding) {
    const found = finding.package;
    if (!found)
        return false;
    const at = wanted.lastIndexOf('@');
    if (at > 0)
        return `${found.name}@${found.version ?? ''}` === wanted;
    return GLOB.test(wanted) ? (0,glob/* globMatcher */.f)([wanted])(found.name) : found.name === wanted;
}
/** Findings no waiver may cover: their rule or an advisory matches the policy's unwaivable list. */
function unwaivableMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    const match = (0,glob/* globMatcher */.f)(patterns.map((pattern) => pattern.toUpperCase()));
    return (finding) => [finding.ruleId, ...(finding.advisories ?? [])].some((id) => match(id.toUpperCase()));
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/apply-waivers.ts


/** Waivers of this gate that pass the policy, have not expired and match a finding no rule forbids waiving: the only ones whose approval is worth an API call. */
function waiversToApprove(set, gate, findings, now) {
    const unwaivable = unwaivableMatcher(set.policy.unwaivable);
    return candidates(set, gate)
        .filter(({ waiver }) => !policyProblem(waiver, set.policy, now) && (0,waiver_time/* endInstant */.pN)(waiver.expires, set.policy.timezone) > now)
        .filter((compiled) => findings.some((finding) => !unwaivable(finding) && compiled.matches(finding)))
        .map(({ waiver }) => waiver);
}
/**
 * Applies the waivers of `gate` to its findings. Pure: the clock and the
 * approval verdicts come in. A waiver never hides a finding: a waived finding
 * stays in the list with `waived` set (who, why, until when). The first
 * applicable waiver in file order covers a finding. `approvals` is undefined
 * when the policy names no approving role.
 */
function applyWaivers(set, gate, findings, now, approvals) {
    const unwaivable = unwaivableMatcher(set.policy.unwaivable);
    const zone = set.policy.timezone;
    const result = [...findings];
    const waivedBy = new Array(findings.length);
    const statuses = [];
    for (const compiled of candidates(set, gate)) {
        const { waiver } = compiled;
        const status = { waiver, line: set.lines.get(waiver.id), state: 'stale', matched: 0, applied: 0, detail: '' };
        statuses.push(status);
        const matching = findings.flatMap((finding, index) => (compiled.matches(finding) ? [index] : []));
        status.matched = matching.length;
        const end = (0,waiver_time/* endInstant */.pN)(waiver.expires, zone);
        const expired = end <= now;
        const problem = policyProblem(waiver, set.policy, now);
        if (problem) {
            Object.assign(status, { state: 'rejected', detail: `not applied: ${problem}` });
            continue;
        }
        if (matching.length === 0) {
            status.detail = expired ? `matches no finding, and expired ${(0,waiver_time/* describeSpan */.uM)(now - end)} ago (${waiver.expires}); remove it` : 'matches no finding; remove it, or fix its rule, fingerprint, path or package';
            continue;
        }
        if (expired) {
            Object.assign(status, { state: 'expired', detail: `expired ${(0,waiver_time/* describeSpan */.uM)(now - end)} ago (${waiver.expires}); its ${matching.length} finding(s) count again` });
            continue;
        }
        const waivable = matching.filter((index) => !unwaivable(findings[index]));
        if (waivable.length === 0) {
            Object.assign(status, { state: 'unwaivable', detail: 'not applied: every finding it matches is on the policy\'s unwaivable list' });
            continue;
        }
        const approval = approvals?.get(waiver.id);
        if (approvals && !approval?.approved) {
            Object.assign(status, { state: 'unapproved', detail: `not applied: ${approval && !approval.approved ? approval.reason : 'its approval was not checked'}` });
            continue;
        }
        status.approvedBy = approval?.approved ? approval.by : waiver.approvers;
        for (const index of waivable) {
            if (waivedBy[index])
                continue;
            waivedBy[index] = waiver;
            result[index] = { ...findings[index], waived: { id: waiver.id, reason: waiver.reason, expires: waiver.expires, approvedBy: status.approvedBy, ticket: waiver.ticket } };
            status.applied++;
        }
        const soon = end - now <= set.policy.warnWithinDays * waiver_time/* DAY_MS */.sO;
        status.state = soon ? 'expiring' : 'applied';
        const unwaived = matching.length - waivable.length;
        status.detail =
            `waives ${status.applied} finding(s) until ${waiver.expires}` +
                (soon ? `, which is in ${(0,waiver_time/* describeSpan */.uM)(end - now)}: renew it or fix the findings` : '') +
                (unwaived ? `; ${unwaived} matched finding(s) are unwaivable` : '') +
                (approval?.approved ? `; approved ${approval.via}` : '');
    }
    return { findings: result, statuses };
}
function candidates(set, gate) {
    return set.waivers.filter((waiver) => waiver.gate === gate).map(compileWaiver);
}

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

// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
;// CONCATENATED MODULE: ./packages/core/src/waivers/waiver-summary.ts

const LABEL = {
    expired: '🔴 expired',
    rejected: '🔴 refused',
    unapproved: '🔴 not approved',
    unwaivable: '🔴 unwaivable',
    expiring: '🟠 expiring',
    stale: '🟠 stale',
    applied: '⚪ applied',
};
/** Problems first: what no longer protects, then what needs attention soon, then what applies. */
const ORDER = ['expired', 'rejected', 'unapproved', 'unwaivable', 'expiring', 'stale', 'applied'];
/**
 * The summary's waiver section: every waiver of this gate, its state, who approved it and until when, and
 * where the policy came from when it was not the checkout. Text from the file is escaped (it is the repository's, not ours).
 */
function renderWaiverSection(statuses, file, md, policyNote) {
    if (statuses.length === 0)
        return '';
    const sorted = [...statuses].sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
    const rows = sorted.map((status) => [
        md.code(status.waiver.id) + (status.line ? ` (line ${status.line})` : ''),
        LABEL[status.state],
        `${status.applied} of ${status.matched}`,
        md.text((status.approvedBy ?? status.waiver.approvers).join(', ')),
        md.text(status.waiver.expires),
        md.text(`${status.detail}. Reason: ${status.waiver.reason} (${status.waiver.ticket})`),
    ]);
    return ['### Waivers', '', `From ${md.code(file)}; see docs/waiver-policy.md.`, '', ...(policyNote ? [md.text(policyNote), ''] : []), (0,markdown/* table */.tp)(['Waiver', 'State', 'Waived', 'Approved by', 'Expires', 'Detail'], rows), ''].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/waivers/apply-waiver-file.ts





/** States that warn: each names the waiver, its line and why. */
const WARNS = new Set(['expired', 'expiring', 'stale', 'rejected', 'unapproved', 'unwaivable']);
/**
 * A waiver file that was found and read, applied to the gate's findings: the
 * approval of each waiver that would apply is checked, and each waiver that
 * expired, expires soon, matches nothing or breaks the policy becomes a
 * warning annotation on its line of the waiver file.
 */
async function applyWaiverFile(checkedOut, context) {
    // The policy matters only to this gate's waivers; without any, a pull request run makes no call for it.
    const { set, base, note } = checkedOut.waivers.some((waiver) => waiver.gate === context.gate) ? await resolvePolicy(checkedOut, context) : { set: checkedOut, base: undefined, note: undefined };
    const approvals = set.policy.approval ? await approvalsFor(set, waiversToApprove(set, context.gate, context.findings, context.now), context, base) : undefined;
    const outcome = applyWaivers(set, context.gate, context.findings, context.now, approvals);
    const counts = {};
    for (const status of outcome.statuses) {
        counts[status.state] = (counts[status.state] ?? 0) + 1;
        if (!WARNS.has(status.state))
            continue;
        const warning = { ruleId: `waiver-${status.state}`, severity: 'warning', message: `Waiver ${status.waiver.id} ${status.detail}.`, file: set.file, line: status.line };
        context.runner.annotation((0,annotations/* formatAnnotation */.tn)(warning), (0,annotations/* formatPlain */.WB)(warning));
    }
    return { findings: outcome.findings, statuses: outcome.statuses, section: renderWaiverSection(outcome.statuses, set.file, (0,untrusted_text/* markdownText */.p7)(context.redactor), note), counts };
}
/** Approval verdicts for the waivers that would apply; none is approved without a token to check it. */
async function approvalsFor(set, waivers, context, base) {
    const verdicts = new Map();
    if (waivers.length === 0)
        return verdicts;
    const token = context.inputs.string('token');
    if (!token) {
        for (const waiver of waivers)
            verdicts.set(waiver.id, { approved: false, reason: `its approval by role ${set.policy.approval.role} cannot be checked without a token (the action's \`token\` input)` });
        return verdicts;
    }
    // The API client, rbac-guard's role model and the YAML parser load only when a waiver needs approval.
    const { checkApprovals } = await __webpack_require__.e(/* import() */ 66).then(__webpack_require__.bind(__webpack_require__, 66066));
    return checkApprovals(set, waivers, { token, env: context.env, runner: context.runner, workspace: context.workspace, timeoutMs: context.inputs.duration('api-timeout', 10_000), base });
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
