<<<<<<<< HEAD:dist/cli/409.index.js
export const id = 409;
export const ids = [409];
export const modules = {

/***/ 9409:
========
export const id = 386;
export const ids = [386];
export const modules = {

/***/ 7675:
>>>>>>>> fsledger:dist/dispatch/386.index.js
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gZ: () => (/* binding */ MAX_FILE_BYTES),
  M7: () => (/* binding */ collectFacts)
});

<<<<<<<< HEAD:dist/cli/409.index.js
// EXTERNAL MODULE: ./packages/core/src/index.ts + 55 modules
var src = __webpack_require__(4930);
========
// UNUSED EXPORTS: addFileFacts

>>>>>>>> fsledger:dist/dispatch/386.index.js
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 61 modules
var src = __webpack_require__(5791);
// EXTERNAL MODULE: ./actions/pin-check/src/lockfiles.ts
var lockfiles = __webpack_require__(7796);
;// CONCATENATED MODULE: ./actions/pin-check/src/npm-lock-facts.ts

const PACKAGE_JSON = /(^|\/)package\.json$/;
/**
 * Compares each package.json that has a package-lock.json beside it. The
 * comparison needs semver, so it is loaded here, and only for repositories
 * that have such a pair: most pin-check runs never pay its start-up.
 */
async function addNpmLockFacts(facts) {
    const texts = new Map(facts.manifests.map((file) => [file.path, file.text]));
    const pairs = [];
    for (const path of texts.keys()) {
        const lockfile = (0,lockfiles/* pathIn */.lW)((0,lockfiles/* dirOf */.Rw)(path), 'package-lock.json');
        if (PACKAGE_JSON.test(path) && texts.has(lockfile))
            pairs.push([path, lockfile]);
    }
    if (pairs.length === 0)
        return;
    const { npmLockDrift } = await Promise.all(/* import() */[__webpack_require__.e(707), __webpack_require__.e(357)]).then(__webpack_require__.bind(__webpack_require__, 6357));
    for (const [manifest, lockfile] of pairs) {
        try {
            facts.npmLocks.push({ manifest, lockfile, drift: npmLockDrift(texts.get(manifest), texts.get(lockfile)) });
        }
        catch (error) {
            facts.npmLocks.push({ manifest, lockfile, invalid: error.message.split('\n')[0] });
        }
    }
}

;// CONCATENATED MODULE: ./actions/pin-check/src/repository-facts.ts
function emptyFacts() {
    return { workflows: [], dockerfiles: [], paths: new Set(), manifests: [], skipped: [], npmLocks: [] };
}

// EXTERNAL MODULE: ./actions/pin-check/src/uses-reference.ts
var uses_reference = __webpack_require__(228);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./actions/pin-check/src/yaml-shape.ts
/** A node kept without children: a value the model reads. */
const LEAF_SPEC = Object.freeze({});
class CompiledShape {
    full = false;
    expectsMapping;
    items;
    // A Map, not an object: a key named `constructor` or `__proto__` must not find a prototype member.
    keys = new Map();
    anyKey;
    constructor(spec) {
        this.expectsMapping = spec.keys !== undefined || spec.anyKey !== undefined;
        if (this.expectsMapping && spec.items)
            throw new Error('a shape expects a mapping or a sequence, not both');
    }
    valueShape(key) {
        return (typeof key === 'string' ? this.keys.get(key) : undefined) ?? this.anyKey;
    }
}
const FULL_SHAPE = {
    full: true,
    expectsMapping: true,
    valueShape: () => FULL_SHAPE,
    get items() {
        return FULL_SHAPE;
    },
};
/** Every node kept, as parsed. */
const FULL = FULL_SHAPE;
/** Compiled once per spec object, so shared sub-specs (and LEAF_SPEC) are one shape everywhere. */
const compiled = new WeakMap();
/** Compiles a spec for the parser; call at module load. */
function compileShape(spec) {
    const known = compiled.get(spec);
    if (known)
        return known;
    const shape = new CompiledShape(spec);
    compiled.set(spec, shape);
    for (const [key, child] of Object.entries(spec.keys ?? {}))
        shape.keys.set(key, compileShape(child));
    if (spec.anyKey)
        shape.anyKey = compileShape(spec.anyKey);
    if (spec.items)
        shape.items = compileShape(spec.items);
    return shape;
}
/** The compiled LEAF_SPEC: a kept node whose children are not. */
const LEAF = compileShape(LEAF_SPEC);

;// CONCATENATED MODULE: ./actions/pin-check/src/yaml-positions.ts


const NO_CHILDREN = [];
/**
 * Parses `text` into position nodes: every node (the default), or only those
 * `shape` names. A document that reaches a kept part through an alias to a
 * collection is read again whole, so aliases resolve as in the full tree.
 * js-yaml's failsafe schema: every scalar is its text. The syntax is checked
 * in full all the same, and no merge keys or timestamps are applied (GitHub
 * applies neither); what pin-check reads (`uses`, `run`, images, keys) is
 * text that GitHub requires to be a string, so `uses: 123` is judged as the
 * string it is instead of passing unseen. Resolving numbers and booleans it
 * never reads cost 13% of the parse (bench/).
 */
function parseWithPositions(text, shape = FULL) {
    const builder = new TreeBuilder(text, shape);
    try {
        (0,js_yaml.load)(text, { schema: js_yaml/* FAILSAFE_SCHEMA */.uH, listener: builder.listener });
    }
    catch (thrown) {
        const mark = thrown.mark;
        const reason = thrown.reason ?? String(thrown);
        return { problem: { message: reason, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 } };
    }
    return builder.needsFullTree ? parseWithPositions(text, FULL) : { root: builder.root };
}
/** Turns js-yaml's open/close events into nodes; one per document. */
class TreeBuilder {
    text;
    shape;
    root;
    needsFullTree = false;
    frames = [];
    depth = 0;
    /** Open events inside a node that is not kept. */
    skipped = 0;
    anchored = new Map();
    constructor(text, shape) {
        this.text = text;
        this.shape = shape;
    }
    listener = (event, state) => {
        if (event === 'open')
            this.open(state);
        else
            this.close(state);
    };
    open(state) {
        if (this.skipped > 0) {
            this.skipped++;
            return;
        }
        const shape = this.depth === 0 ? this.shape : shapeOfNextChild(this.frames[this.depth - 1]);
        if (shape === undefined) {
            this.skipped = 1;
            return;
        }
        let frame = this.frames[this.depth];
        if (!frame)
            this.frames[this.depth] = frame = { start: 0, shape, slot: 0, closed: 0, valueShape: undefined, children: undefined, slots: undefined };
        frame.start = state.position;
        frame.shape = shape;
        frame.slot = 0;
        frame.closed = 0;
        frame.valueShape = undefined;
        frame.children = undefined;
        frame.slots = undefined;
        this.depth++;
    }
    close(state) {
        if (this.skipped > 0) {
            if (--this.skipped === 0)
                this.childClosed(this.frames[this.depth - 1], undefined, state.position);
            return;
        }
        const frame = this.frames[--this.depth];
        const parent = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
        // A key's text chooses its value's shape. A key whose value is not kept needs no node, except the
        // first child, which may be this mapping itself wrapped (see shapeOfNextChild).
        if (parent && !parent.shape.full && parent.shape.expectsMapping && parent.slot % 2 === 0) {
            parent.valueShape = parent.shape.valueShape(state.result);
            if (parent.valueShape === undefined && parent.slot > 0)
                return this.childClosed(parent, undefined, state.position);
        }
        let node = nodeOf(frame, state, this.text);
        const isObject = typeof node.value === 'object' && node.value !== null;
        if (node.kind === 'other' && isObject) {
            // An alias to a collection: its children are those of the anchored node.
            if (frame.shape.full)
                node = this.anchored.get(node.value) ?? node;
            else if (frame.shape !== LEAF)
                this.needsFullTree = true;
        }
        else if (isObject && state.anchor && frame.shape.full)
            this.anchored.set(node.value, node);
        if (parent)
            this.childClosed(parent, node, state.position);
        else
            this.root = node;
    }
    childClosed(parent, node, end) {
        const slot = parent.slot;
        parent.closed++;
        const isKey = slot % 2 === 0 && parent.shape.expectsMapping;
        if (node) {
            (parent.children ??= []).push(node);
            (parent.slots ??= []).push(slot);
        }
        // A key with no `:` after it (`{a, b: c}`, `? a`) has no value event: its value slot is used up.
        parent.slot += isKey && !colonFollows(this.text, end) ? 2 : 1;
    }
}
function colonFollows(text, offset) {
    return text.charCodeAt(offset) === 58 || text.charCodeAt(skipTrivia(text, offset)) === 58;
}
/** The shape of the child about to open, or undefined when it is not kept. */
function shapeOfNextChild(parent) {
    const shape = parent.shape;
    if (shape.full)
        return shape;
    // The first child may be this same node again: js-yaml wraps flow collections and scalars in block sequences.
    if (parent.slot === 0)
        return shape.expectsMapping ? shape : shape.items;
    if (shape.expectsMapping)
        return parent.slot % 2 === 0 ? LEAF : parent.valueShape;
    return shape.items;
}
function nodeOf(frame, state, text) {
    const kind = state.kind === 'mapping' || state.kind === 'sequence' || state.kind === 'scalar' ? state.kind : 'other';
    const children = frame.children;
    // A wrapper around its only child (same value): keep the inner node, whose offsets are exact.
    if (children && frame.closed === 1 && frame.slots[0] === 0 && children[0].value === state.result)
        return children[0];
    let start = frame.start;
    let end = state.position;
    if (kind === 'scalar') {
        start = skipTrivia(text, start);
        // A plain scalar's close event comes after the spaces that precede a trailing comment.
        while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9))
            end--;
    }
    const kept = !children ? NO_CHILDREN : kind === 'mapping' ? pairs(children, frame.slots, frame.shape.full) : kind === 'sequence' ? children : NO_CHILDREN;
    return { kind, value: state.result, start, end, children: kept };
}
/** Key, value, key, value… from children recorded by slot; a key without a value gets an empty one in the full tree. */
function pairs(children, slots, full) {
    const out = [];
    for (let index = 0; index < children.length; index++) {
        if (slots[index] % 2 !== 0)
            continue;
        const key = children[index];
        if (slots[index + 1] === slots[index] + 1)
            out.push(key, children[++index]);
        else if (full)
            out.push(key, { kind: 'other', value: null, start: key.end, end: key.end, children: NO_CHILDREN });
    }
    return out;
}
/** Spaces, tabs, line breaks and comments before a node: its open event comes before them. */
function skipTrivia(text, from) {
    let index = from;
    while (index < text.length) {
        const char = text[index];
        if (char === ' ' || char === '\t' || char === '\n' || char === '\r')
            index++;
        else if (char === '#') {
            const lineEnd = text.indexOf('\n', index);
            index = lineEnd === -1 ? text.length : lineEnd;
        }
        else
            break;
    }
    return index;
}
/** The value node of `key` in a mapping node. */
function mappingGet(node, key) {
    if (!node || node.kind !== 'mapping')
        return undefined;
    for (let index = 0; index + 1 < node.children.length; index += 2) {
        if (node.children[index].value === key)
            return node.children[index + 1];
    }
    return undefined;
}
/** Key and value nodes of a mapping, in source order. */
function mappingEntries(node) {
    if (!node || node.kind !== 'mapping')
        return [];
    const entries = [];
    for (let index = 0; index + 1 < node.children.length; index += 2)
        entries.push([node.children[index], node.children[index + 1]]);
    return entries;
}
function sequenceItems(node) {
    return node?.kind === 'sequence' ? node.children : [];
}
/**
 * 1-based line and column of offsets in `text`. A file needs only a few
 * (one per fact), mostly in increasing order: lines are counted forward from
 * the last offset asked for, and from the top when an offset comes before it.
 */
function lineIndex(text) {
    let line = 1;
    let lineStart = 0;
    return (offset) => {
        if (offset < lineStart) {
            line = 1;
            lineStart = 0;
        }
        for (let newline = text.indexOf('\n', lineStart); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
            line++;
            lineStart = newline + 1;
        }
        return { line, column: offset - lineStart + 1 };
    };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/workflow-model.ts



/** The parts of a file the facts below read; the parser builds nodes for nothing else. */
const STEPS = { items: { keys: { uses: LEAF_SPEC, run: LEAF_SPEC } } };
const IMAGE = { keys: { image: LEAF_SPEC } };
const SHAPES = {
    workflow: compileShape({
        keys: { jobs: { anyKey: { keys: { uses: LEAF_SPEC, container: IMAGE, services: { anyKey: IMAGE }, steps: STEPS } } } },
    }),
    action: compileShape({ keys: { runs: { keys: { steps: STEPS, image: LEAF_SPEC } } } }),
};
/** `shape` is for tests: the facts must be the same from the full tree (FULL). */
function parseWorkflowFacts(file, text, kind, shape = SHAPES[kind]) {
    const facts = { file, kind, uses: [], runs: [], images: [] };
    const { root, problem } = parseWithPositions(text, shape);
    if (problem) {
        facts.parseError = problem;
        return facts;
    }
    if (root?.kind !== 'mapping')
        return facts;
    const position = lineIndex(text);
    const at = (node) => position(node.start);
    const visitSteps = (steps) => {
        for (const step of sequenceItems(steps)) {
            if (step.kind !== 'mapping')
                continue;
            addUses(step, facts, text, at);
            const run = mappingGet(step, 'run');
            if (run?.kind === 'scalar' && typeof run.value === 'string')
                facts.runs.push(runFact(run, text, at));
        }
    };
    if (kind === 'workflow') {
        for (const [, job] of mappingEntries(mappingGet(root, 'jobs'))) {
            if (job.kind !== 'mapping')
                continue;
            addUses(job, facts, text, at);
            addContainer(job, facts, at);
            visitSteps(mappingGet(job, 'steps'));
        }
    }
    else {
        const runs = mappingGet(root, 'runs');
        visitSteps(mappingGet(runs, 'steps'));
        const image = mappingGet(runs, 'image');
        if (image?.kind === 'scalar' && typeof image.value === 'string' && image.value.startsWith('docker://')) {
            const { line, column } = at(image);
            facts.images.push({ image: image.value.slice('docker://'.length), where: 'docker action', line, column });
        }
    }
    return facts;
}
function addUses(map, facts, text, at) {
    const uses = mappingGet(map, 'uses');
    if (uses?.kind !== 'scalar' || typeof uses.value !== 'string')
        return;
    const { start, end } = uses;
    const value = uses.value;
    const lineEnd = text.indexOf('\n', end);
    const trailing = text.slice(end, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, '');
    const comment = /^\s*#\s*(.*?)\s*$/.exec(trailing)?.[1];
    const { line, column } = at(uses);
    // Facts live until the rules have run: built whole (no spread), they are single objects the GC copies cheaply.
    const fact = { value, comment, start, end, trailing, reference: (0,uses_reference/* parseUses */.Ap)(value), line, column };
    if (!text.startsWith(value, start) || end - start !== value.length)
        fact.raw = text.slice(start, end);
    facts.uses.push(fact);
}
function addContainer(job, facts, at) {
    const pushImage = (node, where) => {
        const image = node?.kind === 'mapping' ? mappingGet(node, 'image') : node;
        if (image?.kind === 'scalar' && typeof image.value === 'string') {
            const { line, column } = at(image);
            facts.images.push({ image: image.value, where, line, column });
        }
    };
    pushImage(mappingGet(job, 'container'), 'container');
    for (const [name, service] of mappingEntries(mappingGet(job, 'services')))
        pushImage(service, `services.${String(name.value)}`);
}
function runFact(run, text, at) {
    const { line, column } = at(run);
    // A block scalar's content starts on the line after its `|` or `>` header.
    const isBlock = text[run.start] === '|' || text[run.start] === '>';
    const script = String(run.value);
    // The parser builds a block scalar by appending line after line: one flat string now (reading a
    // character flattens it) instead of a chain of pieces for the GC to copy until the rules run.
    if (isBlock)
        script.charCodeAt(0);
    return { script, firstScriptLine: isBlock ? line + 1 : line, line, column };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/collect.ts







/** Workflow files are small; a bigger one is generated or hostile and is reported, not parsed. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Lockfiles of large monorepos run to tens of megabytes. */
const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;
const MAX_FILES = 200_000;
const SKIP_DIRECTORIES = new Set(['.git', 'node_modules', '.venv', 'vendor', 'dist', 'target']);
const WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
/** Directories whose content is what pin-check is for: a link or an unlistable one there hides every workflow. */
const WORKFLOW_DIRECTORIES = new Set(['.github', '.github/workflows']);
const ACTION = /(^|\/)action\.ya?ml$/;
const DOCKERFILE = /(^|\/)((Dockerfile|Containerfile)(\.[\w.-]+)?|[\w.-]+\.(Dockerfile|Containerfile))$/;
const MANIFEST = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|requirements[\w.-]*\.txt|go\.mod|Cargo\.toml|pyproject\.toml)$|^\.tool-versions$/;
/**
 * Walks the workspace once and reads the files the rules need. Symlinks are
 * never followed (a link out of the workspace would leak or loop); binary,
 * oversized, unreadable and non-UTF-8 files are listed as skipped with why.
 * Synchronous I/O on purpose: the step does nothing else meanwhile, and for
 * a thousand small files it is several times faster than promise-per-file.
 */
async function collectFacts(workspace) {
    const facts = emptyFacts();
    requireReadableWorkspace(workspace);
    const toRead = [];
    // Directories with their path relative to the workspace ('' for the workspace itself).
    const pending = [[workspace, '']];
    while (pending.length > 0 && facts.paths.size < MAX_FILES) {
        const [directory, prefix] = pending.pop();
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(directory, { withFileTypes: true });
        }
        catch (error) {
            const path = prefix.replace(/\/$/, '');
            facts.skipped.push({ path: path || '.', reason: `cannot list: ${error.code}`, blocking: WORKFLOW_DIRECTORIES.has(path) });
            continue;
        }
        // Code-unit order: the same on every machine and locale.
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const absolute = (0,external_node_path_.join)(directory, entry.name);
            const path = prefix + entry.name;
            if (entry.isDirectory()) {
                if (!SKIP_DIRECTORIES.has(entry.name))
                    pending.push([absolute, `${path}/`]);
            }
            else if (entry.isSymbolicLink()) {
                if (WORKFLOW_DIRECTORIES.has(path))
                    facts.skipped.push({ path, reason: 'symbolic link, not followed: the workflows behind it were not checked', blocking: true });
                else if (wanted(path))
                    facts.skipped.push({ path, reason: 'symbolic link, not followed' });
            }
            else if (entry.isFile()) {
                facts.paths.add(path);
                if (wanted(path))
                    toRead.push({ absolute, path });
            }
        }
    }
    for (const { absolute, path } of toRead) {
        const text = readWanted(absolute, path, facts);
        if (text !== undefined)
            addFileFacts(facts, path, text);
    }
    await addNpmLockFacts(facts);
    return facts;
}
/**
 * A workspace that is missing, not a directory or cannot be listed has nothing
 * to check, and nothing to check is not a pass: exit 3, naming the reason.
 */
function requireReadableWorkspace(workspace) {
    try {
        (0,external_node_fs_.readdirSync)(workspace);
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'the workspace does not exist' : code === 'ENOTDIR' ? 'the workspace is not a directory' : `the workspace cannot be listed (${code})`;
        throw new src/* GatesError */.xx('GATES_E_FILESYSTEM', { path: workspace, reason }, { hint: 'pin-check reads the checkout: run actions/checkout before it (or pass --workspace DIR to `gates run`).' });
    }
}
function wanted(path) {
    return WORKFLOW.test(path) || ACTION.test(path) || DOCKERFILE.test(path) || MANIFEST.test(path);
}
function readWanted(absolute, path, facts) {
    const limit = /(package-lock|npm-shrinkwrap)\.json$/.test(path) ? MAX_LOCKFILE_BYTES : MAX_FILE_BYTES;
    return readText(absolute, path, facts, limit);
}
/** Files the rules read, by path; pure, so tests build facts from text without a filesystem. */
function addFileFacts(facts, path, text) {
    facts.paths.add(path);
    if (WORKFLOW.test(path))
        facts.workflows.push(parseWorkflowFacts(path, text, 'workflow'));
    else if (ACTION.test(path))
        facts.workflows.push(parseWorkflowFacts(path, text, 'action'));
    else if (DOCKERFILE.test(path))
        facts.dockerfiles.push({ path, text });
    else if (MANIFEST.test(path))
        facts.manifests.push({ path, text });
}
/**
 * The file's text, or undefined with the reason recorded. One native read
 * and decode of the opened descriptor; invalid UTF-8 decodes to U+FFFD, and
 * only then are the bytes read to say why.
 */
function readText(absolute, path, facts, limit) {
    let descriptor;
    try {
        // No link followed (a file swapped for one after the walk), and a FIFO or device refused unread.
        let info;
        try {
            ({ fd: descriptor, stats: info } = (0,src/* openRegularFile */.ZU)(absolute, { noFollow: true }));
        }
        catch (error) {
            if (!(error instanceof src/* UnreadableFile */.ie))
                throw error;
            facts.skipped.push({ path, reason: error.kind === 'not-regular' ? 'not a regular file' : `unreadable: ${error.reason}` });
            return undefined;
        }
        if (info.size > limit) {
            facts.skipped.push({ path, reason: `${info.size} bytes, over the ${limit}-byte limit` });
            return undefined;
        }
        let text = (0,external_node_fs_.readFileSync)(descriptor, 'utf8');
        if (text.includes('\uFFFD') || text.includes('\0')) {
            const bytes = Buffer.allocUnsafe(info.size);
            const read = (0,external_node_fs_.readSync)(descriptor, bytes, 0, info.size, 0);
            if (bytes.subarray(0, read).includes(0)) {
                facts.skipped.push({ path, reason: 'binary file' });
                return undefined;
            }
            if (!(0,external_node_buffer_.isUtf8)(bytes.subarray(0, read))) {
                facts.skipped.push({ path, reason: 'not valid UTF-8' });
                return undefined;
            }
            text = bytes.toString('utf8', 0, read);
        }
        // fstat's size was within the limit; a file that grew past it before the read is not parsed either.
        if (text.length > limit) {
            facts.skipped.push({ path, reason: `grew past the ${limit}-byte limit while being read` });
            return undefined;
        }
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    catch (error) {
        facts.skipped.push({ path, reason: `unreadable: ${error.code ?? error.message}` });
        return undefined;
    }
    finally {
        if (descriptor !== undefined)
            (0,external_node_fs_.closeSync)(descriptor);
    }
}


/***/ }),

/***/ 3386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MODES: () => (/* binding */ MODES),
  checkRepository: () => (/* binding */ checkRepository),
  pinCheck: () => (/* binding */ pinCheck)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 61 modules
var src = __webpack_require__(5791);
// EXTERNAL MODULE: ./actions/pin-check/src/collect.ts + 5 modules
var collect = __webpack_require__(7675);
// EXTERNAL MODULE: ./actions/pin-check/src/online/online-facts.ts
var online_facts = __webpack_require__(7551);
;// CONCATENATED MODULE: ./actions/pin-check/src/online/online-stage.ts


/** The checks that need the API, named in the summary when they are skipped (never a silent pass). */
const ONLINE_CHECKS = 'unknown references, imposter commits, version comments against tags, deprecated runtimes, and resolving tags for fix mode';
/**
 * Decides whether online checks run (policy `online`, a token) and runs
 * them. `required` without a token, or with a failed lookup, is exit 3:
 * the gate fails closed rather than passing unchecked.
 */
async function gatherOnlineFacts(facts, policy, options) {
    if (policy.online === 'off')
        return (0,online_facts/* skippedOnline */.gV)('policy says `online: off`');
    if (!options.token) {
        if (policy.online === 'required')
            throw new src/* GatesError */.xx('GATES_E_API_NO_TOKEN', { what: 'pin-check with policy `online: required`' });
        return (0,online_facts/* skippedOnline */.gV)('no token was given');
    }
    const api = await (0,src/* connectGitHub */.UY)(options.token, options.env, options.runner, { timeoutMs: options.timeoutMs, budgetMs: options.budgetMs });
    // Loaded only when the API is used: offline runs (most pull requests from forks) never parse it.
    const { collectOnlineFacts } = await __webpack_require__.e(/* import() */ 690).then(__webpack_require__.bind(__webpack_require__, 8690));
    return options.runner.group('pin-check: checking references with the GitHub API', () => collectOnlineFacts(facts, api, policy.online === 'required'));
}
/** One line for the summary's head: what ran online, or what was skipped and why. */
function describeOnline(online) {
    if (online.skipped)
        return `Online checks skipped (${online.skipped}): ${ONLINE_CHECKS}. Offline rules ran in full.`;
    const failed = [...online.references.values()].filter((reference) => reference.error).length;
    const rate = online.rateLimit ? `; rate limit ${online.rateLimit.remaining}/${online.rateLimit.limit} left` : '';
    const stopped = online.stopped ? ` The API client stopped after ${online.stopped}.` : '';
    return `Online checks: ${online.references.size} reference(s) looked up with ${online.calls} API call(s)${rate}` + (failed ? `; ${failed} could not be checked.${stopped}` : '.');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/policy.ts

function readPinPolicy(config) {
    const section = ((0,src/* valueAt */.fK)(config.values, 'pin-check') ?? {});
    return {
        rules: section.rules ?? {},
        paths: section.paths ?? {},
        allow: section.allow ?? [],
        requireToolVersions: section['require-tool-versions'] ?? [],
        online: section.online ?? 'optional',
    };
}
/** Each scope's globs compiled once: rules ask about every file of the repository. */
const compiledScopes = new WeakMap();
function scopeMatcher(scope) {
    let matches = compiledScopes.get(scope);
    if (!matches) {
        const included = scope.include ? (0,src/* globMatcher */.fU)(scope.include) : () => true;
        const excluded = scope.exclude ? (0,src/* globMatcher */.fU)(scope.exclude) : () => false;
        matches = (file) => included(file) && !excluded(file);
        compiledScopes.set(scope, matches);
    }
    return matches;
}
/** Whether a rule applies to a file under the policy's path scoping. */
function ruleAppliesTo(policy, ruleId, file) {
    if (policy.rules[ruleId] === 'off')
        return false;
    const scope = policy.paths[ruleId];
    return !scope || scopeMatcher(scope)(file);
}
/** The rule's severity after the policy's override. */
function severityFor(policy, meta) {
    const override = policy.rules[meta.id];
    return override && override !== 'off' ? override : meta.severity;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/report/finding-groups.ts

/**
 * Groups findings for the summary. A pin-check message names its subject
 * (`actions/checkout@v4 is pinned to a tag…`, the install command, the
 * image), so equal messages are one reference used in many places: 53 uses
 * of `actions/checkout@v7` become one row with 53 locations.
 *
 * Order: failing before waived, severity, the action's rule priority, then
 * the most frequent first, then file order. Pure.
 */
function groupFindings(findings, rulePriority) {
    const groups = new Map();
    for (const finding of findings) {
        const key = [finding.ruleId, finding.severity, finding.message, finding.fixHint ?? '', finding.waived?.reason ?? '\u0000'].join('\u0001');
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { ruleId: finding.ruleId, sample: finding, findings: [] }));
        group.findings.push(finding);
    }
    const rank = (ruleId) => {
        const index = rulePriority.indexOf(ruleId);
        return index === -1 ? rulePriority.length : index;
    };
    return [...groups.values()].sort((a, b) => Number(Boolean(a.sample.waived)) - Number(Boolean(b.sample.waived)) ||
        src/* SEVERITY_RANK */.f3[b.sample.severity] - src/* SEVERITY_RANK */.f3[a.sample.severity] ||
        rank(a.ruleId) - rank(b.ruleId) ||
        b.findings.length - a.findings.length);
}
/** The group's places by file, in file order: `file → [lines]` (0 for a finding without a line). */
function placesByFile(group) {
    const files = new Map();
    for (const finding of group.findings) {
        const file = finding.file ?? '';
        const lines = files.get(file);
        if (lines)
            lines.push(finding.line ?? 0);
        else
            files.set(file, [finding.line ?? 0]);
    }
    return files;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/report/pin-summary.ts


const ICON = { pass: '✅', fail: '❌' };
const SEVERITY_LABEL = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };
/** Files listed in one row's folded locations; a row past it says how many more (the reports have them all). */
const FILES_PER_ROW = 40;
/** Room kept for the closing lines when rows are cut at the byte limit. */
const CLOSING_ROOM = 600;
/**
 * pin-check's job summary, for a reviewer: the verdict and the counts per
 * rule first, then one row per distinct finding (one per unpinned
 * `owner/repo@ref`, however often it is used) with its count and its
 * locations folded in `<details>`, unpinned actions first. Every finding is
 * in the summary or, past the byte limit, in the JSON and SARIF reports the
 * last line names. Pure: report in, Markdown out. The report is redacted
 * already (runAction does it before any renderer escapes a word of it).
 */
function renderPinSummary(report, links, byteLimit = src/* SUMMARY_BYTE_LIMIT */.Kj) {
    const verdict = (0,src/* verdictOf */.Vj)(report);
    const counts = (0,src/* countBySeverity */.Ot)(report.findings);
    const waived = report.findings.filter((finding) => finding.waived).length;
    const failing = report.findings.filter((finding) => (0,src/* failsGate */.FW)(finding, report.failOn)).length;
    const groups = groupFindings(report.findings, report.rules.map((rule) => rule.id));
    const head = [
        `## ${ICON[verdict]} ${src/* redactedReportText */.UJ.text(report.tool)}: ${verdict === 'pass' ? 'passed' : 'failed'}`,
        '',
        `**${failing}** finding(s) fail the gate (fail-on: \`${report.failOn}\`) · ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)` +
            (waived ? ` · ${waived} waived` : ''),
        '',
    ];
    if (report.findings.length > 0)
        head.push(ruleCounts(report, groups), '');
    for (const note of report.notes ?? [])
        head.push(`> ${src/* redactedReportText */.UJ.text(note)}`, '');
    if (report.findings.length === 0)
        return [...head, 'No findings.', ''].join('\n');
    const header = (0,src/* table */.tp)(['Severity', 'Rule', 'Finding', 'Count', 'Where'], []);
    const closing = (shown) => shown < groups.length
        ? `\n\n> ⚠️ ${groups.length - shown} more row(s) (${groups.slice(shown).reduce((sum, group) => sum + group.findings.length, 0)} finding(s)) did not fit the summary. ${REPORTS}\n`
        : `\n\n${REPORTS}\n`;
    const fixed = `${head.join('\n')}\n${header}`;
    let budget = byteLimit - byteLength(fixed) - CLOSING_ROOM;
    const rows = [];
    for (const group of groups) {
        const row = `\n${groupRow(group, links)}`;
        budget -= byteLength(row);
        if (budget < 0)
            break;
        rows.push(row);
    }
    return fixed + rows.join('') + closing(rows.length);
}
const REPORTS = 'Every finding, with its exact location, is in the JSON report (output `report-json`) and the SARIF report (output `sarif-file`, for code scanning).';
/** The per-rule counts that lead the summary: how many findings, how many distinct ones, what the rule checks. */
function ruleCounts(report, groups) {
    const rows = report.rules.flatMap((rule) => {
        const ofRule = groups.filter((group) => group.ruleId === rule.id);
        if (ofRule.length === 0)
            return [];
        const findings = ofRule.reduce((sum, group) => sum + group.findings.length, 0);
        const docs = rule.docs ? ` ([docs](${rule.docs}))` : '';
        return [[src/* redactedReportText */.UJ.code(rule.id), String(findings), String(ofRule.length), src/* redactedReportText */.UJ.text(rule.description) + docs]];
    });
    return (0,src/* table */.tp)(['Rule', 'Findings', 'Distinct', 'What it checks'], rows);
}
function groupRow(group, links) {
    const { sample } = group;
    const finding = src/* redactedReportText */.UJ.text(sample.message) +
        (sample.fixHint ? `<br>Fix: ${src/* redactedReportText */.UJ.text(sample.fixHint)}` : '') +
        (sample.waived ? `<br>Waived: ${src/* redactedReportText */.UJ.text(sample.waived.reason)}` : '');
    const cells = [sample.waived ? '⚪ waived' : SEVERITY_LABEL[sample.severity], src/* redactedReportText */.UJ.code(group.ruleId), finding, String(group.findings.length), where(group, links)];
    return `| ${cells.join(' | ')} |`;
}
/**
 * One place: a link to its line. Several: folded in `<details>`, one line per
 * file with its line numbers, as text: a link per file would triple the
 * size of a summary whose findings are spread over many files.
 */
function where(group, links) {
    if (group.findings.length === 1)
        return (0,src/* fileLink */.RF)(group.findings[0], links);
    const files = [...placesByFile(group)];
    const listed = files.slice(0, FILES_PER_ROW).map(([file, lines]) => {
        const numbers = lines.filter((line) => line > 0);
        return `${file ? src/* redactedReportText */.UJ.code(file) : '—'}${numbers.length ? `: ${numbers.join(', ')}` : ''}`;
    });
    if (files.length > FILES_PER_ROW)
        listed.push(`… and ${files.length - FILES_PER_ROW} more file(s) (see the reports)`);
    return `<details><summary>${group.findings.length} places in ${files.length} file(s)</summary>${listed.join('<br>')}</details>`;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

// EXTERNAL MODULE: ./actions/pin-check/src/online/action-runtime.ts
var action_runtime = __webpack_require__(5029);
;// CONCATENATED MODULE: ./actions/pin-check/src/rules/remote-uses.ts


/** Every remote `uses:` with online facts, in files the rule applies to: what online rules visit. */
function remoteUsesWithFacts(facts, policy, ruleId) {
    if (!facts.online || facts.online.skipped)
        return [];
    const visits = [];
    for (const workflow of facts.workflows) {
        if (!ruleAppliesTo(policy, ruleId, workflow.file))
            continue;
        for (const uses of workflow.uses) {
            const { reference } = uses;
            if (reference.kind !== 'remote')
                continue;
            const online = facts.online.references.get((0,online_facts/* referenceKey */.Db)(reference.owner, reference.repo, reference.path, reference.ref));
            if (online)
                visits.push({ workflow, uses, online });
        }
    }
    return visits;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/rule.ts

function ruleDocs(id) {
    return (0,src/* ruleDocsUrl */.hS)('pin-check', id);
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/deprecated-runtime.ts




/** Online: the pinned action's action.yml declares a Node runtime GitHub removed from its runners. */
const deprecatedRuntime = {
    meta: {
        id: 'deprecated-runtime',
        description: 'Pinned actions run on a supported runtime, not node12, node16 or node20 (online)',
        severity: 'warning',
        docs: ruleDocs('deprecated-runtime'),
    },
    check(facts, policy) {
        return remoteUsesWithFacts(facts, policy, this.meta.id)
            .filter(({ online }) => online.runtime !== undefined && online.runtime in action_runtime/* DEPRECATED_RUNTIMES */.k)
            .map(({ workflow, uses, online }) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${uses.value} runs on ${online.runtime} (${action_runtime/* DEPRECATED_RUNTIMES */.k[online.runtime]}).`,
            file: workflow.file,
            line: uses.line,
            column: uses.column,
            confidence: 'high',
            fixHint: 'move to a release of the action that declares `using: node24`',
        }));
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/imposter-commit.ts



/**
 * Online: a SHA pin whose commit is on no branch or tag of the repository.
 * GitHub serves commits of any fork under the parent's name, so such a pin
 * can run code the action's owners never published (an "imposter commit").
 */
const imposterCommit = {
    meta: {
        id: 'imposter-commit',
        description: 'A SHA pin is a commit on a branch or tag of the named repository, not one from a fork (online)',
        severity: 'error',
        docs: ruleDocs('imposter-commit'),
    },
    check(facts, policy) {
        return remoteUsesWithFacts(facts, policy, this.meta.id)
            .filter(({ online }) => online.reachable === false)
            .map(({ workflow, uses, online }) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${online.owner}/${online.repo}@${online.ref} is not on any branch or tag of ${online.owner}/${online.repo}; it may come from a fork (imposter commit).`,
            file: workflow.file,
            line: uses.line,
            column: uses.column,
            confidence: 'medium',
            fixHint: 'pin a commit from the repository\'s own release tags',
        }));
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/invalid-uses.ts


/** `uses:` cannot contain expressions (GitHub rejects the workflow), and malformed references are findings too. */
const invalidUses = {
    meta: {
        id: 'invalid-uses',
        description: 'uses: is a literal owner/repo[/path]@ref, ./path or docker://image; expressions are not allowed there',
        severity: 'error',
        docs: ruleDocs('invalid-uses'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                const { reference } = uses;
                const problem = reference.kind === 'expression'
                    ? 'contains an expression; GitHub does not evaluate expressions in uses: and rejects the workflow'
                    : reference.kind === 'invalid'
                        ? `is not a valid reference (${reference.reason})`
                        : undefined;
                if (!problem)
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: `uses: ${uses.value} ${problem}.`,
                    file: workflow.file,
                    line: uses.line,
                    column: uses.column,
                    fixHint: 'write the reference literally: owner/repo@<40-hex sha> # vX.Y.Z',
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/invalid-workflow.ts


/** A workflow that is not valid YAML cannot be checked (and GitHub will not run it). */
const invalidWorkflow = {
    meta: {
        id: 'invalid-workflow',
        description: 'Workflow and action files parse as YAML; files that cannot be read are reported',
        severity: 'error',
        docs: ruleDocs('invalid-workflow'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!workflow.parseError)
                continue;
            const { message, line, column } = workflow.parseError;
            findings.push({
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: `not valid YAML, so it was not checked: ${message}`,
                file: workflow.file,
                line,
                column,
                fixHint: 'fix the YAML syntax at this line',
            });
        }
        for (const skipped of facts.skipped) {
            findings.push({
                ruleId: this.meta.id,
                severity: skipped.blocking ? severityFor(policy, this.meta) : 'note',
                message: `not checked: ${skipped.reason}`,
                file: skipped.path,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/lockfile-out-of-sync.ts


/** package-lock.json names every dependency of package.json at a version its range accepts. */
const lockfileOutOfSync = {
    meta: {
        id: 'lockfile-out-of-sync',
        description: 'package-lock.json locks every dependency of package.json at a version the declared range accepts',
        severity: 'error',
        docs: ruleDocs('lockfile-out-of-sync'),
    },
    check(facts, policy) {
        const findings = [];
        for (const { manifest, lockfile, drift, invalid } of facts.npmLocks) {
            if (!ruleAppliesTo(policy, this.meta.id, lockfile))
                continue;
            if (invalid !== undefined) {
                findings.push({ ruleId: this.meta.id, severity: severityFor(policy, this.meta), message: `${lockfile} or ${manifest} is not valid JSON (${invalid}).`, file: lockfile, line: 1 });
            }
            for (const entry of drift ?? []) {
                findings.push({
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: entry.locked
                        ? `${entry.name} is locked at ${entry.locked}, outside the range ${entry.range} in ${manifest}.`
                        : `${entry.name}@${entry.range} from ${manifest} is missing from the lockfile.`,
                    file: lockfile,
                    line: 1,
                    fixHint: 'run npm install and commit the updated package-lock.json (npm ci fails on this mismatch)',
                });
            }
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./actions/pin-check/src/lockfiles.ts
var lockfiles = __webpack_require__(7796);
;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-lockfile.ts



/** Every manifest with dependencies has a lockfile beside it (or at its workspace root). */
const missingLockfile = {
    meta: {
        id: 'missing-lockfile',
        description: 'Manifests with dependencies (package.json, pyproject.toml, go.mod, Cargo.toml) have a lockfile; requirements files pin == with --hash',
        severity: 'error',
        docs: ruleDocs('missing-lockfile'),
    },
    check(facts, policy) {
        const texts = new Map(facts.manifests.map((file) => [file.path, file.text]));
        const findings = (0,lockfiles/* missingLockfiles */.pn)(facts.paths, texts)
            .filter((missing) => ruleAppliesTo(policy, this.meta.id, missing.manifest))
            .map((missing) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${missing.manifest} declares dependencies but has no lockfile, so every install resolves versions anew.`,
            file: missing.manifest,
            line: 1,
            fixHint: `commit ${missing.expected}`,
        }));
        for (const file of facts.manifests) {
            if (!/(^|\/)requirements[\w.-]*\.txt$/.test(file.path) || !ruleAppliesTo(policy, this.meta.id, file.path))
                continue;
            for (const [line, requirement] of (0,lockfiles/* unhashedRequirements */.H4)(file.text)) {
                findings.push({
                    ruleId: this.meta.id,
                    severity: 'warning',
                    message: `${requirement} is not pinned with == and --hash, so pip may install other content.`,
                    file: file.path,
                    line,
                    fixHint: 'generate the file with pip-compile --generate-hashes (or uv pip compile --generate-hashes)',
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-tool-version.ts


/** Files that pin each tool's version; `.tool-versions` (asdf/mise) pins any of them by its plugin name. */
const VERSION_FILES = {
    node: { files: ['.nvmrc', '.node-version'], asdf: ['nodejs', 'node'] },
    python: { files: ['.python-version'], asdf: ['python'] },
    ruby: { files: ['.ruby-version'], asdf: ['ruby'] },
    go: { files: ['.go-version'], asdf: ['golang', 'go'] },
    java: { files: ['.java-version', '.sdkmanrc'], asdf: ['java'] },
    terraform: { files: ['.terraform-version'], asdf: ['terraform'] },
};
/** When policy requires it, the repository root pins each listed tool's version. */
const missingToolVersion = {
    meta: {
        id: 'missing-tool-version',
        description: 'Tools named in pin-check.require-tool-versions have a version file at the repository root',
        severity: 'error',
        docs: ruleDocs('missing-tool-version'),
    },
    check(facts, policy) {
        const toolVersions = facts.manifests.find((file) => file.path === '.tool-versions')?.text ?? '';
        const pinnedByAsdf = new Set(toolVersions.split(/\r?\n/).map((line) => line.trim().split(/\s+/)[0]).filter(Boolean));
        const findings = [];
        for (const tool of policy.requireToolVersions) {
            const spec = VERSION_FILES[tool];
            if (!spec)
                continue;
            if (spec.files.some((file) => facts.paths.has(file)) || spec.asdf.some((name) => pinnedByAsdf.has(name)))
                continue;
            findings.push({
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: `policy requires a pinned ${tool} version, but the repository has none of ${[...spec.files, '.tool-versions'].join(', ')}.`,
                fixHint: `add ${spec.files[0]} with the exact version CI should use`,
            });
        }
        return findings;
    },
};

// EXTERNAL MODULE: ./actions/pin-check/src/uses-reference.ts
var uses_reference = __webpack_require__(228);
;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-version-comment.ts



/** A SHA pin should say which tag it came from (`# v4.2.2`), so updates can be reviewed. */
const missingVersionComment = {
    meta: {
        id: 'missing-version-comment',
        description: 'A SHA-pinned uses: carries a `# vX.Y.Z` comment naming the tag it was taken from',
        severity: 'note',
        docs: ruleDocs('missing-version-comment'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                const { reference } = uses;
                if (reference.kind !== 'remote' || (0,uses_reference/* classifyRef */.qW)(reference.ref) !== 'sha')
                    continue;
                if (uses.comment && /\bv?\d+(\.\d+)*\b/.test(uses.comment))
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: `${reference.owner}/${reference.repo}@${reference.ref.slice(0, 12)}… has no version comment, so reviewers cannot tell which release it is.`,
                    file: workflow.file,
                    line: uses.line,
                    column: uses.column,
                    fixHint: 'append the tag the SHA came from: # vX.Y.Z',
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/online-check-failed.ts




/** References named in the message; the rest are counted (the message is a summary row and an annotation). */
const NAMED = 5;
/**
 * Online, with policy `online: optional`: lookups that failed (timeout, 5xx,
 * 403, rate limit, the client stopped after an outage) are reported, so an
 * unchecked reference is never a silent pass. One finding for the run, not
 * one per reference: an outage is one fact, and hundreds of identical
 * warnings would bury the findings that matter. It sits at the first
 * unchecked reference (code scanning needs a location). With
 * `online: required` the run stops with exit 3 instead.
 */
const onlineCheckFailed = {
    meta: {
        id: 'online-check-failed',
        description: 'Every reference could be checked against the GitHub API (online)',
        severity: 'warning',
        docs: ruleDocs('online-check-failed'),
    },
    check(facts, policy) {
        const visits = remoteUsesWithFacts(facts, policy, this.meta.id);
        const failed = visits.filter(({ online }) => online.error);
        if (failed.length === 0)
            return [];
        const first = failed[0];
        const unchecked = distinct(failed);
        const total = distinct(visits).length;
        const named = unchecked.slice(0, NAMED).join(', ') + (unchecked.length > NAMED ? ` and ${unchecked.length - NAMED} more` : '');
        const finding = {
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${unchecked.length} of ${total} reference(s) could not be checked online (${ONLINE_CHECKS}): ${causes(failed, facts.online?.stopped)}. ` +
                `Not checked: ${named}. Offline rules ran in full.`,
            file: first.workflow.file,
            line: first.uses.line,
            column: first.uses.column,
            fixHint: 're-run; if it persists, check the runner\'s network path to GITHUB_API_URL, the token\'s permissions, and `api-timeout`/`api-budget`',
        };
        return [finding];
    },
};
function distinct(visits) {
    return [...new Set(visits.map(({ uses }) => uses.value))];
}
/** What went wrong, once per kind: "the API client stopped after X" and/or each distinct error. */
function causes(failed, stopped) {
    const reasons = new Map();
    for (const { online } of failed) {
        const error = online.error;
        const own = `${error.message.replace(/\.$/, '')} (${error.code})`;
        // The failure that opened the breaker and every lookup refused after it are one cause, said once.
        const reason = stopped && (own === stopped || error.code === 'GATES_E_API_STOPPED') ? `the API client stopped after ${stopped}` : own;
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    return [...reasons].map(([reason, count]) => (reasons.size > 1 ? `${reason} [${count}]` : reason)).join('; ');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unknown-reference.ts



/** Online: the ref (tag, branch or commit) does not exist in the repository the token can see. */
const unknownReference = {
    meta: {
        id: 'unknown-reference',
        description: 'Every uses: reference exists: the repository has that tag, branch or commit (online)',
        severity: 'error',
        docs: ruleDocs('unknown-reference'),
    },
    check(facts, policy) {
        return remoteUsesWithFacts(facts, policy, this.meta.id)
            .filter(({ online }) => online.missing)
            .map(({ workflow, uses }) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${uses.value} names nothing GitHub can find: no such tag, branch or commit, or the repository is private to this token.`,
            file: workflow.file,
            line: uses.line,
            column: uses.column,
            confidence: 'high',
            fixHint: 'check the owner, repository and ref; a private action needs a token that can read it',
        }));
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/dockerfile.ts
function parseFromLines(text) {
    const args = new Map();
    const stages = new Set();
    const result = [];
    let sawFrom = false;
    for (const { line, content } of logicalLines(text)) {
        const match = /^\s*(FROM|ARG)\s+(.*)$/i.exec(content);
        if (!match)
            continue;
        const keyword = match[1].toUpperCase();
        const rest = match[2].trim();
        if (keyword === 'ARG') {
            if (sawFrom)
                continue;
            for (const declaration of rest.split(/\s+/)) {
                const [name, ...value] = declaration.split('=');
                if (name)
                    args.set(name, value.join('=').replace(/^["']|["']$/g, ''));
            }
            continue;
        }
        sawFrom = true;
        const words = rest.split(/\s+/).filter((word) => !word.startsWith('--'));
        const raw = words[0] ?? '';
        const asIndex = words.findIndex((word) => word.toLowerCase() === 'as');
        const image = substitute(raw, args);
        const internal = image !== undefined && (image.toLowerCase() === 'scratch' || stages.has(image.toLowerCase()));
        result.push({ line, raw, image, internal });
        if (asIndex > 0 && words[asIndex + 1])
            stages.add(words[asIndex + 1].toLowerCase());
    }
    return result;
}
function substitute(raw, args) {
    let unresolved = false;
    const value = raw.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_whole, braced, fallback, bare) => {
        const name = braced ?? bare;
        const found = args.get(name);
        if (found)
            return found;
        if (fallback !== undefined)
            return fallback;
        unresolved = true;
        return '';
    });
    return unresolved ? undefined : value;
}
function logicalLines(text) {
    const lines = text.split(/\r?\n/);
    const result = [];
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let content = lines[i];
        while (content.endsWith('\\') && i + 1 < lines.length)
            content = content.slice(0, -1) + ' ' + lines[++i];
        if (!/^\s*#/.test(content))
            result.push({ line: start + 1, content });
    }
    return result;
}
/** An image reference pinned by content: `name@sha256:<64 hex>`. */
function isDigestPinned(image) {
    return /@sha256:[0-9a-f]{64}$/.test(image);
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-image.ts



const FIX = 'pin by digest: image:tag@sha256:<digest> (docker buildx imagetools inspect image:tag shows it)';
/** Container images in workflows (container, services, docker://) and Dockerfile FROM lines use @sha256 digests. */
const unpinnedImage = {
    meta: {
        id: 'unpinned-image',
        description: 'Container images (job containers, services, docker:// actions, Dockerfile FROM) are pinned by @sha256 digest',
        severity: 'error',
        docs: ruleDocs('unpinned-image'),
    },
    check(facts, policy) {
        const findings = [];
        const severity = severityFor(policy, this.meta);
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            const images = [
                ...workflow.images,
                ...workflow.uses.flatMap((uses) => {
                    const { reference } = uses;
                    return reference.kind === 'docker' ? [{ image: reference.image, where: 'docker:// action', line: uses.line, column: uses.column }] : [];
                }),
            ];
            for (const image of images) {
                if (isDigestPinned(image.image) || image.image.includes('${{'))
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity,
                    message: `${image.where} image ${image.image} is not pinned by digest; the tag can be re-pushed with other content.`,
                    file: workflow.file,
                    line: image.line,
                    column: image.column,
                    confidence: 'high',
                    fixHint: FIX,
                });
            }
        }
        for (const dockerfile of facts.dockerfiles) {
            if (!ruleAppliesTo(policy, this.meta.id, dockerfile.path))
                continue;
            for (const from of parseFromLines(dockerfile.text)) {
                if (from.internal || (from.image && isDigestPinned(from.image)))
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity: from.image === undefined ? 'warning' : severity,
                    message: from.image === undefined
                        ? `FROM ${from.raw} uses a build argument without a default, so the image cannot be checked; make sure the value passed is a digest.`
                        : `FROM ${from.image}${from.raw !== from.image ? ` (from ${from.raw})` : ''} is not pinned by digest.`,
                    file: dockerfile.path,
                    line: from.line,
                    confidence: from.image === undefined ? 'medium' : 'high',
                    fixHint: FIX,
                });
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/install-checks.ts
const WRAPPERS = new Set(['sudo', 'env', 'time', 'nohup', 'exec', 'command', 'xargs']);
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'python', 'python3', 'node', 'perl', 'ruby']);
const DOWNLOADERS = new Set(['curl', 'wget']);
const ASSIGNMENT = /^[A-Za-z_]\w*=/;
/** The command's own words: without `VAR=x` prefixes, sudo/env wrappers and their flags. */
function effectiveWords(words) {
    let index = 0;
    while (index < words.length) {
        const word = words[index];
        if (word.includes('=') && ASSIGNMENT.test(word))
            index++;
        else if (WRAPPERS.has(baseName(word))) {
            index++;
            while (index < words.length && words[index].startsWith('-'))
                index++;
        }
        else
            break;
    }
    return index === 0 ? words : words.slice(index);
}
function baseName(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
/** Every problem in a tokenized script, with the line of the command it is in. */
function checkScript(commands) {
    const found = [];
    // Each command's own words and tool name, once: the per-tool checks and the pipeline check both need them.
    const own = [];
    const tools = [];
    for (const command of commands) {
        const words = effectiveWords(command.words);
        own.push(words);
        tools.push(baseName(words[0] ?? ''));
    }
    for (let index = 0; index < commands.length; index++) {
        for (const problem of problemsOf(tools[index], own[index]))
            found.push({ line: commands[index].line, problem });
        const piped = DOWNLOADERS.has(tools[index]) ? pipedIntoShell(commands, tools, index) : undefined;
        if (piped)
            found.push({ line: commands[index].line, problem: piped });
    }
    return found;
}
/** The problems of one command: its tool name and its own words (see effectiveWords). */
function problemsOf(tool, words) {
    if (tool === 'npm')
        return checkNpm(words.slice(1));
    if (tool === 'pip' || tool === 'pip3')
        return checkPip(words.slice(2), words[1]);
    if ((tool === 'python' || tool === 'python3') && words[1] === '-m' && words[2] === 'pip')
        return checkPip(words.slice(4), words[3]);
    if (tool === 'go' && words[1] === 'install')
        return checkGoInstall(words.slice(2));
    if (tool === 'gem' && words[1] === 'install')
        return checkGem(words.slice(2));
    if (SHELLS.has(tool))
        return checkShellFetch(words);
    return [];
}
/** `curl ... | sh`: the downloader at `index` feeding a shell later in the same pipeline. */
function pipedIntoShell(commands, tools, index) {
    const downloader = tools[index];
    const pipeline = commands[index].pipeline;
    for (let next = index + 1; next < commands.length && commands[next].pipeline === pipeline; next++) {
        const shell = tools[next];
        if (SHELLS.has(shell)) {
            return {
                kind: 'pipe-to-shell',
                message: `${downloader} output is piped into ${shell}: whatever the server returns today runs with the job's permissions.`,
                fix: 'download a pinned release, verify its checksum (sha256sum -c), then run it',
            };
        }
    }
    return undefined;
}
function checkShellFetch(words) {
    const fetched = words.slice(1).find((word) => /^[<$]\((curl|wget)\s/.test(word));
    if (!fetched)
        return [];
    return [{
            kind: 'pipe-to-shell',
            message: `${baseName(words[0])} runs a script fetched at run time (${fetched.slice(2, 6)}): its content is not pinned.`,
            fix: 'download a pinned release, verify its checksum (sha256sum -c), then run it',
        }];
}
const NPM_INSTALL = new Set(['install', 'i', 'add', 'isntall', 'in', 'ins', 'inst', 'insta', 'instal']);
function checkNpm(args) {
    if (!NPM_INSTALL.has(args[0] ?? ''))
        return [];
    const flags = args.slice(1).filter((a) => a.startsWith('-'));
    const packages = args.slice(1).filter((a) => !a.startsWith('-'));
    const global = flags.some((f) => f === '-g' || f === '--global' || f === '--location=global');
    if (packages.length === 0) {
        return [{ kind: 'prefer-lockfile-install', message: `npm ${args[0]} may rewrite package-lock.json and install versions nobody reviewed.`, fix: 'use npm ci, which installs exactly the lockfile' }];
    }
    return packages
        .filter((spec) => !isExactNpmSpec(spec))
        .map((spec) => ({
        kind: 'unpinned-package',
        message: `npm ${args[0]}${global ? ' -g' : ''} ${spec} installs whatever version is newest at run time.`,
        fix: global ? `pin the exact version: npm install -g ${npmName(spec)}@<x.y.z>` : 'add it to package.json and install with npm ci',
    }));
}
function npmName(spec) {
    const at = spec.lastIndexOf('@');
    return at > 0 ? spec.slice(0, at) : spec;
}
function isExactNpmSpec(spec) {
    if (/^(\.{0,2}\/|file:)/.test(spec))
        return true;
    const at = spec.lastIndexOf('@');
    if (at <= 0)
        return false;
    return /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec.slice(at + 1));
}
function checkPip(args, subcommand) {
    if (subcommand !== 'install')
        return [];
    const problems = [];
    const hashed = args.includes('--require-hashes');
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '-r' || arg === '--requirement' || arg.startsWith('--requirement=') || arg.startsWith('-r')) {
            const file = arg === '-r' || arg === '--requirement' ? args[++i] : arg.replace(/^(-r|--requirement=)/, '');
            if (!hashed)
                problems.push({ kind: 'unhashed-requirements', message: `pip install -r ${file} without --require-hashes trusts whatever the index serves for each version.`, fix: 'pin with hashes (pip-compile --generate-hashes) and add --require-hashes' });
            continue;
        }
        if (arg === '-c' || arg === '--constraint' || arg === '-i' || arg === '--index-url' || arg === '--extra-index-url' || arg === '-t' || arg === '--target') {
            i++;
            continue;
        }
        if (arg.startsWith('-') || arg === '.' || arg.startsWith('./') || arg === '-e')
            continue;
        if (!/==[^=*]+$/.test(arg) && !/^[\w.-]+ @ /.test(arg)) {
            problems.push({ kind: 'unpinned-package', message: `pip install ${arg} installs whatever version is newest at run time.`, fix: `pin it: ${arg.split(/[<>=!~\[]/)[0]}==<x.y.z> with --require-hashes` });
        }
        else if (!hashed) {
            problems.push({ kind: 'unhashed-requirements', message: `pip install ${arg} pins the version but not its content.`, fix: 'add --require-hashes with --hash=sha256:... (or install from a hashed requirements file)' });
        }
    }
    return problems;
}
function checkGoInstall(args) {
    return args
        .filter((arg) => !arg.startsWith('-'))
        .filter((arg) => !/@v\d+\.\d+\.\d+/.test(arg) && !/@[0-9a-f]{40}$/.test(arg))
        .map((arg) => ({
        kind: 'unpinned-package',
        message: `go install ${arg} ${arg.includes('@') ? 'follows a moving version' : 'has no version'}.`,
        fix: `pin a version: go install ${arg.split('@')[0]}@vX.Y.Z`,
    }));
}
function checkGem(args) {
    if (args.some((a) => a === '-v' || a === '--version' || a.startsWith('--version=') || /^-v\S/.test(a)))
        return [];
    return args
        .filter((a) => !a.startsWith('-') && !/^[<>=~!]/.test(a) && !/:\S*\d/.test(a))
        .map((gem) => ({ kind: 'unpinned-package', message: `gem install ${gem} installs whatever version is newest at run time.`, fix: `pin it: gem install ${gem} -v <x.y.z>` }));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/tokenize.ts
function tokenizeShell(script) {
    return new ShellTokenizer(script).commands();
}
const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const TAB = 9;
const BACKSLASH = 92;
const DOLLAR = 36;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const LESS = 60;
const GREATER = 62;
/** Characters of a plain word part; `$` ends one only where `$(` or `${{` starts (`$HOME` and `${x}` stay in the word). */
const PLAIN_RUN = /(?:[^ \t\r\n'"\\|&;()<>{}$]|\$(?!\(|\{\{))+/y;
/** Characters that end a redirection's target. */
const TARGET_STOP = codeSet(' \t\r\n|&;()<>');
function codeSet(chars) {
    const set = new Uint8Array(128);
    for (const char of chars)
        set[char.charCodeAt(0)] = 1;
    return set;
}
class ShellTokenizer {
    script;
    index = 0;
    line = 0;
    found = [];
    words = [];
    word;
    startLine = 0;
    pipeline = 0;
    heredocs = [];
    constructor(script) {
        this.script = script;
    }
    commands() {
        const script = this.script;
        while (this.index < script.length) {
            const code = script.charCodeAt(this.index);
            if (code === BACKSLASH && script.charCodeAt(this.index + 1) === NEWLINE) {
                this.index += 2;
                this.line++;
            }
            else if (code === NEWLINE) {
                this.endCommand(false);
                this.line++;
                this.index++;
                if (this.heredocs.length > 0)
                    this.skipHeredocBodies();
            }
            else if (code === SPACE || code === TAB || code === CARRIAGE_RETURN) {
                this.endWord();
                this.index++;
            }
            else if (code === 35 /* # */ && this.word === undefined) {
                this.index = indexOrEnd(script, '\n', this.index);
            }
            else if ((code === GREATER || code === LESS) && script.charCodeAt(this.index + 1) !== OPEN_PAREN) {
                // A redirection: drop it, its fd number and its target; skip a heredoc's body.
                if (this.word !== undefined && /^\d+$/.test(this.word))
                    this.word = undefined;
                this.endWord();
                this.skipRedirect();
            }
            else {
                const operator = operatorLength(script, this.index, code);
                // Control operators end a word anywhere; braces only where a word would start.
                if (operator > 0 && (this.word === undefined || (code !== 123 /* { */ && code !== 125 /* } */))) {
                    // `|` and `|&` continue the pipeline; every other operator ends it.
                    this.endCommand(code === 124 /* | */ && script.charCodeAt(this.index + 1) !== 124);
                    this.index += operator;
                }
                else {
                    this.word = (this.word ?? '') + this.readWordPart();
                }
            }
        }
        this.endCommand(false);
        return this.found;
    }
    endWord() {
        if (this.word !== undefined) {
            if (this.words.length === 0)
                this.startLine = this.line;
            this.words.push(this.word);
        }
        this.word = undefined;
    }
    endCommand(continuesPipeline) {
        this.endWord();
        if (this.words.length > 0)
            this.found.push({ words: this.words, line: this.startLine, pipeline: this.pipeline });
        this.words = [];
        if (!continuesPipeline)
            this.pipeline++;
    }
    /** Skips `>file`, `>>file`, `2>&1`, `<in`, `<<<word`; remembers a `<<EOF` delimiter to skip the body after the line. */
    skipRedirect() {
        const script = this.script;
        const start = this.index;
        const operator = redirectOperator(script, start);
        this.index += operator.length;
        while (script.charCodeAt(this.index) === SPACE || script.charCodeAt(this.index) === TAB)
            this.index++;
        if ((operator === '>&' || operator === '<&') && isFdChar(script.charCodeAt(this.index))) {
            while (isFdChar(script.charCodeAt(this.index)))
                this.index++;
            return;
        }
        let target = '';
        while (this.index < script.length) {
            const code = script.charCodeAt(this.index);
            if (code < 128 && TARGET_STOP[code] === 1)
                break;
            target += this.readWordPart();
        }
        if (operator === '<<' || operator === '<<-')
            this.heredocs.push({ delimiter: target, stripTabs: operator === '<<-' });
    }
    /** Skips the bodies of pending heredocs, which start just after a newline. */
    skipHeredocBodies() {
        const script = this.script;
        for (const heredoc of this.heredocs) {
            while (this.index < script.length) {
                const end = indexOrEnd(script, '\n', this.index);
                const text = script.slice(this.index, end);
                this.index = end + 1;
                this.line++;
                if ((heredoc.stripTabs ? text.replace(/^\t+/, '') : text).trimEnd() === heredoc.delimiter)
                    break;
            }
        }
        this.heredocs = [];
    }
    /** Reads one quoted, substituted or plain piece of a word at the cursor, and moves past it. */
    readWordPart() {
        const script = this.script;
        const start = this.index;
        const code = script.charCodeAt(start);
        if (code === 39 /* ' */) {
            const end = indexOrEnd(script, "'", start + 1);
            this.line += countNewlines(script, start, end);
            this.index = end + 1;
            return script.slice(start + 1, end);
        }
        if (code === 34 /* " */)
            return this.readDoubleQuoted();
        if (code === DOLLAR && script.startsWith('{{', start + 1)) {
            const end = script.indexOf('}}', start);
            const stop = end === -1 ? script.length : end + 2;
            this.line += countNewlines(script, start, stop);
            this.index = stop;
            return script.slice(start, stop);
        }
        if ((code === DOLLAR || code === LESS || code === GREATER) && script.charCodeAt(start + 1) === OPEN_PAREN) {
            const end = matchingParen(script, start + 1);
            this.line += countNewlines(script, start, end);
            this.index = end + 1;
            return script.slice(start, end + 1);
        }
        if (code === BACKSLASH && start + 1 < script.length) {
            this.index = start + 2;
            return script[start + 1];
        }
        // A run of plain characters, matched natively rather than char by char: most of a script is words.
        PLAIN_RUN.lastIndex = start;
        const end = PLAIN_RUN.test(script) ? PLAIN_RUN.lastIndex : start;
        this.index = end === start ? start + 1 : end;
        return end === start ? script[start] : script.slice(start, end);
    }
    /** A double-quoted string: `\"`, `\\`, `\$`, `` \` `` and line continuations unescaped; `$(...)` kept whole. */
    readDoubleQuoted() {
        const script = this.script;
        const start = this.index;
        let text = '';
        let run = start + 1;
        let at = run;
        while (at < script.length && script.charCodeAt(at) !== 34) {
            const code = script.charCodeAt(at);
            if (code === BACKSLASH && at + 1 < script.length) {
                const escaped = script[at + 1];
                text += script.slice(run, at) + ('"\\$`\n'.includes(escaped) ? (escaped === '\n' ? '' : escaped) : `\\${escaped}`);
                at += 2;
                run = at;
            }
            else if (code === DOLLAR && script.charCodeAt(at + 1) === OPEN_PAREN) {
                at = matchingParen(script, at + 1) + 1;
            }
            else {
                at++;
            }
        }
        text += script.slice(run, at);
        this.line += countNewlines(script, start, at);
        this.index = at + 1;
        return text;
    }
}
/** Length of the control operator at `index`, or 0 (longest first: `&&` before `&`). */
function operatorLength(script, index, code) {
    const next = script.charCodeAt(index + 1);
    switch (code) {
        case 38 /* & */:
            return next === 38 ? 2 : 1;
        case 124 /* | */:
            return next === 124 || next === 38 ? 2 : 1;
        case 59 /* ; */:
            return next === 59 ? 2 : 1;
        case OPEN_PAREN:
        case CLOSE_PAREN:
        case 123 /* { */:
        case 125 /* } */:
            return 1;
        default:
            return 0;
    }
}
const REDIRECT_OPERATORS = ['<<-', '<<<', '<<', '>>', '>&', '<&', '>|', '<>', '>', '<'];
function redirectOperator(script, index) {
    return REDIRECT_OPERATORS.find((operator) => script.startsWith(operator, index));
}
function isFdChar(code) {
    return (code >= 48 && code <= 57) || code === 45; // digits, `-`
}
function matchingParen(script, open) {
    let depth = 0;
    for (let at = open; at < script.length; at++) {
        const code = script.charCodeAt(at);
        if (code === OPEN_PAREN)
            depth++;
        else if (code === CLOSE_PAREN && --depth === 0)
            return at;
    }
    return script.length - 1;
}
function indexOrEnd(script, needle, from) {
    const index = script.indexOf(needle, from);
    return index === -1 ? script.length : index;
}
function countNewlines(script, from, to) {
    let count = 0;
    for (let at = from; at < to && at < script.length; at++)
        if (script.charCodeAt(at) === NEWLINE)
            count++;
    return count;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-install.ts




/**
 * A cheap, sound prefilter: every command the checks judge names one of these
 * tools, and quoting or escaping (`n'p'm`, `n\\pm`) cannot hide it once quotes
 * and backslashes (and line continuations) are dropped. Scripts without any skip the tokenizer.
 */
const TOOL_WORDS = /\b(npm|pip3?|python3?|go|gem|curl|wget)\b/;
const HIDING = /['"\\]/;
function mayInstall(script) {
    // Most scripts that install name the tool plainly; only a script with quotes or backslashes needs them dropped.
    if (TOOL_WORDS.test(script))
        return true;
    return HIDING.test(script) && TOOL_WORDS.test(script.replace(/\\\r?\n/g, '').replace(/['"\\]/g, ''));
}
/** `run:` steps install only pinned things: npm ci, pinned pip/go/gem installs, no curl | sh. */
const unpinnedInstall = {
    meta: {
        id: 'unpinned-install',
        description: 'Run steps install pinned versions (npm ci, pip ==x with hashes, go install @vX, gem -v) and never pipe downloads into a shell',
        severity: 'error',
        docs: ruleDocs('unpinned-install'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const run of workflow.runs) {
                if (!mayInstall(run.script))
                    continue;
                for (const { line, problem } of checkScript(tokenizeShell(run.script))) {
                    findings.push({
                        ruleId: this.meta.id,
                        // Reviewing a lockfile-less `npm install` matters less than running unpinned code.
                        severity: problem.kind === 'prefer-lockfile-install' || problem.kind === 'unhashed-requirements' ? 'warning' : severityFor(policy, this.meta),
                        message: problem.message,
                        file: workflow.file,
                        line: run.firstScriptLine + line,
                        confidence: 'high',
                        fixHint: problem.fix,
                    });
                }
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/fix/pin-edit.ts
/**
 * The edit that pins one `uses:` value to a commit and names its tag in a
 * comment, touching nothing else on the line: quotes are kept, an existing
 * comment is replaced (its spacing kept), and a value inside a flow mapping
 * (`{ uses: x@v1, with: ... }`) is rewritten without a comment, which would
 * swallow the rest of the line. Pure; undefined when the value cannot be
 * rewritten safely (block scalars, escapes).
 */
function pinEdit(uses, sha, tag) {
    const at = uses.value.lastIndexOf('@');
    if (at <= 0)
        return undefined;
    const raw = uses.raw ?? uses.value;
    const quote = raw === `"${uses.value}"` ? '"' : raw === `'${uses.value}'` ? "'" : '';
    if (!quote && raw !== uses.value)
        return undefined;
    const value = `${quote}${uses.value.slice(0, at)}@${sha}${quote}`;
    const comment = /^(\s*)#/.exec(uses.trailing);
    if (comment) {
        const replacement = tag ? `${value}${comment[1]}# ${tag}` : value + uses.trailing;
        return { start: uses.start, end: uses.end + uses.trailing.length, replacement, expected: raw + uses.trailing };
    }
    const restOfLine = uses.trailing.trim();
    return { start: uses.start, end: uses.end, replacement: tag && restOfLine === '' ? `${value} # ${tag}` : value, expected: raw };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-uses.ts






const DESCRIBE = {
    'short-sha': 'a short SHA, which can collide with a commit in a fork',
    'semver-tag': 'a tag, which its owner can move to other code at any time',
    'branch-or-tag': 'a branch or tag, which moves whenever its owner pushes',
};
/** `uses: owner/repo@ref` must name a full commit SHA (steps, reusable workflows, composite actions). */
const unpinnedUses = {
    meta: {
        id: 'unpinned-uses',
        description: 'Actions and reusable workflows are pinned to a full commit SHA',
        severity: 'error',
        docs: ruleDocs('unpinned-uses'),
    },
    check(facts, policy) {
        const findings = [];
        const allowed = policy.allow.map((entry) => ({ entry, matches: (0,src/* globMatcher */.fU)([entry.uses]) }));
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                const { reference } = uses;
                if (reference.kind !== 'remote')
                    continue;
                const refKind = (0,uses_reference/* classifyRef */.qW)(reference.ref);
                if (refKind === 'sha')
                    continue;
                const name = `${reference.owner}/${reference.repo}`;
                const allow = allowed.find(({ matches }) => matches(name) || matches(`${name}/${reference.path}`));
                const base = uses.value.slice(0, uses.value.lastIndexOf('@'));
                // Online facts say what the ref resolves to now: the finding then carries its fix.
                const resolved = facts.online?.references.get((0,online_facts/* referenceKey */.Db)(reference.owner, reference.repo, reference.path, reference.ref));
                const tag = resolved ? resolved.bestTag : reference.ref;
                const edit = resolved?.commit ? pinEdit(uses, resolved.commit, tag) : undefined;
                const named = tag ? ` (${tag})` : '';
                const finding = {
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: `${uses.value} is pinned to ${DESCRIBE[refKind]}.` + (resolved?.commit ? ` It resolves to ${resolved.commit}${named} today.` : ''),
                    file: workflow.file,
                    line: uses.line,
                    column: uses.column,
                    confidence: 'high',
                    fixHint: `pin the full commit SHA the ref points to: uses: ${base}@${resolved?.commit ?? '<40-hex sha>'}${tag ? ` # ${tag}` : ''}`,
                };
                if (edit)
                    finding.fix = { description: `pin ${uses.value} to ${resolved.commit}${named}`, file: workflow.file, edits: [edit] };
                if (allow)
                    finding.waived = { reason: `allowed by policy (${allow.entry.uses}): ${allow.entry.reason}` };
                findings.push(finding);
            }
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/version-comment-mismatch.ts




/** Online: `@<sha> # v4.1.1` where tag v4.1.1 does not exist or points elsewhere (it moved, or the comment lies). */
const versionCommentMismatch = {
    meta: {
        id: 'version-comment-mismatch',
        description: 'The version comment of a SHA pin names a tag that points at that commit (online)',
        severity: 'warning',
        docs: ruleDocs('version-comment-mismatch'),
    },
    check(facts, policy) {
        const findings = [];
        for (const { workflow, uses, online } of remoteUsesWithFacts(facts, policy, this.meta.id)) {
            const tag = uses.comment?.split(/\s+/)[0];
            if (!tag || online.commit !== online.ref)
                continue;
            const key = (0,online_facts/* tagKey */.E4)(online.owner, online.repo, tag);
            if (!facts.online.tags.has(key))
                continue;
            const tagCommit = facts.online.tags.get(key);
            if (tagCommit === online.ref)
                continue;
            const name = `${online.owner}/${online.repo}`;
            findings.push({
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: tagCommit === null
                    ? `${name} has no tag ${tag}, but the pin's comment names it.`
                    : `${name} tag ${tag} points to ${tagCommit}, not the pinned ${online.ref}: the tag moved since the pin was made, or the comment is wrong.`,
                file: workflow.file,
                line: uses.line,
                column: uses.column,
                confidence: 'high',
                fixHint: 'compare the two commits, then pin the one you trust and name its tag in the comment',
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/index.ts














/** Every pin-check rule, in the order their findings are reported. */
const PIN_RULES = [
    unpinnedUses,
    invalidUses,
    missingVersionComment,
    unpinnedImage,
    unpinnedInstall,
    missingLockfile,
    lockfileOutOfSync,
    missingToolVersion,
    invalidWorkflow,
    unknownReference,
    imposterCommit,
    versionCommentMismatch,
    deprecatedRuntime,
    onlineCheckFailed,
];

;// CONCATENATED MODULE: ./actions/pin-check/src/definition.ts






const MODES = ['check', 'fix', 'dry-run'];
/** Runs every enabled rule over collected facts. Pure, for tests and the bench. */
function checkRepository(facts, policy) {
    const findings = [];
    for (const rule of PIN_RULES)
        if (policy.rules[rule.meta.id] !== 'off')
            for (const finding of rule.check(facts, policy))
                findings.push(finding);
    // Rules skip out-of-scope files themselves; this catches any finding that names another file. Only path scopes can exclude.
    if (Object.keys(policy.paths).length === 0)
        return findings;
    return findings.filter((finding) => !finding.file || ruleAppliesTo(policy, finding.ruleId, finding.file));
}
const pinCheck = {
    name: 'pin-check',
    description: 'Toolchain and supply chain pinned: actions at commit SHAs, images by digest, installs pinned, lockfiles present',
    rules: [...PIN_RULES.map((rule) => rule.meta), (0,src/* nothingToCheckRule */.JZ)('pin-check')],
    secretInputs: ['token'],
    // Unpinned actions first: the few annotations a step gets go to what matters most.
    annotationPriority: PIN_RULES.map((rule) => rule.meta.id),
    renderSummary: renderPinSummary,
    async run({ workspace, config, runner, inputs, env, stateRoot, redactor }) {
        const policy = readPinPolicy(config);
        const mode = inputs.enumeration('mode', MODES, 'check');
        const token = inputs.string('token') ?? '';
<<<<<<<< HEAD:dist/cli/409.index.js
        const timeoutMs = inputs.duration('api-timeout', 10_000);
        const budgetMs = inputs.duration('api-budget', 120_000);
        const facts = await runner.group('pin-check: reading the repository', () => collectFacts(workspace));
========
        const timeoutMs = inputs.duration('api-timeout', 30_000);
        const facts = await runner.group('pin-check: reading the repository', () => (0,collect/* collectFacts */.M7)(workspace));
>>>>>>>> fsledger:dist/dispatch/386.index.js
        runner.info(`Read ${facts.workflows.length} workflow/action file(s), ${facts.dockerfiles.length} Dockerfile(s), ${facts.manifests.length} manifest(s).`);
        facts.online = await gatherOnlineFacts(facts, policy, { token, env, runner, timeoutMs, budgetMs });
        const notes = [describeOnline(facts.online)];
        let findings = checkRepository(facts, policy);
        const outputs = {};
        let summaryAppendix;
        if (mode !== 'check') {
            if (facts.online.skipped) {
                notes.push(`Fix mode needs the GitHub API to resolve tags to commits (${facts.online.skipped}); no file was changed. Pass \`token\` to fix.`);
                runner.warning('pin-check fix mode changed nothing: it needs a token to resolve tags and branches to commits.');
            }
            // Loaded only in fix and dry-run modes.
            const [{ applyFixes }, { renderFixSummary }] = await Promise.all([__webpack_require__.e(/* import() */ 146).then(__webpack_require__.bind(__webpack_require__, 146)), __webpack_require__.e(/* import() */ 88).then(__webpack_require__.bind(__webpack_require__, 88))]);
            const result = await applyFixes(workspace, findings, mode === 'fix');
            if (result.patch) {
                await runner.group(`pin-check: ${mode === 'fix' ? 'changes made' : 'changes a fix would make'}`, async () => runner.block(result.patch.trimEnd()));
                outputs['patch-file'] = await (0,src/* writeTextReport */.Ad)((0,src/* statePath */.BQ)(stateRoot, 'reports', 'pin-check'), 'pin-check.patch', result.patch, redactor);
            }
            if (mode === 'fix')
                findings = findings.filter((finding) => !result.fixed.has(finding));
            outputs['fixed-files'] = mode === 'fix' ? result.files.join('\n') : '';
            summaryAppendix = renderFixSummary(result, mode, redactor);
        }
        const unpinned = findings.filter((finding) => !finding.waived && UNPINNED_RULES.has(finding.ruleId)).length;
        return {
            findings,
            // No workflow at all: the job forgot actions/checkout or runs in the wrong directory; passing would say "all pinned".
            nothingToCheck: facts.workflows.length === 0 ? `no workflow or action file (.github/workflows/*.yml, action.yml) in ${workspace}` : undefined,
            outputs: { 'unpinned-count': String(unpinned), ...outputs },
            notes,
            summaryAppendix,
            ledgerEvent: { files: facts.workflows.length, mode, apiCalls: facts.online.calls },
        };
    },
};
/** Rules whose findings are unpinned dependencies (the `unpinned-count` output). */
const UNPINNED_RULES = new Set(['unpinned-uses', 'unpinned-image', 'unpinned-install', 'missing-lockfile', 'lockfile-out-of-sync']);


/***/ }),

/***/ 7796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H4: () => (/* binding */ unhashedRequirements),
/* harmony export */   Rw: () => (/* binding */ dirOf),
/* harmony export */   lW: () => (/* binding */ pathIn),
/* harmony export */   pn: () => (/* binding */ missingLockfiles)
/* harmony export */ });
/* unused harmony exports NPM_LOCKFILES, findUpwards */
/**
 * Which manifests need which lockfiles. Pure: paths and texts in. (Whether an
 * npm lockfile matches its package.json: npm-lock-drift.ts.)
 */
const NPM_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];
const PYTHON_LOCKFILES = ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'pylock.toml'];
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** `name` inside `dir`, a workspace-relative path ('' is the workspace). */
function pathIn(dir, name) {
    return dir ? `${dir}/${name}` : name;
}
/** The nearest of `names` in `dir` or any ancestor (workspaces keep one lockfile at the root). */
function findUpwards(paths, dir, names) {
    for (let current = dir;; current = dirOf(current)) {
        for (const name of names)
            if (paths.has(pathIn(current, name)))
                return pathIn(current, name);
        if (current === '')
            return undefined;
    }
}
/** Manifests that declare dependencies but have no lockfile where their tool looks for one. */
function missingLockfiles(paths, texts) {
    const missing = [];
    for (const path of [...paths].sort()) {
        const name = path.slice(path.lastIndexOf('/') + 1);
        const dir = dirOf(path);
        if (name === 'package.json' && declaresNpmDependencies(texts.get(path)) && !findUpwards(paths, dir, NPM_LOCKFILES)) {
            missing.push({ manifest: path, expected: 'package-lock.json (npm install --package-lock-only), pnpm-lock.yaml or yarn.lock' });
        }
        else if (name === 'pyproject.toml' && /^\s*dependencies\s*=\s*\[\s*["']/m.test(texts.get(path) ?? '') && !findUpwards(paths, dir, PYTHON_LOCKFILES) && !hasHashedRequirements(paths, texts, dir)) {
            missing.push({ manifest: path, expected: 'uv.lock, poetry.lock, pdm.lock or a requirements.txt with --hash entries' });
        }
        else if (name === 'go.mod' && /^\s*require\b/m.test(texts.get(path) ?? '') && !paths.has(pathIn(dir, 'go.sum'))) {
            missing.push({ manifest: path, expected: 'go.sum (go mod tidy)' });
        }
        else if (name === 'Cargo.toml' && /^\[(dev-)?dependencies\]/m.test(texts.get(path) ?? '') && !findUpwards(paths, dir, ['Cargo.lock'])) {
            missing.push({ manifest: path, expected: 'Cargo.lock (cargo generate-lockfile)' });
        }
    }
    return missing;
}
function declaresNpmDependencies(text) {
    try {
        const manifest = JSON.parse(text ?? '{}');
        return ['dependencies', 'devDependencies', 'optionalDependencies'].some((key) => Object.keys(manifest[key] ?? {}).length > 0);
    }
    catch {
        return false;
    }
}
function hasHashedRequirements(paths, texts, dir) {
    return [...paths].some((p) => dirOf(p) === dir && /requirements[\w.-]*\.txt$/.test(p) && (texts.get(p) ?? '').includes('--hash='));
}
/** Requirement lines that are not pinned with == and a hash, as [line number, requirement]. */
function unhashedRequirements(text) {
    const lines = text.split(/\r?\n/);
    const result = [];
    for (let i = 0; i < lines.length; i++) {
        const start = i + 1;
        let content = lines[i];
        while (content.trimEnd().endsWith('\\') && i + 1 < lines.length)
            content = `${content.trimEnd().slice(0, -1)} ${lines[++i]}`;
        content = content.replace(/(^|\s)#.*$/, '').trim();
        if (!content || content.startsWith('-'))
            continue;
        if (!content.includes('==') || !content.includes('--hash='))
            result.push([start, content.split(/\s/)[0]]);
    }
    return result;
}


/***/ }),

/***/ 5029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ actionRuntime),
/* harmony export */   k: () => (/* binding */ DEPRECATED_RUNTIMES)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);

/** `runs.using` of an action.yml (node20, composite, docker...), or undefined. Pure. */
function actionRuntime(actionYaml) {
    let document;
    try {
        document = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__.load)(actionYaml);
    }
    catch {
        return undefined;
    }
    const runs = document?.runs;
    const using = runs && typeof runs === 'object' ? runs.using : undefined;
    return typeof using === 'string' ? using.trim().toLowerCase() : undefined;
}
/** Node runtimes GitHub has removed or is removing from hosted runners. */
const DEPRECATED_RUNTIMES = {
    node12: 'removed from runners in 2023',
    node16: 'removed from runners in 2024',
    node20: 'removed from runners in 2026',
};


/***/ }),

/***/ 7551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Db: () => (/* binding */ referenceKey),
/* harmony export */   E4: () => (/* binding */ tagKey),
/* harmony export */   gV: () => (/* binding */ skippedOnline)
/* harmony export */ });
function referenceKey(owner, repo, path, ref) {
    return `${owner}/${repo}${path ? `/${path}` : ''}@${ref}`.toLowerCase();
}
function tagKey(owner, repo, tag) {
    return `${owner}/${repo}`.toLowerCase() + `:${tag}`;
}
function skippedOnline(reason) {
    return { skipped: reason, references: new Map(), tags: new Map(), calls: 0 };
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ parseUses),
/* harmony export */   aG: () => (/* binding */ looksLikeVersion),
/* harmony export */   qW: () => (/* binding */ classifyRef)
/* harmony export */ });
function parseUses(value) {
    const trimmed = value.trim();
    if (trimmed.includes('${{'))
        return { kind: 'expression' };
    if (trimmed.startsWith('./') || trimmed.startsWith('.\\'))
        return { kind: 'local', path: trimmed };
    if (trimmed.startsWith('docker://'))
        return { kind: 'docker', image: trimmed.slice('docker://'.length) };
    const at = trimmed.lastIndexOf('@');
    if (at <= 0 || at === trimmed.length - 1)
        return { kind: 'invalid', reason: 'expected owner/repo[/path]@ref' };
    // Offsets rather than split and rest-destructuring: this runs for every uses: of a repository.
    const ownerEnd = trimmed.indexOf('/');
    const repoEnd = ownerEnd === -1 ? -1 : trimmed.indexOf('/', ownerEnd + 1);
    const nameEnd = repoEnd === -1 || repoEnd > at ? at : repoEnd;
    if (ownerEnd <= 0 || ownerEnd >= at || nameEnd === ownerEnd + 1)
        return { kind: 'invalid', reason: 'expected owner/repo[/path]@ref' };
    const path = nameEnd === at ? '' : trimmed.slice(nameEnd + 1, at);
    return { kind: 'remote', owner: trimmed.slice(0, ownerEnd), repo: trimmed.slice(ownerEnd + 1, nameEnd), path, ref: trimmed.slice(at + 1) };
}
/** `v4.1.1`, `4.1`, `v4` — something worth resolving as a tag. */
function looksLikeVersion(text) {
    return /^v?\d+(\.\d+){0,3}([-+][\w.-]+)?$/.test(text);
}
function classifyRef(ref) {
    if (/^[0-9a-f]{40}$/.test(ref) || /^[0-9a-f]{64}$/.test(ref))
        return 'sha';
    if (/^[0-9a-f]{7,39}$/.test(ref))
        return 'short-sha';
    if (/^v?\d+(\.\d+){0,2}([-+][\w.-]+)?$/.test(ref))
        return 'semver-tag';
    return 'branch-or-tag';
}


/***/ })

};
