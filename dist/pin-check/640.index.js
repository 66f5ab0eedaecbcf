export const id = 640;
export const ids = [640];
export const modules = {

/***/ 35640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedLines: () => (/* binding */ changedLines),
/* harmony export */   inScope: () => (/* binding */ inScope),
/* harmony export */   parseChangedLines: () => (/* binding */ parseChangedLines)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15170);



const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * What changed in the checkout against `baseRef`, for `fix-scope: changed`:
 * the working tree against the merge base of the base and HEAD (as a pull
 * request's diff is), plus untracked files. Real git in the workspace; a ref
 * it cannot find is a usage error that says how to fetch it.
 */
async function changedLines(workspace, baseRef) {
    const git = async (...args) => (await run('git', ['-c', 'core.quotepath=off', ...args], { cwd: workspace, maxBuffer: 256 * 1024 * 1024 })).stdout;
    let base;
    for (const candidate of baseRef.includes('/') ? [baseRef] : [baseRef, `origin/${baseRef}`]) {
        base = await git('rev-parse', '--verify', '--quiet', `${candidate}^{commit}`).then((out) => out.trim(), () => undefined);
        if (base)
            break;
    }
    if (!base) {
        throw new _gates_core__WEBPACK_IMPORTED_MODULE_2__/* .GatesError */ .xx('GATES_E_INPUT_INVALID', { input: 'base-ref', value: baseRef, expected: 'a branch, tag or commit in the checkout (fetch it: actions/checkout with fetch-depth: 0)' });
    }
    const mergeBase = await git('merge-base', base, 'HEAD').then((out) => out.trim(), () => base);
    const diff = await git('diff', '--no-color', '--no-ext-diff', '--no-renames', '--relative', '--unified=0', mergeBase, '--');
    const changed = parseChangedLines(diff);
    for (const path of (await git('ls-files', '--others', '--exclude-standard')).split('\n'))
        if (path)
            changed.set(path, 'all');
    return changed;
}
/** New-side line numbers of every hunk of a unified diff (`--unified=0`), by file; added files are `'all'`. Pure. */
function parseChangedLines(diff) {
    const changed = new Map();
    let file;
    let added = false;
    for (const line of diff.split('\n')) {
        if (line.startsWith('diff --git ')) {
            file = undefined;
            added = false;
        }
        else if (line.startsWith('new file mode')) {
            added = true;
        }
        else if (line.startsWith('+++ ')) {
            file = line === '+++ /dev/null' ? undefined : line.slice(4).replace(/^b\//, '');
            if (file)
                changed.set(file, added ? 'all' : (changed.get(file) ?? new Set()));
        }
        else if (file && line.startsWith('@@')) {
            const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
            const lines = changed.get(file);
            if (!hunk || lines === 'all' || lines === undefined)
                continue;
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            for (let at = start; at < start + count; at++)
                lines.add(at);
        }
    }
    return changed;
}
/** Whether a change at `file:line` is inside the scope: changed lines, or changed files when `wholeFiles`. */
function inScope(changed, file, line, wholeFiles) {
    const lines = changed.get(file);
    if (lines === undefined)
        return false;
    return wholeFiles || lines === 'all' || (line !== undefined && lines.has(line));
}


/***/ })

};
