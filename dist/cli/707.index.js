export const id = 707;
export const ids = [707];
export const modules = {

/***/ 30088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeReasons: () => (/* binding */ changeReasons),
/* harmony export */   renderFixSummary: () => (/* binding */ renderFixSummary)
/* harmony export */ });
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47920);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90335);

/** Biggest diff shown inline in the summary; the full patch is always in the patch file. */
const MAX_SUMMARY_PATCH_CHARS = 60_000;
/**
 * The fix section of the job summary: what changed (or would) with each
 * change's reason, and the diff. The diff is redacted before it is cut (a cut
 * secret no longer matches) and shown raw inside a code fence, where nothing
 * is Markdown. Pure.
 */
function renderFixSummary(result, mode, redactor) {
    const md = (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(redactor);
    const lines = [`### Fix mode (${mode})`, ''];
    const pins = [...result.fixed].filter((finding) => finding.ruleId === 'unpinned-uses').length;
    const comments = result.fixed.size - pins;
    const done = [`${mode === 'fix' ? 'Pinned' : 'Would pin'} ${pins} reference(s)`];
    if (comments > 0)
        done.push(`${mode === 'fix' ? 'corrected' : 'would correct'} ${comments} version comment(s)`);
    lines.push(result.files.length === 0 ? 'Nothing to rewrite.' : `${done.join(' and ')} in ${result.files.length} file(s).`);
    if (result.fixed.size > 0) {
        lines.push('');
        for (const reason of changeReasons(result))
            lines.push(`- ${md.text(reason)}`);
    }
    for (const skipped of result.skipped)
        lines.push(`- Left alone: ${md.code(skipped.file)} (${md.text(skipped.reason)})`);
    if (result.patch) {
        const patch = redactor.redact(result.patch);
        const shown = patch.length > MAX_SUMMARY_PATCH_CHARS ? `${patch.slice(0, MAX_SUMMARY_PATCH_CHARS)}\n… (truncated; see the patch file)\n` : patch;
        // A fence longer than any backtick run in the patch, so the diff cannot close it.
        const fence = '`'.repeat((0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .largest */ .n)([...shown.matchAll(/`+/g)].map((run) => run[0].length + 1), 3));
        lines.push('', '<details><summary>Diff</summary>', '', `${fence}diff`, shown.trimEnd(), fence, '', '</details>');
    }
    return lines.join('\n');
}
/** One line per change: where, and why (the fix's description), in file and line order. */
function changeReasons(result) {
    return [...result.fixed]
        .sort((a, b) => a.fix.file.localeCompare(b.fix.file) || (a.line ?? 0) - (b.line ?? 0))
        .map((finding) => `${finding.fix.file}:${finding.line ?? 1}: ${finding.fix.description} (${finding.ruleId})`);
}


/***/ })

};
