export const id = 371;
export const ids = [371];
export const modules = {

/***/ 93371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DOCS_CHECK_RULES: () => (/* binding */ DOCS_CHECK_RULES),
/* harmony export */   docsCheck: () => (/* binding */ docsCheck)
/* harmony export */ });
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46360);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43830);
/* harmony import */ var _docs_check_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69312);


const rule = (id, description) => ({ id, description, severity: 'error', docs: (0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .ruleDocsUrl */ .hS)('docs-check', id) });
const DOCS_CHECK_RULES = [
    rule('broken-link', 'Every relative link of a Markdown file leads to a file or folder of the repository'),
    rule('broken-anchor', 'Every #anchor of a link names a heading (or an explicit anchor) of the file it points to'),
    rule('invalid-block', 'Every YAML, JSON and Mermaid fenced block parses (Mermaid with its own parser)'),
    rule('external-link', 'With external: true, every http(s) link answers with a 2xx or 3xx status'),
    (0,_gates_core__WEBPACK_IMPORTED_MODULE_2__/* .nothingToCheckRule */ .J)('docs-check'),
];
const HINTS = {
    'broken-link': 'Fix the path (relative to the file that links), or commit the file it names.',
    'broken-anchor': 'Link to a heading that exists: its anchor is the heading in lower case, punctuation dropped, spaces as dashes.',
    'invalid-block': 'Fix the block, or fence it with another language if it is not meant to parse.',
    'external-link': 'Update or remove the link (a site that refuses automated requests fails it too: check such docs without external).',
};
/** Phase B's observability check (T-019): the docs a team publishes keep their links, anchors and diagrams working. */
const docsCheck = {
    name: 'docs-check',
    description: "Phase B's docs check: Markdown links and heading anchors resolve, YAML, JSON and Mermaid blocks parse, and external links answer when asked.",
    rules: DOCS_CHECK_RULES,
    annotationPriority: ['broken-link', 'broken-anchor', 'invalid-block', 'external-link'],
    async run({ inputs, workspace, runner }) {
        const paths = inputs.list('paths');
        const external = inputs.boolean('external', false);
        const result = await (0,_docs_check_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .checkDocsTree */ .CI)(workspace, paths, { external });
        runner.info(`docs-check: ${result.files.length} Markdown file(s)${external ? `, ${result.external} external link(s)` : ''}`);
        const findings = result.problems.map(toFinding);
        return {
            findings,
            nothingToCheck: result.files.length === 0 ? `no Markdown file in ${paths.length ? paths.join(', ') : 'README.md, CHANGELOG.md, the top-level folders\' README.md or docs/'}` : undefined,
            outputs: { files: String(result.files.length), problems: String(result.problems.length) },
            notes: result.files.length ? [`Checked ${result.files.length} Markdown file(s)${external ? ` and ${result.external} external link(s)` : ' (external links not checked: external: true checks them)'}: ${result.problems.length} problem(s).`] : undefined,
            ledgerEvent: { files: result.files.length, problems: result.problems.length, external },
        };
    },
};
function toFinding(problem) {
    return { ruleId: problem.rule, severity: 'error', file: problem.file, line: problem.line, message: problem.message, fixHint: HINTS[problem.rule] };
}


/***/ })

};
