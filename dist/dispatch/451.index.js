export const id = 451;
export const ids = [451];
export const modules = {

/***/ 89451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DOCS_CHECK_RULES: () => (/* binding */ DOCS_CHECK_RULES),
  docsCheck: () => (/* binding */ docsCheck)
});

// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __webpack_require__(43830);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __webpack_require__(6220);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __webpack_require__(71914);
;// CONCATENATED MODULE: ./actions/docs-check/src/docs/check-docs.ts
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;
/**
 * Every relative link of one file resolves to a file of the repository, and
 * every `#anchor` to a heading of the file it names; every YAML, JSON and
 * Mermaid block parses. External links (`https:`, `mailto:`) are returned
 * for the caller to check only when asked.
 */
async function checkDocs(file, scanned, facts, resolveLink) {
    const problems = [];
    const external = [];
    for (const { target, line } of scanned.links) {
        if (EXTERNAL.test(target)) {
            if (/^https?:/i.test(target))
                external.push({ url: target, line });
            continue;
        }
        const [pathPart, anchor] = splitAnchor(target);
        const path = pathPart === '' ? file : resolveLink(file, decodeURIComponent(pathPart));
        if (pathPart !== '' && !facts.exists(path)) {
            problems.push({ rule: 'broken-link', file, line, message: `link to ${pathPart}: no such file` });
            continue;
        }
        if (anchor === undefined)
            continue;
        const anchors = pathPart === '' ? scanned.anchors : facts.anchorsOf(path);
        if (anchors && !anchors.has(decodeURIComponent(anchor).toLowerCase()))
            problems.push({ rule: 'broken-anchor', file, line, message: `link to ${target}: no heading with anchor #${anchor}` });
    }
    for (const block of scanned.blocks) {
        const error = await facts.parseBlock(block.language, block.text);
        if (error)
            problems.push({ rule: 'invalid-block', file, line: block.line, message: `${block.language} block does not parse: ${error}` });
    }
    return { problems, external };
}
function splitAnchor(target) {
    const hash = target.indexOf('#');
    return hash < 0 ? [target, undefined] : [target.slice(0, hash), target.slice(hash + 1)];
}

;// CONCATENATED MODULE: ./actions/docs-check/src/docs/external-link.ts
const EXTERNAL_TIMEOUT_MS = 10_000;
/** A HEAD request (GET when HEAD is refused) that must end in a 2xx or 3xx status within the timeout; the error, or undefined. */
async function checkExternal(url) {
    for (const method of ['HEAD', 'GET']) {
        try {
            const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(EXTERNAL_TIMEOUT_MS) });
            if (response.ok)
                return undefined;
            if (method === 'GET' || ![403, 405, 501].includes(response.status))
                return `HTTP ${response.status}`;
        }
        catch (error) {
            if (method === 'GET')
                return error.message;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/docs-check/src/docs/markdown-scan.ts
/**
 * A line scanner, not a full CommonMark parser: ATX headings, fenced code
 * blocks (``` and ~~~, any length), inline links and images `[text](target)`
 * outside code spans and blocks, and explicit `<a name|id="...">` anchors.
 * Reference-style links and setext headings are not read (this repository's
 * docs use neither).
 */
function scanMarkdown(text) {
    const anchors = new Set();
    const slugCounts = new Map();
    const links = [];
    const blocks = [];
    let fence;
    text.split('\n').forEach((line, index) => {
        const number = index + 1;
        if (fence) {
            if (line.trim().startsWith(fence.marker) && line.trim().replace(new RegExp(`^${fence.marker[0] === '`' ? '`' : '~'}+`), '').trim() === '') {
                blocks.push({ language: fence.language, text: fence.lines.join('\n'), line: fence.line });
                fence = undefined;
            }
            else
                fence.lines.push(line);
            return;
        }
        const opening = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/.exec(line);
        if (opening) {
            fence = { marker: opening[1], language: opening[2].toLowerCase(), line: number + 1, lines: [] };
            return;
        }
        const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
        if (heading) {
            const base = githubSlug(heading[1]);
            const seen = slugCounts.get(base) ?? 0;
            slugCounts.set(base, seen + 1);
            anchors.add(seen === 0 ? base : `${base}-${seen}`);
        }
        for (const match of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g))
            anchors.add(match[1]);
        const prose = line.replace(/`[^`]*`/g, (span) => ' '.repeat(span.length));
        for (const match of prose.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
            links.push({ target: match[1], line: number });
    });
    return { anchors, links, blocks };
}
/**
 * The anchor GitHub gives a heading: inline Markdown dropped to its text,
 * lower-cased, every character that is not a letter, a digit, a space, `-`
 * or `_` removed, spaces turned into `-`. Duplicates get `-1`, `-2` (scanMarkdown).
 */
function githubSlug(heading) {
    const text = heading
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<[^>]+>/g, '')
        .replace(/[`*]/g, '');
    return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./actions/docs-check/src/docs/load-mermaid.ts



/**
 * Mermaid's own parser (`mermaid.parse`), from the gates installation (a devDependency of this repository,
 * never bundled), else from the `node_modules` of `checkout` or a folder above it:
 * an action's bundle runs from a checkout of its repository that has no node_modules, and the caller's checkout
 * has one once its tests installed it. Parsing renders nothing, so DOMPurify, which mermaid calls on labels and
 * which has no hooks without a DOM, is given no-op hooks and an identity sanitiser first (the same module
 * instance mermaid imports: both come from the same place).
 */
async function loadMermaid(checkout) {
    let dompurify;
    let mermaid;
    // webpackIgnore: the bundler leaves these imports to Node at run time. Bundled, mermaid would weigh megabytes;
    // as a bundler external it would become a static import that stops the bundle from starting without node_modules.
    try {
        dompurify = (await import(/* webpackIgnore: true */ 'dompurify'));
        mermaid = (await import(/* webpackIgnore: true */ 'mermaid'));
    }
    catch (error) {
        if (!checkout)
            throw error;
        dompurify = (await import(/* webpackIgnore: true */ esmEntry(checkout, 'dompurify')));
        mermaid = (await import(/* webpackIgnore: true */ esmEntry(checkout, 'mermaid')));
    }
    Object.assign(dompurify.default, { addHook() { }, removeHook() { }, removeHooks() { }, sanitize: (text) => String(text) });
    return (text) => mermaid.default.parse(text);
}
/** The file URL of a package's ES module entry (exports["."].import, else module, else main) in the nearest node_modules. */
function esmEntry(from, name) {
    for (let directory = from;; directory = (0,external_node_path_.dirname)(directory)) {
        const manifest = (0,external_node_path_.join)(directory, 'node_modules', name, 'package.json');
        if ((0,external_node_fs_.existsSync)(manifest)) {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
            const dot = pkg.exports?.['.'];
            const entry = typeof dot?.import === 'string' ? dot.import : (dot?.import?.default ?? pkg.module ?? pkg.main ?? 'index.js');
            return (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)((0,external_node_path_.dirname)(manifest), entry)).href;
        }
        if ((0,external_node_path_.dirname)(directory) === directory)
            throw new Error(`Cannot find package '${name}' from ${from}`);
    }
}

;// CONCATENATED MODULE: ./actions/docs-check/src/docs/parse-blocks.ts



/** parseBlock for one checkout: Mermaid, loaded on the first Mermaid block, may come from its node_modules (load-mermaid.ts). */
function blockParser(checkout) {
    let mermaidParse;
    const mermaid = () => (mermaidParse ??= loadMermaid(checkout).catch((error) => {
        throw new gates_error/* GatesError */.xx('GATES_E_USAGE', { detail: `Mermaid blocks need the mermaid package, which did not load (${String(error.message ?? error).split('\n')[0]})` }, { hint: 'Install mermaid in the checkout (npm ci, with mermaid among its devDependencies) before docs-check runs.' });
    }));
    return (language, text) => parseBlockWith(mermaid, language, text);
}
/** An error message, '' when the block parses, undefined for a language docs-check does not parse (Mermaid from the gates installation). */
const parseBlock = blockParser();
/** parseBlock with the given Mermaid loader. */
async function parseBlockWith(mermaid, language, text) {
    if (language === 'yaml' || language === 'yml') {
        const errors = (0,dist/* parseAllDocuments */.hR)(text).flatMap((document) => ('errors' in document ? document.errors : []));
        return errors.length ? errors.map((error) => error.message.split('\n')[0]).join('; ') : '';
    }
    if (language === 'json') {
        try {
            JSON.parse(text);
            return '';
        }
        catch (error) {
            return error.message;
        }
    }
    if (language === 'mermaid') {
        const parse = await mermaid();
        try {
            await parse(text);
            return '';
        }
        catch (error) {
            return String(error.message ?? error).split('\n').filter(Boolean).slice(0, 2).join(' ');
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/docs-check/src/docs/check-tree.ts







const MAX_DOC_BYTES = 4 * 1024 * 1024;
/**
 * docs-check over a checkout, shared by `gates docs-check` and the docs-check action: the Markdown files of
 * `paths` (default: README.md, CHANGELOG.md, each top-level folder's README.md and docs/), their links, anchors
 * and blocks, and with `external` their http(s) links.
 */
async function checkDocsTree(checkout, paths, options = {}) {
    const root = (0,external_node_fs_.realpathSync)(checkout);
    const files = markdownFiles(root, paths.length ? paths : defaultDocsPaths(root));
    const scans = new Map();
    const scan = (file) => {
        if (!scans.has(file))
            scans.set(file, scanMarkdown((0,read_file/* readTextFile */.Gu)((0,external_node_path_.join)(root, file), { maxBytes: MAX_DOC_BYTES })));
        return scans.get(file);
    };
    const facts = {
        exists: (path) => !(0,external_node_path_.relative)(root, (0,external_node_path_.join)(root, path)).startsWith('..') && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, path)),
        anchorsOf: (path) => (path.endsWith('.md') && (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, path)).isFile() ? scan(path).anchors : undefined),
        // Mermaid from the gates installation, else from the checkout's own node_modules (an action has none of its own).
        parseBlock: blockParser(root),
    };
    const problems = [];
    let external = 0;
    for (const file of files) {
        const result = await checkDocs(file, scan(file), facts, (from, target) => (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, (0,external_node_path_.dirname)(from), target)));
        for (const problem of result.problems)
            problems.push(problem);
        if (!options.external)
            continue;
        for (const link of result.external) {
            external += 1;
            const error = await checkExternal(link.url);
            if (error)
                problems.push({ rule: 'external-link', file, line: link.line, message: `external link ${link.url}: ${error}` });
        }
    }
    return { files, external, problems };
}
/** README.md, CHANGELOG.md, each top-level folder's README.md and docs/, those that exist. */
function defaultDocsPaths(root) {
    const readmes = (0,external_node_fs_.readdirSync)(root).filter((name) => !name.startsWith('.') && name !== 'node_modules').map((name) => (0,external_node_path_.join)(name, 'README.md'));
    return ['README.md', 'CHANGELOG.md', ...readmes, 'docs'].filter((path) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, path)));
}
/**
 * The .md files of the given paths, sorted: folders walked (node_modules, dot-folders and symbolic links skipped,
 * so a link cannot lead the walk out of the checkout or round in a loop); a path outside the checkout is refused.
 */
function markdownFiles(root, paths) {
    const found = new Set();
    const walk = (path, named) => {
        const absolute = (0,external_node_path_.join)(root, path);
        if (!(0,external_node_fs_.existsSync)(absolute))
            throw new gates_error/* GatesError */.xx('GATES_E_FILE_NOT_FOUND', { file: path });
        if (!named && (0,external_node_fs_.lstatSync)(absolute).isSymbolicLink())
            return;
        if ((0,external_node_fs_.statSync)(absolute).isDirectory()) {
            for (const name of (0,external_node_fs_.readdirSync)(absolute))
                if (!name.startsWith('.') && name !== 'node_modules')
                    walk((0,external_node_path_.join)(path, name), false);
        }
        else if (path.endsWith('.md'))
            found.add((0,external_node_path_.relative)(root, absolute));
    };
    for (const path of paths) {
        const absolute = (0,external_node_path_.resolve)(root, path);
        // Refused (exit 2) when outside the checkout as written or through a link on the way.
        if (absolute !== root)
            (0,contained_path/* containedPath */.fX)(root, absolute);
        walk((0,external_node_path_.relative)(root, absolute) || '.', true);
    }
    return [...found].sort();
}

;// CONCATENATED MODULE: ./actions/docs-check/src/definition.ts


const rule = (id, description) => ({ id, description, severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('docs-check', id) });
const DOCS_CHECK_RULES = [
    rule('broken-link', 'Every relative link of a Markdown file leads to a file or folder of the repository'),
    rule('broken-anchor', 'Every #anchor of a link names a heading (or an explicit anchor) of the file it points to'),
    rule('invalid-block', 'Every YAML, JSON and Mermaid fenced block parses (Mermaid with its own parser)'),
    rule('external-link', 'With external: true, every http(s) link answers with a 2xx or 3xx status'),
    (0,nothing_to_check/* nothingToCheckRule */.J)('docs-check'),
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
        const result = await checkDocsTree(workspace, paths, { external });
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
