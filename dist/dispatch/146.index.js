export const id = 146;
export const ids = [146];
export const modules = {

/***/ 50146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyFixes: () => (/* binding */ applyFixes)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __webpack_require__(6220);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/safe-files/atomic-file.ts + 1 modules
var atomic_file = __webpack_require__(56135);
// EXTERNAL MODULE: ./actions/pin-check/src/collect.ts + 6 modules
var collect = __webpack_require__(45769);
;// CONCATENATED MODULE: ./actions/pin-check/src/fix/apply-edits.ts
/**
 * Applies non-overlapping edits to a text; everything outside them is kept
 * as it was, byte for byte. Pure. Overlapping edits are a bug in the caller
 * and throw.
 */
function applyEdits(text, edits) {
    const ordered = [...edits].sort((a, b) => a.start - b.start);
    let result = '';
    let cursor = 0;
    for (const edit of ordered) {
        if (edit.start < cursor)
            throw new Error(`overlapping edits at offset ${edit.start}`);
        result += text.slice(cursor, edit.start) + edit.replacement;
        cursor = edit.end;
    }
    return result + text.slice(cursor);
}

;// CONCATENATED MODULE: ./actions/pin-check/src/fix/unified-diff.ts
/**
 * A unified diff (`diff -u` format, 3 lines of context) between two versions
 * of a file whose edits stay within lines, as fix mode's are: line i of the
 * old text corresponds to line i of the new. Pure. When line counts differ
 * the whole file is one hunk, which is still a valid diff.
 */
const CONTEXT = 3;
function unifiedDiff(path, before, after) {
    if (before === after)
        return '';
    const oldLines = splitLines(before);
    const newLines = splitLines(after);
    const header = `--- a/${path}\n+++ b/${path}\n`;
    if (oldLines.length !== newLines.length) {
        return `${header}@@ -1,${oldLines.length} +1,${newLines.length} @@\n${oldLines.map((l) => `-${l}\n`).join('')}${newLines.map((l) => `+${l}\n`).join('')}`;
    }
    const changed = oldLines.flatMap((line, index) => (line === newLines[index] ? [] : [index]));
    const hunks = [];
    for (const index of changed) {
        const from = Math.max(0, index - CONTEXT);
        const to = Math.min(oldLines.length - 1, index + CONTEXT);
        const last = hunks.at(-1);
        if (last && from <= last.to + 1)
            last.to = to;
        else
            hunks.push({ from, to });
    }
    let out = header;
    for (const { from, to } of hunks) {
        const length = to - from + 1;
        out += `@@ -${from + 1},${length} +${from + 1},${length} @@\n`;
        for (let index = from; index <= to; index++) {
            if (oldLines[index] === newLines[index])
                out += ` ${oldLines[index]}\n`;
            else
                out += `-${oldLines[index]}\n+${newLines[index]}\n`;
        }
    }
    return out;
}
/** Lines without their `\n`; a final newline does not make an empty last line. */
function splitLines(text) {
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    return lines;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/fix/fix-stage.ts






/**
 * Applies the findings' fixes file by file. Each file is re-read and must be
 * exactly the text the rules saw (valid UTF-8, unchanged since), so a fix
 * never rewrites bytes it did not mean to. Writes are atomic (a temp file in
 * the same directory, mode kept, then rename), so an interrupted run leaves
 * each file either old or new. `write: false` is the dry run; `inScope`
 * limits the fixes (fix-scope: changed).
 */
async function applyFixes(workspace, findings, write, inScope = () => true) {
    const result = { files: [], fixed: new Set(), patch: '', skipped: [] };
    const byFile = new Map();
    for (const finding of findings) {
        if (!finding.fix || finding.waived || !inScope(finding))
            continue;
        byFile.set(finding.fix.file, [...(byFile.get(finding.fix.file) ?? []), finding]);
    }
    for (const [file, fixable] of [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const absolute = (0,external_node_path_.join)(workspace, file);
        // The same limit the rules read it with; never through a link swapped in since.
        const bytes = (0,read_file/* readRegularFile */.XF)(absolute, { maxBytes: collect/* MAX_FILE_BYTES */.gZ, noFollow: true });
        const decoded = bytes.toString('utf8');
        // The rules saw the text without its byte-order mark (offsets count from after it); it is put back on write.
        const bom = decoded.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
        const text = decoded.slice(bom.length);
        if (!Buffer.from(decoded, 'utf8').equals(bytes)) {
            result.skipped.push({ file, reason: 'not valid UTF-8; rewriting it would change other bytes' });
            continue;
        }
        const edits = fixable.flatMap((finding) => finding.fix.edits);
        if (edits.some((edit) => edit.expected !== undefined && text.slice(edit.start, edit.end) !== edit.expected)) {
            result.skipped.push({ file, reason: 'changed since it was read' });
            continue;
        }
        const updated = applyEdits(text, edits);
        if (updated === text)
            continue;
        if (write)
            writeAtomically(workspace, absolute, bom + updated);
        result.files.push(file);
        result.patch += unifiedDiff(file, text, updated);
        for (const finding of fixable)
            result.fixed.add(finding);
    }
    return result;
}
/** Through the core's atomic writer: inside the workspace, the file's mode kept, a killed run leaving the old file or the new one. */
function writeAtomically(workspace, path, text) {
    const stat = (0,external_node_fs_.lstatSync)(path);
    if (!stat.isFile())
        throw new gates_error/* GatesError */.xx('GATES_E_FILESYSTEM', { path, reason: 'not a regular file; fix mode does not follow links' });
    try {
        (0,atomic_file/* writeFileAtomically */.lo)(path, text, { root: workspace, mode: stat.mode & 0o7777 });
    }
    catch (error) {
        if (error instanceof gates_error/* GatesError */.xx)
            throw error;
        throw new gates_error/* GatesError */.xx('GATES_E_FILESYSTEM', { path, reason: error.message }, { cause: error });
    }
}


/***/ })

};
