export const id = 433;
export const ids = [433];
export const modules = {

/***/ 25433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyWaiverFile: () => (/* binding */ applyWaiverFile)
});

// EXTERNAL MODULE: ./packages/core/src/report/annotations.ts + 1 modules
var annotations = __webpack_require__(68612);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/waivers/match-waiver.ts
var match_waiver = __webpack_require__(13879);
// EXTERNAL MODULE: ./packages/core/src/waivers/waiver-time.ts
var waiver_time = __webpack_require__(45945);
;// CONCATENATED MODULE: ./packages/core/src/waivers/apply-waivers.ts


/** Waivers of this gate that pass the policy, have not expired and match a finding no rule forbids waiving: the only ones whose approval is worth an API call. */
function waiversToApprove(set, gate, findings, now) {
    const unwaivable = (0,match_waiver/* unwaivableMatcher */.HB)(set.policy.unwaivable);
    return candidates(set, gate)
        .filter(({ waiver }) => !(0,match_waiver/* policyProblem */.Cj)(waiver, set.policy, now) && (0,waiver_time/* endInstant */.pN)(waiver.expires, set.policy.timezone) > now)
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
    const unwaivable = (0,match_waiver/* unwaivableMatcher */.HB)(set.policy.unwaivable);
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
        const problem = (0,match_waiver/* policyProblem */.Cj)(waiver, set.policy, now);
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
    return set.waivers.filter((waiver) => waiver.gate === gate).map(match_waiver/* compileWaiver */.qb);
}

// EXTERNAL MODULE: ./packages/core/src/waivers/policy/base-policy.ts + 3 modules
var base_policy = __webpack_require__(78661);
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
    const { set, base, note } = checkedOut.waivers.some((waiver) => waiver.gate === context.gate) ? await (0,base_policy/* resolvePolicy */.n)(checkedOut, context) : { set: checkedOut, base: undefined, note: undefined };
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


/***/ })

};
