export const id = 907;
export const ids = [907];
export const modules = {

/***/ 66907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changeReasons: () => (/* binding */ changeReasons),
  renderFixSummary: () => (/* binding */ renderFixSummary)
});

// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
;// CONCATENATED MODULE: ./packages/core/src/collections/largest.ts
/**
 * The largest of `values`, or `floor` when there is none larger. A loop, not
 * `Math.max(...values)`: spreading passes each value as an argument on the
 * stack, which overflows past ~100k values (scripts/lint-spread.mjs forbids it).
 */
function largest(values, floor) {
    let result = floor;
    for (const value of values)
        if (value > result)
            result = value;
    return result;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/fix/fix-summary.ts

/** Biggest diff shown inline in the summary; the full patch is always in the patch file. */
const MAX_SUMMARY_PATCH_CHARS = 60_000;
/**
 * The fix section of the job summary: what changed (or would) with each
 * change's reason, and the diff. The diff is redacted before it is cut (a cut
 * secret no longer matches) and shown raw inside a code fence, where nothing
 * is Markdown. Pure.
 */
function renderFixSummary(result, mode, redactor) {
    const md = (0,untrusted_text/* markdownText */.p7)(redactor);
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
        const fence = '`'.repeat(largest([...shown.matchAll(/`+/g)].map((run) => run[0].length + 1), 3));
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
