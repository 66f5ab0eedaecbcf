export const id = 88;
export const ids = [88];
export const modules = {

/***/ 88:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderFixSummary: () => (/* binding */ renderFixSummary)
/* harmony export */ });
<<<<<<< HEAD
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7745);
=======
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5407);
>>>>>>> fsledger

/** Biggest diff shown inline in the summary; the full patch is always in the patch file. */
const MAX_SUMMARY_PATCH_CHARS = 60_000;
/**
 * The fix section of the job summary: what changed (or would), and the diff.
 * The diff is redacted before it is cut (a cut secret no longer matches) and
 * shown raw inside a code fence, where nothing is Markdown. Pure.
 */
function renderFixSummary(result, mode, redactor) {
    const md = (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(redactor);
    const verb = mode === 'fix' ? 'Pinned' : 'Would pin';
    const lines = [`### Fix mode (${mode})`, ''];
    lines.push(result.files.length === 0 ? 'Nothing to rewrite.' : `${verb} ${result.fixed.size} reference(s) in ${result.files.length} file(s).`);
    for (const skipped of result.skipped)
        lines.push(`- Left alone: ${md.code(skipped.file)} (${md.text(skipped.reason)})`);
    if (result.patch) {
        const patch = redactor.redact(result.patch);
        const shown = patch.length > MAX_SUMMARY_PATCH_CHARS ? `${patch.slice(0, MAX_SUMMARY_PATCH_CHARS)}\n… (truncated; see the patch file)\n` : patch;
        // A fence longer than any backtick run in the patch, so the diff cannot close it.
        const fence = '`'.repeat([...shown.matchAll(/`+/g)].reduce((longest, run) => Math.max(longest, run[0].length + 1), 3));
        lines.push('', '<details><summary>Diff</summary>', '', `${fence}diff`, shown.trimEnd(), fence, '', '</details>');
    }
    return lines.join('\n');
}


/***/ })

};
