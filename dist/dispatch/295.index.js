export const id = 295;
export const ids = [295];
export const modules = {

/***/ 89295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DRIFT_RULES: () => (/* binding */ DRIFT_RULES),
  driftCheck: () => (/* binding */ driftCheck)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __webpack_require__(43830);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __webpack_require__(71914);
// EXTERNAL MODULE: ./packages/core/src/documents/parse-document.ts + 3 modules
var parse_document = __webpack_require__(7496);
// EXTERNAL MODULE: ./packages/core/src/documents/structural-diff.ts
var structural_diff = __webpack_require__(46277);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/documents/read-document-file.ts
var read_document_file = __webpack_require__(28461);
// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __webpack_require__(6220);
// EXTERNAL MODULE: ./packages/core/src/documents/canonical-json.ts
var canonical_json = __webpack_require__(51725);
// EXTERNAL MODULE: ./packages/core/src/safe-files/atomic-file.ts + 1 modules
var atomic_file = __webpack_require__(56135);
// EXTERNAL MODULE: ./packages/core/src/documents/decimal.ts
var decimal = __webpack_require__(79027);
;// CONCATENATED MODULE: ./actions/drift-check/src/baseline/baseline-file.ts


/** Baselines are `*.shadow.json`, so a path input cannot point a sync at a source file. */
function checkBaselineName(shown) {
    if (!/\.shadow\.json$/.test(shown)) {
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'baseline', value: shown, expected: 'a path ending in .shadow.json' });
    }
}
function readBaseline(path, shown, maxBytes) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new gates_error/* GatesError */.xx('GATES_E_BASELINE_MISSING', { file: shown });
    return (0,read_file/* readRegularFile */.XF)(path, { maxBytes });
}
/**
 * The baseline text of a document: ignored pointers removed (they are not
 * compared, so they are not kept), then canonical JSON (keys sorted), so a
 * sync's pull request diff shows only what drifted. A number a double would
 * change is written as the document spelled it.
 */
function baselineText(document, ignore, shown = 'document') {
    const kept = withoutIgnored(document, ignore) ?? null;
    try {
        return (0,canonical_json/* canonicalJson */.d)(kept);
    }
    catch (error) {
        // Two spaces of indent per level: a document nested tens of thousands of levels deep has a canonical text
        // longer than the longest string V8 holds (about 512 MiB), though its compact text is small.
        if (error instanceof RangeError) {
            throw new gates_error/* GatesError */.xx('GATES_E_DOCUMENT_INVALID', { source: shown, reason: 'its baseline text (two-space indent per level of nesting) would be longer than a string can hold, so it cannot be synced' });
        }
        throw error;
    }
}
/** Written beside itself and renamed over it: a reader never sees half a baseline. Inside the workspace only. */
function writeBaseline(path, text, workspace) {
    (0,atomic_file/* writeFileAtomically */.lo)(path, text, { root: workspace, mode: 0o644 });
}
/**
 * The document without its ignored subtrees. Only the paths that lead to an
 * ignored pointer are walked; every other subtree is kept as it is. So the
 * walk is as deep as the longest `ignore` pointer, not as deep as the
 * document: a document nested tens of thousands of levels (which the reader
 * accepts) cannot overflow the stack here, and no path string is built for
 * nodes no pointer names.
 */
function withoutIgnored(document, ignore) {
    return keptPart(document, '', ignore, pointerPrefixes(ignore));
}
/** Every proper prefix of each pointer (`/a/b` gives `` and `/a`): the paths on the way to an ignored one. */
function pointerPrefixes(ignore) {
    const prefixes = new Set();
    for (const pointer of ignore) {
        // Segments escape "/" as "~1" (RFC 6901), so every "/" in a pointer separates two segments.
        for (let slash = pointer.indexOf('/'); slash !== -1; slash = pointer.indexOf('/', slash + 1))
            prefixes.add(pointer.slice(0, slash));
    }
    return prefixes;
}
function keptPart(value, path, ignore, prefixes) {
    if (ignore.has(path))
        return undefined;
    if (!prefixes.has(path))
        return value;
    if (Array.isArray(value))
        return value.map((child, index) => keptPart(child, `${path}/${index}`, ignore, prefixes) ?? null);
    if (!isObject(value))
        return value;
    const kept = {};
    for (const [key, child] of Object.entries(value)) {
        const next = keptPart(child, `${path}/${(0,structural_diff/* pointerSegment */.L)(key)}`, ignore, prefixes);
        if (next !== undefined)
            setOwn(kept, key, next);
    }
    return kept;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof decimal/* JsonNumber */.WP);
}
/** `object[key] = value` would set the prototype for a key named `__proto__`, which JSON allows: that key would vanish from the baseline. */
function setOwn(object, key, value) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./actions/drift-check/src/document/read-document.ts


/**
 * Runs a command (through `sh -c`, in the workspace) and keeps its stdout,
 * at most `maxBytes` of it: past that the command is killed and the document
 * refused, so a runaway command cannot exhaust memory (the whole process
 * group: what the shell started goes too). stderr is not kept (it
 * may carry anything); a command that fails, or outlives `timeoutMs`, is a
 * usage error naming its exit status.
 */
function runDocumentCommand(command, cwd, env, maxBytes, timeoutMs) {
    const label = `command ${command}`;
    return new Promise((resolve, reject) => {
        // Its own process group, so a stop reaches what the shell started too (a pipeline keeps the pipe open otherwise).
        const child = (0,external_node_child_process_.spawn)('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'ignore'], detached: true });
        const chunks = [];
        let size = 0;
        let refused;
        const stop = (error) => {
            refused ??= error;
            child.stdout.destroy();
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // Already gone.
            }
        };
        const timer = setTimeout(() => stop(new gates_error/* GatesError */.xx('GATES_E_DOCUMENT_INVALID', { source: label, reason: `the command did not finish within ${timeoutMs} ms` })), timeoutMs);
        child.stdout.on('data', (chunk) => {
            size += chunk.length;
            if (size > maxBytes)
                return stop((0,read_document_file/* documentTooLarge */.V)(label, maxBytes));
            chunks.push(chunk);
        });
        child.on('error', (error) => stop(new gates_error/* GatesError */.xx('GATES_E_DOCUMENT_INVALID', { source: label, reason: `it could not be started (${error.message})` })));
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (refused)
                return reject(refused);
            if (code !== 0)
                return reject(new gates_error/* GatesError */.xx('GATES_E_DOCUMENT_INVALID', { source: label, reason: `the command failed (${signal ? `signal ${signal}` : `exit ${code}`})` }));
            resolve({ label, bytes: Buffer.concat(chunks) });
        });
    });
}

// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
;// CONCATENATED MODULE: ./actions/drift-check/src/report/drift-summary.ts

/** Rows of changed paths the summary shows; the log (and the report) have the rest. */
const SUMMARY_PATHS = 200;
const SIGN = { added: '+', removed: '-', changed: '~' };
/** Every path through markdownText: a key of the document is untrusted text. */
function renderDriftSummary(diff, view, md) {
    const changed = diff.counts.added + diff.counts.removed + diff.counts.changed;
    const verdict = view.synced ? `Baseline ${md.code(view.baseline)} rewritten from ${md.text(view.source)}.` : `${md.text(view.source)} against ${md.code(view.baseline)}.`;
    const lines = [
        '### drift-check',
        '',
        verdict,
        '',
        `Drift score **${formatScore(diff.score)}** (${changed} of ${diff.total} path(s); threshold ${formatScore(view.threshold)}): ${diff.counts.added} added, ${diff.counts.removed} removed, ${diff.counts.changed} changed.`,
    ];
    const shown = diff.changes.slice(0, SUMMARY_PATHS);
    if (shown.length > 0) {
        lines.push('', (0,markdown/* table */.tp)(['', 'Path'], shown.map((change) => [SIGN[change.kind], md.code(change.path || '/')])));
        if (changed > shown.length)
            lines.push('', `${changed - shown.length} more path(s) not listed here; the step log lists the first ${diff.changes.length}.`);
    }
    return `${lines.join('\n')}\n`;
}
/** The diff as the log prints it: one line per path, `+` added, `-` removed, `~` changed. */
function diffLines(diff) {
    return diff.changes.map((change) => `${SIGN[change.kind]} ${logText(change.path || '/')}`).join('\n');
}
const ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** A path with its backslashes, control characters and bidirectional overrides escaped: a key's line break must not print a line that reads as another change. */
function logText(path) {
    return path.replace(/[\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (char) => ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Four decimals; a drift too small for them in exponent form, so a failing score never reads 0.0000. */
function formatScore(score) {
    return score > 0 && score < 0.00005 ? score.toExponential(1) : score.toFixed(4);
}

;// CONCATENATED MODULE: ./actions/drift-check/src/definition.ts






const DRIFT_RULES = [
    { id: 'drift', description: 'The effective document drifted from its shadow baseline beyond the threshold', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('drift-check', 'drift') },
    (0,nothing_to_check/* nothingToCheckRule */.J)('drift-check'),
];
const driftCheck = {
    name: 'drift-check',
    description: 'Compares an effective document (a file or a command\'s output) with its committed shadow baseline: structural diff, drift score, sync.',
    rules: DRIFT_RULES,
    async run({ inputs, env, workspace, runner, redactor }) {
        const mode = inputs.enumeration('mode', ['check', 'sync'], 'check');
        const baselineInput = inputs.required('baseline');
        checkBaselineName(baselineInput);
        const baselinePath = (0,contained_path/* containedPath */.fX)(workspace, (0,external_node_path_.resolve)(workspace, baselineInput));
        const ignore = ignorePointers(inputs);
        const threshold = thresholdOf(inputs);
        const maxBytes = inputs.size('max-document-size', 16 * 1024 * 1024);
        const source = await effectiveDocument(inputs, workspace, env, maxBytes);
        // Exact numbers: two ids that differ past 2^53 are drift, and a sync writes them as they were.
        const current = await (0,parse_document/* parseDocument */.T)(source, { numbers: 'exact' });
        const before = mode === 'sync' && !(0,external_node_fs_.existsSync)(baselinePath) ? {} : await (0,parse_document/* parseDocument */.T)({ label: `baseline ${baselineInput}`, bytes: readBaseline(baselinePath, baselineInput, maxBytes), file: baselineInput }, { numbers: 'exact' });
        const diff = (0,structural_diff/* structuralDiff */.j)(before, current, ignore);
        const changed = diff.counts.added + diff.counts.removed + diff.counts.changed;
        if (changed > 0)
            runner.block(diffLines(diff));
        if (mode === 'sync')
            writeBaseline(baselinePath, baselineText(current, ignore, source.label), workspace);
        const drifted = mode === 'check' && diff.score > threshold;
        return {
            findings: drifted
                ? [{ ruleId: 'drift', severity: 'error', file: baselineInput, message: `${source.label} drifted from the baseline: score ${formatScore(diff.score)} over the threshold ${formatScore(threshold)} (${diff.counts.added} added, ${diff.counts.removed} removed, ${diff.counts.changed} changed of ${diff.total} paths)`, fixHint: 'Fix the drift, or accept it with mode: sync and commit the baseline.' }]
                : [],
            nothingToCheck: diff.total === 0 ? `${source.label} and the baseline have nothing left to compare once ignored paths are set aside` : undefined,
            outputs: {
                'drift-score': formatScore(diff.score),
                added: String(diff.counts.added),
                removed: String(diff.counts.removed),
                changed: String(diff.counts.changed),
                'baseline-updated': String(mode === 'sync'),
            },
            summaryAppendix: renderDriftSummary(diff, { source: source.label, baseline: baselineInput, threshold, synced: mode === 'sync' }, (0,untrusted_text/* markdownText */.p7)(redactor)),
            ledgerEvent: { mode, baseline: baselineInput, score: Number(formatScore(diff.score)), changed, total: diff.total },
        };
    },
};
async function effectiveDocument(inputs, workspace, env, maxBytes) {
    const file = inputs.string('document');
    const command = inputs.string('document-command');
    if (file && command)
        throw new gates_error/* GatesError */.xx('GATES_E_USAGE', { detail: 'set document or document-command, not both' });
    if (command)
        return runDocumentCommand(command, workspace, commandEnvironment(env), maxBytes, inputs.duration('command-timeout', 60_000));
    if (!file)
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_MISSING', { input: 'document' }, { hint: 'Set `document:` (a JSON or YAML file) or `document-command:` (a command printing one).' });
    return (0,read_document_file/* readDocumentFile */.K)((0,external_node_path_.resolve)(workspace, file), file, maxBytes);
}
/** The command sees the step's environment without the action's own inputs (a token among them). */
function commandEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
}
function ignorePointers(inputs) {
    const pointers = inputs.list('ignore');
    for (const pointer of pointers) {
        if (pointer !== '' && !pointer.startsWith('/'))
            throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'ignore', value: pointer, expected: 'JSON Pointers, one per line, each starting with / (e.g. /info/version)' });
    }
    return new Set(pointers);
}
/** A fraction from 0 to 1, or a percentage (`5%`). */
function thresholdOf(inputs) {
    const raw = inputs.string('threshold') ?? '0';
    const percent = raw.endsWith('%');
    const value = Number(percent ? raw.slice(0, -1) : raw) / (percent ? 100 : 1);
    if (!/^\d+(\.\d+)?%?$/.test(raw) || !(value >= 0 && value <= 1))
        throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'threshold', value: raw, expected: 'a fraction from 0 to 1 (0.05) or a percentage (5%)' });
    return value;
}


/***/ })

};
