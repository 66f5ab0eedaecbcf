export const id = 890;
export const ids = [890];
export const modules = {

/***/ 45769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gZ: () => (/* binding */ MAX_FILE_BYTES),
  M7: () => (/* binding */ collectFacts)
});

// UNUSED EXPORTS: addFileFacts, addReferencedScripts

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __webpack_require__(6220);
// EXTERNAL MODULE: ./actions/pin-check/src/dockerfile.ts
var dockerfile = __webpack_require__(13370);
// EXTERNAL MODULE: ./actions/pin-check/src/workspaces.ts
var workspaces = __webpack_require__(10494);
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
        const lockfile = (0,workspaces/* pathIn */.lW)((0,workspaces/* dirOf */.Rw)(path), 'package-lock.json');
        if (PACKAGE_JSON.test(path) && texts.has(lockfile))
            pairs.push([path, lockfile]);
    }
    if (pairs.length === 0)
        return;
    const { npmLockDrift } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(357)]).then(__webpack_require__.bind(__webpack_require__, 26357));
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
    return { workflows: [], dockerfiles: [], scripts: [], paths: new Set(), manifests: [], skipped: [], npmLocks: [] };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/script-files.ts
/**
 * Which files are shell scripts: `*.sh`/`*.bash`/`*.zsh` unless their
 * shebang names another interpreter (an awk or Python file named `.sh`),
 * files without an extension whose shebang names sh, bash, zsh, dash or
 * ksh, and files a `run:` step runs (`./ci/build`, `bash scripts/x`). Pure.
 */
const SCRIPT_EXTENSION = /\.(sh|bash|zsh)$/;
const SHELL_INTERPRETERS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash']);
/** Extensionless names that are never scripts, so their first bytes are not read. */
const NOT_SCRIPTS = new Set([
    'Makefile', 'GNUmakefile', 'Dockerfile', 'Containerfile', 'LICENSE', 'LICENCE', 'COPYING', 'NOTICE', 'README', 'AUTHORS',
    'CODEOWNERS', 'CONTRIBUTORS', 'CHANGELOG', 'Gemfile', 'Rakefile', 'Procfile', 'Brewfile', 'Vagrantfile', 'Jenkinsfile',
    'Pipfile', 'Justfile', 'justfile', 'Tiltfile', 'BUILD', 'WORKSPACE', 'OWNERS', 'VERSION', 'MAINTAINERS', 'PATENTS',
]);
function hasScriptExtension(path) {
    return SCRIPT_EXTENSION.test(path);
}
/** A file whose first bytes are worth reading for a shebang: no extension, not a well-known non-script. */
function mayBeShebangScript(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return !name.includes('.') && !NOT_SCRIPTS.has(name);
}
/** The interpreter a `#!` line names (`/usr/bin/env -S bash -e` → bash), or undefined without a shebang. */
function shebangInterpreter(text) {
    if (!text.startsWith('#!'))
        return undefined;
    const end = text.indexOf('\n');
    const words = text.slice(2, end === -1 ? undefined : end).trim().split(/\s+/);
    let program = words[0]?.slice(words[0].lastIndexOf('/') + 1) ?? '';
    if (program === 'env')
        program = words.slice(1).find((word) => !word.startsWith('-') && !word.includes('=')) ?? '';
    return program;
}
/** Whether a file's text is a shell script, given how it was found. */
function isShellScript(path, text, referenced = false) {
    const interpreter = shebangInterpreter(text);
    if (interpreter !== undefined)
        return SHELL_INTERPRETERS.has(interpreter);
    return hasScriptExtension(path) || (referenced && !/\.\w+$/.test(path));
}
/**
 * Workspace paths of scripts a `run:` script runs: `./x`, `bash path/x`,
 * `sh -e ci/x`, `source x.sh`, `. ./x`, resolved against the step's
 * working directory. Candidates only: the collector reads those that exist.
 */
function referencedScripts(script, workingDirectory = '') {
    const found = [];
    const pattern = /(?:^|[\s;&|(])(?:(?:sudo\s+)?(?:ba|z|da|k)?sh\s+(?:-\S+\s+)*|source\s+|\.\s+)?((?:\.{1,2}\/)[\w.\-/]+|[\w.-]+(?:\/[\w.-]+)+)/g;
    for (const match of script.matchAll(pattern)) {
        const written = match[1];
        // A bare `dir/file` word only counts after a shell or source: `make dist/app` is not a script.
        const direct = written.startsWith('./') || written.startsWith('../');
        if (!direct && match[0].trim() === written)
            continue;
        const resolved = resolvePath(workingDirectory, written);
        if (resolved !== undefined)
            found.push(resolved);
    }
    return found;
}
function resolvePath(directory, path) {
    const parts = directory.split('/').filter((part) => part !== '' && part !== '.');
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.pop() === undefined)
                return undefined;
        }
        else
            parts.push(part);
    }
    return parts.length > 0 ? parts.join('/') : undefined;
}

// EXTERNAL MODULE: ./actions/pin-check/src/uses-reference.ts
var uses_reference = __webpack_require__(20228);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
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
        (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* FAILSAFE_SCHEMA */.uH, listener: builder.listener });
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
            this.frames[this.depth] = frame = { start: 0, shape, slot: 0, closed: 0, valueShape: undefined, children: undefined, slots: undefined, pendingKey: undefined, first: undefined };
        frame.start = state.position;
        frame.shape = shape;
        frame.slot = 0;
        frame.closed = 0;
        frame.valueShape = undefined;
        frame.children = undefined;
        frame.slots = undefined;
        frame.pendingKey = undefined;
        frame.first = undefined;
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
            if (slot === 0)
                parent.first = node;
            if (pairsAsRead(parent.shape)) {
                if (isKey)
                    parent.pendingKey = node;
                else if (parent.pendingKey)
                    (parent.children ??= []).push(parent.pendingKey, node);
            }
            else {
                (parent.children ??= []).push(node);
                (parent.slots ??= []).push(slot);
            }
        }
        // A value slot closes the key before it, kept or not: a later value must not pair with it.
        if (!isKey)
            parent.pendingKey = undefined;
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
/** Whether a frame of this shape keeps its children as key, value pairs built as they close (see Frame.children). */
function pairsAsRead(shape) {
    return !shape.full && shape.expectsMapping;
}
function nodeOf(frame, state, text) {
    const kind = state.kind === 'mapping' || state.kind === 'sequence' || state.kind === 'scalar' ? state.kind : 'other';
    const children = frame.children;
    // A wrapper around its only child (same value): keep the inner node, whose offsets are exact.
    if (frame.first && frame.closed === 1 && frame.first.value === state.result)
        return frame.first;
    let start = frame.start;
    let end = state.position;
    if (kind === 'scalar') {
        start = skipTrivia(text, start);
        // A plain scalar's close event comes after the spaces that precede a trailing comment.
        while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9))
            end--;
    }
    // A mapping shape met by a sequence keeps no items: its pairs are not items, and the model reads none there.
    const kept = !children ? NO_CHILDREN : pairsAsRead(frame.shape) ? (kind === 'mapping' ? children : NO_CHILDREN) : kind === 'mapping' ? pairs(children, frame.slots, frame.shape.full) : kind === 'sequence' ? children : NO_CHILDREN;
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
// `with:` is kept as one value (js-yaml builds it anyway): positions are found only for the few inputs read.
const STEPS = { items: { keys: { uses: LEAF_SPEC, run: LEAF_SPEC, shell: LEAF_SPEC, 'working-directory': LEAF_SPEC, with: LEAF_SPEC } } };
const IMAGE = { keys: { image: LEAF_SPEC } };
const SHAPES = {
    workflow: compileShape({
        keys: {
            jobs: { anyKey: { keys: { uses: LEAF_SPEC, container: IMAGE, services: { anyKey: IMAGE }, steps: STEPS, strategy: { keys: { matrix: LEAF_SPEC } } } } },
        },
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
    const visitSteps = (steps, job) => {
        for (const step of sequenceItems(steps)) {
            if (step.kind !== 'mapping')
                continue;
            const uses = addUses(step, facts, text, at);
            if (uses)
                addVersionInputs(step, uses, text, position);
            const run = mappingGet(step, 'run');
            if (run?.kind === 'scalar' && typeof run.value === 'string')
                facts.runs.push(runFact(run, step, job, text, at));
        }
    };
    if (kind === 'workflow') {
        for (const [name, job] of mappingEntries(mappingGet(root, 'jobs'))) {
            if (job.kind !== 'mapping')
                continue;
            addUses(job, facts, text, at);
            addContainer(job, facts, at);
            visitSteps(mappingGet(job, 'steps'), own(`jobs.${String(name.value)}`));
        }
    }
    else {
        const runs = mappingGet(root, 'runs');
        visitSteps(mappingGet(runs, 'steps'), 'runs');
        const image = mappingGet(runs, 'image');
        if (image?.kind === 'scalar' && typeof image.value === 'string' && image.value.startsWith('docker://')) {
            const { line, column } = at(image);
            facts.images.push({ image: own(image.value.slice('docker://'.length)), where: 'docker action', line, column });
        }
    }
    return facts;
}
/**
 * A copy of `part` that holds no reference to the text it was cut from. V8 keeps a long substring as a view
 * of its whole parent string, so a fact holding a \`uses:\` value or a script would keep its whole workflow
 * file alive until the rules have run: a thousand files' text copied from one young-generation space to the
 * next and into the old one (bench/: the facts of the 1,000-workflow corpus held 3.4 MB of file text).
 * Appending a character makes a new string that V8 flattens into one copy when it is sliced back.
 */
function own(part) {
    return `${part} `.slice(0, -1);
}
function addUses(map, facts, text, at) {
    const uses = mappingGet(map, 'uses');
    if (uses?.kind !== 'scalar' || typeof uses.value !== 'string')
        return undefined;
    const { start, end } = uses;
    const value = own(uses.value);
    const lineEnd = text.indexOf('\n', end);
    const stop = lineEnd === -1 ? text.length : text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const trailing = own(text.slice(end, stop));
    const commented = commentOf(trailing);
    const { line, column } = at(uses);
    // Facts live until the rules have run: built whole (no spread), they are single objects the GC copies cheaply.
    const fact = { value, comment: commented?.text, commentStart: commented ? end + commented.offset : undefined, start, end, trailing, reference: (0,uses_reference/* parseUses */.Ap)(value), line, column };
    if (!text.startsWith(value, start) || end - start !== value.length)
        fact.raw = own(text.slice(start, end));
    facts.uses.push(fact);
    return fact;
}
/**
 * The comment after a value: `#`, then its text up to the trailing spaces. Read without a regular expression
 * that backtracks: `(.*?)\s*$` tried every split of a long run of spaces inside the comment (a hostile
 * line of a megabyte took hours); the text is what that pattern matched, and a line break inside it
 * (a lone CR, which YAML ends a line at) still means no comment.
 */
function commentOf(trailing) {
    // Only a line with `#` after the value can have a comment; most have none.
    if (!trailing.includes('#'))
        return undefined;
    const lead = /^\s*#\s*/.exec(trailing);
    if (!lead)
        return undefined;
    const text = trailing.slice(lead[0].length).trimEnd();
    return /[\n\r\u2028\u2029]/.test(text) ? undefined : { text, offset: lead[0].length };
}
const VERSION_INPUT = /(^|[-_])version$|^check-latest$/i;
/** `with:` inputs that choose a tool's version, located by their key in the text after `with:`. */
function addVersionInputs(step, uses, text, position) {
    const inputs = mappingGet(step, 'with');
    if (inputs?.kind !== 'mapping' || typeof inputs.value !== 'object' || inputs.value === null)
        return;
    const values = inputs.value;
    for (const name in values) {
        const value = values[name];
        // Most inputs end in neither `version` nor `latest`: a character test before the pattern.
        const last = name.charCodeAt(name.length - 1);
        if (typeof value !== 'string' || (last !== 110 /* n */ && last !== 78 /* N */ && last !== 116 /* t */) || !VERSION_INPUT.test(name))
            continue;
        const key = new RegExp(`(^|[\\s{,])["']?${name.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&')}["']?\\s*:[ \\t]*`, 'gm');
        key.lastIndex = inputs.start;
        const found = key.exec(text);
        (uses.inputs ??= []).push({ name: own(name), value: own(value), ...position(found ? found.index + found[0].length : inputs.start) });
    }
}
function addContainer(job, facts, at) {
    const pushImage = (node, where) => {
        const image = node?.kind === 'mapping' ? mappingGet(node, 'image') : node;
        if (image?.kind === 'scalar' && typeof image.value === 'string') {
            const { line, column } = at(image);
            const fact = { image: own(image.value), where: own(where), line, column };
            if (image.value.includes('${{'))
                fact.matrix = mappingGet(mappingGet(job, 'strategy'), 'matrix')?.value;
            facts.images.push(fact);
        }
    };
    pushImage(mappingGet(job, 'container'), 'container');
    for (const [name, service] of mappingEntries(mappingGet(job, 'services')))
        pushImage(service, `services.${String(name.value)}`);
}
function runFact(run, step, job, text, at) {
    const { line, column } = at(run);
    // A block scalar's content starts on the line after its `|` or `>` header.
    const isBlock = text[run.start] === '|' || text[run.start] === '>';
    // The parser builds a block scalar by appending line after line: one flat string of its own now instead of
    // a chain of pieces of the file for the GC to copy until the rules run.
    const script = own(String(run.value));
    const fact = { script, firstScriptLine: isBlock ? line + 1 : line, line, column, job };
    const shell = mappingGet(step, 'shell')?.value;
    if (typeof shell === 'string')
        fact.shell = own(shell);
    const directory = mappingGet(step, 'working-directory')?.value;
    if (typeof directory === 'string')
        fact.workingDirectory = own(directory);
    return fact;
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
const MANIFEST = /(^|\/)(package\.json|package-lock\.json|npm-shrinkwrap\.json|pnpm-workspace\.yaml|requirements[\w.-]*\.txt|go\.mod|go\.work|Cargo\.toml|pyproject\.toml)$|^\.tool-versions$/;
/**
 * Walks the workspace once and reads the files the rules need. Symlinks are
 * never followed (a link out of the workspace would leak or loop); binary,
 * oversized, unreadable and non-UTF-8 files are listed as skipped with why.
 * Synchronous I/O on purpose: the step does nothing else meanwhile, and for
 * a thousand small files it is several times faster than promise-per-file.
 * `onRead` hears the length of each file's text as it is read.
 */
async function collectFacts(workspace, onRead) {
    const facts = emptyFacts();
    requireReadableWorkspace(workspace);
    const toRead = [];
    /** Files without an extension: read as scripts only when their first bytes are a shell shebang. */
    const toSniff = [];
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
                else if (mayBeShebangScript(path))
                    toSniff.push({ absolute, path });
            }
        }
    }
    for (const { absolute, path } of toRead) {
        const text = readWanted(absolute, path, facts);
        if (text === undefined)
            continue;
        addFileFacts(facts, path, text);
        onRead?.(text.length);
    }
    for (const { absolute, path } of toSniff) {
        if (!startsWithShebang(absolute))
            continue;
        const text = readText(absolute, path, facts, MAX_FILE_BYTES);
        if (text === undefined)
            continue;
        addFileFacts(facts, path, text);
        onRead?.(text.length);
    }
    addReferencedScripts(facts, (path) => readText((0,external_node_path_.join)(workspace, path), path, facts, MAX_FILE_BYTES));
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
        throw new gates_error/* GatesError */.xx('GATES_E_FILESYSTEM', { path: workspace, reason }, { hint: 'pin-check reads the checkout: run actions/checkout before it (or pass --workspace DIR to `gates run`).' });
    }
}
function wanted(path) {
    return WORKFLOW.test(path) || ACTION.test(path) || DOCKERFILE.test(path) || MANIFEST.test(path) || hasScriptExtension(path);
}
/**
 * Scripts the `run:` steps run that were not read as scripts already: files
 * with no extension and no shebang (`bash ci/install`, `./build`). `read`
 * gives a workspace file's text, or undefined. Most repositories have few
 * such files, so the scripts are searched only for their names.
 */
function addReferencedScripts(facts, read) {
    const known = new Set(facts.scripts.map((script) => script.path));
    const candidates = new Map();
    for (const path of facts.paths)
        if (mayBeShebangScript(path) && !known.has(path))
            candidates.set(path, path.slice(path.lastIndexOf('/') + 1));
    if (candidates.size === 0)
        return;
    // One pattern of every candidate's name, tested once per step: thousands of steps times dozens of names made
    // this loop a tenth of the bench's time. Names of candidates already read only cost a wasted test.
    const mentionsCandidate = new RegExp([...new Set(candidates.values())].map((name) => name.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|'));
    for (const workflow of facts.workflows) {
        for (const run of workflow.runs) {
            if (!mentionsCandidate.test(run.script))
                continue;
            const directory = run.workingDirectory?.includes('${{') ? '' : run.workingDirectory;
            for (const path of referencedScripts(run.script, directory)) {
                if (!candidates.delete(path))
                    continue;
                const text = read(path);
                if (text !== undefined && isShellScript(path, text, true))
                    facts.scripts.push({ path, text });
            }
            if (candidates.size === 0)
                return;
        }
    }
}
/** Whether a file's first two bytes are `#!`, without reading the rest. */
function startsWithShebang(absolute) {
    let descriptor;
    try {
        // The same guarded open as every read: no link followed, no FIFO or device read.
        descriptor = (0,read_file/* openRegularFile */.ZU)(absolute, { noFollow: true }).fd;
        const head = Buffer.alloc(2);
        return (0,external_node_fs_.readSync)(descriptor, head, 0, 2, 0) === 2 && head[0] === 0x23 && head[1] === 0x21;
    }
    catch {
        return false;
    }
    finally {
        if (descriptor !== undefined)
            (0,external_node_fs_.closeSync)(descriptor);
    }
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
        facts.dockerfiles.push((0,dockerfile/* parseDockerfile */.A)(path, text));
    else if (MANIFEST.test(path))
        facts.manifests.push({ path, text });
    else if ((hasScriptExtension(path) || mayBeShebangScript(path)) && isShellScript(path, text))
        facts.scripts.push({ path, text });
}
/** Every byte of an open file, read by position (the descriptor's own position is left where it is). */
function readBytesAt0(descriptor) {
    const chunks = [];
    for (let position = 0;;) {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const count = (0,external_node_fs_.readSync)(descriptor, chunk, 0, chunk.length, position);
        if (count === 0)
            return Buffer.concat(chunks);
        chunks.push(chunk.subarray(0, count));
        position += count;
    }
}
/**
 * The file's text, or undefined with the reason recorded. One native read
 * and decode of the opened descriptor; invalid UTF-8 decodes to U+FFFD, and
 * only then are the bytes read again to say why.
 */
function readText(absolute, path, facts, limit) {
    let descriptor;
    try {
        // No link followed (a file swapped for one after the walk), and a FIFO or device refused unread.
        let info;
        try {
            ({ fd: descriptor, stats: info } = (0,read_file/* openRegularFile */.ZU)(absolute, { noFollow: true }));
        }
        catch (error) {
            if (!(error instanceof read_file/* UnreadableFile */.ie))
                throw error;
            facts.skipped.push({ path, reason: error.kind === 'not-regular' ? 'not a regular file' : `unreadable: ${error.reason}` });
            return undefined;
        }
        if (info.size > limit) {
            facts.skipped.push({ path, reason: `${info.size} bytes, over the ${limit}-byte limit` });
            return undefined;
        }
        // Read and decoded in one native call, as the baseline reads (no Buffer of the bytes in the JavaScript heap).
        // A file that grew since fstat is read whole as before and judged on what was read.
        const text = (0,external_node_fs_.readFileSync)(descriptor, 'utf8');
        if (text.includes('\uFFFD') || text.includes('\0')) {
            // Rare: the bytes say why (read again from the start: the descriptor's position is at the end now).
            const bytes = readBytesAt0(descriptor);
            if (bytes.includes(0)) {
                facts.skipped.push({ path, reason: 'binary file' });
                return undefined;
            }
            if (!(0,external_node_buffer_.isUtf8)(bytes)) {
                facts.skipped.push({ path, reason: 'not valid UTF-8' });
                return undefined;
            }
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

/***/ 21890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MODES: () => (/* binding */ MODES),
  checkRepository: () => (/* binding */ checkRepository),
  pinCheck: () => (/* binding */ pinCheck)
});

// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __webpack_require__(43830);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/github/api-timeout.ts
var api_timeout = __webpack_require__(26515);
// EXTERNAL MODULE: ./packages/core/src/action/report-files.ts + 3 modules
var report_files = __webpack_require__(79517);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 1 modules
var state_root = __webpack_require__(57734);
// EXTERNAL MODULE: ./actions/pin-check/src/collect.ts + 6 modules
var collect = __webpack_require__(45769);
// EXTERNAL MODULE: ./actions/pin-check/src/online/online-facts.ts
var online_facts = __webpack_require__(7551);
;// CONCATENATED MODULE: ./actions/pin-check/src/online/online-stage.ts


/** The checks that need the API, named in the summary when they are skipped (never a silent pass). */
const ONLINE_CHECKS = 'unknown references, imposter commits, version comments against tags, commits between releases, refs that are both a tag and a branch, deprecated runtimes, and resolving tags for fix mode';
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
            throw new gates_error/* GatesError */.xx('GATES_E_API_NO_TOKEN', { what: 'pin-check with policy `online: required`' });
        return (0,online_facts/* skippedOnline */.gV)('no token was given');
    }
    // Loaded only when the API is used: offline runs (most pull requests from forks) never parse it, nor the core's API client.
    const { checkOnline } = await __webpack_require__.e(/* import() */ 363).then(__webpack_require__.bind(__webpack_require__, 97363));
    return checkOnline(facts, policy, options);
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

// EXTERNAL MODULE: ./packages/core/src/config/layers.ts
var config_layers = __webpack_require__(7572);
// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __webpack_require__(13483);
;// CONCATENATED MODULE: ./actions/pin-check/src/policy.ts

function readPinPolicy(config) {
    const section = ((0,config_layers/* valueAt */.fK)(config.values, 'pin-check') ?? {});
    return {
        rules: section.rules ?? {},
        paths: section.paths ?? {},
        allow: section.allow ?? [],
        requireToolVersions: section['require-tool-versions'] ?? [],
        online: section.online ?? 'optional',
        commentSeparator: ' ',
    };
}
/** Each scope's globs compiled once: rules ask about every file of the repository. */
const compiledScopes = new WeakMap();
function scopeMatcher(scope) {
    let matches = compiledScopes.get(scope);
    if (!matches) {
        const included = scope.include ? (0,glob/* globMatcher */.f)(scope.include) : () => true;
        const excluded = scope.exclude ? (0,glob/* globMatcher */.f)(scope.exclude) : () => false;
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

// EXTERNAL MODULE: ./packages/core/src/report/summary-budget.ts
var summary_budget = __webpack_require__(21260);
// EXTERNAL MODULE: ./packages/core/src/findings/model.ts
var model = __webpack_require__(96797);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
// EXTERNAL MODULE: ./packages/core/src/report/waived-line.ts
var waived_line = __webpack_require__(6959);
// EXTERNAL MODULE: ./packages/core/src/report/summary.ts
var summary = __webpack_require__(58960);
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
    // Keyed by the message itself, the rest compared field by field: a key built per finding (thousands) cost a
    // new string to copy and hash each time, where the message's hash is computed once and kept (bench/).
    const byMessage = new Map();
    const groups = [];
    // Index loops, not for-of and not find(): this runs once per finding, mostly unoptimised, where an iterator
    // allocates a result object per step (about 1 MB on the bench corpus) and find() a closure per finding.
    for (let index = 0; index < findings.length; index++) {
        const finding = findings[index];
        let candidates = byMessage.get(finding.message);
        if (!candidates)
            byMessage.set(finding.message, (candidates = []));
        let group;
        for (let at = 0; at < candidates.length; at++) {
            if (saysTheSame(candidates[at].sample, finding)) {
                group = candidates[at];
                break;
            }
        }
        if (!group) {
            group = { ruleId: finding.ruleId, sample: finding, findings: [] };
            candidates.push(group);
            groups.push(group);
        }
        group.findings.push(finding);
    }
    const rank = (ruleId) => {
        const index = rulePriority.indexOf(ruleId);
        return index === -1 ? rulePriority.length : index;
    };
    return groups.sort((a, b) => Number(Boolean(a.sample.waived)) - Number(Boolean(b.sample.waived)) ||
        model/* SEVERITY_RANK */.f3[b.sample.severity] - model/* SEVERITY_RANK */.f3[a.sample.severity] ||
        rank(a.ruleId) - rank(b.ruleId) ||
        b.findings.length - a.findings.length);
}
/** Same rule, severity, fix and waiver (the message is compared by the caller). */
function saysTheSame(a, b) {
    return a.ruleId === b.ruleId && a.severity === b.severity && (a.fixHint ?? '') === (b.fixHint ?? '') && Boolean(a.waived) === Boolean(b.waived) && a.waived?.reason === b.waived?.reason;
}
/**
 * The group's places by file. Only the first `limit` files keep their lines;
 * the others are counted. A summary row lists 40 files of groups that reach
 * hundreds of files and thousands of findings, and lines kept for every file
 * (a map entry and an array each) were most of what the summary allocated.
 */
function placesByFile(group, limit = Number.POSITIVE_INFINITY) {
    return ascendingPlaces(group.findings, limit) ?? placesInAnyOrder(group.findings, limit);
}
/**
 * Findings in file order (a report's are sorted, so a group's are too): a
 * file that changes to a greater one is new, and files past the listed ones
 * are counted without being kept. Undefined at the first file out of order.
 */
function ascendingPlaces(findings, limit) {
    const listed = new Map();
    let files = 0;
    let current;
    let lines;
    for (let index = 0; index < findings.length; index++) {
        const finding = findings[index];
        const file = finding.file ?? '';
        if (file !== current) {
            // Compared as sortFindings compares files (UTF-16 code units).
            if (current !== undefined && !(current < file))
                return undefined;
            current = file;
            files++;
            lines = files <= limit ? [] : undefined;
            if (lines)
                listed.set(file, lines);
        }
        lines?.push(finding.line ?? 0);
    }
    return { listed, files };
}
/** Any order: a file can come back after another, so the files past the listed ones are kept in a set to be counted once. */
function placesInAnyOrder(findings, limit) {
    const listed = new Map();
    const unlisted = new Set();
    let current;
    let lines;
    for (let index = 0; index < findings.length; index++) {
        const finding = findings[index];
        const file = finding.file ?? '';
        if (file !== current) {
            current = file;
            lines = listed.get(file);
            // The listed files are the first ones seen: while there is room, a file not among them is new.
            if (!lines && listed.size < limit)
                listed.set(file, (lines = []));
            else if (!lines)
                unlisted.add(file);
        }
        lines?.push(finding.line ?? 0);
    }
    return { listed, files: listed.size + unlisted.size };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/report/pin-summary.ts


const ICON = { pass: '✅', fail: '❌', empty: '⚠️' };
const VERDICT_LABEL = { pass: 'passed', fail: 'failed', empty: 'nothing to check' };
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
function renderPinSummary(report, links, byteLimit = summary_budget/* SUMMARY_BYTE_LIMIT */.Kj) {
    const verdict = (0,model/* verdictOf */.Vj)(report);
    const counts = (0,model/* countBySeverity */.Ot)(report.findings);
    let waived = 0;
    let failing = 0;
    for (let index = 0; index < report.findings.length; index++) {
        const finding = report.findings[index];
        if (finding.waived)
            waived++;
        if ((0,model/* failsGate */.FW)(finding, report.failOn))
            failing++;
    }
    const groups = groupFindings(report.findings, report.rules.map((rule) => rule.id));
    const head = [
        `## ${ICON[verdict]} ${untrusted_text/* redactedReportText */.UJ.text(report.tool)}: ${VERDICT_LABEL[verdict]}`,
        '',
        `**${failing}** finding(s) fail the gate (fail-on: \`${report.failOn}\`) · ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)` +
            (waived ? ` · ${waived} waived` : ''),
        '',
    ];
    if (report.findings.length > 0)
        head.push(ruleCounts(report, groups), '');
    for (const note of report.notes ?? [])
        head.push(`> ${untrusted_text/* redactedReportText */.UJ.text(note)}`, '');
    if (report.findings.length === 0)
        return [...head, 'No findings.', ''].join('\n');
    const header = (0,markdown/* table */.tp)(['Severity', 'Rule', 'Finding', 'Count', 'Where'], []);
    const fixed = `${head.join('\n')}\n${header}`;
    let budget = byteLimit - byteLength(fixed) - CLOSING_ROOM;
    // One array joined once: each row is one flat string (measured without a copy), and the summary is copied once
    // more, not once per concatenation (its emoji make it two bytes a character).
    const parts = [fixed];
    let shown = 0;
    for (; shown < groups.length; shown++) {
        const row = groupRow(groups[shown], links);
        budget -= byteLength(row);
        if (budget < 0)
            break;
        parts.push(row);
    }
    parts.push(closing(groups, shown));
    return parts.join('');
}
/** The last lines: where every finding is, and how many rows the byte limit left out. */
function closing(groups, shown) {
    if (shown >= groups.length)
        return `\n\n${REPORTS}\n`;
    let findings = 0;
    for (let index = shown; index < groups.length; index++)
        findings += groups[index].findings.length;
    return `\n\n> ⚠️ ${groups.length - shown} more row(s) (${findings} finding(s)) did not fit the summary. ${REPORTS}\n`;
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
        return [[untrusted_text/* redactedReportText */.UJ.code(rule.id), String(findings), String(ofRule.length), untrusted_text/* redactedReportText */.UJ.text(rule.description) + docs]];
    });
    return (0,markdown/* table */.tp)(['Rule', 'Findings', 'Distinct', 'What it checks'], rows);
}
/** `\n| severity | rule | finding | count | where |`, built as one string (the rows are most of the summary). */
function groupRow(group, links) {
    const { sample } = group;
    const pieces = ['\n| ', sample.waived ? '⚪ waived' : SEVERITY_LABEL[sample.severity], ' | ', untrusted_text/* redactedReportText */.UJ.code(group.ruleId), ' | ', untrusted_text/* redactedReportText */.UJ.text(sample.message)];
    if (sample.fixHint)
        pieces.push('<br>Fix: ', untrusted_text/* redactedReportText */.UJ.text(sample.fixHint));
    if (sample.waived)
        pieces.push('<br>', (0,waived_line/* waivedLine */.Z)(sample.waived));
    pieces.push(' | ', String(group.findings.length), ' | ');
    where(group, pieces, links);
    pieces.push(' |');
    return pieces.join('');
}
/**
 * One place: a link to its line. Several: folded in `<details>`, one line per
 * file with its line numbers, as text: a link per file would triple the
 * size of a summary whose findings are spread over many files. Appended to
 * the row's pieces.
 */
function where(group, pieces, links) {
    if (group.findings.length === 1) {
        pieces.push((0,summary/* fileLink */.RF)(group.findings[0], links));
        return;
    }
    // Only the first files are listed: the rest are counted, not kept.
    const { listed, files } = placesByFile(group, FILES_PER_ROW);
    pieces.push(`<details><summary>${group.findings.length} places in ${files} file(s)</summary>`);
    let first = true;
    // forEach, not for-of: no entry array and result object per file.
    listed.forEach((lines, file) => {
        if (!first)
            pieces.push('<br>');
        first = false;
        pieces.push(file ? untrusted_text/* redactedReportText */.UJ.code(file) : '—');
        let separator = ': ';
        for (let index = 0; index < lines.length; index++) {
            const line = lines[index];
            if (line <= 0)
                continue;
            pieces.push(separator, String(line));
            separator = ', ';
        }
    });
    if (files > FILES_PER_ROW)
        pieces.push(`<br>… and ${files - FILES_PER_ROW} more file(s) (see the reports)`);
    pieces.push('</details>');
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}

// EXTERNAL MODULE: ./actions/pin-check/src/online/action-runtime.ts
var action_runtime = __webpack_require__(35029);
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

// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
;// CONCATENATED MODULE: ./actions/pin-check/src/rules/rule.ts

/** Whether the rule runs under the policy: not turned off, and turned on if it is off by default. */
function ruleEnabled(rule, policy) {
    const setting = policy.rules[rule.meta.id];
    return setting !== 'off' && (setting !== undefined || !rule.defaultOff);
}
function ruleDocs(id) {
    return (0,catalogue/* ruleDocsUrl */.hS)('pin-check', id);
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

// EXTERNAL MODULE: ./actions/pin-check/src/uses-reference.ts
var uses_reference = __webpack_require__(20228);
;// CONCATENATED MODULE: ./actions/pin-check/src/rules/invalid-uses.ts



/**
 * `uses:` cannot contain expressions (GitHub rejects the workflow), and a
 * value that is none of the forms GitHub documents is reported here, quoted,
 * never as an unpinned action.
 */
const invalidUses = {
    meta: {
        id: 'invalid-uses',
        description: 'uses: is a literal owner/repo[/path]@ref, ./path, $/path or docker://image; expressions are not allowed there',
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
                        ? `is not a reference GitHub can run: ${reference.reason}`
                        : undefined;
                if (!problem)
                    continue;
                findings.push({
                    ruleId: this.meta.id,
                    severity: severityFor(policy, this.meta),
                    message: `uses: ${(0,uses_reference/* quoteValue */.cl)(uses.value)} ${problem}.`,
                    file: workflow.file,
                    line: uses.line,
                    column: uses.column,
                    fixHint: 'write the reference literally on one line: owner/repo@<40-hex sha> # vX.Y.Z, ./path or $/path',
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

// EXTERNAL MODULE: ./actions/pin-check/src/workspaces.ts
var workspaces = __webpack_require__(10494);
;// CONCATENATED MODULE: ./actions/pin-check/src/lockfiles.ts

/**
 * Which manifests need which lockfiles. Pure: paths and texts in. A lockfile
 * counts where the package manager uses it: beside the manifest, or at the
 * workspace root that lists the manifest as a member (workspaces.ts). (Whether
 * an npm lockfile matches its package.json: npm-lock-drift.ts.)
 */
const NPM_LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];
const PYTHON_LOCKFILES = ['poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock', 'pylock.toml'];
function hasAny(paths, dir, names) {
    return dir !== undefined && names.some((name) => paths.has((0,workspaces/* pathIn */.lW)(dir, name)));
}
/** Manifests that declare dependencies but have no lockfile where their tool looks for one. */
function missingLockfiles(paths, texts) {
    const missing = [];
    for (const path of [...texts.keys()].sort()) {
        const name = path.slice(path.lastIndexOf('/') + 1);
        const dir = (0,workspaces/* dirOf */.Rw)(path);
        const text = texts.get(path) ?? '';
        if (name === 'package.json' && declaresNpmDependencies(text)) {
            if (!hasAny(paths, dir, NPM_LOCKFILES) && !hasAny(paths, (0,workspaces/* npmWorkspaceRoot */.J7)(dir, texts), NPM_LOCKFILES)) {
                missing.push({ manifest: path, expected: 'package-lock.json (npm install --package-lock-only), pnpm-lock.yaml or yarn.lock', ignored: lockfileAbove(paths, dir, NPM_LOCKFILES) });
            }
        }
        else if (name === 'pyproject.toml' && /^\s*dependencies\s*=\s*\[\s*["']/m.test(text)) {
            if (!hasAny(paths, dir, PYTHON_LOCKFILES) && !hasAny(paths, (0,workspaces/* uvWorkspaceRoot */.zo)(dir, texts), ['uv.lock']) && !hasHashedRequirements(texts, dir)) {
                missing.push({ manifest: path, expected: 'uv.lock, poetry.lock, pdm.lock or a requirements.txt with --hash entries', ignored: lockfileAbove(paths, dir, PYTHON_LOCKFILES) });
            }
        }
        else if (name === 'go.mod' && goRequirements(text) > 0) {
            if (!hasAny(paths, dir, ['go.sum', 'go.work.sum']) && !hasAny(paths, (0,workspaces/* goWorkspaceRoot */.Q1)(dir, texts), ['go.work.sum'])) {
                missing.push({ manifest: path, expected: 'go.sum (go mod tidy)' });
            }
        }
        else if (name === 'Cargo.toml' && /^\[((dev-|build-)?dependencies|workspace\.dependencies)\]/m.test(text)) {
            if (!hasAny(paths, dir, ['Cargo.lock']) && !hasAny(paths, (0,workspaces/* cargoWorkspaceRoot */._q)(dir, texts), ['Cargo.lock'])) {
                missing.push({ manifest: path, expected: 'Cargo.lock (cargo generate-lockfile)', ignored: lockfileAbove(paths, dir, ['Cargo.lock']) });
            }
        }
    }
    return missing;
}
/** A lockfile in some parent directory (the one a naive check would have accepted), for the message. */
function lockfileAbove(paths, dir, names) {
    for (let current = dir; current !== '';) {
        current = (0,workspaces/* dirOf */.Rw)(current);
        for (const name of names)
            if (paths.has((0,workspaces/* pathIn */.lW)(current, name)))
                return (0,workspaces/* pathIn */.lW)(current, name);
    }
    return undefined;
}
/** Requirements of a go.mod that go.sum must hash: `require` lines, less those replaced by a local directory. */
function goRequirements(text) {
    const required = new Set();
    for (const block of text.matchAll(/^\s*require\s*\(([^)]*)\)/gm)) {
        for (const line of block[1].split('\n')) {
            const module = line.replace(/\/\/.*$/, '').trim().split(/\s+/)[0];
            if (module)
                required.add(module);
        }
    }
    for (const single of text.matchAll(/^\s*require\s+([^\s(]+)\s+\S+/gm))
        required.add(single[1]);
    for (const replaced of text.matchAll(/^\s*(?:replace\s+)?([^\s(]+)(?:\s+v\S+)?\s+=>\s+(\.{1,2}\/|\/)\S*/gm))
        required.delete(replaced[1]);
    return required.size;
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
function hasHashedRequirements(texts, dir) {
    return [...texts.keys()].some((p) => (0,workspaces/* dirOf */.Rw)(p) === dir && /requirements[\w.-]*\.txt$/.test(p) && (texts.get(p) ?? '').includes('--hash='));
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

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-lockfile.ts



/** Every manifest with dependencies has a lockfile beside it, or at the workspace root that lists it as a member. */
const missingLockfile = {
    meta: {
        id: 'missing-lockfile',
        description: 'Manifests with dependencies (package.json, pyproject.toml, go.mod, Cargo.toml) have a lockfile; requirements files pin == with --hash',
        severity: 'error',
        docs: ruleDocs('missing-lockfile'),
    },
    check(facts, policy) {
        const texts = new Map(facts.manifests.map((file) => [file.path, file.text]));
        const findings = missingLockfiles(facts.paths, texts)
            .filter((missing) => ruleAppliesTo(policy, this.meta.id, missing.manifest))
            .map((missing) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${missing.manifest} declares dependencies but has no lockfile its package manager uses, so every install resolves versions anew.` +
                (missing.ignored ? ` (${missing.ignored} is not its workspace root's: no workspace there lists it.)` : ''),
            file: missing.manifest,
            line: 1,
            fixHint: `commit ${missing.expected}`,
        }));
        for (const file of facts.manifests) {
            if (!/(^|\/)requirements[\w.-]*\.txt$/.test(file.path) || !ruleAppliesTo(policy, this.meta.id, file.path))
                continue;
            for (const [line, requirement] of unhashedRequirements(file.text)) {
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

// EXTERNAL MODULE: ./actions/pin-check/src/version-comment.ts
var version_comment = __webpack_require__(80946);
;// CONCATENATED MODULE: ./actions/pin-check/src/fix/comment-edit.ts

/**
 * The edit that makes a SHA pin's comment name `tag`: only the version (or
 * branch) the comment names is replaced, so `# tag=v3` becomes
 * `# tag=v3.5.3` and the rest of the comment stays; a pin without a comment
 * gets `<separator># tag`. Pure; undefined when there is nothing to replace
 * safely (a free-text comment, a value inside a flow mapping or a block scalar).
 */
function commentEdit(uses, tag, separator) {
    if (uses.comment !== undefined && uses.commentStart !== undefined) {
        const token = (0,version_comment/* versionInComment */.X)(uses.comment) ?? (0,version_comment/* branchInComment */.l)(uses.comment);
        if (!token || token.tag === tag)
            return undefined;
        return { start: uses.commentStart + token.start, end: uses.commentStart + token.end, replacement: tag, expected: token.tag };
    }
    const raw = uses.raw ?? uses.value;
    const quoted = raw === `"${uses.value}"` || raw === `'${uses.value}'`;
    if (uses.trailing.trim() !== '' || (raw !== uses.value && !quoted))
        return undefined;
    return { start: uses.start, end: uses.end, replacement: `${raw}${separator}# ${tag}`, expected: raw };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/sha-pins.ts


/** Found once per facts: three rules visit the same pins. */
const found = new WeakMap();
/** Every `uses:` pinned to a full commit SHA, in files the rule applies to: what the version-comment rules visit. */
function shaPins(facts, policy, ruleId) {
    let pins = found.get(facts);
    if (!pins) {
        pins = [];
        const online = facts.online && !facts.online.skipped ? facts.online : undefined;
        for (const workflow of facts.workflows) {
            for (const uses of workflow.uses) {
                const { reference } = uses;
                if (reference.kind !== 'remote' || reference.refKind !== 'sha')
                    continue;
                pins.push({ workflow, uses, owner: reference.owner, repo: reference.repo, sha: reference.ref, online: online?.references.get((0,online_facts/* referenceKey */.Db)(reference.owner, reference.repo, reference.path, reference.ref)) });
            }
        }
        found.set(facts, pins);
    }
    return Object.keys(policy.paths).length === 0 && policy.rules[ruleId] !== 'off' ? pins : pins.filter((pin) => ruleAppliesTo(policy, ruleId, pin.workflow.file));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/missing-version-comment.ts






/**
 * A SHA pin should say which release it is (`# v4.2.2`), so reviewers and
 * update tools can tell. Reported: no version in the comment, a branch
 * (`# main`) instead of one, and, online, a tag that moves (`# v3` where
 * the commit is v3.5.3). Online, each finding carries the comment fix mode
 * writes: the most specific tag at the pinned commit.
 */
const missingVersionComment = {
    meta: {
        id: 'missing-version-comment',
        description: 'A SHA-pinned uses: carries a comment naming the exact release tag it was taken from (# vX.Y.Z)',
        severity: 'note',
        docs: ruleDocs('missing-version-comment'),
    },
    check(facts, policy) {
        const findings = [];
        for (const pin of shaPins(facts, policy, this.meta.id)) {
            const problem = commentProblem(pin, facts.online?.tags);
            if (!problem)
                continue;
            const name = `${pin.owner}/${pin.repo}@${pin.sha.slice(0, 12)}…`;
            const best = pin.online?.bestTag;
            const finding = {
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: `${name} ${problem}` + (best ? ` The tag at this commit is ${best}.` : ''),
                file: pin.workflow.file,
                line: pin.uses.line,
                column: pin.uses.column,
                fixHint: `name the release in the comment: # ${best ?? 'vX.Y.Z'}`,
            };
            const edit = best ? commentEdit(pin.uses, best, policy.commentSeparator) : undefined;
            if (edit)
                finding.fix = { description: `${pin.uses.comment === undefined ? 'add' : 'make specific'} the version comment of ${name}: # ${best}`, file: pin.workflow.file, edits: [edit] };
            findings.push(finding);
        }
        return findings;
    },
};
function commentProblem(pin, tags) {
    const version = (0,version_comment/* versionInComment */.X)(pin.uses.comment);
    if (version) {
        // Vague: the comment's tag is at this commit, but so is a more specific one (`# v3` on v3.5.3).
        const best = pin.online?.bestTag;
        const atCommit = tags?.get((0,online_facts/* tagKey */.E4)(pin.owner, pin.repo, version.tag)) === pin.sha;
        return atCommit && best && best !== version.tag && best.startsWith(`${version.tag}.`) ? `has the comment ${version.tag}, a tag that moves to each new ${version.tag}.x release.` : undefined;
    }
    const branch = (0,version_comment/* branchInComment */.l)(pin.uses.comment);
    if (branch)
        return `has the comment ${branch.tag}, which is a branch, not a version: reviewers cannot tell which release it is.`;
    return 'has no version comment, so reviewers cannot tell which release it is.';
}

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

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/ref-confusion.ts



/**
 * Online: a ref that is both a tag and a branch of the action's repository.
 * The runner takes the tag, but the name no longer says which code runs:
 * whoever can push the branch (or delete the tag) changes it.
 */
const refConfusion = {
    meta: {
        id: 'ref-confusion',
        description: 'A uses: ref names a tag or a branch of the repository, not both (online)',
        severity: 'warning',
        docs: ruleDocs('ref-confusion'),
    },
    check(facts, policy) {
        return remoteUsesWithFacts(facts, policy, this.meta.id)
            .filter(({ online }) => online.alsoBranch === true)
            .map(({ workflow, uses, online }) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${uses.value} names both a tag and a branch of ${online.owner}/${online.repo}; the runner takes the tag (${online.commit}), but a push to the branch or a deleted tag changes what runs.`,
            file: workflow.file,
            line: uses.line,
            column: uses.column,
            confidence: 'high',
            fixHint: `pin the full commit SHA: uses: ${uses.value.slice(0, uses.value.lastIndexOf('@'))}@${online.commit ?? '<40-hex sha>'}`,
        }));
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/stale-action-refs.ts



/**
 * Online: a SHA pin that is on a branch of the action's repository but on
 * no tag: a commit between releases, which its owners never published as
 * one (and which may be reverted or rewritten before the next release).
 */
const staleActionRefs = {
    meta: {
        id: 'stale-action-refs',
        description: 'A SHA pin points at a released (tagged) commit, not one between releases (online)',
        severity: 'warning',
        docs: ruleDocs('stale-action-refs'),
    },
    check(facts, policy) {
        return shaPins(facts, policy, this.meta.id)
            .filter(({ online }) => online?.reachable === true && online.tagged === false)
            .map(({ workflow, uses, owner, repo, sha }) => ({
            ruleId: this.meta.id,
            severity: severityFor(policy, this.meta),
            message: `${owner}/${repo}@${sha} is on a branch of ${owner}/${repo} but no tag points at it: a commit between releases.`,
            file: workflow.file,
            line: uses.line,
            column: uses.column,
            confidence: 'high',
            fixHint: `pin the commit of a release tag of ${owner}/${repo} instead, with its tag as the comment`,
        }));
    },
};

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

// EXTERNAL MODULE: ./actions/pin-check/src/dockerfile.ts
var src_dockerfile = __webpack_require__(13370);
;// CONCATENATED MODULE: ./actions/pin-check/src/expressions/matrix.ts
/**
 * The combinations a job's `strategy.matrix` runs, as GitHub computes them:
 * the product of every dimension, `exclude` entries removed (a partial match
 * is enough), then each `include` entry added to every combination whose
 * original values it does not change, or as a combination of its own when it
 * fits none. Values that are expressions (`${{ fromJSON(…) }}`) cannot be
 * known before the run: they stay as Unresolved. Pure.
 */
class Unresolved {
    why;
    constructor(why) {
        this.why = why;
    }
}
/** At most this many combinations are examined (GitHub allows 256 jobs per matrix). */
const MAX_COMBINATIONS = 256;
function matrixCombinations(matrix) {
    if (typeof matrix === 'string')
        return new Unresolved(matrix.includes('${{') ? `strategy.matrix is the expression ${matrix.trim()}` : 'strategy.matrix is not a mapping');
    if (!isRecord(matrix))
        return new Unresolved('strategy.matrix is not a mapping');
    const dimensions = Object.entries(matrix).filter(([key]) => key !== 'include' && key !== 'exclude');
    let combinations = [{}];
    for (const [key, values] of dimensions) {
        const options = Array.isArray(values) ? values : [new Unresolved(`matrix.${key} is ${typeof values === 'string' ? `the expression ${values.trim()}` : 'not a list'}`)];
        const next = [];
        for (const combination of combinations)
            for (const value of options)
                if (next.length < MAX_COMBINATIONS)
                    next.push({ ...combination, [key]: value });
        combinations = next;
    }
    if (dimensions.length === 0)
        combinations = [];
    const exclude = matrix.exclude;
    if (typeof exclude === 'string')
        return new Unresolved(`strategy.matrix.exclude is the expression ${exclude.trim()}`);
    for (const entry of Array.isArray(exclude) ? exclude : []) {
        if (!isRecord(entry))
            continue;
        combinations = combinations.filter((combination) => !Object.entries(entry).every(([key, value]) => sameValue(combination[key], value)));
    }
    const include = matrix.include;
    if (typeof include === 'string')
        return new Unresolved(`strategy.matrix.include is the expression ${include.trim()}`);
    const original = new Set(dimensions.map(([key]) => key));
    const originals = combinations.map((combination) => ({ ...combination }));
    for (const entry of Array.isArray(include) ? include : []) {
        if (!isRecord(entry))
            continue;
        let added = false;
        combinations.forEach((combination, index) => {
            const fits = Object.entries(entry).every(([key, value]) => !original.has(key) || sameValue(originals[index][key], value));
            if (!fits)
                return;
            for (const [key, value] of Object.entries(entry))
                if (!original.has(key))
                    combination[key] = value;
            added = true;
        });
        if (!added && combinations.length < MAX_COMBINATIONS) {
            combinations.push({ ...entry });
            originals.push({ ...entry });
        }
    }
    return combinations.length > 0 ? combinations : [{}];
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Deep equality of parsed YAML values (strings, lists, mappings). */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return keysA.length === keysB.length && keysA.every((key) => sameValue(a[key], b[key]));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/expressions/values.ts

const MAX_CANDIDATES = 64;
/** A falsy value that stands for "the left side of && was false": it renders as nothing. */
const FALSY = Symbol('falsy');
function templateValues(text, matrix) {
    let partial = [''];
    let cursor = 0;
    while (cursor < text.length) {
        const open = text.indexOf('${{', cursor);
        const close = open === -1 ? -1 : text.indexOf('}}', open + 3);
        if (open === -1 || close === -1) {
            partial = partial.map((prefix) => (prefix instanceof Unresolved ? prefix : prefix + text.slice(cursor)));
            break;
        }
        const literal = text.slice(cursor, open);
        const candidates = evaluate(text.slice(open + 3, close), matrix);
        const next = [];
        for (const prefix of partial) {
            for (const candidate of candidates) {
                if (next.length >= MAX_CANDIDATES)
                    break;
                if (prefix instanceof Unresolved)
                    next.push(prefix);
                else if (candidate instanceof Unresolved)
                    next.push(candidate);
                else
                    next.push(prefix + literal + render(candidate.value));
            }
        }
        partial = next;
        cursor = close + 2;
    }
    const values = [...new Set(partial.filter((value) => typeof value === 'string'))];
    const unresolved = [...new Set(partial.filter((value) => value instanceof Unresolved).map((value) => value.why))];
    return { values, unresolved };
}
function render(value) {
    if (value === null || value === FALSY || value === undefined)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
function truthy(value) {
    return !(value === false || value === 0 || value === '' || value === null || value === undefined || value === FALSY || Number.isNaN(value));
}
function tokenize(source) {
    const tokens = [];
    const pattern = /\s*(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|([A-Za-z_][\w-]*(?:\s*(?:\.\s*[A-Za-z_*][\w-]*|\[\s*'(?:[^']|'')*'\s*\]|\[\s*\d+\s*\]))*)|(\|\||&&|==|!=|<=|>=|[<>!(),]))/y;
    let index = 0;
    while (index < source.length) {
        if (/^\s*$/.test(source.slice(index)))
            break;
        pattern.lastIndex = index;
        const match = pattern.exec(source);
        if (!match)
            return undefined;
        if (match[1] !== undefined)
            tokens.push({ kind: 'string', text: match[1].replace(/''/g, "'") });
        else if (match[2] !== undefined)
            tokens.push({ kind: 'number', text: match[2] });
        else if (match[3] !== undefined)
            tokens.push({ kind: 'name', text: match[3].replace(/\s+/g, '') });
        else
            tokens.push({ kind: 'op', text: match[4] });
        index = pattern.lastIndex;
    }
    return tokens;
}
function evaluate(source, matrix) {
    const tokens = tokenize(source);
    if (!tokens)
        return [new Unresolved(source.trim())];
    const parser = new Parser(tokens, matrix, source.trim());
    const result = parser.or();
    return parser.done() ? result : [new Unresolved(source.trim())];
}
/** Recursive descent over GitHub's expression grammar: || over && over comparisons over ! over primaries. */
class Parser {
    tokens;
    matrix;
    source;
    index = 0;
    constructor(tokens, matrix, source) {
        this.tokens = tokens;
        this.matrix = matrix;
        this.source = source;
    }
    done() {
        return this.index === this.tokens.length;
    }
    or() {
        let left = this.and();
        while (this.take('||')) {
            const right = this.and();
            left = limit(left.flatMap((candidate) => (candidate instanceof Unresolved ? [candidate, ...right] : truthy(candidate.value) ? [candidate] : right)));
        }
        return left;
    }
    and() {
        let left = this.comparison();
        while (this.take('&&')) {
            const right = this.comparison();
            left = limit(left.flatMap((candidate) => (candidate instanceof Unresolved ? [...right, { value: FALSY }] : truthy(candidate.value) ? right : [candidate])));
        }
        return left;
    }
    comparison() {
        const left = this.unary();
        const operator = this.peekOperator(['==', '!=', '<', '>', '<=', '>=']);
        if (!operator)
            return left;
        this.index++;
        const right = this.unary();
        if (left.length === 1 && right.length === 1 && !(left[0] instanceof Unresolved) && !(right[0] instanceof Unresolved)) {
            const [a, b] = [left[0].value, right[0].value];
            const equal = typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
            if (operator === '==')
                return [{ value: equal }];
            if (operator === '!=')
                return [{ value: !equal }];
        }
        return [{ value: true }, { value: false }];
    }
    unary() {
        if (this.take('!')) {
            const operand = this.unary();
            return operand.length === 1 && !(operand[0] instanceof Unresolved) ? [{ value: !truthy(operand[0].value) }] : [{ value: true }, { value: false }];
        }
        return this.primary();
    }
    primary() {
        const token = this.tokens[this.index++];
        if (!token)
            return [new Unresolved(this.source)];
        if (token.kind === 'string')
            return [{ value: token.text }];
        if (token.kind === 'number')
            return [{ value: Number(token.text) }];
        if (token.kind === 'op') {
            if (token.text !== '(')
                return [new Unresolved(this.source)];
            const inner = this.or();
            this.take(')');
            return inner;
        }
        if (this.take('('))
            return this.call(token.text);
        return [this.lookup(token.text)];
    }
    call(name) {
        const args = [];
        while (!this.take(')') && this.index < this.tokens.length) {
            args.push(this.or());
            this.take(',');
        }
        const lower = name.toLowerCase();
        if (lower === 'format' && args.length > 0) {
            let results = args[0];
            for (const [position, options] of args.slice(1).entries()) {
                results = limit(results.flatMap((partial) => options.map((option) => {
                    if (partial instanceof Unresolved)
                        return partial;
                    if (option instanceof Unresolved)
                        return option;
                    return { value: String(partial.value).split(`{${position}}`).join(render(option.value)) };
                })));
            }
            return results;
        }
        if (lower === 'fromjson' && args.length === 1) {
            return args[0].map((candidate) => {
                if (candidate instanceof Unresolved || typeof candidate.value !== 'string')
                    return candidate instanceof Unresolved ? candidate : new Unresolved(`${name}(…)`);
                try {
                    return { value: JSON.parse(candidate.value) };
                }
                catch {
                    return new Unresolved(`${name}(…)`);
                }
            });
        }
        return [new Unresolved(`${name}(…)`)];
    }
    /** `matrix.a.b` within the combination; every other context is only known at run time. */
    lookup(path) {
        const parts = path.split(/\.|\[\s*'?|'?\s*\]/).filter((part) => part !== '');
        if (parts[0]?.toLowerCase() === 'true')
            return { value: true };
        if (parts[0]?.toLowerCase() === 'false')
            return { value: false };
        if (parts[0]?.toLowerCase() === 'null')
            return { value: null };
        if (parts[0] !== 'matrix' || this.matrix === undefined)
            return new Unresolved(path);
        let value = this.matrix;
        for (const part of parts.slice(1)) {
            if (value instanceof Unresolved)
                return value;
            value = typeof value === 'object' && value !== null ? value[part] : undefined;
        }
        return value instanceof Unresolved ? value : { value: value ?? null };
    }
    take(operator) {
        const token = this.tokens[this.index];
        if (token?.kind === 'op' && token.text === operator) {
            this.index++;
            return true;
        }
        return false;
    }
    peekOperator(operators) {
        const token = this.tokens[this.index];
        return token?.kind === 'op' && operators.includes(token.text) ? token.text : undefined;
    }
}
function limit(candidates) {
    return candidates.length > MAX_CANDIDATES ? candidates.slice(0, MAX_CANDIDATES) : candidates;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-image.ts





const FIX = 'pin by digest: image:tag@sha256:<digest> (docker buildx imagetools inspect image:tag shows it)';
/**
 * Container images in workflows (container, services, docker://) and
 * Dockerfile FROM lines use @sha256 digests. An image written with
 * expressions is checked for every value it can take (each matrix
 * combination, each string literal); what only the run knows is a note.
 */
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
                const at = { ruleId: this.meta.id, file: workflow.file, line: image.line, column: image.column, fixHint: FIX };
                const { values, unresolved } = imageValues(image);
                for (const value of values) {
                    if ((0,src_dockerfile/* isDigestPinned */.H)(value))
                        continue;
                    const from = value === image.image ? '' : ` (from ${image.image})`;
                    findings.push({ ...at, severity, message: `${image.where} image ${value}${from} is not pinned by digest; the tag can be re-pushed with other content.`, confidence: 'high' });
                }
                if (unresolved.length > 0) {
                    findings.push({
                        ...at,
                        severity: 'note',
                        message: `${image.where} image ${image.image} cannot be resolved before the run (${unresolved.join('; ')}); make sure every value it takes is pinned by digest.`,
                        confidence: 'low',
                    });
                }
            }
        }
        for (const dockerfile of facts.dockerfiles) {
            if (!ruleAppliesTo(policy, this.meta.id, dockerfile.path))
                continue;
            for (const from of dockerfile.froms) {
                if (from.internal || (from.image && (0,src_dockerfile/* isDigestPinned */.H)(from.image)))
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
/** The non-empty values an image can take: itself, or each value of its expressions over the job's matrix combinations. */
function imageValues(image) {
    if (!image.image.includes('${{'))
        return { values: image.image.trim() === '' ? [] : [image.image.trim()], unresolved: [] };
    const combinations = image.matrix === undefined ? [undefined] : matrixCombinations(image.matrix);
    if (combinations instanceof Unresolved) {
        const { values, unresolved } = templateValues(image.image, undefined);
        return { values: nonEmpty(values), unresolved: unresolved.map((why) => (why.startsWith('matrix') ? combinations.why : why)) };
    }
    const values = new Set();
    const unresolved = new Set();
    for (const combination of combinations) {
        const result = templateValues(image.image, combination);
        for (const value of result.values)
            values.add(value);
        for (const why of result.unresolved)
            unresolved.add(why);
    }
    return { values: nonEmpty([...values]), unresolved: [...unresolved] };
}
function nonEmpty(values) {
    return values.map((value) => value.trim()).filter((value) => value !== '');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/command-words.ts
/**
 * What a tokenized command runs: its own words without the prefixes a shell
 * or a wrapper puts before them (`VAR=x`, `sudo -u root`, `env`, `timeout
 * 60`, `if`, `then`, `!`). Pure.
 */
const ASSIGNMENT = /^[A-Za-z_]\w*=/;
/** Wrappers that run the rest of the command line; value: their options that take an argument. */
const WRAPPERS = new Map([
    ['sudo', new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '--user', '--group', '--host', '--prompt', '--chdir'])],
    ['doas', new Set(['-u', '-C'])],
    ['env', new Set(['-u', '-C', '--unset', '--chdir'])],
    ['time', new Set(['-f', '-o', '--format', '--output'])],
    ['nohup', new Set()],
    ['exec', new Set(['-a'])],
    ['command', new Set()],
    ['builtin', new Set()],
    ['nice', new Set(['-n', '--adjustment'])],
    ['ionice', new Set(['-c', '-n', '-p'])],
    ['stdbuf', new Set(['-i', '-o', '-e'])],
    ['retry', new Set(['-t', '-d', '--times', '--delay'])],
    ['xargs', new Set(['-n', '-I', '-L', '-P', '-d', '-a', '-E', '-s', '--max-args', '--max-procs', '--delimiter', '--arg-file'])],
]);
/** Wrappers whose first argument is not the command (`timeout 60 cmd`). */
const WRAPPERS_WITH_ARGUMENT = new Set(['timeout']);
/** Reserved words that can start a command line before the command itself. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time']);
function baseName(word) {
    const slash = word.lastIndexOf('/');
    return slash === -1 ? word : word.slice(slash + 1);
}
/** The command's own words (see above); `words` itself when there is nothing to drop. */
function effectiveWords(words) {
    // Most commands start with the command itself: no prefix to drop.
    const first = words[0] ?? '';
    if (!first.includes('=') && !KEYWORDS.has(first) && !WRAPPERS.has(baseName(first)) && !WRAPPERS_WITH_ARGUMENT.has(first))
        return words;
    let index = 0;
    while (index < words.length) {
        const word = words[index];
        if (KEYWORDS.has(word) || (word.includes('=') && ASSIGNMENT.test(word))) {
            index++;
            continue;
        }
        const name = baseName(word);
        const valued = WRAPPERS.get(name);
        if (valued === undefined && !WRAPPERS_WITH_ARGUMENT.has(name))
            break;
        index++;
        while (index < words.length && words[index].startsWith('-') && words[index] !== '-') {
            index += valued?.has(words[index]) ? 2 : 1;
        }
        if (WRAPPERS_WITH_ARGUMENT.has(name))
            index++;
    }
    return index === 0 ? words : words.slice(index);
}
/**
 * Positional arguments of `args`, skipping options and the values of options
 * in `valued` (`-o file`, `--output file`); `--opt=value` and `-ovalue` carry
 * their value. `--` ends the options.
 */
function positionals(args, valued) {
    const found = [];
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '--') {
            for (const rest of args.slice(index + 1))
                found.push(rest);
            break;
        }
        if (arg.startsWith('-') && arg !== '-') {
            if (valued.has(arg))
                index++;
            continue;
        }
        found.push(arg);
    }
    return found;
}
/** The value of the first of `names` in `args` (`-o x`, `--output x`, `--output=x`), or undefined. */
function optionValue(args, names) {
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        for (const name of names) {
            if (arg === name)
                return args[index + 1];
            if (name.startsWith('--') && arg.startsWith(`${name}=`))
                return arg.slice(name.length + 1);
        }
    }
    return undefined;
}
function hasOption(args, names) {
    return args.some((arg) => names.some((name) => arg === name || (name.startsWith('--') && arg.startsWith(`${name}=`))));
}
/** A word whose value is only known at run time: `$VAR`, `${VAR}`, `$(cmd)`, `${{ expr }}`. */
function isDynamic(word) {
    return word.includes('$') || word.includes('`');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/downloads.ts

const CURL_VALUED_SHORT = 'oHdDuAeXwmbcFTxrKEzYyCPQtU';
const CURL_VALUED_LONG = new Set([
    '--output', '--header', '--data', '--data-raw', '--data-binary', '--data-urlencode', '--user', '--user-agent', '--referer',
    '--request', '--write-out', '--max-time', '--connect-timeout', '--retry', '--retry-delay', '--retry-max-time', '--cookie',
    '--cookie-jar', '--form', '--upload-file', '--proxy', '--range', '--config', '--cert', '--cacert', '--capath', '--key',
    '--output-dir', '--dump-header', '--url', '--time-cond', '--limit-rate', '--max-filesize', '--resolve', '--interface',
    '--proto', '--proto-redir', '--oauth2-bearer', '--netrc-file', '--ciphers', '--continue-at', '--speed-limit', '--speed-time',
]);
const WGET_VALUED_SHORT = 'OoaPtTwUeiBQlARDXI';
const WGET_VALUED_LONG = new Set(['--header', '--user', '--password', '--tries', '--timeout', '--wait', '--user-agent', '--directory-prefix', '--output-document', '--output-file', '--input-file', '--execute']);
const AWS_VALUED = new Set(['--bucket', '--key', '--region', '--profile', '--endpoint-url', '--version-id', '--range', '--sse-customer-key', '--expected-bucket-owner', '--output', '--query', '--exclude', '--include', '--storage-class', '--acl']);
const GSUTIL_VALUED = new Set(['-h', '-o', '-p', '-u', '-z', '-s', '-x']);
/** Directories on every runner's and image's PATH: a file downloaded there runs by its bare name. */
const PATH_DIRECTORIES = ['/usr/local/bin', '/usr/bin', '/bin', '/usr/local/sbin', '/usr/sbin', '/sbin', '$HOME/.local/bin', '~/.local/bin', '$HOME/bin', '~/bin', '/opt/bin'];
/** `./x` → `x`, `${HOME}` → `$HOME`, `a//b` → `a/b`: paths written two ways compare equal. */
function normalizePath(path) {
    let normalized = path.replace(/\$\{(\w+)\}/g, '$$$1').replace(/\/{2,}/g, '/');
    while (normalized.startsWith('./'))
        normalized = normalized.slice(2);
    return normalized;
}
/** The file name a URL is saved under by `curl -O` and `wget` without `-O`. */
function urlFileName(url) {
    const path = url.replace(/[?#].*$/, '');
    return path.slice(path.lastIndexOf('/') + 1) || 'index.html';
}
/** A URL that names its content: a path segment (or `@…`) that is a full commit SHA or a sha256 digest. */
function isContentPinnedUrl(url) {
    return /[/@]([0-9a-f]{40}|[0-9a-f]{64}|sha256:[0-9a-f]{64})(?=[/?#]|$)/i.test(url.replace(/[?#].*$/, ''));
}
function downloadOf(words, redirects) {
    const tool = baseName(words[0] ?? '');
    const stdoutFile = redirects?.find((redirect) => (redirect.operator === '>' || redirect.operator === '>>' || redirect.operator === '>|') && (redirect.fd ?? 1) === 1)?.target;
    const download = tool === 'curl' ? curlDownload(words.slice(1)) :
        tool === 'wget' ? wgetDownload(words.slice(1)) :
            tool === 'gsutil' || tool === 'gcloud' ? cloudCopy(tool, words.slice(1), 'gs://') :
                tool === 'aws' ? awsDownload(words.slice(1)) :
                    undefined;
    if (!download)
        return undefined;
    if (download.toStdout && stdoutFile !== undefined)
        return { ...download, outputs: [normalizePath(stdoutFile)], toStdout: false };
    return download;
}
function curlDownload(args) {
    let url = optionValue(args, ['--url']);
    let output;
    let remoteName = false;
    let directory = optionValue(args, ['--output-dir']);
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '--output' || arg.startsWith('--output='))
            output = arg === '--output' ? args[++index] : arg.slice('--output='.length);
        else if (arg === '--remote-name' || arg === '--remote-name-all')
            remoteName = true;
        else if (arg.startsWith('--')) {
            if (CURL_VALUED_LONG.has(arg))
                index++;
        }
        else if (arg.startsWith('-') && arg.length > 1) {
            // A group of short options: the first that takes a value takes the rest of the group or the next word.
            for (let at = 1; at < arg.length; at++) {
                const option = arg[at];
                if (option === 'O')
                    remoteName = true;
                if (!CURL_VALUED_SHORT.includes(option))
                    continue;
                const value = at + 1 < arg.length ? arg.slice(at + 1) : args[++index];
                if (option === 'o')
                    output = value;
                break;
            }
        }
        else if (url === undefined) {
            url = arg;
        }
    }
    if (url === undefined)
        return undefined;
    directory = directory === undefined ? '' : `${directory.replace(/\/$/, '')}/`;
    const outputs = output !== undefined && output !== '-' ? [normalizePath(directory + output)] : remoteName ? [normalizePath(directory + urlFileName(url))] : [];
    return { tool: 'curl', url, outputs, toStdout: outputs.length === 0 };
}
function wgetDownload(args) {
    let output;
    let directory = '';
    let url;
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg.startsWith('--output-document='))
            output = arg.slice('--output-document='.length);
        else if (arg.startsWith('--directory-prefix='))
            directory = arg.slice('--directory-prefix='.length);
        else if (arg.startsWith('--')) {
            if (arg === '--output-document')
                output = args[++index];
            else if (arg === '--directory-prefix')
                directory = args[++index] ?? '';
            else if (WGET_VALUED_LONG.has(arg))
                index++;
        }
        else if (arg.startsWith('-') && arg.length > 1) {
            for (let at = 1; at < arg.length; at++) {
                const option = arg[at];
                if (!WGET_VALUED_SHORT.includes(option))
                    continue;
                const value = at + 1 < arg.length ? arg.slice(at + 1) : args[++index];
                if (option === 'O')
                    output = value;
                if (option === 'P')
                    directory = value ?? '';
                break;
            }
        }
        else if (url === undefined) {
            url = arg;
        }
    }
    if (url === undefined)
        return undefined;
    if (output === '-')
        return { tool: 'wget', url, outputs: [], toStdout: true };
    const prefix = directory ? `${directory.replace(/\/$/, '')}/` : '';
    return { tool: 'wget', url, outputs: [normalizePath(output ?? prefix + urlFileName(url))], toStdout: false };
}
/** `gsutil [-m] cp gs://b/o dst`, `gcloud storage cp gs://b/o dst`. */
function cloudCopy(tool, args, scheme) {
    const words = positionals(args, GSUTIL_VALUED);
    const start = tool === 'gcloud' ? (words[0] === 'storage' && words[1] === 'cp' ? 2 : -1) : words.indexOf('cp') + 1;
    if (start <= 0)
        return undefined;
    const [source, destination] = words.slice(start);
    if (!source?.startsWith(scheme) || destination === undefined)
        return undefined;
    return { tool, url: source, outputs: [copyTarget(source, destination)], toStdout: destination === '-' };
}
/** `aws s3 cp s3://b/k dst`, `aws s3api get-object --bucket b --key k dst`. */
function awsDownload(args) {
    const words = positionals(args, AWS_VALUED);
    if (words[0] === 's3' && words[1] === 'cp') {
        const [source, destination] = words.slice(2);
        if (!source?.startsWith('s3://') || destination === undefined)
            return undefined;
        return { tool: 'aws s3 cp', url: source, outputs: [copyTarget(source, destination)], toStdout: destination === '-' };
    }
    if (words[0] === 's3api' && words[1] === 'get-object' && words[2] !== undefined) {
        const url = `s3://${optionValue(args, ['--bucket']) ?? '?'}/${optionValue(args, ['--key']) ?? '?'}`;
        return { tool: 'aws s3api get-object', url, outputs: [normalizePath(words[2])], toStdout: false };
    }
    return undefined;
}
function copyTarget(source, destination) {
    return normalizePath(destination === '.' || destination.endsWith('/') ? `${destination.replace(/\/?$/, '/')}${urlFileName(source)}`.replace(/^\.\//, '') : destination);
}
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh']);
const INTERPRETERS = /^(python|pypy)\d*(\.\d+)*$|^(node|perl|ruby|php|pwsh|powershell)$/;
/** Options of shells and interpreters that take a value (`bash -o pipefail f`, `node -r x f`). */
const RUNNER_VALUED = new Set(['-o', '+o', '-O', '+O', '-r', '--require', '-W', '-X', '-I', '--import', '--loader']);
/** Options after which the program is not a file: `-c 'code'`, `-e`, `-m module`, `-s` (stdin). */
const NOT_A_FILE = /^-(\w*c\w*|e|p|m|s|-eval|-print|Command)$/;
/**
 * What a command runs as a file: the command itself when it is a path
 * (`./x`, `/tmp/x`), the script a shell or interpreter is given (`bash f`,
 * `python3 f`, `source f`, `. f`, `sh < f`), and its bare name (for files
 * downloaded into a PATH directory). Paths are normalized.
 */
function executedFiles(words, redirects) {
    const command = words[0] ?? '';
    // A path, or a variable holding one (`"$INSTALLER"`): the file itself runs.
    if (command.includes('/') || command.startsWith('$'))
        return { paths: [normalizePath(command)] };
    const tool = command;
    if (!SHELLS.has(tool) && !INTERPRETERS.test(tool) && tool !== 'source' && tool !== '.')
        return { paths: [], bareName: tool };
    const paths = [];
    let readsStdin = true;
    for (let index = 1; index < words.length; index++) {
        const word = words[index];
        if (word === '--') {
            if (words[index + 1] !== undefined)
                paths.push(normalizePath(words[index + 1]));
            readsStdin = false;
            break;
        }
        if (word.startsWith('-') || word.startsWith('+')) {
            if (NOT_A_FILE.test(word)) {
                readsStdin = word === '-s';
                break;
            }
            if (RUNNER_VALUED.has(word))
                index++;
            continue;
        }
        if (!word.startsWith('<(') && !word.startsWith('$('))
            paths.push(normalizePath(word));
        readsStdin = false;
        break;
    }
    if (readsStdin) {
        const input = redirects?.find((redirect) => redirect.operator === '<')?.target;
        if (input !== undefined)
            paths.push(normalizePath(input));
    }
    return { paths };
}
/** Whether `path` is where a download to `output` would be found when run by bare name. */
function runsFromPath(output, bareName) {
    if (baseName(output) !== bareName)
        return false;
    const directory = output.slice(0, output.lastIndexOf('/'));
    return PATH_DIRECTORIES.includes(directory);
}
/** Does a shell or interpreter read its program from stdin (`| sh`, `| sudo -E bash -`, `| python3`), not from `-c`, `-m` or a file? */
function readsProgramFromStdin(words) {
    const tool = baseName(words[0] ?? '');
    if (!SHELLS.has(tool) && !INTERPRETERS.test(tool))
        return false;
    for (let index = 1; index < words.length; index++) {
        const word = words[index];
        if (word === '-' || word === '-s' || word === '--')
            return true;
        if (word.startsWith('-') || word.startsWith('+')) {
            if (NOT_A_FILE.test(word))
                return false;
            if (RUNNER_VALUED.has(word))
                index++;
            continue;
        }
        return false;
    }
    return true;
}
const CHECKSUM_TOOLS = /^(sha(1|224|256|384|512)sum|shasum|b2sum|cksum|sha256|rhash)$/;
const SIGNATURE_CHECKS = [
    ['gpg', /^--verify$/],
    ['gpgv', /./],
    ['cosign', /^verify(-blob)?(-attestation)?$/],
    ['minisign', /^-V/],
    ['slsa-verifier', /^verify/],
    ['signify', /^-C$|^-V$/],
];
/**
 * A command that verifies a downloaded file's content: `sha256sum -c`,
 * `shasum -a 256 --check`, a `[ "$(sha256sum f)" = … ]` comparison, a
 * checksum piped into grep/cmp, or a signature check (gpg --verify, cosign
 * verify-blob, minisign -V, gh attestation verify).
 */
function isVerification(words, pipedInto) {
    const tool = baseName(words[0] ?? '');
    if (CHECKSUM_TOOLS.test(tool)) {
        if (words.some((word) => word === '--check' || word === '-c' || /^-[a-z]*c[a-z]*$/.test(word)))
            return true;
        return pipedInto.some((next) => /^(grep|egrep|diff|cmp|test|\[)$/.test(baseName(next[0] ?? '')));
    }
    if ((tool === '[' || tool === '[[' || tool === 'test') && words.some((word) => /\b(sha\d*sum|shasum|b2sum)\b/.test(word)))
        return true;
    if (tool === 'gh' && words[1] === 'attestation' && words[2] === 'verify')
        return true;
    if (tool === 'openssl' && words.some((word) => word === '-verify'))
        return true;
    return SIGNATURE_CHECKS.some(([name, argument]) => tool === name && words.slice(1).some((word) => argument.test(word)));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/scan.ts
/**
 * Character-level helpers of the shell tokenizer (tokenize.ts): operators,
 * redirections, parentheses and line counting over a script's char codes. Pure.
 */
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const NEWLINE = 10;
function codeSet(chars) {
    const set = new Uint8Array(128);
    for (const char of chars)
        set[char.charCodeAt(0)] = 1;
    return set;
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

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/tokenize.ts
/**
 * A POSIX-shell tokenizer for the part of `run:` scripts pin-check judges:
 * simple commands with their words (quotes removed), the line each starts on,
 * and which pipeline they belong to. It follows `&&`, `||`, `;`, `|`, `&`,
 * newlines, line continuations, comments, quoting, `$(...)`, `<(...)` and
 * GitHub `${{ }}` expressions. It is not a shell: no expansion happens.
 * It runs over every `run:` script of a repository, so it reads char codes
 * and keeps its cursor in fields rather than allocating per character.
 */

function tokenizeShell(script) {
    return new ShellTokenizer(script).commands();
}
const tokenize_NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const TAB = 9;
const BACKSLASH = 92;
const DOLLAR = 36;
const LESS = 60;
const GREATER = 62;
/** Characters of a plain word part; `$` ends one only where `$(` or `${{` starts (`$HOME` and `${x}` stay in the word). */
const PLAIN_RUN = /(?:[^ \t\r\n'"\\|&;()<>{}$]|\$(?!\(|\{\{))+/y;
/** Characters that end a redirection's target. */
const TARGET_STOP = codeSet(' \t\r\n|&;()<>');
class ShellTokenizer {
    script;
    index = 0;
    line = 0;
    found = [];
    words = [];
    word;
    startLine = 0;
    pipeline = 0;
    /** Heredocs whose bodies start after the current line. */
    heredocs = [];
    /** Redirections and heredocs of the command being read. */
    redirects;
    bodies;
    constructor(script) {
        this.script = script;
    }
    commands() {
        const script = this.script;
        while (this.index < script.length) {
            const code = script.charCodeAt(this.index);
            if (code === BACKSLASH && script.charCodeAt(this.index + 1) === tokenize_NEWLINE) {
                this.index += 2;
                this.line++;
            }
            else if (code === tokenize_NEWLINE) {
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
                // A redirection: not a word; its fd number and target are kept apart, a heredoc's body is read after the line.
                let fd;
                if (this.word !== undefined && /^\d+$/.test(this.word)) {
                    fd = Number(this.word);
                    this.word = undefined;
                }
                this.endWord();
                this.readRedirect(fd);
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
        if (this.words.length > 0) {
            const command = { words: this.words, line: this.startLine, pipeline: this.pipeline };
            if (this.redirects)
                command.redirects = this.redirects;
            if (this.bodies)
                command.heredocs = this.bodies;
            this.found.push(command);
        }
        this.words = [];
        this.redirects = undefined;
        this.bodies = undefined;
        if (!continuesPipeline)
            this.pipeline++;
    }
    /** Reads `>file`, `>>file`, `2>&1`, `<in`, `<<<word`; remembers a `<<EOF` delimiter to read the body after the line. */
    readRedirect(fd) {
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
        if (operator === '<<' || operator === '<<-') {
            const body = { text: '', line: 0 };
            this.heredocs.push({ delimiter: target, stripTabs: operator === '<<-', body });
            (this.bodies ??= []).push(body);
        }
        else if (operator !== '<<<') {
            (this.redirects ??= []).push(fd === undefined ? { operator, target } : { operator, fd, target });
        }
    }
    /** Reads the bodies of pending heredocs, which start just after a newline: text, not commands. */
    skipHeredocBodies() {
        const script = this.script;
        for (const heredoc of this.heredocs) {
            const lines = [];
            heredoc.body.line = this.line;
            while (this.index < script.length) {
                const end = indexOrEnd(script, '\n', this.index);
                const raw = script.slice(this.index, end);
                const text = heredoc.stripTabs ? raw.replace(/^\t+/, '') : raw;
                this.index = end + 1;
                this.line++;
                if (text.trimEnd() === heredoc.delimiter)
                    break;
                lines.push(text);
            }
            heredoc.body.text = lines.join('\n');
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

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/nested.ts




const nested_SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh']);
const SHELL_VALUED = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);
function nestedScripts(words, command) {
    const tool = baseName(words[0] ?? '');
    if (tool === 'eval')
        return words.length > 1 ? [{ script: words.slice(1).join(' '), line: command.line, runner: 'eval' }] : [];
    if (tool === 'su' || tool === 'runuser') {
        const script = commandString(words);
        return script === undefined ? [] : [{ script, line: command.line, runner: tool }];
    }
    if (!nested_SHELLS.has(tool))
        return [];
    const script = commandString(words);
    if (script !== undefined)
        return [{ script, line: command.line, runner: tool }];
    // No -c and no script file: the shell reads its program from stdin, here a heredoc.
    const file = words.slice(1).find((word, index, rest) => !word.startsWith('-') && !word.startsWith('+') && !SHELL_VALUED.has(rest[index - 1] ?? ''));
    if (file !== undefined || !command.heredocs)
        return [];
    return command.heredocs.map((body) => ({ script: body.text, line: body.line, runner: tool }));
}
/** The string after `-c` (also inside an option group: `-ec`, `-lc`) or `--command`. */
function commandString(words) {
    for (let index = 1; index < words.length; index++) {
        const word = words[index];
        if (word === '--command')
            return words[index + 1];
        if (word.startsWith('--command='))
            return word.slice('--command='.length);
        if (word === '--')
            return undefined;
        if (SHELL_VALUED.has(word)) {
            index++;
            continue;
        }
        if (/^-[A-Za-z]*c[A-Za-z]*$/.test(word)) {
            // The command string is the next word that is not itself an option.
            for (let next = index + 1; next < words.length; next++)
                if (!words[next].startsWith('-'))
                    return words[next];
            return undefined;
        }
    }
    return undefined;
}
/**
 * A word that fetches a script as it runs: `$(curl …)`, `` `wget -O- …` ``,
 * `<(curl …)`. The downloader and URL, or undefined (also for a URL pinned
 * to its content).
 */
function fetchedBy(word) {
    let inner;
    if (word.startsWith('$(') || word.startsWith('<('))
        inner = word.slice(2, word.endsWith(')') ? -1 : undefined);
    else if (word.startsWith('`'))
        inner = word.slice(1, word.endsWith('`') ? -1 : undefined);
    else
        return undefined;
    const first = tokenizeShell(inner)[0];
    if (!first)
        return undefined;
    const download = downloadOf(effectiveWords(first.words), first.redirects);
    if (!download || !download.toStdout || isContentPinnedUrl(download.url))
        return undefined;
    return { downloader: download.tool, url: download.url };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/apt.ts

/**
 * `apt-get install` / `apt install` of packages without `=version`. Judged
 * by the optional unpinned-os-package rule only: most images pin the OS by
 * their base image's digest instead. Local `.deb` files are not downloads. Pure.
 */
const APT_VALUED = new Set(['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file']);
function checkApt(tool, words) {
    if ((tool !== 'apt-get' && tool !== 'apt') || words[1] !== 'install')
        return [];
    return positionals(words.slice(2), APT_VALUED)
        .filter((name) => !isDynamic(name) && !name.includes('=') && !/^(\.|\/)|\.deb$/.test(name))
        .map((name) => ({
        kind: 'unpinned-os-package',
        message: `${tool} install ${name} installs whatever version the mirror has at run time.`,
        fix: `pin it: ${tool} install ${name}=<version> (apt-cache policy ${name} shows the candidates)`,
    }));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/problems.ts
const NO_CONTEXT = { npmDependencies: new Set(), hasGoModule: false };
function unpinnedPackage(message, fix) {
    return { kind: 'unpinned-package', message, fix };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/cargo.ts


/**
 * `cargo install` / `cargo binstall`: a crate needs an exact version
 * (`--version 1.2.3` or `crate@1.2.3`; cargo reads a bare x.y.z as exact),
 * and `--locked` so its own dependencies come from its Cargo.lock. `--path`
 * is local; `--git` needs `--rev <40-hex>`. Pure.
 */
const CARGO_VALUED = new Set([
    '--version', '--vers', '--git', '--branch', '--tag', '--rev', '--path', '--root', '--registry', '--index', '--target',
    '--target-dir', '--features', '-F', '-j', '--jobs', '--profile', '--bin', '--example', '--config', '-Z', '--color',
]);
const EXACT = /^=?\d+\.\d+\.\d+([-+][\w.-]+)?$/;
function checkCargo(words) {
    const subcommand = words[1];
    if (subcommand !== 'install' && subcommand !== 'binstall')
        return [];
    const args = words.slice(2);
    if (hasOption(args, ['--path']))
        return [];
    const command = `cargo ${subcommand}`;
    const git = optionValue(args, ['--git']);
    if (git !== undefined) {
        const rev = optionValue(args, ['--rev']);
        if (rev !== undefined && (/^[0-9a-f]{40}$/.test(rev) || isDynamic(rev)))
            return [];
        return [unpinnedPackage(`${command} --git ${git} builds whatever the ${optionValue(args, ['--tag']) ? 'tag' : 'branch'} points to at run time.`, `pin a commit: ${command} --git ${git} --rev <40-hex sha> --locked`)];
    }
    const version = optionValue(args, ['--version', '--vers']);
    const locked = subcommand === 'binstall' || hasOption(args, ['--locked']);
    const problems = [];
    for (const crate of positionals(args, CARGO_VALUED)) {
        if (isDynamic(crate))
            continue;
        const at = crate.indexOf('@');
        const exact = at > 0 ? EXACT.test(crate.slice(at + 1)) : version !== undefined && (EXACT.test(version) || isDynamic(version));
        const name = at > 0 ? crate.slice(0, at) : crate;
        if (!exact)
            problems.push(unpinnedPackage(`${command} ${crate} installs whatever version is newest at run time.`, `pin it: ${command} ${name} --version <x.y.z> --locked`));
        else if (!locked)
            problems.push({ kind: 'unlocked-dependencies', message: `${command} ${crate} without --locked resolves ${name}'s dependencies to their newest versions.`, fix: 'add --locked so the crate\'s own Cargo.lock is used' });
    }
    return problems;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/dotnet.ts


/**
 * Windows and .NET package tools: `choco install`/`cinst` without
 * `--version` (or `--require-checksums`), `nuget install` without
 * `-Version`, `dotnet tool install|update` and `dotnet add package` without
 * `--version`. A packages.config file lists pinned versions itself. Pure.
 */
const CHOCO_VALUED = new Set(['-s', '--source', '--params', '--package-parameters', '--ia', '--install-arguments', '--version', '--timeout', '--execution-timeout', '--cache-location', '-u', '--user', '-p', '--password']);
const NUGET_VALUED = new Set(['-source', '-outputdirectory', '-configfile', '-version', '-framework', '-packagesavemode', '-dependencyversion', '-fallbacksource', '-verbosity', '-solutiondirectory']);
const DOTNET_VALUED = new Set(['--version', '-v', '--add-source', '--configfile', '--framework', '-f', '--tool-path', '--tool-manifest', '--verbosity', '-s', '--source', '--package-directory', '--arch', '-a']);
const CONFIG_FILE = /\.config$|packages\.config$/i;
function checkWindowsPackages(tool, words) {
    if (tool === 'choco' || tool === 'cinst')
        return checkChoco(tool, words);
    if (tool === 'nuget' || tool === 'nuget.exe')
        return checkNuget(words);
    if (tool === 'dotnet')
        return checkDotnet(words);
    return [];
}
function checkChoco(tool, words) {
    const args = tool === 'cinst' ? words.slice(1) : words.slice(2);
    if (tool === 'choco' && words[1] !== 'install' && words[1] !== 'upgrade')
        return [];
    if (optionValue(args, ['--version']) !== undefined || hasOption(args, ['--requirechecksum', '--requirechecksums', '--require-checksums']))
        return [];
    const command = tool === 'cinst' ? 'cinst' : `choco ${words[1]}`;
    return positionals(args, CHOCO_VALUED)
        .filter((name) => !isDynamic(name) && !CONFIG_FILE.test(name) && name !== 'all')
        .map((name) => unpinnedPackage(`${command} ${name} installs whatever version is newest at run time.`, `pin it: choco install ${name} --version <x.y.z>`));
}
function checkNuget(words) {
    if (words[1]?.toLowerCase() !== 'install')
        return [];
    const args = words.slice(2);
    const lower = args.map((arg) => (arg.startsWith('-') ? arg.toLowerCase() : arg));
    if (optionValue(lower, ['-version']) !== undefined)
        return [];
    return positionals(lower, NUGET_VALUED)
        .filter((name) => !isDynamic(name) && !CONFIG_FILE.test(name))
        .map((name) => unpinnedPackage(`nuget install ${name} installs whatever version is newest at run time.`, `pin it: nuget install ${name} -Version <x.y.z>`));
}
function checkDotnet(words) {
    let command;
    let args;
    if (words[1] === 'tool' && (words[2] === 'install' || words[2] === 'update')) {
        command = `dotnet tool ${words[2]}`;
        args = words.slice(3);
    }
    else if (words[1] === 'add' && words.includes('package')) {
        command = 'dotnet add package';
        args = words.slice(words.indexOf('package') + 1);
    }
    else {
        return [];
    }
    if (optionValue(args, ['--version', '-v']) !== undefined)
        return [];
    return positionals(args, DOTNET_VALUED)
        .filter((name) => !isDynamic(name))
        .slice(0, 1)
        .map((name) => unpinnedPackage(`${command} ${name} installs whatever version is newest at run time.`, `pin it: ${command} ${name} --version <x.y.z>`));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/go.ts


/**
 * `go install`, `go get` and `go run` of remote packages. Pinned: `@vX.Y.Z`
 * (pseudo-versions included) or `@<40-hex>`. Not dependencies: local paths
 * (`./cmd/...`, `/abs`, `.`), and, in a repository that is a Go module,
 * packages without `@` (the module's go.mod and go.sum pin them). `@latest`,
 * branches and version queries (`@v1`, `@v1.2`, `@upgrade`) move. Pure.
 */
const BUILD_VALUED = new Set([
    '-tags', '-ldflags', '-gcflags', '-asmflags', '-gccgoflags', '-mod', '-modfile', '-overlay', '-pkgdir', '-p', '-toolexec',
    '-installsuffix', '-buildmode', '-compiler', '-o', '-C', '-pgo', '-covermode', '-coverpkg', '-exec',
]);
const PINNED_VERSION = /@(v\d+\.\d+\.\d+([-+][\w.+-]*)?|[0-9a-f]{40})$/;
function checkGo(words, context) {
    const subcommand = words[1];
    if (subcommand !== 'install' && subcommand !== 'get' && subcommand !== 'run')
        return [];
    const args = words.slice(2);
    // `go run pkg@v1.2.3 args...`: only the first positional is a package; the rest are its arguments.
    const targets = subcommand === 'run' ? positionals(args, BUILD_VALUED).slice(0, 1) : positionals(args, BUILD_VALUED);
    const problems = [];
    for (const target of targets) {
        if (isDynamic(target) || isLocal(target) || PINNED_VERSION.test(target))
            continue;
        const at = target.lastIndexOf('@');
        if (at === -1) {
            // `go run pkg` and `go get pkg` resolve through go.mod; without a module they fetch the newest version.
            if (subcommand === 'run' || context.hasGoModule || !target.includes('.'))
                continue;
            problems.push(unpinnedPackage(`go ${subcommand} ${target} has no version, and outside a module it fetches the newest one.`, `pin a version: go ${subcommand} ${target}@vX.Y.Z`));
        }
        else {
            problems.push(unpinnedPackage(`go ${subcommand} ${target} follows a moving version.`, `pin a version: go ${subcommand} ${target.slice(0, at)}@vX.Y.Z`));
        }
    }
    if (subcommand === 'get' && args.some((arg) => arg === '-u' || arg.startsWith('-u='))) {
        problems.push(unpinnedPackage('go get -u upgrades dependencies to their newest versions at run time.', 'run go get -u locally and commit go.mod and go.sum; CI should build what they pin'));
    }
    return problems;
}
/** `.`, `./cmd/x/...`, `../x`, `/abs/path`, `all`, `std`, `main.go`. */
function isLocal(target) {
    return /^(\.|\/)/.test(target) || target === 'all' || target === 'std' || target.endsWith('.go');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/npm.ts


/**
 * npm, pnpm, yarn and bun: installs that name packages, and one-off runners
 * (npx, npm exec, pnpm dlx, yarn dlx, bunx) that fetch a package at run
 * time. Pinned: an exact version, a git commit, a local path, or (for the
 * runners) a package the repository's package.json declares, which its
 * lockfile pins. Pure.
 */
const NPM_INSTALL = new Set(['install', 'i', 'add', 'isntall', 'in', 'ins', 'inst', 'insta', 'instal', 'install-test', 'it']);
const NPM_VALUED = new Set(['--prefix', '-C', '--registry', '--cache', '--userconfig', '-w', '--workspace', '--tag', '--omit', '--include', '--install-strategy', '--before', '--loglevel', '-p', '--package', '-c', '--call']);
const GLOBAL = ['-g', '--global', '--location=global'];
/** Well-known command names whose package is named otherwise, for `npx <command>`. */
const BIN_PACKAGES = {
    tsc: ['typescript'],
    ng: ['@angular/cli'],
    changeset: ['@changesets/cli'],
    commitlint: ['@commitlint/cli'],
    webpack: ['webpack-cli', 'webpack'],
    'run-s': ['npm-run-all', 'npm-run-all2'],
    'run-p': ['npm-run-all', 'npm-run-all2'],
    playwright: ['@playwright/test', 'playwright'],
    vsce: ['@vscode/vsce'],
    ncc: ['@vercel/ncc'],
    'svelte-kit': ['@sveltejs/kit'],
    'vue-cli-service': ['@vue/cli-service'],
};
function checkNpmFamily(tool, words, context) {
    const args = words.slice(1);
    switch (tool) {
        case 'npm':
            return checkNpm(args, context);
        case 'npx':
            return checkRunner('npx', args, context);
        case 'pnpx':
        case 'bunx':
            return checkRunner(tool, args, context);
        case 'pnpm':
        case 'yarn':
        case 'bun':
            return checkOtherManager(tool, args, context);
        default:
            return [];
    }
}
function checkNpm(args, context) {
    const [subcommand, ...rest] = positionalsWithRest(args);
    if (subcommand === 'exec' || subcommand === 'x')
        return checkRunner(`npm ${subcommand}`, rest, context);
    if (!subcommand || !NPM_INSTALL.has(subcommand))
        return [];
    const options = args.filter((arg) => arg.startsWith('-'));
    const global = hasOption(options, GLOBAL) || optionValue(args, ['--location']) === 'global';
    const packages = positionals(rest, NPM_VALUED);
    if (packages.length === 0) {
        if (global)
            return [];
        return [{ kind: 'prefer-lockfile-install', message: `npm ${subcommand} may rewrite package-lock.json and install versions nobody reviewed.`, fix: 'use npm ci, which installs exactly the lockfile' }];
    }
    return packages.filter((spec) => !isPinnedNpmSpec(spec)).map((spec) => unpinnedInstall(`npm ${subcommand}${global ? ' -g' : ''}`, spec, global));
}
/** pnpm add / dlx, yarn add / global add / dlx, bun add / x. */
function checkOtherManager(tool, args, context) {
    const [subcommand, ...rest] = positionalsWithRest(args);
    if (subcommand === 'dlx' || (tool === 'bun' && subcommand === 'x'))
        return checkRunner(`${tool} ${subcommand}`, rest, context);
    let global = hasOption(args, GLOBAL);
    let packages;
    if (tool === 'yarn' && subcommand === 'global' && rest[0] === 'add') {
        global = true;
        packages = positionals(rest.slice(1), NPM_VALUED);
    }
    else if (subcommand === 'add' || (tool === 'bun' && (subcommand === 'install' || subcommand === 'i') && global)) {
        packages = positionals(rest, NPM_VALUED);
    }
    else {
        return [];
    }
    return packages.filter((spec) => !isPinnedNpmSpec(spec)).map((spec) => unpinnedInstall(`${tool} ${subcommand}${global ? ' -g' : ''}`, spec, global));
}
function unpinnedInstall(command, spec, global) {
    return unpinnedPackage(`${command} ${spec} installs whatever version is newest at run time.`, global ? `pin the exact version: ${command} ${npmName(spec)}@<x.y.z>` : 'add it to package.json and install with the lockfile (npm ci)');
}
/**
 * A one-off runner: the packages it fetches are the `--package`/`-p` values,
 * or else its first positional argument (the rest are that command's arguments).
 */
function checkRunner(command, args, context) {
    if (hasOption(args, ['--no-install', '--no', '--offline']))
        return [];
    const explicit = [];
    let first;
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '-p' || arg === '--package')
            explicit.push(args[++index] ?? '');
        else if (arg.startsWith('--package='))
            explicit.push(arg.slice('--package='.length));
        else if (arg === '-c' || arg === '--call')
            return [];
        else if (arg === '--') {
            first = args[index + 1];
            break;
        }
        else if (!arg.startsWith('-')) {
            first = arg;
            break;
        }
    }
    const specs = explicit.length > 0 ? explicit : first !== undefined ? [first] : [];
    return specs
        .filter((spec) => !isPinnedNpmSpec(spec) && !(explicit.length === 0 && declaredLocally(spec, context)))
        .map((spec) => unpinnedPackage(`${command} ${spec} downloads and runs whatever version of ${npmName(spec)} is newest at run time.`, `pin the exact version (${command} ${npmName(spec)}@<x.y.z>) or add it to package.json so the lockfile pins it`));
}
/** `npx jest` runs the repository's own jest when a package.json declares it (its lockfile pins it). */
function declaredLocally(command, context) {
    const name = npmName(command);
    if (context.npmDependencies.has(name))
        return true;
    if ((BIN_PACKAGES[name] ?? []).some((pkg) => context.npmDependencies.has(pkg)))
        return true;
    for (const dependency of context.npmDependencies)
        if (dependency.endsWith(`/${name}`))
            return true;
    return false;
}
/** Positional words with the rest of the command after the first one (options before it skipped). */
function positionalsWithRest(args) {
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg.startsWith('-')) {
            if (NPM_VALUED.has(arg))
                index++;
            continue;
        }
        return [arg, ...args.slice(index + 1)];
    }
    return [];
}
function npmName(spec) {
    const at = spec.lastIndexOf('@');
    return at > 0 ? spec.slice(0, at) : spec;
}
const EXACT_VERSION = /^v?\d+\.\d+\.\d+(-[\w.-]+)?(\+[\w.-]+)?$/;
const FULL_SHA = /^[0-9a-f]{40}$/i;
/** Pinned: exact version, git commit, local path or tarball; a value only known at run time is not judged. */
function isPinnedNpmSpec(spec) {
    if (isDynamic(spec) || spec === '')
        return true;
    if (/^(\.{1,2}(\/|$)|\/|~\/|file:)/.test(spec))
        return true;
    if (/\.(tgz|tar\.gz)$/.test(spec) && !spec.includes('://'))
        return true;
    if (spec.startsWith('npm:'))
        return isPinnedNpmSpec(spec.slice(4));
    // git: github:o/r#sha, git+https://…#sha, o/r#sha (GitHub shorthand), gitlab:, bitbucket:
    if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || (/^[\w.-]+\/[\w.-]+(#.*)?$/.test(spec) && !spec.startsWith('@'))) {
        const hash = spec.indexOf('#');
        return hash !== -1 && FULL_SHA.test(spec.slice(hash + 1));
    }
    if (spec.includes('://'))
        return false;
    const at = spec.lastIndexOf('@');
    return at > 0 && EXACT_VERSION.test(spec.slice(at + 1));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/python.ts


/**
 * pip in all its spellings (pip, pip3, pip3.12, python2.7 -m pip, py -m pip,
 * uv pip), uv tool install / uvx, pipx install / run. Pinned: `==` with
 * hashes (a version alone is a warning), a VCS URL at a full commit, a URL
 * with a #sha256= fragment, a local path or wheel. Pure.
 */
const PIP_VALUED = new Set([
    '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root',
    '--platform', '--python-version', '--implementation', '--abi', '--src', '--upgrade-strategy', '--progress-bar', '--log',
    '--cache-dir', '--trusted-host', '--proxy', '--timeout', '--retries', '--exists-action', '--cert', '--client-cert', '-C',
    '--config-settings', '--global-option', '--no-binary', '--only-binary', '--report', '--python', '-p', '--use-feature',
    '--keyring-provider', '--index-strategy', '--index', '--default-index', '--extra',
]);
const UV_TOOL_VALUED = new Set(['--from', '--with', '--with-requirements', '--with-editable', '-p', '--python', '--index', '--default-index', '-c', '--constraint', '--index-url', '--extra-index-url', '--spec', '--pip-args', '--suffix']);
const PIP_TOOL = /^pip\d*(\.\d+)*$/;
const PYTHON_TOOL = /^(python|pypy)\d*(\.\d+)*$|^py$/;
const python_FULL_SHA = /@[0-9a-f]{40}(#|$)/i;
function checkPython(tool, words) {
    if (PIP_TOOL.test(tool))
        return checkPip(tool, words.slice(1));
    if (PYTHON_TOOL.test(tool)) {
        const args = moduleArgs(words, 'pip');
        return args ? checkPip(`${tool} -m pip`, args) : [];
    }
    if (tool === 'uv')
        return checkUv(words.slice(1));
    if (tool === 'uvx')
        return checkToolRunner('uvx', words.slice(1));
    if (tool === 'pipx')
        return checkPipx(words.slice(1));
    return [];
}
/** Arguments after `-m <module>` when a Python interpreter runs that module (`python -u -m pip ...`). */
function moduleArgs(words, module) {
    for (let index = 1; index < words.length; index++) {
        const word = words[index];
        if (word === '-m')
            return words[index + 1] === module ? words.slice(index + 2) : undefined;
        if (word === `-m${module}`)
            return words.slice(index + 1);
        if (!word.startsWith('-') || word === '-c')
            return undefined;
        if (word === '-X' || word === '-W')
            index++;
    }
    return undefined;
}
function checkUv(args) {
    const [first, second, ...rest] = fromSubcommand(args);
    if (first === 'pip')
        return checkPip('uv pip', [second ?? '', ...rest]);
    if (first === 'tool' && second === 'install')
        return checkToolSpec('uv tool install', rest);
    if (first === 'tool' && second === 'run')
        return checkToolRunner('uv tool run', rest);
    return [];
}
function checkPipx(args) {
    const [subcommand, ...rest] = fromSubcommand(args);
    if (subcommand === 'install')
        return checkToolSpec('pipx install', rest);
    if (subcommand === 'run')
        return checkToolRunner('pipx run', rest);
    return [];
}
/** The words from the first one that is not an option (the subcommand) on. */
function fromSubcommand(args) {
    const start = args.findIndex((arg) => !arg.startsWith('-'));
    return start === -1 ? [] : args.slice(start);
}
/** `uv tool install x==1.2.3`, `pipx install x==1.2.3`: every positional is a package. */
function checkToolSpec(command, args) {
    return positionals(args, UV_TOOL_VALUED)
        .filter((spec) => !isPinnedToolSpec(spec))
        .map((spec) => unpinnedPackage(`${command} ${spec} installs whatever version is newest at run time.`, `pin it: ${command} ${packageName(spec)}==<x.y.z>`));
}
/** `uvx x`, `uv tool run x`, `pipx run x`: the package is `--from`/`--spec`, else the command name. */
function checkToolRunner(command, args) {
    const from = optionValue(args, ['--from', '--spec']);
    const spec = from ?? positionals(args, UV_TOOL_VALUED)[0];
    if (spec === undefined || isPinnedToolSpec(spec))
        return [];
    return [unpinnedPackage(`${command} ${spec} downloads and runs whatever version is newest at run time.`, `pin it: ${command} ${packageName(spec)}@<x.y.z> (or --from '${packageName(spec)}==<x.y.z>')`)];
}
function isPinnedToolSpec(spec) {
    return isDynamic(spec) || python_isLocal(spec) || isPinnedUrl(spec) || /^[\w.\-[\],]+(===?|@)v?\d+(\.\d+)*([.\-+]?[\w.]+)?$/.test(spec);
}
function checkPip(command, args) {
    if (args[0] !== 'install')
        return [];
    const rest = args.slice(1);
    const problems = [];
    const hashed = hasOption(rest, ['--require-hashes']) || rest.some((arg) => arg.startsWith('--hash'));
    const label = command === 'uv pip' ? command : 'pip';
    for (let index = 0; index < rest.length; index++) {
        const arg = rest[index];
        if (arg === '-r' || arg === '--requirement' || arg.startsWith('--requirement=') || (arg.startsWith('-r') && arg.length > 2 && !arg.startsWith('--'))) {
            const file = arg === '-r' || arg === '--requirement' ? rest[++index] : arg.replace(/^(-r|--requirement=)/, '');
            if (!hashed)
                problems.push({ kind: 'unhashed-requirements', message: `${label} install -r ${file} without --require-hashes trusts whatever the index serves for each version.`, fix: 'pin with hashes (pip-compile --generate-hashes) and add --require-hashes' });
            continue;
        }
        if (arg === '-e' || arg === '--editable' || arg.startsWith('--editable=')) {
            const target = arg.startsWith('--editable=') ? arg.slice('--editable='.length) : rest[++index];
            if (target !== undefined && !python_isLocal(target) && !isDynamic(target) && !isPinnedUrl(target))
                problems.push(unpinnedUrl(label, target));
            continue;
        }
        if (arg.startsWith('-')) {
            if (PIP_VALUED.has(arg))
                index++;
            continue;
        }
        const problem = judgeRequirement(label, arg, hashed);
        if (problem)
            problems.push(problem);
    }
    return problems;
}
function judgeRequirement(label, spec, hashed) {
    if (isDynamic(spec) || python_isLocal(spec))
        return undefined;
    const direct = / @ (\S+)$/.exec(spec);
    const url = direct ? direct[1] : spec.includes('://') || /^(git|hg|svn|bzr)\+/.test(spec) ? spec : undefined;
    if (url !== undefined)
        return isPinnedUrl(url) ? undefined : unpinnedUrl(label, spec);
    if (!/===?[^=*,<>!~]+$/.test(spec)) {
        return unpinnedPackage(`${label} install ${spec} installs whatever version is newest at run time.`, `pin it: ${packageName(spec)}==<x.y.z> with --require-hashes`);
    }
    if (!hashed)
        return { kind: 'unhashed-requirements', message: `${label} install ${spec} pins the version but not its content.`, fix: 'add --require-hashes with --hash=sha256:... (or install from a hashed requirements file)' };
    return undefined;
}
function unpinnedUrl(label, spec) {
    return unpinnedPackage(`${label} install ${spec} installs whatever that URL serves at run time.`, 'pin a VCS URL to a full commit (@<40-hex sha>) or add #sha256=<digest> to an archive URL');
}
/** A directory, wheel or sdist on disk: `.`, `./pkg`, `.[dev]`, `dist/x.whl`, `/abs/path`, `file:` URLs. */
function python_isLocal(spec) {
    if (/^(\.|\/|~|file:)/.test(spec))
        return true;
    if (spec.includes('://') || /^(git|hg|svn|bzr)\+/.test(spec) || spec.includes(' @ '))
        return false;
    return spec.includes('/') || /\.(whl|tar\.gz|zip|tar\.bz2|tgz)$/.test(spec);
}
/** A VCS URL at a full commit SHA, or an archive URL with a hash fragment. */
function isPinnedUrl(url) {
    return python_FULL_SHA.test(url) || /#(sha256|sha384|sha512)=[0-9a-f]+/i.test(url);
}
function packageName(spec) {
    return spec.split(/[<>=!~[@\s;]/)[0];
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/ruby.ts


/** `gem install` / `gem i` without an exact `-v`/`--version` or `name:version`; local `.gem` files are not downloads. Pure. */
const GEM_VALUED = new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-P', '--trust-policy', '--platform', '-g', '--file', '--build-root']);
const ruby_EXACT = /^=?\s*\d+(\.\w+)*$/;
function checkGem(words) {
    if (words[1] !== 'install' && words[1] !== 'i')
        return [];
    const args = words.slice(2);
    const version = optionValue(args, ['-v', '--version']) ?? args.find((arg) => /^-v\S/.test(arg))?.slice(2);
    if (version !== undefined && (ruby_EXACT.test(version) || isDynamic(version)))
        return [];
    return positionals(args, GEM_VALUED)
        .filter((gem) => !isDynamic(gem) && !gem.endsWith('.gem') && !/^[<>=~!]/.test(gem) && !/:=?\d/.test(gem))
        .map((gem) => unpinnedPackage(`gem ${words[1]} ${gem} installs whatever version is newest at run time.`, `pin it: gem install ${gem} -v <x.y.z>`));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/packages/index.ts







const npm = checkNpmFamily;
const python = (tool, words) => checkPython(tool, words);
const windows = (tool, words) => checkWindowsPackages(tool, words);
/** The check of each tool by its exact name; versioned interpreters (pip3.12, python2.7) by pattern below. */
const CHECKS = new Map([
    ...['npm', 'npx', 'pnpm', 'pnpx', 'yarn', 'bun', 'bunx'].map((tool) => [tool, npm]),
    ...['pip', 'pip3', 'python', 'python3', 'py', 'pypy', 'pypy3', 'uv', 'uvx', 'pipx'].map((tool) => [tool, python]),
    ['go', (_tool, words, context) => checkGo(words, context)],
    ['gem', (_tool, words) => checkGem(words)],
    ['cargo', (_tool, words) => checkCargo(words)],
    ...['choco', 'cinst', 'nuget', 'nuget.exe', 'dotnet'].map((tool) => [tool, windows]),
    ...['apt-get', 'apt'].map((tool) => [tool, (name, words) => checkApt(name, words)]),
]);
const VERSIONED_PYTHON = /^(pip|python|pypy)\d+(\.\d+)*$/;
const NONE = [];
/** What one command installs unpinned, by its tool: the command's own words in (command-words.ts). Pure. */
function packageProblems(tool, words, context) {
    const check = CHECKS.get(tool) ?? (tool.charCodeAt(0) === 112 /* p */ && VERSIONED_PYTHON.test(tool) ? python : undefined);
    return check ? check(tool, words, context) : NONE;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/analyze.ts





const MAX_NESTING = 3;
const DOWNLOADERS = new Set(['curl', 'wget', 'gsutil', 'gcloud', 'aws']);
/** Commands that can run a script of their own (nested.ts). */
const NESTING = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'su', 'runuser', 'eval']);
const analyze_NONE = [];
const SHELLS_AND_SOURCES = /^(sh|bash|zsh|dash|ksh|ash|mksh|source|\.|(python|pypy)\d*(\.\d+)*|node|perl|ruby)$/;
const FETCH_FIX = 'download a pinned release (a URL at a commit SHA), verify its checksum (sha256sum -c), then run it';
class ScriptAnalyzer {
    context;
    cache;
    downloads = [];
    /**
     * Downloads neither verified nor reported yet, counted as they change: every script of a group asks (twice), and
     * a job's list of downloads only grows, so searching it each time cost more than the scripts without any.
     */
    unsettled = 0;
    constructor(context, cache = new Map()) {
        this.context = context;
        this.cache = cache;
    }
    /** Whether a later script could run something downloaded earlier (scripts without any tool can then not be skipped). */
    get hasUnverifiedDownloads() {
        return this.unsettled > 0;
    }
    /** A download made outside a script (a Dockerfile `ADD <url>`); `verified` when it carries a checksum. */
    recordDownload(download) {
        if (!isContentPinnedUrl(download.url))
            this.addDownload({ ...download, reported: false });
    }
    addDownload(download) {
        this.downloads.push(download);
        if (!download.verified && !download.reported)
            this.unsettled++;
    }
    /** Problems of one script of the group; `describe(line)` names one of its lines for messages about later scripts. */
    analyze(script, describe) {
        const independent = !this.hasUnverifiedDownloads;
        if (independent) {
            const known = this.cache.get(script);
            if (known)
                return known;
        }
        const found = [];
        const downloadsBefore = this.downloads.length;
        this.visit(tokenizeShell(script), 0, 0, undefined, describe, found);
        if (independent && this.downloads.length === downloadsBefore)
            this.cache.set(script, found);
        return found;
    }
    visit(commands, offset, depth, runner, describe, found) {
        const own = commands.map((command) => effectiveWords(command.words));
        for (let index = 0; index < commands.length; index++) {
            const command = commands[index];
            const words = own[index];
            const tool = baseName(words[0] ?? '');
            const line = offset + command.line;
            for (const problem of packageProblems(tool, words, this.context))
                found.push({ line, problem });
            const fetched = this.fetchedScript(tool, words, runner);
            if (fetched)
                found.push({ line, problem: fetched });
            // Most commands download, verify and nest nothing: the checks below start with a cheap test of the tool.
            const piped = DOWNLOADERS.has(tool) || this.unsettled > 0 ? laterInPipeline(commands, own, index) : analyze_NONE;
            const download = DOWNLOADERS.has(tool) ? downloadOf(words, command.redirects) : undefined;
            if (download && !isContentPinnedUrl(download.url)) {
                const shell = download.toStdout ? piped.find(readsProgramFromStdin) : undefined;
                if (shell) {
                    found.push({ line, problem: { kind: 'pipe-to-shell', message: `${download.tool} output is piped into ${baseName(shell[0])}: whatever the server returns today runs with the job's permissions.`, fix: FETCH_FIX } });
                }
                for (const output of download.outputs)
                    this.addDownload({ output, tool: download.tool, url: download.url, where: describe(line), verified: false, reported: false });
            }
            if (this.unsettled > 0) {
                if (isVerification(words, piped))
                    this.verifyAll();
                else
                    this.checkExecution(words, command, line, found);
            }
            if (depth < MAX_NESTING && NESTING.has(tool)) {
                for (const nested of nestedScripts(words, command))
                    this.visit(tokenizeShell(nested.script), offset + nested.line, depth + 1, nested.runner, describe, found);
            }
        }
    }
    /** A checksum or signature checked: every download so far counts as verified. */
    verifyAll() {
        for (const pending of this.downloads)
            pending.verified = true;
        this.unsettled = 0;
    }
    /** `bash <(curl …)`, `source <(wget -O- …)`, or, inside `sh -c`/`eval`, `$(curl …)` run as the command itself. */
    fetchedScript(tool, words, runner) {
        let source;
        let by = tool;
        const first = words[0] ?? '';
        if (first.startsWith('$(') || first.startsWith('`') || first.startsWith('<(')) {
            source = fetchedBy(words[0]);
            by = runner ?? 'the shell';
        }
        else if (SHELLS_AND_SOURCES.test(tool)) {
            const program = words.slice(1).find((word) => !word.startsWith('-'));
            const optionsBefore = words.slice(1, program === undefined ? undefined : words.indexOf(program, 1));
            // `sh -c "$(curl …)"` is read as a nested script instead; `python -m x <(…)` passes a file to a module.
            if (program !== undefined && !optionsBefore.some((option) => /^-(\w*c\w*|m|e)$/.test(option)))
                source = fetchedBy(program);
        }
        if (!source)
            return undefined;
        return { kind: 'fetched-script', message: `${by} runs a script fetched at run time (${source.downloader}): its content is not pinned.`, fix: FETCH_FIX };
    }
    checkExecution(words, command, line, found) {
        const executed = executedFiles(words, command.redirects);
        for (const pending of this.downloads) {
            if (pending.verified || pending.reported)
                continue;
            const runs = executed.paths.includes(pending.output) || (executed.bareName !== undefined && runsFromPath(pending.output, executed.bareName));
            if (!runs)
                continue;
            pending.reported = true;
            this.unsettled--;
            found.push({
                line,
                problem: {
                    kind: 'download-then-run',
                    message: `${commandText(words)} runs ${pending.output}, downloaded by ${pending.tool} at ${pending.where} from ${pending.url} with no checksum verified in between: its content is not pinned.`,
                    fix: FETCH_FIX,
                },
            });
        }
    }
}
/** A command as one short line, for messages. */
function commandText(words) {
    const text = words.join(' ').replace(/\s+/g, ' ');
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
/** The commands after `index` in its pipeline (`curl … | tee x | sh`). */
function laterInPipeline(commands, own, index) {
    const later = [];
    const pipeline = commands[index].pipeline;
    for (let next = index + 1; next < commands.length && commands[next].pipeline === pipeline; next++)
        later.push(own[next]);
    return later;
}

;// CONCATENATED MODULE: ./actions/pin-check/src/shell/prefilter.ts
/**
 * A cheap, sound prefilter: every command the shell checks judge names one of
 * these tools, or runs a file an earlier command downloaded (the caller knows
 * whether there is one). Quoting or escaping (`n'p'm`, `n\pm`) cannot hide a
 * tool once quotes, backslashes and line continuations are dropped. Scripts
 * without any skip the tokenizer. `python -m pip` and `py -m pip` name pip.
 */
const TOOL_WORDS = /\b(?:np[mx]|pnp[mx]|yarn|bunx?|pip[\dx]*|uvx?|go|gem|cargo|c(?:hoco|inst|url)|nuget|dotnet|apt(?:-get)?|wget|gsutil|gcloud|aws)\b/;
const HIDING = /['"\\]/;
function mayInstall(script) {
    // Most scripts that install name the tool plainly; only a script with quotes or backslashes needs them dropped.
    if (TOOL_WORDS.test(script))
        return true;
    return HIDING.test(script) && TOOL_WORDS.test(script.replace(/\\\r?\n/g, '').replace(/['"\\]/g, ''));
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/script-findings.ts



/** `shell:` values whose scripts are not shell text (`python`, a custom `perl {0}`). */
const SHELL_SCRIPTS = /^(bash|sh|zsh|pwsh|powershell|cmd)\b|^(bash|sh)\s/;
const analysed = new WeakMap();
/**
 * Every script of the repository through the shell engine, once per facts
 * (the rules that judge its problems share it): `run:` steps job by job,
 * Dockerfile RUN lines stage by stage (a stage built FROM another continues
 * it; `ADD <url>` is a download), and each script file on its own.
 */
function scriptFindings(facts) {
    let found = analysed.get(facts);
    if (found)
        return found;
    found = [];
    const context = packageContext(facts);
    const cache = new Map();
    const judge = (analyzer, file, script, firstLine) => {
        if (!mayInstall(script) && !analyzer.hasUnverifiedDownloads)
            return;
        for (const { line, problem } of analyzer.analyze(script, (at) => `line ${firstLine + at} of ${file}`))
            found.push({ file, line: firstLine + line, problem });
    };
    for (const workflow of facts.workflows) {
        const jobs = new Map();
        for (const run of workflow.runs) {
            if (run.shell !== undefined && !SHELL_SCRIPTS.test(run.shell))
                continue;
            let analyzer = jobs.get(run.job);
            if (!analyzer)
                jobs.set(run.job, (analyzer = new ScriptAnalyzer(context, cache)));
            judge(analyzer, workflow.file, run.script, run.firstScriptLine);
        }
    }
    for (const dockerfile of facts.dockerfiles) {
        const stages = new Map();
        const analyzerOf = (stage) => {
            const parent = dockerfile.stageParents[stage];
            let analyzer = stages.get(stage) ?? (parent !== undefined && parent < stage ? analyzerOf(parent) : undefined);
            if (!analyzer)
                analyzer = new ScriptAnalyzer(context, cache);
            stages.set(stage, analyzer);
            return analyzer;
        };
        for (const step of dockerfile.steps) {
            if (step.kind === 'download') {
                analyzerOf(step.stage).recordDownload({ output: normalizePath(step.output), tool: 'ADD', url: step.url, where: `line ${step.line} of ${dockerfile.path}`, verified: step.verified });
            }
            else {
                judge(analyzerOf(step.stage), dockerfile.path, step.script, step.scriptLine);
            }
        }
    }
    for (const script of facts.scripts)
        judge(new ScriptAnalyzer(context, cache), script.path, script.text, 1);
    analysed.set(facts, found);
    return found;
}
/** Packages the repository's package.json files declare (npx runs those from node_modules) and whether it is a Go module. */
function packageContext(facts) {
    const npmDependencies = new Set();
    for (const manifest of facts.manifests) {
        if (!/(^|\/)package\.json$/.test(manifest.path))
            continue;
        try {
            const parsed = JSON.parse(manifest.text);
            for (const key of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
                const table = parsed[key];
                if (table && typeof table === 'object')
                    for (const name of Object.keys(table))
                        npmDependencies.add(name);
            }
        }
        catch {
            // An invalid package.json is lockfile-out-of-sync's finding; it declares nothing here.
        }
    }
    const hasGoModule = facts.manifests.some((manifest) => /(^|\/)go\.mod$/.test(manifest.path));
    return { npmDependencies, hasGoModule };
}

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-install.ts



/** Problems that leave the content pinned or reviewed but not both: worth a warning, not a failure. */
const WARNINGS = new Set(['prefer-lockfile-install', 'unhashed-requirements', 'unlocked-dependencies']);
/**
 * Scripts install pinned things: `run:` steps, Dockerfile RUN lines and shell
 * script files, read by one shell engine (shell/analyze.ts) with nested
 * shells, download-then-run across steps and RUN lines, and every common
 * package tool.
 */
const unpinned_install_unpinnedInstall = {
    meta: {
        id: 'unpinned-install',
        description: 'Scripts (run: steps, Dockerfile RUN, shell scripts) install pinned versions and never run downloads whose content is not pinned',
        severity: 'error',
        docs: ruleDocs('unpinned-install'),
    },
    check(facts, policy) {
        const findings = [];
        // Once, not per finding: this loop runs once per run, over thousands of findings, mostly unoptimised.
        const severity = severityFor(policy, this.meta);
        const ruleId = this.meta.id;
        let scopedFile;
        let applies = false;
        // The shell engine builds each problem's message anew (5,076 findings, 102 distinct texts on the bench corpus):
        // findings share one flat string per text instead, which the summary's grouping, the SARIF text and the JSON
        // report then hash or copy once per text rather than once per finding.
        const messages = new Map();
        for (const { file, line, problem } of scriptFindings(facts)) {
            // Findings come file by file: the path scope is asked once per file.
            if (file !== scopedFile) {
                scopedFile = file;
                applies = ruleAppliesTo(policy, ruleId, file);
            }
            if (problem.kind === 'unpinned-os-package' || !applies)
                continue;
            let message = messages.get(problem.message);
            if (message === undefined)
                messages.set(problem.message, (message = problem.message));
            findings.push({
                ruleId,
                severity: WARNINGS.has(problem.kind) ? 'warning' : severity,
                message,
                file,
                line,
                confidence: 'high',
                fixHint: problem.fix,
            });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-os-package.ts



/**
 * Optional (off unless `pin-check.rules` gives it a severity): `apt-get
 * install x` without `=version`. Most images pin the OS by the base image's
 * digest, and Debian mirrors drop superseded versions, so exact pins break
 * builds; teams that want them turn this on.
 */
const unpinnedOsPackage = {
    meta: {
        id: 'unpinned-os-package',
        description: 'apt-get/apt install pins each package with =version (optional: off unless turned on)',
        severity: 'warning',
        docs: ruleDocs('unpinned-os-package'),
    },
    defaultOff: true,
    check(facts, policy) {
        const findings = [];
        for (const { file, line, problem } of scriptFindings(facts)) {
            if (problem.kind !== 'unpinned-os-package' || !ruleAppliesTo(policy, this.meta.id, file))
                continue;
            findings.push({ ruleId: this.meta.id, severity: severityFor(policy, this.meta), message: problem.message, file, line, confidence: 'high', fixHint: problem.fix });
        }
        return findings;
    },
};

;// CONCATENATED MODULE: ./actions/pin-check/src/rules/unpinned-tools.ts


/**
 * Setup actions told to fetch whatever is newest: `version: latest`,
 * `go-version: stable`, `node-version: lts/*`, `python-version: 3.x`,
 * `check-latest: true`. The action is pinned; the tool it downloads is not.
 * An exact version (`20.18.1`), or a bare major (`20`, which most setup
 * actions read from their own cache and manifest) is not reported.
 */
const VERSION_INPUT = /(^|[-_])version$/i;
const MOVING = /^(latest|stable|oldstable|current|node|lts(\/.*)?|\*|x|nightly|beta|canary|edge|head|main|master|\d+(\.\d+)?\.(x|\*)(\.(x|\*))?|[\^~>]=?.*|>=.*)$/i;
const unpinnedTools = {
    meta: {
        id: 'unpinned-tools',
        description: 'Setup actions install an exact tool version, not latest, stable, lts/* or 3.x',
        severity: 'warning',
        docs: ruleDocs('unpinned-tools'),
    },
    check(facts, policy) {
        const findings = [];
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                if (uses.reference.kind !== 'remote' || !uses.inputs)
                    continue;
                const action = `${uses.reference.owner}/${uses.reference.repo}`;
                for (const input of uses.inputs) {
                    const value = input.value.trim();
                    const moving = VERSION_INPUT.test(input.name) ? MOVING.test(value) : input.name === 'check-latest' && value === 'true';
                    if (!moving)
                        continue;
                    findings.push({
                        ruleId: this.meta.id,
                        severity: severityFor(policy, this.meta),
                        message: `${action} is told to install ${input.name === 'check-latest' ? 'the newest matching version (check-latest: true)' : `${input.name}: ${value}`}, whatever is newest when the job runs.`,
                        file: workflow.file,
                        line: input.line,
                        column: input.column,
                        confidence: 'high',
                        fixHint: `give ${input.name === 'check-latest' ? 'an exact version and drop check-latest' : `${input.name} an exact version (e.g. 1.2.3)`} or a version file (.nvmrc, .python-version, go.mod)`,
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
 * comment is replaced (its spacing kept; a new one gets `separator`), and a value inside a flow mapping
 * (`{ uses: x@v1, with: ... }`) is rewritten without a comment, which would
 * swallow the rest of the line. Pure; undefined when the value cannot be
 * rewritten safely (block scalars, escapes) or the SHA or tag is not one
 * that can be written.
 */
function pinEdit(uses, sha, tag, separator = ' ') {
    const at = uses.value.lastIndexOf('@');
    // What is written comes from the API: only a full SHA, and a comment that cannot end the line (checked at the source too).
    if (at <= 0 || !/^[0-9a-f]{40}$/.test(sha) || (tag !== undefined && /[\u0000-\u001f\u007f]/.test(tag)))
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
    return { start: uses.start, end: uses.end, replacement: tag && restOfLine === '' ? `${value}${separator}# ${tag}` : value, expected: raw };
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
        const allowed = policy.allow.map((entry) => ({ entry, matches: (0,glob/* globMatcher */.f)([entry.uses]) }));
        const online = facts.online && !facts.online.skipped ? facts.online : undefined;
        // A finding's message and fix hint depend on the `uses:` value alone (its reference, and what the online facts
        // say of it), so each distinct value's are built once and shared: a repository repeats a few dozen references
        // thousands of times (bench/: 3,858 findings, 24 messages). Every report reads these strings again, and a
        // string built per finding was copied flat by the first of them and hashed by the summary's grouping.
        const texts = new Map();
        const severity = severityFor(policy, this.meta);
        for (const workflow of facts.workflows) {
            if (!ruleAppliesTo(policy, this.meta.id, workflow.file))
                continue;
            for (const uses of workflow.uses) {
                const { reference } = uses;
                if (reference.kind !== 'remote')
                    continue;
                const { refKind } = reference;
                if (refKind === 'sha')
                    continue;
                const name = `${reference.owner}/${reference.repo}`;
                const allow = allowed.find(({ matches }) => matches(name) || matches(`${name}/${reference.path}`));
                const base = uses.value.slice(0, uses.value.lastIndexOf('@'));
                // Online facts say what the ref resolves to now: the finding then carries its fix.
                const resolved = online?.references.get((0,online_facts/* referenceKey */.Db)(reference.owner, reference.repo, reference.path, reference.ref));
                const tag = resolved ? resolved.bestTag : reference.ref;
                const edit = resolved?.commit ? pinEdit(uses, resolved.commit, tag, policy.commentSeparator) : undefined;
                const named = tag ? ` (${tag})` : '';
                let text = texts.get(uses.value);
                if (!text) {
                    text = {
                        message: `${uses.value} is pinned to ${DESCRIBE[refKind]}.` + (resolved?.commit ? ` It resolves to ${resolved.commit}${named} today.` : ''),
                        fixHint: `pin the full commit SHA the ref points to: uses: ${base}@${resolved?.commit ?? '<40-hex sha>'}${tag ? ` # ${tag}` : ''}`,
                    };
                    texts.set(uses.value, text);
                }
                const finding = {
                    ruleId: this.meta.id,
                    severity,
                    message: text.message,
                    file: workflow.file,
                    line: uses.line,
                    column: uses.column,
                    confidence: 'high',
                    fixHint: text.fixHint,
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






/**
 * Online: `@<sha> # v4.1.1` where tag v4.1.1 points elsewhere (it moved, or
 * the comment is wrong), does not exist, or is a branch. With a tag at the
 * pinned commit, the finding carries the corrected comment for fix mode.
 */
const versionCommentMismatch = {
    meta: {
        id: 'version-comment-mismatch',
        description: 'The version comment of a SHA pin names a tag that points at that commit (online)',
        severity: 'warning',
        docs: ruleDocs('version-comment-mismatch'),
    },
    check(facts, policy) {
        const findings = [];
        for (const pin of shaPins(facts, policy, this.meta.id)) {
            const tag = (0,version_comment/* versionInComment */.X)(pin.uses.comment)?.tag;
            if (!tag || pin.online?.commit !== pin.sha)
                continue;
            const key = (0,online_facts/* tagKey */.E4)(pin.owner, pin.repo, tag);
            const name = `${pin.owner}/${pin.repo}`;
            let message;
            if (facts.online.commentBranches.has(key)) {
                message = `${name}@${pin.sha.slice(0, 12)}… has the comment ${tag}, which is a branch of ${name}, not a version.`;
            }
            else {
                if (!facts.online.tags.has(key))
                    continue;
                const tagCommit = facts.online.tags.get(key);
                if (tagCommit === pin.sha)
                    continue;
                message = tagCommit === null
                    ? `${name} has no tag ${tag}, but the pin's comment names it.`
                    : `${name} tag ${tag} points to ${tagCommit}, not the pinned ${pin.sha}: the tag moved since the pin was made, or the comment is wrong.`;
            }
            const best = pin.online.bestTag;
            const finding = {
                ruleId: this.meta.id,
                severity: severityFor(policy, this.meta),
                message: message + (best ? ` The tag at the pinned commit is ${best}.` : pin.online.tagsAtCommit?.length === 0 ? ' No tag points at the pinned commit.' : ''),
                file: pin.workflow.file,
                line: pin.uses.line,
                column: pin.uses.column,
                confidence: 'high',
                fixHint: best ? `correct the comment: # ${best}` : 'compare the two commits, then pin the one you trust and name its tag in the comment',
            };
            const edit = best ? commentEdit(pin.uses, best, policy.commentSeparator) : undefined;
            if (edit)
                finding.fix = { description: `correct the version comment of ${name}@${pin.sha.slice(0, 12)}… from ${tag} to ${best}`, file: pin.workflow.file, edits: [edit] };
            findings.push(finding);
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
    unpinned_install_unpinnedInstall,
    unpinnedOsPackage,
    unpinnedTools,
    missingLockfile,
    lockfileOutOfSync,
    missingToolVersion,
    invalidWorkflow,
    unknownReference,
    imposterCommit,
    versionCommentMismatch,
    staleActionRefs,
    refConfusion,
    deprecatedRuntime,
    onlineCheckFailed,
];

;// CONCATENATED MODULE: ./actions/pin-check/src/verify-only.ts
/** The rules that verify a pin that is already there; `invalid-workflow` too: a file that could not be read was not verified. */
const VERIFYING_RULES = new Set(['unknown-reference', 'imposter-commit', 'version-comment-mismatch', 'stale-action-refs', 'online-check-failed', 'invalid-workflow']);
/**
 * `mode: verify-only`: only what the checks say about existing SHA pins
 * (they exist, come from the repository and not a fork, match their version
 * comment, are a release). Unpinned references are not reported: this mode
 * checks a repository that is already pinned. Pure.
 */
function verifyOnly(findings, facts) {
    const pins = new Set();
    for (const workflow of facts.workflows) {
        for (const uses of workflow.uses) {
            if (isShaPin(uses.reference))
                pins.add(`${workflow.file}:${uses.line}`);
        }
    }
    return findings.filter((finding) => VERIFYING_RULES.has(finding.ruleId) && (finding.ruleId === 'invalid-workflow' || pins.has(`${finding.file}:${finding.line}`)));
}
/** How many SHA pins verify-only checked, for the summary. */
function countShaPins(facts) {
    return facts.workflows.reduce((count, workflow) => count + workflow.uses.filter((uses) => isShaPin(uses.reference)).length, 0);
}
function isShaPin(reference) {
    return reference.kind === 'remote' && reference.refKind === 'sha';
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
;// CONCATENATED MODULE: ./actions/pin-check/src/v8-flags.ts

const setV8Flags = external_node_v8_.setFlagsFromString;
/** `13` for Node 24's `13.6.233.17-node.63`; NaN for a version it cannot read, which no range matches. */
function v8Major(version) {
    return Number(version.split('.')[0]);
}

;// CONCATENATED MODULE: ./actions/pin-check/src/compile-tiers.ts

/**
 * pin-check's process setup, third part (see process-setup.ts): V8's top
 * compiler tier, TurboFan, waits until a run is long enough to pay it back.
 *
 * A check of a typical repository is over in well under a second. In that
 * time V8 starts optimising dozens of functions with TurboFan on its worker
 * threads, and most of that code arrives when the work it was for is done:
 * on the 1,000-workflow bench (Node 24) the workers spent ~350 ms of CPU
 * beside the main thread's ~480, on a two-core machine the main thread then
 * waited 40–80 ms for a core, and the main thread's own time was the same
 * with TurboFan off (Maglev, the tier below it, optimises the hot code
 * sooner and for less). Without TurboFan: workers ~180 ms, wall time −60 ms.
 *
 * On larger repositories TurboFan pays back, first in main-thread time (what
 * a machine with cores to spare pays), then in wall time on two cores
 * (bench/; generated corpora, medians, ms with TurboFan against without):
 * 8.5 MB of files, wall 725 against 672 but main thread 650 against 678;
 * 12 MB, 940 against 925 and 866 against 876; 19.5 MB, about 1,270 against
 * 1,300; 85 MB, 2,980 against 3,225. So it is held back at the start and let
 * go once the run has read LONG_RUN_CHARACTERS of text. Text read, not files
 * listed: forty huge scripts make a long run, three thousand tiny files a
 * short one (a fresh-eyes review measured both the other way round).
 *
 * Only on V8 13 (Node 24, what the action declares), where this was
 * measured and where Maglev is on: without Maglev (Node 20) the code would
 * stay unoptimised, the main thread twice as slow. Never where the process
 * was started with its own choice of tiers (`--jitless`, `--no-opt`,
 * `--max-opt`, …): turning TurboFan on in a jitless V8 crashes it. The flag
 * is read each time V8 decides to optimise, so setting it at run time works,
 * both ways (test/e2e/pin-check-tiers.e2e.test.ts checks it in the bundle's
 * process).
 */
/** Text read after which TurboFan is let go: about where its absence starts to cost the main thread (above). */
const LONG_RUN_CHARACTERS = 6 * 1024 * 1024;
/** Node and V8 options that choose compiler tiers; `_` and `-` are the same in V8's flags. */
const TIER_OPTION = /^--(no-)?(jitless|turbofan|opt|maglev|max-opt|always-turbofan|always-opt|sparkplug|always-sparkplug|lite-mode|max-lazy)(=|$)/;
/** The options the process was started with: its command line and NODE_OPTIONS. */
function startOptions(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
    return [...execArgv, ...nodeOptions.split(/\s+/)].filter(Boolean).map((option) => option.replace(/_/g, '-'));
}
class TurbofanHold {
    setFlags;
    held = false;
    constructor(setFlags = setV8Flags) {
        this.setFlags = setFlags;
    }
    /** At start: held back on V8 13 unless the process chose its tiers itself. */
    holdBack(v8Version = process.versions.v8, options = startOptions()) {
        if (v8Major(v8Version) !== 13 || options.some((option) => TIER_OPTION.test(option)))
            return;
        this.setFlags('--no-turbofan');
        this.held = true;
    }
    /** A reader's progress, told each file's length: lets TurboFan go once the run is long. Nothing if not held back. */
    letGoOnLongRun() {
        let read = 0;
        return (characters) => {
            if (!this.held)
                return;
            read += characters;
            if (read <= LONG_RUN_CHARACTERS)
                return;
            this.setFlags('--turbofan');
            this.held = false;
        };
    }
}
/** The process's one hold: set by process setup, let go by the reading it is for. */
const turbofanHold = new TurbofanHold();

;// CONCATENATED MODULE: ./actions/pin-check/src/malloc-heap.ts
/**
 * pin-check's process setup, second part (see process-setup.ts): from here
 * on glibc keeps the memory it got for the C++ heap instead of returning it
 * and faulting it back in.
 *
 * V8 and Node allocate outside the JavaScript heap with malloc: the
 * compilers' zones above all, freed at the end of each compilation. glibc
 * returns the top of its heap to the system whenever more than its trim
 * threshold (128 KiB) is free there, and serves every request above its
 * mmap threshold (128 KiB) with a fresh mapping; the next compilation takes
 * the memory back, one first-touch page fault per 4 KiB (~10 µs each on the
 * bench's machine kind). Measured with strace on the 1,000-workflow bench,
 * Node 20: the heap grew by 2,213 pages and gave back 1,226 in 16 trims.
 *
 * glibc raises both thresholds by itself when a block it had mapped is
 * freed (malloc(3), M_MMAP_THRESHOLD: the mmap threshold becomes the block's
 * size, at most 32 MiB on 64-bit systems, and the trim threshold twice
 * that). Freeing one such block of just under 32 MiB at start-up does it for
 * the rest of the run: 1 trim instead of 16, ~1,800 fewer page faults,
 * 5–20 ms less wall and ~40 ms less CPU time on Node 20 (bench/, interleaved
 * batches of 21 runs). Node 24 trims little here and gains nothing measurable; it pays
 * nothing either. The block is never written, so its pages are never
 * touched: a calloc'd mapping is zero already and glibc does not clear it.
 * Settable from outside only by environment variables glibc reads at start
 * (MALLOC_MMAP_THRESHOLD_, MALLOC_TRIM_THRESHOLD_), which an action cannot
 * set for its own process.
 */
/** Above glibc's first mmap threshold (128 KiB); with its header and page rounding, within the 32 MiB ceiling. */
const THRESHOLD_RAISING_BYTES = 32 * 1024 * 1024 - 64 * 1024;
function keepMallocHeap(platform = process.platform, allocate = (bytes) => new ArrayBuffer(bytes)) {
    // glibc's allocator: Linux. Elsewhere a 32 MiB block allocated and freed would only cost its call.
    if (platform !== 'linux')
        return;
    let block;
    try {
        block = allocate(THRESHOLD_RAISING_BYTES);
    }
    catch {
        // No 32 MiB of address space (a tight `ulimit -v`): glibc keeps its thresholds and pin-check runs as before.
        return;
    }
    // Transferring to a zero-length buffer frees the memory now (Node 22+); on Node 20 the young generation's next
    // collection frees it, a few milliseconds into the run: nothing else holds it.
    block.transfer?.(0);
}

;// CONCATENATED MODULE: ./actions/pin-check/src/young-generation.ts

/**
 * pin-check's process setup, first part (see process-setup.ts): from here on V8
 * does not grow its young generation.
 *
 * pin-check keeps what it reads until it judges it: the facts of every
 * file, then every finding. V8 sees most young objects survive and doubles
 * the young generation each time (Node 20 up to 32 MB, Node 24 up to 64 MB),
 * and every page of it is touched for the first time: ~10 µs a page fault on
 * a small VM, a tenth of the run on the 1,000-workflow bench (bench/). Kept
 * at its first size, survivors move to the old generation at once and the
 * same young pages are reused. Measured on the bench: peak RSS 91 → 70 MiB,
 * minor faults ~18,000 → ~13,000, wall time −65 ms (Node 20), −45 ms (Node 24).
 * More small collections instead (15,000 workflows: 107 → 1,657 scavenges,
 * 430 → 865 ms of pauses on Node 20), which the faults saved outweigh here.
 *
 * `--semi-space-growth-factor` is read each time V8 grows the space, so
 * setting it at run time works (test/e2e/pin-check-heap.e2e.test.ts checks
 * that, on Node 20 and 24). V8 refuses a factor below 2 on its command line,
 * not at run time; a V8 that also refused it then would only leave pin-check
 * as slow as before. Set only on the V8 versions of Node 20 to 24, where it
 * was measured: a V8 without the flag would print "unrecognized flag" into
 * the step's log on every run.
 */
function keepYoungGenerationSmall(v8Version = process.versions.v8, setFlags = setV8Flags) {
    const major = v8Major(v8Version);
    if (major >= 11 && major <= 13)
        setFlags('--semi-space-growth-factor=1');
}

;// CONCATENATED MODULE: ./actions/pin-check/src/process-setup.ts



/**
 * pin-check's ActionDefinition.processSetup, called once by the entry points
 * that own their process (runMain, the root dispatcher, the CLI), never by
 * runAction, which tests call in their own process (the CLI's demo runs the
 * other actions after pin-check in the same process, with these settings:
 * outputs unchanged, checked by a review). The first two save page
 * faults of memory touched for the first time, what the bench's machine kind
 * pays most for; the third saves compiling a short run never gets back
 * (bench/). None changes what pin-check reads or reports.
 */
function pinCheckProcessSetup() {
    keepYoungGenerationSmall();
    keepMallocHeap();
    turbofanHold.holdBack();
}

;// CONCATENATED MODULE: ./actions/pin-check/src/definition.ts










const MODES = ['check', 'fix', 'dry-run', 'verify-only'];
const SEPARATORS = { 'one-space': ' ', 'two-spaces': '  ' };
const FIX_SCOPES = ['all', 'changed', 'changed-files'];
/** Runs every enabled rule over collected facts. Pure, for tests and the bench. */
function checkRepository(facts, policy) {
    const perRule = [];
    for (const rule of PIN_RULES)
        if (ruleEnabled(rule, policy))
            perRule.push(rule.check(facts, policy));
    // One native concatenation: this function runs once, unoptimised, and pushing thousands of findings one by
    // one through the iterator protocol cost more than any rule but the shell engine (bench/). concat, not flat():
    // flat() visits element by element (about 2 ms for 9,461 findings), concat copies each rule's array whole.
    const findings = [].concat(...perRule);
    // Rules skip out-of-scope files themselves; this catches any finding that names another file. Only path scopes can exclude.
    if (Object.keys(policy.paths).length === 0)
        return findings;
    return findings.filter((finding) => !finding.file || ruleAppliesTo(policy, finding.ruleId, finding.file));
}
const pinCheck = {
    name: 'pin-check',
    description: 'Toolchain and supply chain pinned: actions at commit SHAs, images by digest, installs pinned, lockfiles present',
    rules: [...PIN_RULES.map((rule) => rule.meta), (0,nothing_to_check/* nothingToCheckRule */.J)('pin-check')],
    secretInputs: ['token'],
    // Unpinned actions first: the few annotations a step gets go to what matters most.
    annotationPriority: PIN_RULES.map((rule) => rule.meta.id),
    renderSummary: renderPinSummary,
    processSetup: pinCheckProcessSetup,
    async run({ workspace, config, runner, inputs, env, stateRoot, redactor }) {
        const separator = inputs.enumeration('comment-separator', Object.keys(SEPARATORS), 'one-space');
        const policy = { ...readPinPolicy(config), commentSeparator: SEPARATORS[separator] };
        const mode = inputs.enumeration('mode', MODES, 'check');
        const fixScope = inputs.enumeration('fix-scope', FIX_SCOPES, 'all');
        const baseRef = inputs.string('base-ref') ?? env.GITHUB_BASE_REF?.trim();
        if (mode === 'verify-only' && policy.online === 'off')
            throw new gates_error/* GatesError */.xx('GATES_E_USAGE', { detail: 'mode verify-only checks pins against the GitHub API, but policy says `pin-check.online: off`.' });
        if (fixScope !== 'all' && (mode === 'fix' || mode === 'dry-run') && !baseRef)
            throw new gates_error/* GatesError */.xx('GATES_E_INPUT_MISSING', { input: 'base-ref' });
        const token = inputs.string('token') ?? '';
        const timeoutMs = inputs.duration('api-timeout', 10_000, api_timeout/* API_TIMEOUT_RANGE */.f);
        const budgetMs = inputs.duration('api-budget', 120_000);
        const facts = await runner.group('pin-check: reading the repository', () => (0,collect/* collectFacts */.M7)(workspace, turbofanHold.letGoOnLongRun()));
        runner.info(`Read ${facts.workflows.length} workflow/action file(s), ${facts.dockerfiles.length} Dockerfile(s), ${facts.scripts.length} shell script(s), ${facts.manifests.length} manifest(s).`);
        facts.online = await gatherOnlineFacts(facts, policy, { token, env, runner, timeoutMs, budgetMs });
        const notes = [describeOnline(facts.online)];
        let findings = checkRepository(facts, policy);
        if (mode === 'verify-only') {
            // Verifying pins without the API would pass everything unchecked: fail closed.
            if (facts.online.skipped)
                throw new gates_error/* GatesError */.xx('GATES_E_API_NO_TOKEN', { what: 'pin-check mode verify-only' });
            findings = verifyOnly(findings, facts);
            notes.push(`Verify-only: ${countShaPins(facts)} SHA pin(s) checked against their repositories; unpinned references are not reported in this mode.`);
        }
        const outputs = {};
        let summaryAppendix;
        if (mode === 'fix' || mode === 'dry-run') {
            if (facts.online.skipped) {
                notes.push(`Fix mode needs the GitHub API to resolve tags to commits (${facts.online.skipped}); no file was changed. Pass \`token\` to fix.`);
                runner.warning('pin-check fix mode changed nothing: it needs a token to resolve tags and branches to commits.');
            }
            // Loaded only in fix and dry-run modes.
            const [{ applyFixes }, { changeReasons, renderFixSummary }, { changedLines, inScope }] = await Promise.all([__webpack_require__.e(/* import() */ 146).then(__webpack_require__.bind(__webpack_require__, 50146)), __webpack_require__.e(/* import() */ 707).then(__webpack_require__.bind(__webpack_require__, 30088)), __webpack_require__.e(/* import() */ 640).then(__webpack_require__.bind(__webpack_require__, 35640))]);
            const changed = fixScope === 'all' ? undefined : await changedLines(workspace, baseRef);
            const result = await applyFixes(workspace, findings, mode === 'fix', (finding) => !changed || inScope(changed, finding.fix.file, finding.line, fixScope === 'changed-files'));
            if (changed)
                notes.push(`Fix scope: ${fixScope === 'changed' ? 'lines' : 'files'} changed against ${baseRef}.`);
            if (result.patch) {
                await runner.group(`pin-check: ${mode === 'fix' ? 'changes made' : 'changes a fix would make'}`, async () => {
                    runner.info(changeReasons(result).join('\n'));
                    runner.block(result.patch.trimEnd());
                });
                outputs['patch-file'] = await (0,report_files/* writeTextReport */.hS)((0,state_root/* statePath */.B)(stateRoot, 'reports', 'pin-check'), 'pin-check.patch', result.patch, redactor);
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
            // Nothing read and nothing refused: a file that could not be read is already an error finding of its own.
            nothingToCheck: facts.workflows.length + facts.dockerfiles.length + facts.scripts.length + facts.manifests.length + facts.skipped.length === 0 ? `no workflow, action, Dockerfile, script or manifest file (.github/workflows/*.yml, action.yml, …) in ${workspace}` : undefined,
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

/***/ 13370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ parseDockerfile),
/* harmony export */   H: () => (/* binding */ isDigestPinned)
/* harmony export */ });
function parseDockerfile(path, text) {
    const facts = { path, froms: [], steps: [], stageParents: [] };
    const args = new Map();
    const stages = new Map();
    let stage = -1;
    for (const instruction of instructions(text)) {
        const { keyword, line } = instruction;
        if (keyword === 'ARG') {
            if (stage === -1)
                declareArgs(instruction.args, args);
        }
        else if (keyword === 'FROM') {
            stage++;
            const words = instruction.args.replace(/\\\n/g, ' ').trim().split(/\s+/).filter((word) => !word.startsWith('--'));
            const raw = words[0] ?? '';
            const image = substitute(raw, args);
            const parent = image === undefined ? undefined : stages.get(image.toLowerCase());
            facts.froms.push({ line, raw, image, internal: image !== undefined && (image.toLowerCase() === 'scratch' || parent !== undefined) });
            facts.stageParents.push(parent);
            const asIndex = words.findIndex((word) => word.toLowerCase() === 'as');
            if (asIndex > 0 && words[asIndex + 1])
                stages.set(words[asIndex + 1].toLowerCase(), stage);
        }
        else if (keyword === 'RUN') {
            for (const step of runSteps(instruction, Math.max(stage, 0)))
                facts.steps.push(step);
        }
        else if (keyword === 'ADD') {
            for (const step of addDownloads(instruction, Math.max(stage, 0)))
                facts.steps.push(step);
        }
    }
    return facts;
}
function declareArgs(text, args) {
    for (const declaration of text.replace(/\\\n/g, ' ').trim().split(/\s+/)) {
        const [name, ...value] = declaration.split('=');
        if (name)
            args.set(name, value.join('=').replace(/^["']|["']$/g, ''));
    }
}
function substitute(raw, args) {
    let unresolved = false;
    const value = raw.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_whole, braced, fallback, bare) => {
        const found = args.get(braced ?? bare);
        if (found)
            return found;
        if (fallback !== undefined)
            return fallback;
        unresolved = true;
        return '';
    });
    return unresolved ? undefined : value;
}
const RUN_FLAG = /^\s*--[\w-]+(=("[^"]*"|\S)*)?\s+/;
/** A RUN's script(s): the shell-form text, the exec-form array quoted as one shell command, or heredoc bodies. */
function runSteps(instruction, stage) {
    let args = instruction.args;
    while (RUN_FLAG.test(args))
        args = args.replace(RUN_FLAG, '');
    const { line, heredocs } = instruction;
    const exec = execForm(args);
    if (exec)
        return [{ kind: 'run', stage, line, script: exec, scriptLine: line }];
    if (heredocs.length > 0) {
        const command = args.replace(/<<-?\s*["']?\w+["']?/g, '').trim();
        // `RUN <<EOF` alone runs the body as the script; `RUN bash -e <<EOF` feeds it to that command.
        if (command === '')
            return heredocs.map((heredoc) => ({ kind: 'run', stage, line, script: heredoc.body, scriptLine: heredoc.line }));
        const script = [args, ...heredocs.flatMap((heredoc) => [heredoc.body, heredoc.delimiter])].join('\n');
        return [{ kind: 'run', stage, line, script, scriptLine: line }];
    }
    return [{ kind: 'run', stage, line, script: args, scriptLine: line }];
}
/** `["sh", "-c", "…"]` as a shell command line with each word single-quoted, or undefined for shell form. */
function execForm(args) {
    const trimmed = args.trim();
    if (!trimmed.startsWith('['))
        return undefined;
    let words;
    try {
        words = JSON.parse(trimmed.replace(/\\\n/g, ''));
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(words) || !words.every((word) => typeof word === 'string'))
        return undefined;
    return words.map((word) => `'${word.replace(/'/g, "'\\''")}'`).join(' ');
}
/** `ADD [--checksum=…] <url>… <dest>`: each remote source is a download into dest. */
function addDownloads(instruction, stage) {
    const words = instruction.args.replace(/\\\n/g, ' ').trim().split(/\s+/);
    const verified = words.some((word) => word.startsWith('--checksum='));
    const operands = words.filter((word) => !word.startsWith('--'));
    const destination = operands.pop();
    if (destination === undefined)
        return [];
    return operands
        .filter((source) => /^https?:\/\//.test(source) && !/\.git(#|$)/.test(source))
        .map((url) => {
        const name = url.replace(/[?#].*$/, '').split('/').pop() ?? '';
        const output = destination.endsWith('/') ? `${destination}${name}` : destination;
        return { kind: 'download', stage, line: instruction.line, url, output, verified };
    });
}
/**
 * The instructions of a Dockerfile with their first line. Continuation lines
 * end with the escape character; comment and blank lines inside a
 * continuation are dropped (as BuildKit does), kept as continuation lines so
 * line numbers still map one to one. Heredoc bodies follow their instruction.
 */
function instructions(text) {
    const lines = text.split(/\r?\n/);
    const escape = escapeDirective(lines);
    const found = [];
    for (let index = 0; index < lines.length; index++) {
        const first = lines[index];
        if (/^\s*(#|$)/.test(first))
            continue;
        const match = /^\s*([A-Za-z]+)(\s+|$)(.*)$/.exec(first);
        if (!match)
            continue;
        const line = index + 1;
        const parts = [match[3]];
        while (endsWithEscape(parts[parts.length - 1], escape) && index + 1 < lines.length) {
            const last = parts.length - 1;
            parts[last] = `${parts[last].trimEnd().slice(0, -1)}\\`;
            const next = lines[++index];
            // A comment or blank line inside a continuation is not part of the instruction.
            parts.push(/^\s*(#|$)/.test(next) ? '\\' : next);
        }
        const args = parts.join('\n');
        const instruction = { keyword: match[1].toUpperCase(), args, line, heredocs: [] };
        if (instruction.keyword === 'RUN' || instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
            for (const heredoc of args.matchAll(/<<(-?)\s*["']?(\w+)["']?/g)) {
                const body = [];
                const start = index + 2;
                while (index + 1 < lines.length) {
                    const next = lines[++index];
                    if ((heredoc[1] ? next.replace(/^\t+/, '') : next).trimEnd() === heredoc[2])
                        break;
                    body.push(next);
                }
                instruction.heredocs.push({ delimiter: heredoc[2], body: body.join('\n'), line: start });
            }
        }
        found.push(instruction);
    }
    return found;
}
function endsWithEscape(line, escape) {
    return line.trimEnd().endsWith(escape) && !/^\s*#/.test(line);
}
/** `# escape=\`` among the parser directives at the top of the file (before any other line). */
function escapeDirective(lines) {
    for (const line of lines) {
        const directive = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(line);
        if (!directive)
            break;
        if (directive[1].toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\'))
            return directive[2];
    }
    return '\\';
}
/** An image reference pinned by content: `name@sha256:<64 hex>`. */
function isDigestPinned(image) {
    return /@sha256:[0-9a-f]{64}$/.test(image);
}


/***/ }),

/***/ 35029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ actionRuntime),
/* harmony export */   k: () => (/* binding */ DEPRECATED_RUNTIMES)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);

/** `runs.using` of an action.yml (node20, composite, docker...), or undefined. Pure. */
function actionRuntime(actionYaml) {
    let document;
    try {
        document = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(actionYaml);
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
    return { skipped: reason, references: new Map(), tags: new Map(), commentBranches: new Map(), calls: 0 };
}


/***/ }),

/***/ 20228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ parseUses),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   qW: () => (/* binding */ classifyRef)
/* harmony export */ });
const REMOTE = 'expected owner/repo[/path]@ref, ./path, $/path or docker://image';
const NAME = /^[\w.-]+$/;
function parseUses(value) {
    if (value.includes('${{'))
        return { kind: 'expression' };
    if (/\s/.test(value))
        return { kind: 'invalid', reason: /[\r\n]/.test(value) ? 'it contains a line break (a block scalar keeps it); GitHub reads it as part of the reference' : 'it contains spaces' };
    if (value.startsWith('./') || value.startsWith('.\\'))
        return { kind: 'local', path: value };
    if (value.startsWith('$/')) {
        if (value.includes('@'))
            return { kind: 'invalid', reason: 'a self-repository reference ($/path) takes no @ref: it runs the workflow\'s own commit' };
        return value.length > 2 ? { kind: 'self', path: value.slice(2) } : { kind: 'invalid', reason: 'a self-repository reference needs a path after $/' };
    }
    if (value.startsWith('docker://'))
        return value.length > 'docker://'.length ? { kind: 'docker', image: value.slice('docker://'.length) } : { kind: 'invalid', reason: 'docker:// needs an image' };
    const at = value.indexOf('@');
    if (at <= 0 || at === value.length - 1 || value.indexOf('@', at + 1) !== -1)
        return { kind: 'invalid', reason: REMOTE };
    // Offsets rather than split and rest-destructuring: this runs for every uses: of a repository.
    const ownerEnd = value.indexOf('/');
    if (ownerEnd <= 0 || ownerEnd > at)
        return { kind: 'invalid', reason: REMOTE };
    const repoEnd = value.indexOf('/', ownerEnd + 1);
    const nameEnd = repoEnd === -1 || repoEnd > at ? at : repoEnd;
    const owner = value.slice(0, ownerEnd);
    const repo = value.slice(ownerEnd + 1, nameEnd);
    const path = nameEnd === at ? '' : value.slice(nameEnd + 1, at);
    const emptySegment = nameEnd !== at && path.split('/').includes('');
    if (!NAME.test(owner) || !NAME.test(repo) || emptySegment)
        return { kind: 'invalid', reason: REMOTE };
    const ref = value.slice(at + 1);
    return { kind: 'remote', owner, repo, path, ref, refKind: classifyRef(ref) };
}
/** A value for a message: in double quotes, line breaks and control characters escaped, so it stays on one line. */
function quoteValue(value) {
    return JSON.stringify(value);
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


/***/ }),

/***/ 80946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ versionInComment),
/* harmony export */   l: () => (/* binding */ branchInComment)
/* harmony export */ });
const PREFIX = /^(?:ratchet:[\w.-]+\/[\w./-]+@|(?:tag|version|ver|release|pin(?:ned)?(?:\s+(?:to|at))?)(?:\s*[:=]\s*|\s+)@?|@)/i;
const TOKEN = /^[\w./+-]*[\w+]/;
const VERSION = /^(?:[\w.-]+\/)*v?\d+(?:\.\d+){0,3}(?:[-+.]?[0-9A-Za-z][0-9A-Za-z.+-]*)?$/;
/** Names that are branches in nearly every repository: on a SHA pin they say nothing about the release. */
const BRANCHES = new Set(['main', 'master', 'develop', 'development', 'dev', 'trunk', 'head', 'default']);
/**
 * Comments already read: a repository pins the same release in many files (the bench corpus: 2,566 SHA pins,
 * a few dozen distinct comments), and two rules and the online stage each read every pin's comment with three
 * regular expressions. Tokens are frozen: every caller gets the same object. Bounded, for a long-lived process.
 */
const commentWords = new Map();
const MAX_COMMENTS = 10_000;
function commentWord(comment) {
    let word = commentWords.get(comment);
    if (word === undefined) {
        const token = firstToken(comment);
        word = { token, isVersion: token !== undefined && VERSION.test(token.tag), isBranch: token !== undefined && BRANCHES.has(token.tag.toLowerCase()) };
        if (commentWords.size >= MAX_COMMENTS)
            commentWords.clear();
        commentWords.set(comment, word);
    }
    return word;
}
/** The first word of the comment after a known prefix, with its offsets. */
function firstToken(comment) {
    const prefix = PREFIX.exec(comment)?.[0].length ?? 0;
    const token = TOKEN.exec(comment.slice(prefix));
    return token ? Object.freeze({ tag: token[0], start: prefix, end: prefix + token[0].length }) : undefined;
}
function versionInComment(comment) {
    if (comment === undefined)
        return undefined;
    const word = commentWord(comment);
    return word.isVersion ? word.token : undefined;
}
/** A comment that names a well-known branch (`# main`, `# tag=master`) instead of a version. */
function branchInComment(comment) {
    if (comment === undefined)
        return undefined;
    const word = commentWord(comment);
    return word.isBranch ? word.token : undefined;
}


/***/ }),

/***/ 10494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J7: () => (/* binding */ npmWorkspaceRoot),
/* harmony export */   Q1: () => (/* binding */ goWorkspaceRoot),
/* harmony export */   Rw: () => (/* binding */ dirOf),
/* harmony export */   _q: () => (/* binding */ cargoWorkspaceRoot),
/* harmony export */   lW: () => (/* binding */ pathIn),
/* harmony export */   zo: () => (/* binding */ uvWorkspaceRoot)
/* harmony export */ });
/* unused harmony exports hasTable, tomlArray */
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13483);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);


function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/** `name` inside `dir`, a workspace-relative path ('' is the workspace). */
function pathIn(dir, name) {
    return dir ? `${dir}/${name}` : name;
}
/** `dir` relative to its ancestor `root`. */
function relativeTo(root, dir) {
    return root === '' ? dir : dir.slice(root.length + 1);
}
function ancestors(dir) {
    const found = [];
    for (let current = dir; current !== '';) {
        current = dirOf(current);
        found.push(current);
    }
    return found;
}
/** Globs with `!negations`, relative to a root, as workspace fields write them (`./packages/*`, `apps/**`). */
function membersMatcher(patterns) {
    const clean = (pattern) => pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    const included = (0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(patterns.filter((pattern) => !pattern.startsWith('!')).map(clean));
    const excluded = (0,_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .globMatcher */ .f)(patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => clean(pattern.slice(1))));
    return (dir) => included(dir) && !excluded(dir);
}
/** The nearest ancestor of `dir` that lists it as a member, by `members(rootDir)` globs (undefined when none does). */
function workspaceRoot(dir, members, extra) {
    for (const root of ancestors(dir)) {
        const patterns = members(root);
        const relative = relativeTo(root, dir);
        if ((patterns && membersMatcher(patterns)(relative)) || extra?.(root, relative))
            return root;
    }
    return undefined;
}
/** npm/yarn/bun `workspaces` (a list, or `{ packages: [...] }`) and pnpm-workspace.yaml `packages`. */
function npmWorkspaceRoot(dir, texts) {
    return workspaceRoot(dir, (root) => {
        const patterns = [];
        const manifest = parseJson(texts.get(pathIn(root, 'package.json')));
        const workspaces = manifest?.workspaces;
        const list = Array.isArray(workspaces) ? workspaces : workspaces?.packages;
        if (Array.isArray(list))
            for (const item of list)
                if (typeof item === 'string')
                    patterns.push(item);
        const pnpm = parseYaml(texts.get(pathIn(root, 'pnpm-workspace.yaml')));
        if (Array.isArray(pnpm?.packages))
            for (const item of pnpm.packages)
                if (typeof item === 'string')
                    patterns.push(item);
        return patterns.length > 0 ? patterns : undefined;
    });
}
/** Cargo: `[workspace] members` minus `exclude`, the root package's path dependencies, or a member's `package.workspace`. */
function cargoWorkspaceRoot(dir, texts) {
    const own = texts.get(pathIn(dir, 'Cargo.toml')) ?? '';
    const declared = tomlString(own, 'package', 'workspace');
    if (declared !== undefined)
        return normalize(dir ? `${dir}/${declared}` : declared);
    return workspaceRoot(dir, (root) => {
        const text = texts.get(pathIn(root, 'Cargo.toml'));
        if (text === undefined || !hasTable(text, 'workspace'))
            return undefined;
        const members = tomlArray(text, 'workspace', 'members') ?? [];
        return [...members, ...(tomlArray(text, 'workspace', 'exclude') ?? []).map((pattern) => `!${pattern}`)];
    }, (root, relative) => {
        const text = texts.get(pathIn(root, 'Cargo.toml'));
        return text !== undefined && hasTable(text, 'workspace') && [...text.matchAll(/\bpath\s*=\s*"([^"]+)"/g)].some((match) => normalize(match[1]) === relative);
    });
}
/** uv: `[tool.uv.workspace] members` minus `exclude`. */
function uvWorkspaceRoot(dir, texts) {
    return workspaceRoot(dir, (root) => {
        const text = texts.get(pathIn(root, 'pyproject.toml'));
        if (text === undefined || !hasTable(text, 'tool.uv.workspace'))
            return undefined;
        return [...(tomlArray(text, 'tool.uv.workspace', 'members') ?? []), ...(tomlArray(text, 'tool.uv.workspace', 'exclude') ?? []).map((pattern) => `!${pattern}`)];
    });
}
/** go.work: the directory of a go.work whose `use` directives name this module. */
function goWorkspaceRoot(dir, texts) {
    return workspaceRoot(dir, (root) => {
        const text = texts.get(pathIn(root, 'go.work'));
        if (text === undefined)
            return undefined;
        const uses = [...text.matchAll(/^\s*use\s+(?:\(([^)]*)\)|(\S+))/gm)].flatMap((match) => (match[1] ?? match[2]).split(/\s+/)).filter((entry) => entry && !entry.startsWith('//'));
        return uses.map((entry) => normalize(entry) || '.');
    });
}
function normalize(path) {
    const parts = [];
    for (const part of path.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return parts.join('/');
}
function parseJson(text) {
    if (text === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
function parseYaml(text) {
    if (text === undefined)
        return undefined;
    try {
        const parsed = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text);
        return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** The body of TOML table `[name]`, up to the next table header. */
function tomlTable(text, name) {
    const header = new RegExp(`^\\[${name.replace(/\./g, '\\.')}\\]\\s*(#.*)?$`, 'm').exec(text);
    if (!header)
        return undefined;
    const rest = text.slice(header.index + header[0].length);
    const next = /^\[/m.exec(rest);
    return next ? rest.slice(0, next.index) : rest;
}
function hasTable(text, name) {
    return tomlTable(text, name) !== undefined;
}
/** The strings of `key = [ "a", 'b' ]` in table `name` (arrays may span lines). */
function tomlArray(text, table, key) {
    const body = tomlTable(text, table);
    const match = body === undefined ? null : new RegExp(`^\\s*${key}\\s*=\\s*\\[([^\\]]*)\\]`, 'm').exec(body);
    if (!match)
        return undefined;
    return [...match[1].replace(/#.*$/gm, '').matchAll(/"([^"]*)"|'([^']*)'/g)].map((item) => item[1] ?? item[2]);
}
function tomlString(text, table, key) {
    const body = tomlTable(text, table);
    const match = body === undefined ? null : new RegExp(`^\\s*${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'm').exec(body);
    return match ? (match[1] ?? match[2]) : undefined;
}


/***/ })

};
