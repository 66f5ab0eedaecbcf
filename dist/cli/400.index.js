export const id = 400;
export const ids = [400];
export const modules = {

/***/ 36400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HYDRATION_RULES: () => (/* binding */ HYDRATION_RULES),
  hydrationCheck: () => (/* binding */ hydrationCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __webpack_require__(43830);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/config/config-input.ts
var config_input = __webpack_require__(60345);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __webpack_require__(6748);
// EXTERNAL MODULE: ./packages/core/src/safe-files/contained-path.ts
var contained_path = __webpack_require__(71914);
// EXTERNAL MODULE: ./packages/core/src/safe-files/atomic-file.ts + 1 modules
var atomic_file = __webpack_require__(56135);
// EXTERNAL MODULE: ./packages/core/src/documents/canonical-json.ts
var canonical_json = __webpack_require__(51725);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./packages/core/src/documents/read-document-file.ts
var read_document_file = __webpack_require__(28461);
// EXTERNAL MODULE: ./packages/core/src/documents/parse-document.ts + 3 modules
var parse_document = __webpack_require__(7496);
;// CONCATENATED MODULE: ./actions/hydration-check/src/spec/hydration-spec.ts

/** Selectors one run resolves at most: a matrix multiplies, and each selector reads every layer. */
const MAX_SELECTORS = 256;
const TEMPLATE_NAME = /\{([^{}]*)\}/g;
/** The spec checked beyond its schema (exit 2 at the line): one way of listing selectors, templates naming known dimensions. */
function compileSpec(loaded) {
    const spec = loaded.value;
    const invalid = (pointer, problem) => {
        const position = loaded.positions.value.get(pointer) ?? loaded.positions.value.get('');
        const location = { file: loaded.file, line: position?.line, column: position?.column };
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_INVALID', { file: loaded.file, count: 1 }, { location, details: [{ message: `${pointer || '/'}: ${problem}`, location }] });
    };
    if ((spec.matrix === undefined) === (spec.selectors === undefined))
        invalid('', 'set exactly one of matrix (every combination) and selectors (listed one by one)');
    const selectors = spec.matrix ? expandMatrix(spec.matrix, () => invalid('/matrix', `the matrix has more than ${MAX_SELECTORS} combinations`)) : spec.selectors;
    const dimensions = new Set(Object.keys(selectors[0]));
    selectors.forEach((selector, index) => {
        const names = Object.keys(selector);
        if (names.length !== dimensions.size || names.some((name) => !dimensions.has(name)))
            invalid(`/selectors/${index}`, `every selector names the same dimensions (${[...dimensions].join(', ')})`);
    });
    const keys = selectors.map((selector) => JSON.stringify(Object.entries(selector).sort()));
    keys.forEach((key, index) => {
        if (keys.indexOf(key) !== index)
            invalid(`/selectors/${index}`, `selector ${selectorLabel(selectors[index])} is listed twice`);
    });
    const templates = [...spec.layers.map((layer, index) => [`/layers/${index}/path`, layer.path]), ['/fixture', spec.fixture]];
    for (const [pointer, template] of templates) {
        for (const [, name] of template.matchAll(TEMPLATE_NAME))
            if (!dimensions.has(name))
                invalid(pointer, `{${name}} is not a selector dimension (${[...dimensions].join(', ')})`);
    }
    // Each selector needs its own fixture: a fixture path without every dimension would be shared by two selectors.
    for (const name of dimensions)
        if (!spec.fixture.includes(`{${name}}`))
            invalid('/fixture', `the fixture path must name every dimension; {${name}} is missing`);
    return { file: loaded.file, layers: spec.layers.map((layer, index) => ({ path: layer.path, optional: layer.optional === true, line: loaded.positions.value.get(`/layers/${index}/path`)?.line })), selectors, fixture: spec.fixture, env: spec.env ?? {} };
}
/** Every combination, the first dimension varying slowest (as a GitHub Actions matrix lists its jobs). */
function expandMatrix(matrix, tooMany) {
    let selectors = [{}];
    for (const [name, values] of Object.entries(matrix)) {
        if (selectors.length * values.length > MAX_SELECTORS)
            tooMany();
        selectors = selectors.flatMap((selector) => values.map((value) => ({ ...selector, [name]: value })));
    }
    return selectors;
}
/** A template with each {dimension} replaced by the selector's value (values are path-safe by the schema). */
function fillTemplate(template, selector) {
    return template.replace(TEMPLATE_NAME, (_whole, name) => selector[name]);
}
/** How messages and the summary name a selector: env=prod,region=eu. */
function selectorLabel(selector) {
    return Object.entries(selector).map(([name, value]) => `${name}=${value}`).join(',');
}

// EXTERNAL MODULE: ./packages/core/src/documents/decimal.ts
var decimal = __webpack_require__(79027);
;// CONCATENATED MODULE: ./actions/hydration-check/src/resolve/merge-layers.ts

/** Deepest nesting a layer may have: far beyond real config, far below a stack overflow. */
const MAX_DEPTH = 64;
const isMap = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof decimal/* JsonNumber */.WP);
/**
 * The resolved document of layers, in order: maps merge key by key (a later
 * layer wins), arrays and scalars replace what was there whole, and `null`
 * deletes the key. Pure: no layer is changed. Not core's mergeLayers (the
 * suite's own config), which keeps nulls and tracks provenance by dotted path;
 * here a key may contain dots and `null` must delete.
 */
function mergeLayers(layers) {
    let resolved = {};
    for (const layer of layers)
        resolved = mergeMaps(resolved, layer.document);
    return resolved;
}
function mergeMaps(base, overlay) {
    const merged = {};
    if (base)
        for (const key of Object.keys(base))
            setOwn(merged, key, base[key]);
    for (const key of Object.keys(overlay)) {
        const value = overlay[key];
        if (value === null) {
            delete merged[key];
            continue;
        }
        const below = Object.hasOwn(merged, key) ? merged[key] : undefined;
        // A map under a map merges; a map over anything else starts clean (its nulls still delete nothing and are dropped).
        setOwn(merged, key, isMap(value) ? mergeMaps(isMap(below) ? below : undefined, value) : value);
    }
    return merged;
}
/** An own property even for `__proto__`: plain assignment would set the object's prototype instead. */
function setOwn(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
/** Refuses a layer nested deeper than MAX_DEPTH (checked without recursion, before any merge recurses into it). */
function checkDepth(document, source) {
    const stack = [{ value: document, depth: 0 }];
    for (let item = stack.pop(); item; item = stack.pop()) {
        if (typeof item.value !== 'object' || item.value === null || item.value instanceof decimal/* JsonNumber */.WP)
            continue;
        if (item.depth >= MAX_DEPTH)
            throw new gates_error/* GatesError */.xx('GATES_E_DOCUMENT_INVALID', { source, reason: `it is nested deeper than ${MAX_DEPTH} levels` });
        for (const child of Object.values(item.value))
            stack.push({ value: child, depth: item.depth + 1 });
    }
}

// EXTERNAL MODULE: ./packages/core/src/documents/structural-diff.ts
var structural_diff = __webpack_require__(46277);
;// CONCATENATED MODULE: ./actions/hydration-check/src/resolve/placeholders.ts

/** `${NAME}`, or `$${NAME}` for the literal text `${NAME}`. */
const PLACEHOLDER = /\$(\$?)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/**
 * Fills `${NAME}` placeholders in string values from `values` (the spec's
 * `env` block) and from nothing else: the process environment is never read,
 * so a secret in the runner's environment cannot hydrate into a document or
 * its fixture. A name not in `values` stays as written and is reported.
 * Keys are not hydrated. Pure; the input is not changed.
 */
function fillPlaceholders(document, values) {
    const unresolved = [];
    const fill = (value, path) => {
        if (typeof value === 'string') {
            return value.replace(PLACEHOLDER, (whole, escaped, name) => {
                if (escaped)
                    return whole.slice(1);
                if (Object.hasOwn(values, name))
                    return values[name];
                unresolved.push({ path, name });
                return whole;
            });
        }
        if (Array.isArray(value))
            return value.map((child, index) => fill(child, `${path}/${index}`));
        if (value === null || typeof value !== 'object' || value instanceof decimal/* JsonNumber */.WP)
            return value;
        const filled = {};
        for (const key of Object.keys(value))
            Object.defineProperty(filled, key, { value: fill(value[key], `${path}/${(0,structural_diff/* pointerSegment */.L)(key)}`), enumerable: true, writable: true, configurable: true });
        return filled;
    };
    return { document: fill(document, ''), unresolved };
}

;// CONCATENATED MODULE: ./actions/hydration-check/src/resolve/resolve-selector.ts






/**
 * Reads what one selector's layers name (inside the workspace only, each at
 * most `maxBytes`) and resolves them. Parsed layers are kept in `cache` by
 * path: a base layer shared by every selector is read once.
 */
async function resolveSelector(spec, selector, workspace, maxBytes, cache) {
    const resolution = { layers: [], skipped: [], missing: [], unresolved: [] };
    const layers = [];
    for (const { path: template, optional, line } of spec.layers) {
        const file = fillTemplate(template, selector);
        const absolute = (0,contained_path/* containedPath */.fX)(workspace, (0,external_node_path_.resolve)(workspace, file));
        if (!(0,external_node_fs_.existsSync)(absolute)) {
            if (optional)
                resolution.skipped.push(file);
            else
                resolution.missing.push({ file, line });
            continue;
        }
        let layer = cache.get(file);
        if (!layer) {
            layer = { file, document: await readLayer(absolute, file, maxBytes) };
            cache.set(file, layer);
        }
        layers.push(layer);
        resolution.layers.push(file);
    }
    if (resolution.missing.length > 0)
        return resolution;
    const hydrated = fillPlaceholders(mergeLayers(layers), spec.env);
    return { ...resolution, document: hydrated.document, unresolved: hydrated.unresolved };
}
/** A layer is a map; an empty file (or one of only comments) is an empty layer, a placeholder for values to come. */
async function readLayer(absolute, file, maxBytes) {
    const source = (0,read_document_file/* readDocumentFile */.K)(absolute, file, maxBytes);
    if (source.bytes.toString('utf8').replace(/^\s*#.*$/gm, '').trim() === '')
        return {};
    const document = await (0,parse_document/* parseDocument */.T)(source, { numbers: 'exact' });
    if (document === null)
        return {};
    if (!isMap(document))
        throw new gates_error/* GatesError */.xx('GATES_E_DOCUMENT_INVALID', { source: source.label, reason: `a layer must be a map of keys, not ${Array.isArray(document) ? 'a list' : 'a single value'}` });
    checkDepth(document, source.label);
    return document;
}
/** The expected document of a selector, or undefined when its fixture file is absent. */
async function readFixture(absolute, file, maxBytes) {
    if (!(0,external_node_fs_.existsSync)(absolute))
        return undefined;
    const document = await (0,parse_document/* parseDocument */.T)((0,read_document_file/* readDocumentFile */.K)(absolute, file, maxBytes), { numbers: 'exact' });
    checkDepth(document, `file ${file}`);
    return document;
}

// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
;// CONCATENATED MODULE: ./actions/hydration-check/src/report/selector-verdict.ts

/** Paths kept per selector; the count says how many more. */
const KEEP_PATHS = 200;
/** The verdict of one selector, from its resolution and its fixture (undefined: absent). Pure. */
function judgeSelector(label, fixture, resolution, expected) {
    const result = { label, fixture, resolution, verdict: 'pass', changes: [], changedCount: 0, fixtureMissing: false };
    if (resolution.missing.length > 0)
        return { ...result, verdict: 'missing layer' };
    const document = resolution.document;
    if (isEmpty(document))
        return { ...result, verdict: 'empty' };
    result.fixtureMissing = expected === undefined;
    if (expected !== undefined) {
        const diff = (0,structural_diff/* structuralDiff */.j)(expected, document, new Set(), KEEP_PATHS);
        result.changes = diff.changes;
        result.changedCount = diff.counts.added + diff.counts.removed + diff.counts.changed;
    }
    if (resolution.unresolved.length > 0)
        return { ...result, verdict: 'unresolved placeholder' };
    if (expected === undefined)
        return { ...result, verdict: 'no fixture' };
    return { ...result, verdict: result.changedCount > 0 ? 'differs' : 'pass' };
}
function isEmpty(document) {
    return typeof document === 'object' && document !== null && !(document instanceof decimal/* JsonNumber */.WP) && Object.keys(document).length === 0;
}
/** Keys whose values the log never shows: a config's credentials are not for the step log, even placeholders of them. */
const SECRET_KEY = /pass(word|wd|phrase)?$|secret|token|api[-_]?key|private[-_]?key|credential|^auth(orization)?$|cookie|signature|dsn$/i;
/** A pointer's value in a document (RFC 6901), or undefined. */
function valueAtPointer(document, pointer) {
    let current = document;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (typeof current !== 'object' || current === null || current instanceof decimal/* JsonNumber */.WP || !Object.hasOwn(current, key))
            return undefined;
        current = current[key];
    }
    return current;
}
/** True when any key on the pointer looks like it holds a secret (a whole `credentials:` map is hidden). */
function looksSecret(pointer) {
    return pointer.split('/').slice(1).some((segment) => SECRET_KEY.test(segment.replace(/~1/g, '/').replace(/~0/g, '~')));
}
/** A value as the log shows it: JSON, at most 80 characters, hidden under a secret-looking key. */
function shownValue(document, pointer) {
    if (document === undefined)
        return 'absent';
    const value = valueAtPointer(document, pointer);
    if (value === undefined)
        return 'absent';
    if (looksSecret(pointer))
        return '[hidden: secret-looking key]';
    const text = shownJson(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/**
 * A value as one line of JSON. A JsonNumber as its own text (JSON.stringify
 * would show its fields, or round it to a double and show the very
 * difference the check found as no difference).
 */
function shownJson(value) {
    if (value instanceof decimal/* JsonNumber */.WP)
        return value.text;
    if (typeof value !== 'object' || value === null)
        return JSON.stringify(value);
    // canonicalJson's line breaks sit only between tokens (a string's own are escaped): joined, it is one line.
    return (0,canonical_json/* canonicalJson */.d)(value).replace(/\n */g, '');
}

;// CONCATENATED MODULE: ./actions/hydration-check/src/report/hydration-summary.ts


/** Differing paths a summary cell lists; the step log lists the rest. */
const CELL_PATHS = 5;
const ICON = {
    pass: '✅',
    differs: '❌',
    'missing layer': '❌',
    'no fixture': '❌',
    empty: '❌',
    'unresolved placeholder': '❌',
    'fixture written': '📝',
};
/** One table: selector, verdict, differing paths. Every path and name through markdownText: a config key is untrusted text. */
function renderHydrationSummary(results, specFile, md) {
    const rows = results.map((result) => [md.code(result.label), `${ICON[result.verdict]} ${result.verdict}`, detailCell(result, md)]);
    const failed = results.filter((result) => result.verdict !== 'pass' && result.verdict !== 'fixture written').length;
    return ['### hydration-check', '', `${results.length} selector(s) of ${md.code(specFile)} resolved; ${failed} did not match their fixture.`, '', (0,markdown/* table */.tp)(['Selector', 'Verdict', 'Differing paths'], rows), ''].join('\n');
}
function detailCell(result, md) {
    const { resolution } = result;
    if (result.verdict === 'missing layer')
        return `missing: ${resolution.missing.map(({ file }) => md.code(file)).join(', ')}`;
    if (result.verdict === 'no fixture')
        return `no fixture at ${md.code(result.fixture)}`;
    if (result.verdict === 'empty')
        return 'resolves to an empty document';
    if (result.verdict === 'fixture written')
        return `wrote ${md.code(result.fixture)}`;
    const parts = [];
    if (resolution.unresolved.length > 0)
        parts.push(`unresolved: ${resolution.unresolved.slice(0, CELL_PATHS).map((placeholder) => md.code(`\${${placeholder.name}}`)).join(', ')}`);
    if (result.changedCount > 0) {
        const shown = result.changes.slice(0, CELL_PATHS).map((change) => md.code(change.path || '/')).join(', ');
        parts.push(result.changedCount > CELL_PATHS ? `${shown} and ${result.changedCount - CELL_PATHS} more` : shown);
    }
    return parts.join('; ') || '—';
}
/** The log's lines for a selector that differs: `~ /db/host: fixture "a", resolved "b"`, values of secret-looking keys hidden. */
function differenceLines(result, expected) {
    const sign = { added: '+', removed: '-', changed: '~' };
    const lines = result.changes.map((change) => `${sign[change.kind]} ${change.path || '/'}: fixture ${shownValue(expected, change.path)}, resolved ${shownValue(result.resolution.document, change.path)}`);
    if (result.changedCount > result.changes.length)
        lines.push(`... and ${result.changedCount - result.changes.length} more path(s)`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./actions/hydration-check/src/report/selector-findings.ts
/** The findings of one judged selector: one per missing layer or unresolved placeholder, one for the fixture. Pure. */
function selectorFindings(result, specFile) {
    const { label, fixture, resolution } = result;
    const findings = resolution.missing.map(({ file, line }) => ({
        ruleId: 'missing-layer',
        severity: 'error',
        file: specFile,
        line,
        message: `selector ${label}: layer ${file} does not exist`,
        fixHint: `Commit ${file}, or mark its layer optional: true in ${specFile} if a selector may go without it.`,
    }));
    const names = [...new Set(resolution.unresolved.map((placeholder) => placeholder.name))];
    for (const name of names) {
        const paths = resolution.unresolved.filter((placeholder) => placeholder.name === name).map((placeholder) => placeholder.path || '/');
        findings.push({ ruleId: 'unresolved-placeholder', severity: 'error', file: specFile, message: `selector ${label}: \${${name}} has no value (at ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''})`, fixHint: `Add ${name} to the env block of ${specFile} (the process environment is never read), or write $\${${name}} for the literal text.` });
    }
    if (result.verdict === 'empty')
        findings.push({ ruleId: 'empty-resolution', severity: 'error', file: specFile, message: `selector ${label} resolves to an empty document (layers: ${resolution.layers.join(', ') || 'none present'})`, fixHint: 'Check the layer paths and the nulls that delete keys; an empty config is never what a selector should get.' });
    if (result.fixtureMissing)
        findings.push({ ruleId: 'missing-fixture', severity: 'error', file: fixture, message: `selector ${label} has no fixture at ${fixture}`, fixHint: 'Generate it locally with `gates run hydration-check --input update=true`, review it and commit it.' });
    if (result.changedCount > 0) {
        const shown = result.changes.slice(0, 10).map((change) => change.path || '/');
        findings.push({ ruleId: 'fixture-mismatch', severity: 'error', file: fixture, message: `selector ${label} resolves differently from ${fixture} at ${result.changedCount} path(s): ${shown.join(', ')}${result.changedCount > shown.length ? ', ...' : ''}`, fixHint: 'Fix the layers, or, if the change is intended, regenerate the fixture locally (update: true) and commit it.' });
    }
    return findings;
}

;// CONCATENATED MODULE: ./actions/hydration-check/src/definition.ts







const rule = (id, description) => ({ id, description, severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('hydration-check', id) });
const HYDRATION_RULES = [
    rule('fixture-mismatch', "A selector's resolved config equals its committed fixture, path by path"),
    rule('missing-layer', 'Every layer not marked optional exists for each selector'),
    rule('missing-fixture', 'Each selector has its fixture, the expected resolved document'),
    rule('empty-resolution', 'Each selector resolves to a document with at least one key'),
    rule('unresolved-placeholder', 'Every ${NAME} placeholder has a value in the spec\'s env block'),
    (0,nothing_to_check/* nothingToCheckRule */.J)('hydration-check'),
];
const hydrationCheck = {
    name: 'hydration-check',
    description: 'Resolves layered config files per selector (e.g. env x region) and compares each resolved document with its committed fixture.',
    rules: HYDRATION_RULES,
    async run({ inputs, env, workspace, runner, redactor }) {
        const update = inputs.boolean('update', false);
        // A fixture rewritten in CI would make any change pass: generating them is for a developer's machine.
        if (update && env.GITHUB_ACTIONS === 'true')
            throw new gates_error/* GatesError */.xx('GATES_E_USAGE', { detail: 'update: true rewrites the fixtures and is refused in CI; run `gates run hydration-check --input update=true` locally and commit the fixtures' });
        const maxBytes = inputs.size('max-document-size', 1024 * 1024);
        const loaded = await (0,config_input/* loadConfigInput */.j)(inputs, workspace, { input: 'spec', kind: schemas/* CONFIG_KINDS */.j.hydration });
        if (!loaded)
            return { findings: [], nothingToCheck: `no hydration spec at ${schemas/* CONFIG_KINDS */.j.hydration.defaultPath} (input spec)`, outputs: { selectors: '0', mismatched: '0' } };
        const spec = compileSpec(loaded);
        if (update && !/\.json$/.test(spec.fixture))
            throw new gates_error/* GatesError */.xx('GATES_E_INPUT_INVALID', { input: 'update', value: 'true', expected: `a fixture path ending in .json (update writes canonical JSON; ${spec.file} names ${spec.fixture})` });
        const cache = new Map();
        const results = [];
        const findings = [];
        for (const selector of spec.selectors) {
            const label = selectorLabel(selector);
            const fixture = fillTemplate(spec.fixture, selector);
            const fixturePath = (0,contained_path/* containedPath */.fX)(workspace, (0,external_node_path_.resolve)(workspace, fixture));
            const resolution = await resolveSelector(spec, selector, workspace, maxBytes, cache);
            const expected = await readFixture(fixturePath, fixture, maxBytes);
            let result = judgeSelector(label, fixture, resolution, expected);
            if (update && (result.verdict === 'differs' || result.verdict === 'no fixture')) {
                (0,atomic_file/* writeFileAtomically */.lo)(fixturePath, (0,canonical_json/* canonicalJson */.d)(resolution.document), { root: workspace, mode: 0o644 });
                // Written: what was missing or differed is now the fixture, so nothing about it is a finding.
                result = { ...result, verdict: 'fixture written', fixtureMissing: false, changes: [], changedCount: 0 };
            }
            if (result.verdict === 'differs')
                runner.block(`${label} against ${fixture}:\n${differenceLines(result, expected)}`);
            results.push(result);
            for (const finding of selectorFindings(result, spec.file))
                findings.push(finding);
        }
        const mismatched = results.filter((result) => result.verdict !== 'pass' && result.verdict !== 'fixture written').length;
        return {
            findings,
            outputs: { selectors: String(results.length), mismatched: String(mismatched) },
            notes: [`Resolved ${results.length} selector(s) from ${spec.layers.length} layer(s) of ${spec.file}${update ? `; wrote ${results.filter((result) => result.verdict === 'fixture written').length} fixture(s)` : ''}.`],
            summaryAppendix: renderHydrationSummary(results, spec.file, (0,untrusted_text/* markdownText */.p7)(redactor)),
            ledgerEvent: { spec: spec.file, selectors: results.length, mismatched, update },
        };
    },
};


/***/ })

};
