export const id = 38;
export const ids = [38];
export const modules = {

/***/ 39038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PERF_RULES: () => (/* binding */ PERF_RULES),
  perfSla: () => (/* binding */ perfSla)
});

// EXTERNAL MODULE: ./packages/core/src/errors/catalogue.ts
var catalogue = __webpack_require__(46360);
// EXTERNAL MODULE: ./packages/core/src/action/nothing-to-check.ts
var nothing_to_check = __webpack_require__(43830);
// EXTERNAL MODULE: ./packages/core/src/config/config-input.ts
var config_input = __webpack_require__(60345);
// EXTERNAL MODULE: ./packages/core/src/config/schemas.ts
var schemas = __webpack_require__(6748);
// EXTERNAL MODULE: ./packages/core/src/files/discover-files.ts
var discover_files = __webpack_require__(48672);
// EXTERNAL MODULE: ./packages/core/src/action/report-files.ts + 3 modules
var report_files = __webpack_require__(79517);
// EXTERNAL MODULE: ./packages/core/src/state/state-root.ts + 1 modules
var state_root = __webpack_require__(57734);
// EXTERNAL MODULE: ./packages/core/src/report/untrusted-text.ts
var untrusted_text = __webpack_require__(47920);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./actions/perf-sla/src/failures/failure-location.ts


/** `path:line[:column]` as JavaScript, TypeScript, Rust, PHP, Go and pytest's summaries write it. */
const PATH_LINE = /(?:file:\/\/|webpack:\/\/\/)?((?:[A-Za-z]:[\\/]|[\\/]|\.{1,2}[\\/])?[\w@.~+\-\\/]*[\w-]\.[A-Za-z][A-Za-z0-9]{0,7}):(\d+)(?::\d+)?/g;
/** Python tracebacks: `File "tests/test_x.py", line 25`. */
const PYTHON = /File "([^"\n]+)", line (\d+)/g;
/** .NET stack traces: `at Ns.Class.Method() in /src/Tests/CalcTests.cs:line 42`. */
const DOTNET = / in ([^\n]+?):line (\d+)/g;
/** Java and JVM frames name a class and a file, not a path: `at com.acme.CalcTest.divides(CalcTest.java:20)`. */
const JVM = /at ([\w$]+(?:\.[\w$]+)*)\.[\w$<>]+\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/g;
/** Where JVM build tools keep sources, under the workspace or one module directory down. */
const JVM_ROOTS = ['src/test/java', 'src/main/java', 'src/test/kotlin', 'src/main/kotlin', 'src/test/scala', 'src/main/scala', 'src/test/groovy', 'src/integrationTest/java', 'src/it/java'];
const MAX_MODULES = 200;
/**
 * Turns what a report says about a failure into a place in the workspace:
 * the first stack frame that names an existing file of the workspace
 * (outside node_modules), else the test's `file`/`line` attributes.
 * Reads the file system only to check that files exist, with a cache.
 */
class FailureLocator {
    workspace;
    exists = new Map();
    jvmRoots;
    constructor(workspace) {
        this.workspace = workspace;
    }
    locate(text, file, line) {
        if (text) {
            for (const frame of failure_location_frames(text)) {
                const found = frame.jvmClass ? this.jvmFile(frame.jvmClass, frame.file) : this.inWorkspace(frame.file);
                if (found)
                    return { file: found, line: frame.line };
            }
        }
        const attributed = file ? this.inWorkspace(file) : undefined;
        return attributed ? { file: attributed, line: line !== undefined && line > 0 ? line : undefined } : undefined;
    }
    /** A path as a report wrote it, relative to the workspace, when it names an existing file there. */
    inWorkspace(path) {
        const cleaned = path.replace(/^(?:file:\/\/|webpack:\/\/\/)/, '').replace(/\\/g, '/');
        if (/(^|\/)node_modules\//.test(cleaned) || cleaned.startsWith('node:'))
            return undefined;
        const absolute = (0,external_node_path_.isAbsolute)(cleaned) || /^[A-Za-z]:\//.test(cleaned) ? cleaned : (0,external_node_path_.resolve)(this.workspace, cleaned);
        const inside = (0,external_node_path_.relative)(this.workspace, absolute);
        if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
            return undefined;
        return this.isFile(absolute) ? inside.split(external_node_path_.sep).join('/') : undefined;
    }
    jvmFile(className, fileName) {
        const packagePath = className.split('.').slice(0, -1).join('/');
        for (const root of this.roots()) {
            const candidate = (0,external_node_path_.join)(root, packagePath, fileName);
            if (this.isFile(candidate))
                return (0,external_node_path_.relative)(this.workspace, candidate).split(external_node_path_.sep).join('/');
        }
        return undefined;
    }
    /** Source roots that exist: the workspace's and its modules' (one level down), found once. */
    roots() {
        if (this.jvmRoots)
            return this.jvmRoots;
        let modules = [];
        try {
            modules = (0,external_node_fs_.readdirSync)(this.workspace, { withFileTypes: true })
                .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
                .slice(0, MAX_MODULES)
                .map((entry) => entry.name);
        }
        catch {
            // An unreadable workspace has no roots.
        }
        this.jvmRoots = ['', ...modules].flatMap((module) => JVM_ROOTS.map((root) => (0,external_node_path_.join)(this.workspace, module, root))).filter((root) => (0,external_node_fs_.existsSync)(root));
        return this.jvmRoots;
    }
    isFile(path) {
        let known = this.exists.get(path);
        if (known === undefined) {
            try {
                known = (0,external_node_fs_.statSync)(path).isFile();
            }
            catch {
                known = false;
            }
            this.exists.set(path, known);
        }
        return known;
    }
}
/** Candidate frames of a failure's text, in the order they appear. */
function failure_location_frames(text) {
    const found = [];
    for (const match of text.matchAll(PYTHON))
        found.push({ index: match.index, file: match[1], line: Number(match[2]) });
    for (const match of text.matchAll(DOTNET))
        found.push({ index: match.index, file: match[1].trim(), line: Number(match[2]) });
    for (const match of text.matchAll(JVM))
        found.push({ index: match.index, file: match[2], line: Number(match[3]), jvmClass: match[1] });
    for (const match of text.matchAll(PATH_LINE)) {
        // A JVM frame's `CalcTest.java:20` is handled by its class; a bare file name elsewhere is resolved against the workspace root.
        if (!/\.(java|kt|scala|groovy)$/.test(match[1]))
            found.push({ index: match.index, file: match[1], line: Number(match[2]) });
    }
    return found.sort((a, b) => a.index - b.index);
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/test-case.ts
/** Error, then failure, then skipped: the status a record gets when it holds several result elements. */
const STATUS_RANK = { passed: 0, skipped: 1, failed: 2, error: 3 };
function strongerStatus(current, candidate) {
    return STATUS_RANK[candidate] > STATUS_RANK[current] ? candidate : current;
}
function failedStatus(status) {
    return status === 'failed' || status === 'error';
}
/** `classname.name`, the key SLAs and history use ("name" alone when there is no class). */
function fullName(test) {
    return test.classname ? `${test.classname}.${test.name}` : test.name;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/failures/failure-notes.ts

/** Failing records kept while reading (their text is collected only for these). */
const MAX_CANDIDATES = 200;
/** `test-failure` notices reported; the rest are counted. */
const MAX_FAILURE_NOTES = 50;
/**
 * Failed tests become notices at the place the report gives: a stack frame
 * in the workspace, or the test's `file`/`line`. Only the first failing
 * records are kept (with their text, capped); names that were not decoded
 * while streaming are read back from the report by offset; a test that
 * passed on a later attempt is not reported. Severity `note`: perf-sla
 * measures durations and is not a test-result gate, so a failing test never
 * fails it (unless the config's `fail-on: note` says so).
 */
class FailureNotes {
    candidates = [];
    /** Failing records seen, kept or not. */
    seen = 0;
    wantsText() {
        return this.candidates.length < MAX_CANDIDATES;
    }
    consider(test, report) {
        if (!failedStatus(test.status))
            return;
        this.seen++;
        if (this.candidates.length >= MAX_CANDIDATES)
            return;
        const { suite, classname, name, status, file, line, offset, idHigh, idLow } = test;
        this.candidates.push({ report, suite, classname, name, status, text: test.failureText, file, line, offset, idHigh, idLow });
    }
    /** After a report was read: the names of its candidates that were not decoded, from their start tags. */
    resolveNames(report, access) {
        for (const candidate of this.candidates) {
            if (candidate.report !== report || candidate.name || candidate.classname || candidate.offset === undefined)
                continue;
            const tag = access.tagAt(candidate.offset);
            if (!tag)
                continue;
            candidate.name = tag.name ?? '';
            candidate.classname = tag.classname ?? '';
            candidate.file ??= tag.file;
            const line = Number(tag.line);
            if (candidate.line === undefined && Number.isInteger(line))
                candidate.line = line;
        }
    }
    /** One notice per failing test (its last failing record) that has a place in the workspace. */
    findings(tally, locator) {
        const latest = new Map();
        for (const candidate of this.candidates) {
            const final = tally.finalStatus(candidate.idHigh, candidate.idLow);
            if (final !== undefined && !failedStatus(final))
                continue;
            // Records not merged (retries: separate) each count.
            const key = tally.mode === 'merge' ? `${candidate.idHigh}:${candidate.idLow}` : String(latest.size);
            latest.set(key, candidate);
        }
        const findings = [];
        let unlocated = 0;
        for (const candidate of latest.values()) {
            const place = locator.locate(candidate.text, candidate.file, candidate.line);
            if (!place) {
                unlocated++;
                continue;
            }
            if (findings.length >= MAX_FAILURE_NOTES)
                continue;
            const what = candidate.status === 'error' ? 'errored' : 'failed';
            const headline = firstLine(candidate.text);
            const name = fullName(candidate) || '(unnamed test)';
            findings.push({ ruleId: 'test-failure', severity: 'note', file: place.file, line: place.line, message: `${name} ${what}${headline ? `: ${headline}` : ''} (${candidate.report})` });
        }
        return { findings, unlocated };
    }
}
function firstLine(text) {
    const line = (text ?? '').split('\n').find((candidate) => candidate.trim() !== '') ?? '';
    const trimmed = line.trim();
    return trimmed.length > 200 ? `${trimmed.slice(0, 199)}…` : trimmed;
}

// EXTERNAL MODULE: ./packages/core/src/safe-files/read-file.ts
var read_file = __webpack_require__(6220);
// EXTERNAL MODULE: ./packages/core/src/json/json-scanner.ts
var json_scanner = __webpack_require__(99063);
;// CONCATENATED MODULE: ./actions/perf-sla/src/stats/test-identity.ts
/**
 * A test's identity (suite + classname + name) as a hash of the bytes the
 * report wrote, in two 32-bit lanes with different multipliers, shifts and
 * seeds, each finished with its own avalanche, so retries can be recognised
 * across millions of tests without keeping or even decoding their names.
 * The retry tally keeps 56 of the 64 bits (see test-tally.ts). Pure.
 */
class TestIdentity {
    /** Lane states while hashing. */
    a = 0;
    b = 0;
    /** The identity, after `finish()`. */
    high = 0;
    low = 0;
    constructor() {
        this.reset();
    }
    reset() {
        this.a = 0x811c9dc5;
        this.b = 0x9747b28c;
        return this;
    }
    /** Continues from another identity's state (a suite's, for the tests in it). */
    from(other) {
        this.a = other.a;
        this.b = other.b;
        return this;
    }
    /**
     * `words`, when given, is a little-endian 32-bit view of `buffer` from its
     * first byte: whole words are then read with one load each (two, shifted,
     * when the value does not start on a word boundary) instead of four. The
     * hash is the same either way.
     */
    bytes(buffer, start, end, words) {
        let a = this.a;
        let b = this.b;
        let index = start;
        const shift = (start & 3) * 8;
        if (words !== undefined && end - start >= 8) {
            let word = start >>> 2;
            // Stop where the next word would reach past the view.
            const stop = Math.min(end, (words.length - 1) * 4);
            let current = words[word] >>> shift;
            for (; index + 4 <= stop; index += 4) {
                const next = words[++word];
                const value = shift === 0 ? current : current | (next << (32 - shift));
                current = shift === 0 ? next : next >>> shift;
                a = Math.imul(a ^ value, 0x01000193);
                a ^= a >>> 15;
                b = Math.imul(b ^ value, 0x5bd1e995);
                b ^= b >>> 13;
            }
        }
        for (; index + 4 <= end; index += 4) {
            const value = buffer[index] | (buffer[index + 1] << 8) | (buffer[index + 2] << 16) | (buffer[index + 3] << 24);
            a = Math.imul(a ^ value, 0x01000193);
            a ^= a >>> 15;
            b = Math.imul(b ^ value, 0x5bd1e995);
            b ^= b >>> 13;
        }
        for (; index < end; index++) {
            const byte = buffer[index];
            a = Math.imul(a ^ byte, 0x01000193);
            b = Math.imul(b ^ byte, 0x5bd1e995);
            b ^= b >>> 13;
        }
        this.a = a;
        this.b = b;
        return this;
    }
    /** UTF-16 code units of a string (readers that have strings, not bytes). */
    text(value) {
        let a = this.a;
        let b = this.b;
        for (let index = 0; index < value.length; index++) {
            const unit = value.charCodeAt(index);
            a = Math.imul(a ^ unit, 0x01000193);
            b = Math.imul(b ^ unit, 0x5bd1e995);
            b ^= b >>> 13;
        }
        this.a = a;
        this.b = b;
        return this;
    }
    /** Between fields, so "ab"+"c" and "a"+"bc" differ. */
    separator() {
        this.a = Math.imul(this.a ^ 0x1f, 0x01000193);
        const b = Math.imul(this.b ^ 0x1f, 0x5bd1e995);
        this.b = b ^ (b >>> 13);
        return this;
    }
    /** Final avalanche of both lanes into `high` and `low` (signed 32-bit: small integers to V8, no boxed numbers per test). */
    finish() {
        this.high = fmix(this.a, 0x85ebca6b, 0xc2b2ae35);
        this.low = fmix(this.b ^ 0x2545f491, 0x7feb352d, 0x846ca68b);
        return this;
    }
}
function fmix(value, m1, m2) {
    let h = value;
    h ^= h >>> 16;
    h = Math.imul(h, m1);
    h ^= h >>> 13;
    h = Math.imul(h, m2);
    return h ^ (h >>> 16);
}
/** The identity of a test named by strings (JSON, TRX and test2json readers). */
function identityOf(suite, classname, name) {
    const { high, low } = new TestIdentity().text(suite).separator().text(classname).separator().text(name).finish();
    return { high, low };
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/report-times.ts
/**
 * The times a report states about itself, apart from its tests' times: the
 * suites' own `time` (which includes setup and teardown, and is wall time
 * where the tests ran in parallel) and when they ran (`timestamp`), so the
 * summary can show both totals and the sanity checks know how long the tests
 * really took. Pure.
 */
class ReportTimes {
    /** Sum of the outermost stated suite times, in seconds; undefined when no suite states one. */
    ownSeconds;
    /** Earliest start and latest end the suites state (epoch ms). */
    start;
    end;
    /** Per open suite: whether it or an ancestor was counted in `ownSeconds`. */
    counted = [];
    /** A suite opens: its own time (in the report's unit, scaled to seconds) and start timestamp, as written. */
    openSuite(time, scale, timestamp) {
        const inCounted = this.counted.length > 0 && this.counted[this.counted.length - 1];
        const seconds = time === undefined ? undefined : time * scale;
        if (!inCounted && seconds !== undefined)
            this.ownSeconds = (this.ownSeconds ?? 0) + seconds;
        this.counted.push(inCounted || seconds !== undefined);
        const start = timestamp ? Date.parse(timestamp) : Number.NaN;
        if (Number.isFinite(start))
            this.span(start, start + (seconds ?? 0) * 1000);
    }
    closeSuite() {
        this.counted.pop();
    }
    /** A stretch of time the report says its tests ran in (epoch ms). */
    span(start, end) {
        if (!Number.isFinite(start) || !Number.isFinite(end))
            return;
        this.start = this.start === undefined ? start : Math.min(this.start, start);
        this.end = this.end === undefined ? end : Math.max(this.end, end);
    }
    /** Seconds between the earliest start and latest end; undefined without timestamps. */
    get spanSeconds() {
        return this.start === undefined || this.end === undefined ? undefined : Math.max(0, (this.end - this.start) / 1000);
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/report-totals.ts

function emptyTotals(headers = { mismatches: 0, headerOnly: [], headerOnlyCount: 0 }) {
    return { suiteErrors: 0, headers, times: new ReportTimes() };
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/suite-headers.ts
const LISTED = 20;
/**
 * Header counts (`tests`, `failures`, `errors`, `skipped` + `disabled`) of
 * each suite element against the test records in it, nested suites included,
 * as the elements stream by. The counts compared are records (attempts): a
 * header counts the elements its producer wrote, retries or not. Pure.
 */
class SuiteHeaders {
    check = { mismatches: 0, headerOnly: [], headerOnlyCount: 0 };
    frames = [];
    open(name, attributes, offset, names = JUNIT_HEADER) {
        const header = attributes ? statedCounts(attributes, names) : undefined;
        this.frames.push({ name, offset, header, found: { tests: 0, failures: 0, errors: 0, skipped: 0 }, failuresIncludeErrors: names.failuresIncludeErrors === true });
    }
    /** A test record inside the innermost open suite. */
    count(status) {
        const frame = this.frames[this.frames.length - 1];
        if (!frame)
            return;
        frame.found.tests++;
        if (status === 'failed')
            frame.found.failures++;
        else if (status === 'error')
            frame.found.errors++;
        else if (status === 'skipped')
            frame.found.skipped++;
    }
    /** Records counted elsewhere (formats whose counts come before or after their tests). */
    add(counts) {
        const frame = this.frames[this.frames.length - 1];
        if (!frame)
            return;
        frame.found.tests += counts.tests;
        frame.found.failures += counts.failures;
        frame.found.errors += counts.errors;
        frame.found.skipped += counts.skipped;
    }
    close() {
        const frame = this.frames.pop();
        if (!frame)
            return;
        const parent = this.frames[this.frames.length - 1];
        if (parent) {
            parent.found.tests += frame.found.tests;
            parent.found.failures += frame.found.failures;
            parent.found.errors += frame.found.errors;
            parent.found.skipped += frame.found.skipped;
        }
        const header = frame.header;
        if (!header)
            return;
        // Field by field, no allocation: this runs for every suite of a report.
        const found = frame.failuresIncludeErrors ? { ...frame.found, failures: frame.found.failures + frame.found.errors, errors: 0 } : frame.found;
        const { tests, failures, errors, skipped } = header;
        if (tests === undefined && failures === undefined && errors === undefined && skipped === undefined)
            return;
        if (found.tests === 0 && ((tests ?? 0) > 0 || (failures ?? 0) > 0 || (errors ?? 0) > 0 || (skipped ?? 0) > 0)) {
            this.check.headerOnlyCount++;
            if (this.check.headerOnly.length < LISTED)
                this.check.headerOnly.push({ suite: frame.name, offset: frame.offset, header, found });
            return;
        }
        const differs = (tests !== undefined && tests !== found.tests) || (failures !== undefined && failures !== found.failures) || (errors !== undefined && errors !== found.errors) || (skipped !== undefined && skipped !== found.skipped);
        if (differs) {
            this.check.mismatches++;
            this.check.first ??= { suite: frame.name, offset: frame.offset, header, found };
        }
    }
}
const JUNIT_HEADER = { tests: 'tests', failures: 'failures', errors: 'errors', skipped: ['skipped', 'disabled'] };
function statedCounts(attributes, names) {
    const counts = {};
    const tests = attributes.number(names.tests);
    if (tests !== undefined)
        counts.tests = tests;
    const failures = attributes.number(names.failures);
    if (failures !== undefined)
        counts.failures = failures;
    const errors = names.errors ? attributes.number(names.errors) : undefined;
    if (errors !== undefined)
        counts.errors = errors;
    let skipped;
    for (const name of names.skipped) {
        const value = attributes.number(name);
        if (value !== undefined)
            skipped = (skipped ?? 0) + value;
    }
    if (skipped !== undefined)
        counts.skipped = skipped;
    return counts;
}
/** "tests 15, found 10; failures 0, found 1": the counts that differ, or all stated ones. */
function describeCounts(mismatch) {
    const stated = Object.entries(mismatch.header);
    const differing = stated.filter(([key, value]) => mismatch.found[key] !== value);
    return (differing.length > 0 ? differing : stated).map(([key, value]) => `${key}=${value} in the header, ${mismatch.found[key]} found`).join('; ');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/xml-attributes.ts

/** The pieces of a start tag the scanner hands out: names it has seen, attribute ranges decoded on request. */
/**
 * Element names seen so far, so a tag's name is found by comparing bytes
 * instead of making a string for every tag (a report has a dozen names and
 * millions of tags).
 */
class NameTable {
    entries = [];
    /** The entry found last: reports repeat one element (`testcase`) millions of times in a row. */
    last;
    get(buffer, start, end) {
        if (this.last && equalBytes(this.last.bytes, buffer, start, end))
            return this.last.name;
        for (const entry of this.entries) {
            if (equalBytes(entry.bytes, buffer, start, end)) {
                this.last = entry;
                return entry.name;
            }
        }
        const name = buffer.toString('latin1', start, end);
        if (this.entries.length < 64)
            this.entries.push((this.last = { bytes: Buffer.from(buffer.subarray(start, end)), name }));
        return name;
    }
}
function equalBytes(bytes, buffer, start, end) {
    if (bytes.length !== end - start)
        return false;
    for (let index = 0; index < bytes.length; index++)
        if (bytes[index] !== buffer[start + index])
            return false;
    return true;
}
/** Attribute byte ranges of the current tag; decoded only when asked for. */
class AttributeSlots {
    buffer = Buffer.alloc(0);
    ranges = [];
    count = 0;
    /** A 32-bit view of the buffer for hashing (when it starts on a word boundary, on little-endian machines). */
    words;
    wordsOf;
    reset(buffer) {
        this.buffer = buffer;
        this.count = 0;
    }
    add(nameStart, nameEnd, valueStart, valueEnd) {
        const at = this.count * 4;
        this.ranges[at] = nameStart;
        this.ranges[at + 1] = nameEnd;
        this.ranges[at + 2] = valueStart;
        this.ranges[at + 3] = valueEnd;
        this.count++;
    }
    get(name) {
        const at = this.find(name);
        if (at < 0)
            return undefined;
        const raw = this.buffer.toString('utf8', this.ranges[at + 2], this.ranges[at + 3]);
        return raw.includes('&') ? decodeEntities(raw) : raw;
    }
    /** A number attribute, read without making a string in the common case (digits and one `.` or `,`). */
    number(name) {
        const at = this.find(name);
        if (at < 0)
            return undefined;
        const buffer = this.buffer;
        let value = 0;
        let scale = 0;
        let digits = 0;
        for (let index = this.ranges[at + 2]; index < this.ranges[at + 3]; index++) {
            const byte = buffer[index];
            if (byte >= 0x30 && byte <= 0x39) {
                value = value * 10 + (byte - 0x30);
                digits++;
                if (scale > 0)
                    scale *= 10;
            }
            else if ((byte === 0x2e || byte === 0x2c) && scale === 0)
                scale = 1;
            else
                return parseLoose(this.get(name));
        }
        if (digits === 0)
            return undefined;
        return scale > 0 ? value / scale : value;
    }
    /** Feeds the attribute's raw bytes (entities as written) to a test identity; nothing when absent. */
    hash(name, identity) {
        const at = this.find(name);
        if (at < 0)
            return;
        if (this.wordsOf !== this.buffer) {
            this.wordsOf = this.buffer;
            this.words = LITTLE_ENDIAN && this.buffer.byteOffset % 4 === 0 ? new Uint32Array(this.buffer.buffer, this.buffer.byteOffset, this.buffer.length >>> 2) : undefined;
        }
        identity.bytes(this.buffer, this.ranges[at + 2], this.ranges[at + 3], this.words);
    }
    find(name) {
        const buffer = this.buffer;
        const end = this.count * 4;
        outer: for (let at = 0; at < end; at += 4) {
            const start = this.ranges[at];
            if (this.ranges[at + 1] - start !== name.length)
                continue;
            for (let index = 0; index < name.length; index++)
                if (buffer[start + index] !== name.charCodeAt(index))
                    continue outer;
            return at;
        }
        return -1;
    }
}
const LITTLE_ENDIAN = (0,external_node_os_.endianness)() === 'LE';
/** `1.5e-3`, ` 2 `, `1,234.5`: what the fast path does not take. */
function parseLoose(raw) {
    const value = Number(raw.trim().replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
    return Number.isFinite(value) ? value : undefined;
}
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(raw) {
    return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body) => {
        if (body.startsWith('#x'))
            return safeCodePoint(parseInt(body.slice(2), 16)) ?? whole;
        if (body.startsWith('#'))
            return safeCodePoint(parseInt(body.slice(1), 10)) ?? whole;
        return NAMED[body] ?? whole;
    });
}
function safeCodePoint(code) {
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/xml-bytes.ts
/** Byte-level helpers of the XML scanner (xml-scanner.ts): byte classes and a search tuned for short distances. Pure. */
/** Byte classes as tables: one load per byte in the tag loops instead of a chain of comparisons. */
const SPACE = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09])
    SPACE[byte] = 1;
/** Name characters: ASCII letters, digits, `_ - . :` and any non-ASCII byte (UTF-8 names). */
const NAME = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
    NAME[byte] = (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x30 && byte <= 0x3a) || byte === 0x5f || byte === 0x2d || byte === 0x2e || byte >= 0x80 ? 1 : 0;
}
/**
 * `buffer.indexOf(byte, from)`, reading the first bytes itself: between tags
 * there are a few bytes of indentation, and a native search costs more to
 * call than they cost to read. Long text (a `system-out`) is still one
 * native search.
 */
function findByte(buffer, byte, from) {
    const near = Math.min(buffer.length, from + NEAR_BYTES);
    for (let index = from; index < near; index++)
        if (buffer[index] === byte)
            return index;
    return near === buffer.length ? -1 : buffer.indexOf(byte, near);
}
const NEAR_BYTES = 32;
function isSpace(byte) {
    return SPACE[byte] === 1;
}
function isNameByte(byte) {
    return NAME[byte] === 1;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/xml-scanner.ts


class XmlSyntaxError extends Error {
    offset;
    constructor(message, 
    /** Byte offset in the whole input. */
    offset) {
        super(message);
        this.offset = offset;
    }
}
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const MAX_TAG_BYTES = 1024 * 1024;
const CDATA_END = ']]>';
class XmlScanner {
    handler;
    maxDepth;
    carry = Buffer.alloc(0);
    /** Bytes of input before `carry`'s first byte. */
    consumed = 0;
    stack = [];
    attributes = new AttributeSlots();
    names = new NameTable();
    sawRoot = false;
    /** Inside a comment, CDATA section or processing instruction that spans chunks: its terminator. Its bytes are dropped, not carried. */
    skipping;
    capture;
    constructor(handler, maxDepth = 100_000) {
        this.handler = handler;
        this.maxDepth = maxDepth;
    }
    get depth() {
        return this.stack.length;
    }
    push(chunk) {
        let buffer = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
        if (this.skipping) {
            const end = buffer.indexOf(this.skipping, 0, 'latin1');
            // Keep only what could be the start of the terminator.
            const drop = end < 0 ? Math.max(0, buffer.length - (this.skipping.length - 1)) : end + this.skipping.length;
            if (this.capture && this.skipping === CDATA_END)
                this.addText(buffer, 0, end < 0 ? drop : end, true);
            this.consumed += drop;
            buffer = buffer.subarray(drop);
            if (end < 0) {
                this.carry = Buffer.from(buffer);
                return;
            }
            this.skipping = undefined;
        }
        const stop = this.scan(buffer, false);
        this.consumed += stop;
        this.carry = stop === buffer.length ? Buffer.alloc(0) : Buffer.from(buffer.subarray(stop));
        if (this.carry.length > MAX_TAG_BYTES)
            throw new XmlSyntaxError(`a tag, comment or CDATA section longer than ${MAX_TAG_BYTES} bytes`, this.consumed);
    }
    end() {
        if (this.skipping)
            throw new XmlSyntaxError(`the document ends before "${this.skipping}" (truncated?)`, this.consumed + this.carry.length);
        if (this.carry.length > 0) {
            const stop = this.scan(this.carry, true);
            if (this.skipping)
                throw new XmlSyntaxError(`the document ends before "${this.skipping}" (truncated?)`, this.consumed + this.carry.length);
            if (stop < this.carry.length)
                throw new XmlSyntaxError('the document ends inside a tag', this.consumed + stop);
        }
        if (this.stack.length > 0)
            throw new XmlSyntaxError(`the document ends before </${this.stack[this.stack.length - 1]}> (truncated?)`, this.consumed + this.carry.length);
        if (!this.sawRoot)
            throw new XmlSyntaxError('no root element', this.consumed + this.carry.length);
    }
    /** Scans complete constructs; returns where an incomplete one starts (or the end). */
    scan(buffer, final) {
        let at = 0;
        for (;;) {
            const lt = findByte(buffer, LT, at);
            if (this.capture)
                this.addText(buffer, at, lt < 0 ? buffer.length : lt, false);
            if (lt < 0)
                return buffer.length;
            if (lt + 1 >= buffer.length)
                return final ? this.fail('the document ends inside a tag', lt) : lt;
            const next = buffer[lt + 1];
            let end;
            if (next === SLASH)
                end = this.endTag(buffer, lt);
            else if (next === BANG)
                end = this.markup(buffer, lt);
            else if (next === QUESTION)
                end = this.skipTo(buffer, lt + 2, '?>');
            else
                end = this.startTag(buffer, lt);
            if (end < 0)
                return lt;
            if (this.skipping)
                return end;
            at = end;
        }
    }
    startTag(buffer, lt) {
        let at = lt + 1;
        while (at < buffer.length && isNameByte(buffer[at]))
            at++;
        if (at >= buffer.length)
            return -1;
        if (at === lt + 1)
            return this.fail('a "<" that starts no tag', lt);
        const name = this.names.get(buffer, lt + 1, at);
        const decode = this.handler.wants(name);
        const slots = this.attributes;
        slots.reset(buffer);
        for (;;) {
            while (at < buffer.length && isSpace(buffer[at]))
                at++;
            if (at >= buffer.length)
                return -1;
            const byte = buffer[at];
            if (byte === GT || byte === SLASH) {
                if (byte === SLASH) {
                    if (at + 1 >= buffer.length)
                        return -1;
                    if (buffer[at + 1] !== GT)
                        return this.fail('"/" inside a tag not followed by ">"', at);
                }
                const selfClosing = byte === SLASH;
                if (this.stack.length === 0 && this.sawRoot)
                    return this.fail(`a second root element <${name}>`, lt);
                this.sawRoot = true;
                if (!selfClosing && this.stack.length >= this.maxDepth)
                    return this.fail(`elements nested deeper than ${this.maxDepth}`, lt);
                const wanted = this.handler.open(name, decode ? slots : undefined, selfClosing, this.consumed + lt);
                if (this.capture)
                    this.crossTag();
                if (selfClosing)
                    this.handler.close(name, this.consumed + lt, wanted ? '' : undefined);
                else {
                    this.stack.push(name);
                    if (wanted && !this.capture)
                        this.capture = { depth: this.stack.length, room: wanted, pieces: [], raw: [], rawCdata: false, newline: false };
                }
                return at + (selfClosing ? 2 : 1);
            }
            const nameStart = at;
            while (at < buffer.length && isNameByte(buffer[at]))
                at++;
            if (at >= buffer.length)
                return -1;
            if (at === nameStart)
                return this.fail(`an unexpected "${String.fromCharCode(byte)}" in <${name}>`, at);
            const nameEnd = at;
            while (at < buffer.length && isSpace(buffer[at]))
                at++;
            if (at >= buffer.length)
                return -1;
            if (buffer[at] !== 0x3d)
                return this.fail(`attribute without "=" in <${name}>`, at);
            at++;
            while (at < buffer.length && isSpace(buffer[at]))
                at++;
            if (at >= buffer.length)
                return -1;
            const quote = buffer[at];
            if (quote !== 0x22 && quote !== 0x27)
                return this.fail(`attribute value not in quotes in <${name}>`, at);
            // The closing quote, and any "<" before it (an error), in one pass over the value: values are short, and a
            // native search costs more to call than a few bytes cost to read (three or more per test record).
            let close = -1;
            let ltInside = -1;
            for (let index = at + 1; index < buffer.length; index++) {
                const byte = buffer[index];
                if (byte === quote) {
                    close = index;
                    break;
                }
                if (byte === LT && ltInside < 0)
                    ltInside = index;
            }
            if (close < 0)
                return -1;
            if (ltInside >= 0)
                return this.fail(`"<" inside an attribute value of <${name}>`, ltInside);
            if (decode)
                slots.add(nameStart, nameEnd, at + 1, close);
            at = close + 1;
        }
    }
    endTag(buffer, lt) {
        const gt = findByte(buffer, GT, lt + 2);
        if (gt < 0)
            return -1;
        let nameEnd = lt + 2;
        while (nameEnd < gt && isNameByte(buffer[nameEnd]))
            nameEnd++;
        const name = this.names.get(buffer, lt + 2, nameEnd);
        const open = this.stack.pop();
        if (open !== name)
            return this.fail(open ? `</${name}> closes <${open}>` : `</${name}> closes nothing`, lt);
        let text;
        if (this.capture)
            this.crossTag();
        if (this.capture && this.capture.depth === this.stack.length + 1) {
            text = this.capture.pieces.join('');
            this.capture = undefined;
        }
        this.handler.close(name, this.consumed + lt, text);
        return gt + 1;
    }
    /** `<!--`, `<![CDATA[`, and the refused `<!DOCTYPE` / `<!ENTITY`. */
    markup(buffer, lt) {
        if (buffer.length - lt < 9)
            return -1;
        if (buffer[lt + 2] === 0x2d && buffer[lt + 3] === 0x2d)
            return this.skipTo(buffer, lt + 4, '-->');
        if (buffer.toString('latin1', lt, lt + 9) === '<![CDATA[') {
            if (this.stack.length === 0)
                return this.fail('CDATA outside the root element', lt);
            const end = this.skipTo(buffer, lt + 9, CDATA_END);
            if (this.capture)
                this.addText(buffer, lt + 9, this.skipping ? end : end - CDATA_END.length, true);
            return end;
        }
        const word = buffer.toString('latin1', lt + 2, lt + 9).toUpperCase();
        if (word.startsWith('DOCTYPE') || word.startsWith('ENTITY')) {
            return this.fail('DOCTYPE and entity declarations are refused (they enable XXE and entity-expansion attacks; test reports do not need them)', lt);
        }
        return this.fail('unknown markup "<!"', lt);
    }
    /** The end of a skipped construct; when it is not in this buffer, skip mode carries on into the next chunks. */
    skipTo(buffer, from, terminator) {
        const found = buffer.indexOf(terminator, from, 'latin1');
        if (found >= 0)
            return found + terminator.length;
        this.skipping = terminator;
        // Its last bytes could be the start of the terminator: they stay for the next chunk.
        return Math.max(from, buffer.length - (terminator.length - 1));
    }
    /** Text (or CDATA content) of an element being captured, up to its room. */
    addText(buffer, start, end, cdata) {
        const capture = this.capture;
        if (end <= start || capture.room <= 0)
            return;
        if (capture.raw.length > 0 && capture.rawCdata !== cdata)
            this.flushText();
        const take = Math.min(end - start, capture.room);
        capture.room -= take;
        capture.raw.push(Buffer.from(buffer.subarray(start, start + take)));
        capture.rawCdata = cdata;
    }
    /** A tag ends the current stretch of text; what follows goes on a new line. */
    crossTag() {
        this.flushText();
        this.capture.newline = true;
    }
    flushText() {
        const capture = this.capture;
        if (capture.raw.length === 0)
            return;
        const text = Buffer.concat(capture.raw).toString('utf8');
        capture.raw = [];
        if (capture.newline && capture.pieces.length > 0)
            capture.pieces.push('\n');
        capture.newline = false;
        capture.pieces.push(!capture.rawCdata && text.includes('&') ? decodeEntities(text) : text);
    }
    fail(message, at) {
        throw new XmlSyntaxError(message, this.consumed + at);
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/junit-reader.ts





/** Seconds per unit of a report's time attributes. */
const UNIT_SECONDS = { s: 1, ms: 1e-3, ns: 1e-9 };
/** Bytes of a failure's text kept: enough for the frames that locate it. */
const FAILURE_TEXT_BYTES = 8192;
const RETRY_CHILDREN = new Set(['flakyFailure', 'flakyError', 'rerunFailure', 'rerunError']);
const SKIPPED_STATES = new Set(['disabled', 'ignored', 'skipped', 'notrun', 'suppressed']);
/**
 * JUnit XML, every common dialect: `<testsuites>` or a bare `<testsuite>`
 * root, suites nested in suites, `<testcase>` with `<failure>`, `<error>`,
 * `<skipped>` (error beats failure beats skipped when several appear),
 * `status="disabled"`-style attributes, and retries folded into one element
 * (Surefire's and Playwright's `<flakyFailure>`/`<rerunFailure>`). Header
 * counts are checked, not trusted. Push bytes in, test records come out
 * through `onTestCase`. No I/O.
 */
class JUnitReader {
    onTestCase;
    options;
    scanner = new XmlScanner(this);
    suites = [];
    identity = new TestIdentity();
    scale;
    current;
    /** One record object, refilled for each testcase (consumers copy what they keep): a million tests make no garbage. */
    record = { suite: '', classname: '', name: '', seconds: undefined, status: 'passed', foldedAttempts: 0, earlierFailed: false, idHigh: 0, idLow: 0 };
    /** Depth inside the current testcase, so nested elements of the same name do not end it. */
    caseDepth = 0;
    headers = new SuiteHeaders();
    totals;
    constructor(onTestCase, unit = 's', options = {}) {
        this.onTestCase = onTestCase;
        this.options = options;
        this.scale = UNIT_SECONDS[unit];
        this.totals = emptyTotals(this.headers.check);
    }
    push(chunk) {
        this.scanner.push(chunk);
    }
    end() {
        this.scanner.end();
    }
    wants(name) {
        return name === 'testcase' || name === 'testsuite' || name === 'testsuites' || (this.current !== undefined && this.caseDepth === 0 && RETRY_CHILDREN.has(name));
    }
    open(name, attributes, _selfClosing, offset) {
        if (this.current) {
            this.caseDepth++;
            if (this.caseDepth === 1)
                return this.child(name, attributes);
            return;
        }
        if (name === 'testcase')
            this.startCase(attributes, offset);
        else if (name === 'testsuite' || name === 'testsuites')
            this.startSuite(name, attributes, offset);
        else if (name === 'error' && this.suites.length > 0)
            this.totals.suiteErrors++;
    }
    close(name, _offset, text) {
        if (this.current) {
            if (this.caseDepth > 0) {
                if (this.caseDepth === 1 && text !== undefined)
                    this.current.failureText ??= text;
                this.caseDepth--;
                return;
            }
            this.headers.count(this.current.status);
            this.onTestCase(this.current);
            this.current = undefined;
            return;
        }
        if (name === 'testsuite' || name === 'testsuites') {
            this.headers.close();
            this.totals.times.closeSuite();
            if (name === 'testsuite')
                this.suites.pop();
        }
    }
    startSuite(name, attributes, offset) {
        const suiteName = attributes.get('name') ?? '';
        this.headers.open(suiteName, attributes, offset);
        this.totals.times.openSuite(attributes.number('time'), this.scale, attributes.get('timestamp'));
        if (name === 'testsuites')
            return;
        this.identity.reset();
        attributes.hash('name', this.identity);
        this.identity.separator();
        this.suites.push({ name: suiteName, a: this.identity.a, b: this.identity.b });
    }
    startCase(attributes, offset) {
        const time = attributes.number('time');
        const seconds = time === undefined ? undefined : time * this.scale;
        const named = this.options.namesFor?.(seconds) ?? true;
        const suite = this.suites[this.suites.length - 1];
        const identity = suite ? this.identity.from(suite) : this.identity.reset().separator();
        attributes.hash('classname', identity);
        identity.separator();
        attributes.hash('name', identity);
        identity.finish();
        const record = this.record;
        record.suite = suite?.name ?? '';
        record.classname = named ? (attributes.get('classname') ?? '') : '';
        record.name = named ? (attributes.get('name') ?? '') : '';
        record.seconds = seconds;
        record.status = skippedByAttribute(attributes) ? 'skipped' : 'passed';
        record.foldedAttempts = 0;
        record.earlierFailed = false;
        record.attemptSeconds = undefined;
        record.idHigh = identity.high;
        record.idLow = identity.low;
        record.file = named ? attributes.get('file') : undefined;
        record.line = named ? attributes.number('line') : undefined;
        record.failureText = undefined;
        record.offset = offset;
        this.current = record;
        this.caseDepth = 0;
    }
    /** A child of a testcase: a result element, or an attempt folded in (flaky: failed before it passed; rerun: failed again). */
    child(name, attributes) {
        const test = this.current;
        const status = RESULT_ELEMENTS[name];
        if (status) {
            test.status = strongerStatus(test.status, status);
            if (status !== 'skipped' && this.options.wantsFailureText?.())
                return FAILURE_TEXT_BYTES;
            return;
        }
        if (!RETRY_CHILDREN.has(name))
            return;
        test.foldedAttempts++;
        test.earlierFailed = true;
        const time = attributes?.number('time');
        if (time !== undefined)
            (test.attemptSeconds ??= []).push(time * this.scale);
    }
}
const RESULT_ELEMENTS = { failure: 'failed', error: 'error', skipped: 'skipped' };
/** `status="disabled"` (Ant schema, mikepenz), `"ignored"`, GoogleTest's `status="notrun"` / `result="skipped"|"suppressed"`. */
function skippedByAttribute(attributes) {
    const status = attributes.get('status');
    if (status !== undefined && SKIPPED_STATES.has(status.toLowerCase()))
        return true;
    const result = attributes.get('result');
    return result !== undefined && SKIPPED_STATES.has(result.toLowerCase());
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/report-shape-error.ts
/** A report that parses but is not the shape its format promises (e.g. JSON that is neither Jest's nor mocha's). */
class ReportShapeError extends Error {
    offset;
    constructor(message, 
    /** Byte offset in the whole input. */
    offset) {
        super(message);
        this.offset = offset;
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/json-report-reader.ts






const JEST_SKIPPED = new Set(['pending', 'todo', 'skipped', 'disabled']);
const MOCHA_ARRAYS = { passes: 'passed', failures: 'failed', pending: 'skipped' };
/** mocha reports a failed hook among the failures; it is a failure outside any test. */
const MOCHA_HOOK = /^"(before|after)( all| each)?" hook/;
/**
 * JSON reports of JavaScript test runners, both in milliseconds: Jest's
 * `--json` (`testResults[]` per file, `assertionResults[]` per test; a retried
 * test's `invocations`; the file's `name` comes after its tests, so a file's
 * tests wait for it) and mocha's `--reporter json` (`passes`, `failures`,
 * `pending`; `currentRetry` on a retried test; the duplicate `tests` list is
 * skipped unread). Which one a file is, its top-level keys tell. Bytes in,
 * test records out. No I/O.
 */
class JsonReportReader {
    onTestCase;
    options;
    onFormat;
    scanner = new json_scanner/* JsonScanner */.V(this);
    headers = new SuiteHeaders();
    totals = emptyTotals(this.headers.check);
    format;
    stated = {};
    found = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    hookFailures = 0;
    /** The Jest file being read: its tests, until its name arrives. */
    file = { tests: [] };
    constructor(onTestCase, options = {}, onFormat = () => undefined) {
        this.onTestCase = onTestCase;
        this.options = options;
        this.onFormat = onFormat;
    }
    push(chunk) {
        this.scanner.push(chunk);
    }
    end() {
        this.scanner.end();
        if (!this.format)
            throw new ReportShapeError('a JSON file that is neither a Jest (--json) nor a mocha (--reporter json) report, nor go test -json', 0);
        if (this.format === 'mocha' && this.stated.failures !== undefined)
            this.stated.failures -= this.hookFailures;
        this.headers.open('', { get: () => undefined, number: (name) => this.stated[name], hash: () => undefined }, 0, { tests: 'tests', failures: 'failures', skipped: ['skipped'] });
        this.headers.add(this.found);
        this.headers.close();
    }
    select(path) {
        const [top, index, key, position] = path;
        if (path.length === 0)
            return 'enter';
        if (path.length === 1)
            return this.topLevel(top);
        if (top === 'testResults') {
            if (path.length === 2)
                return 'enter';
            if (path.length === 3)
                return key === 'assertionResults' ? 'enter' : key === 'name' || key === 'startTime' || key === 'endTime' || key === 'status' ? 'capture' : 'skip';
            return path.length === 4 && typeof position === 'number' ? 'capture' : 'skip';
        }
        if (top in MOCHA_ARRAYS)
            return path.length === 2 && typeof index === 'number' ? 'capture' : 'skip';
        return 'skip';
    }
    value(path, value) {
        const [top, , key] = path;
        if (path.length === 1)
            this.topValue(top, value);
        else if (top === 'testResults' && path.length === 4)
            this.file.tests.push(value);
        else if (top === 'testResults' && path.length === 3)
            this.fileValue(key, value);
        else if (typeof top === 'string' && top in MOCHA_ARRAYS)
            this.mochaTest(value, MOCHA_ARRAYS[top]);
    }
    leave(path) {
        if (path[0] === 'testResults' && path.length === 2)
            this.finishJestFile();
    }
    topLevel(key) {
        if (key === 'testResults' || key.startsWith('numTotal') || key === 'numFailedTests' || key === 'numPendingTests' || key === 'numTodoTests' || key === 'startTime')
            this.setFormat('jest');
        else if (key === 'stats' || key in MOCHA_ARRAYS)
            this.setFormat('mocha');
        if (key === 'testResults' || key in MOCHA_ARRAYS)
            return 'enter';
        return key === 'stats' || key === 'startTime' || key.startsWith('num') ? 'capture' : 'skip';
    }
    setFormat(format) {
        if (this.format)
            return;
        this.format = format;
        this.onFormat(format);
    }
    topValue(key, value) {
        if (key === 'numTotalTests')
            this.stated.tests = Number(value);
        else if (key === 'numFailedTests')
            this.stated.failures = Number(value);
        else if (key === 'numPendingTests' || key === 'numTodoTests')
            this.stated.skipped = (this.stated.skipped ?? 0) + Number(value);
        else if (key === 'startTime' && typeof value === 'number')
            this.totals.times.span(value, value);
        else if (key === 'stats' && value && typeof value === 'object') {
            const stats = value;
            if (typeof stats.tests === 'number')
                this.stated.tests = stats.tests;
            if (typeof stats.failures === 'number')
                this.stated.failures = stats.failures;
            if (typeof stats.pending === 'number')
                this.stated.skipped = stats.pending;
            this.totals.times.span(Date.parse(stats.start ?? ''), Date.parse(stats.end ?? ''));
            if (typeof stats.duration === 'number')
                this.totals.times.ownSeconds = stats.duration / 1000;
        }
    }
    fileValue(key, value) {
        if (key === 'name' && typeof value === 'string')
            this.file.name = value;
        else if (key === 'startTime' && typeof value === 'number')
            this.file.start = value;
        else if (key === 'endTime' && typeof value === 'number')
            this.file.end = value;
        else if (key === 'status' && typeof value === 'string')
            this.file.status = value;
    }
    /** A Jest test file ends: its tests, with the file as their suite; a file that failed with no test run (it did not compile, a hook threw) is a failure outside any test. */
    finishJestFile() {
        const file = this.file;
        this.file = { tests: [] };
        const suite = this.relative(file.name ?? '');
        if (file.start !== undefined && file.end !== undefined) {
            this.totals.times.span(file.start, file.end);
            this.totals.times.ownSeconds = (this.totals.times.ownSeconds ?? 0) + (file.end - file.start) / 1000;
        }
        if (file.tests.length === 0 && file.status === 'failed')
            this.totals.suiteErrors++;
        for (const entry of file.tests) {
            const name = entry.fullName ?? entry.title ?? '';
            const status = entry.status === 'passed' ? 'passed' : entry.status === 'failed' ? 'failed' : JEST_SKIPPED.has(entry.status ?? '') ? 'skipped' : 'passed';
            const attempts = Math.max(1, entry.invocations ?? 1);
            const failureText = status === 'failed' && this.options.wantsFailureText?.() ? (entry.failureMessages ?? []).join('\n').slice(0, FAILURE_TEXT_BYTES) : undefined;
            this.emit({ suite, name, seconds: typeof entry.duration === 'number' ? entry.duration / 1000 : undefined, status, folded: attempts - 1, file: suite || undefined, line: entry.location?.line ?? undefined, failureText });
        }
    }
    mochaTest(entry, status) {
        if (status === 'failed' && MOCHA_HOOK.test(entry.title ?? '')) {
            this.hookFailures++;
            this.totals.suiteErrors++;
            return;
        }
        const suite = this.relative(entry.file ?? '');
        const failureText = status === 'failed' && this.options.wantsFailureText?.() ? (entry.err?.stack ?? entry.err?.message ?? '').slice(0, FAILURE_TEXT_BYTES) : undefined;
        const seconds = status !== 'skipped' && typeof entry.duration === 'number' ? entry.duration / 1000 : undefined;
        this.emit({ suite, name: entry.fullTitle ?? entry.title ?? '', seconds, status, folded: Math.max(0, entry.currentRetry ?? 0), file: suite || undefined, failureText });
    }
    /** Jest and mocha retry only failures: a test with more than one attempt failed before its last. */
    emit(record) {
        const identity = identityOf(record.suite, '', record.name);
        this.found.tests++;
        if (record.status === 'failed')
            this.found.failures++;
        else if (record.status === 'skipped')
            this.found.skipped++;
        this.onTestCase({
            suite: record.suite,
            classname: '',
            name: record.name,
            seconds: record.seconds,
            status: record.status,
            foldedAttempts: record.folded,
            earlierFailed: record.folded > 0,
            idHigh: identity.high,
            idLow: identity.low,
            file: record.file,
            line: record.line,
            failureText: record.failureText || undefined,
        });
    }
    /** Runners write absolute paths; suites and annotations use the workspace-relative one. */
    relative(path) {
        const workspace = this.options.workspace?.replace(/[\\/]+$/, '');
        if (workspace && (path.startsWith(`${workspace}/`) || path.startsWith(`${workspace}\\`)))
            return path.slice(workspace.length + 1).replace(/\\/g, '/');
        return path;
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/open-test-case.ts

/**
 * The test case a .NET reader (NUnit, xUnit.net) is inside: elements nested
 * in it are counted so that one of the same name does not end it, the first
 * `<failure>`'s text is kept when a handler asks for it, and the case's own
 * end counts it in its suite's headers and hands it on. (JUnit's reader keeps
 * its own: it reads retry children and refills one record per case on the
 * hot path.) No I/O.
 */
class OpenTestCase {
    headers;
    onTestCase;
    options;
    current;
    depth = 0;
    constructor(headers, onTestCase, options) {
        this.headers = headers;
        this.onTestCase = onTestCase;
        this.options = options;
    }
    get isOpen() {
        return this.current !== undefined;
    }
    start(test) {
        this.current = test;
        this.depth = 0;
    }
    /** An element opens inside the case: how many bytes of its text to capture (a failure's, when wanted). */
    enter(name) {
        this.depth++;
        return this.depth === 1 && name === 'failure' && this.options.wantsFailureText?.() ? FAILURE_TEXT_BYTES : undefined;
    }
    /** An element closes while the case is open: a nested one (keeping a failure's text), or the case itself. */
    leave(text) {
        if (this.depth > 0) {
            if (this.depth === 1 && text !== undefined)
                this.current.failureText ??= text;
            this.depth--;
            return;
        }
        this.headers.count(this.current.status);
        this.onTestCase(this.current);
        this.current = undefined;
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/nunit-reader.ts




/** NUnit's counts: `failed` includes errors, `inconclusive` is neither a pass nor a failure (read as skipped). */
const NUNIT_HEADER = { tests: 'total', failures: 'failed', skipped: ['skipped', 'inconclusive'], failuresIncludeErrors: true };
/** Labels NUnit puts on a Failed result that did not fail an assertion. */
const ERROR_LABELS = new Set(['error', 'invalid', 'cancelled']);
/**
 * NUnit 3 result XML (`nunit3-console`, `dotnet test --logger nunit`): root
 * `<test-run>`, nested `<test-suite>` (assembly, namespaces, fixtures,
 * parameterized methods), `<test-case>` with `result`
 * (Passed/Failed/Skipped/Inconclusive/Warning), `label` (Error, Invalid,
 * Cancelled on failures) and `duration` in seconds; the fixture's class is
 * the suite. Suite counts (`total`, `failed`, `skipped`) are checked. The
 * scanner's events in, test records out. No I/O.
 */
class NUnitHandler {
    identity = new TestIdentity();
    headers = new SuiteHeaders();
    totals = emptyTotals(this.headers.check);
    testCase;
    constructor(onTestCase, options = {}) {
        this.testCase = new OpenTestCase(this.headers, onTestCase, options);
    }
    wants(name) {
        return name === 'test-case' || name === 'test-suite' || name === 'test-run';
    }
    open(name, attributes, _selfClosing, offset) {
        if (this.testCase.isOpen)
            return this.testCase.enter(name);
        if (name === 'test-case')
            this.startCase(attributes, offset);
        else if (name === 'test-suite' || name === 'test-run') {
            this.headers.open(attributes.get('fullname') ?? attributes.get('name') ?? '', attributes, offset, NUNIT_HEADER);
            const start = Date.parse(utc(attributes.get('start-time')));
            this.totals.times.openSuite(attributes.number('duration'), 1, undefined);
            this.totals.times.span(start, Date.parse(utc(attributes.get('end-time'))));
            // A fixture whose one-time setup or teardown failed: a failure outside any test.
            const site = attributes.get('site');
            if (name === 'test-suite' && attributes.get('result') === 'Failed' && (site === 'SetUp' || site === 'TearDown'))
                this.totals.suiteErrors++;
        }
    }
    close(name, _offset, text) {
        if (this.testCase.isOpen) {
            this.testCase.leave(text);
            return;
        }
        if (name === 'test-suite' || name === 'test-run') {
            this.headers.close();
            this.totals.times.closeSuite();
        }
    }
    startCase(attributes, offset) {
        const classname = attributes.get('classname') ?? '';
        const name = attributes.get('name') ?? '';
        this.identity.reset().text(classname).separator().text(classname).separator().text(name).finish();
        const seconds = attributes.number('duration');
        this.testCase.start({
            suite: classname,
            classname,
            name,
            seconds,
            status: resultStatus(attributes.get('result') ?? '', attributes.get('label') ?? ''),
            foldedAttempts: 0,
            earlierFailed: false,
            idHigh: this.identity.high,
            idLow: this.identity.low,
            offset,
        });
    }
}
function resultStatus(result, label) {
    if (result === 'Passed' || result === 'Warning')
        return 'passed';
    if (result === 'Failed')
        return ERROR_LABELS.has(label.toLowerCase()) ? 'error' : 'failed';
    return 'skipped';
}
/** NUnit writes `2026-11-25 10:28:25Z` (or with a `T`); Date.parse wants the `T`. */
function utc(text) {
    return text ? text.trim().replace(' ', 'T') : '';
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/test2json-reader.ts



/** Lines longer than this (one `output` event) are refused rather than buffered without end. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
class Test2JsonError extends Error {
    line;
    constructor(message, 
    /** 1-based line of the input. */
    line) {
        super(message);
        this.line = line;
    }
}
/**
 * Go's `go test -json` (test2json) stream: one JSON event a line; a test ends
 * with a pass, fail or skip event carrying its Elapsed seconds; the package is
 * the suite. Subtests (`TestA/case_1`) are tests of their own; `-count=N`
 * runs a test N times, each an attempt of it. Events' `Time` gives the span
 * the tests ran in. Bytes in, test records out, line by line. No I/O.
 */
class Test2JsonReader {
    onTestCase;
    carry = '';
    line = 0;
    /** Lines that were test2json events (objects with an Action): JSON of any other kind is not a Go test report. */
    events = 0;
    // A character split between two chunks is decoded whole.
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    totals = emptyTotals();
    constructor(onTestCase) {
        this.onTestCase = onTestCase;
    }
    push(chunk) {
        const text = this.carry + this.decoder.write(chunk);
        const lines = text.split('\n');
        this.carry = lines.pop() ?? '';
        if (this.carry.length > MAX_LINE_BYTES)
            throw new Test2JsonError(`a line longer than ${MAX_LINE_BYTES} bytes`, this.line + 1);
        for (const line of lines)
            this.event(line);
    }
    end() {
        this.carry += this.decoder.end();
        if (this.carry.trim() !== '')
            this.event(this.carry);
        this.carry = '';
        if (this.events === 0)
            throw new Test2JsonError('no test2json event (JSON that is not `go test -json` output)', 1);
    }
    event(raw) {
        this.line++;
        const text = raw.trim();
        if (text === '')
            return;
        let event;
        try {
            event = JSON.parse(text);
        }
        catch {
            throw new Test2JsonError(`not a test2json event (invalid JSON): ${text.slice(0, 60)}`, this.line);
        }
        if (!event || typeof event !== 'object' || typeof event.Action !== 'string')
            throw new Test2JsonError(`not a test2json event (no Action): ${text.slice(0, 60)}`, this.line);
        this.events++;
        if (typeof event.Time === 'string') {
            const at = Date.parse(event.Time);
            this.totals.times.span(at, at);
        }
        if (!event.Test || (event.Action !== 'pass' && event.Action !== 'fail' && event.Action !== 'skip'))
            return;
        const status = event.Action === 'pass' ? 'passed' : event.Action === 'fail' ? 'failed' : 'skipped';
        const suite = event.Package ?? '';
        const identity = identityOf(suite, suite, event.Test);
        this.onTestCase({ suite, classname: suite, name: event.Test, seconds: typeof event.Elapsed === 'number' ? event.Elapsed : undefined, status, foldedAttempts: 0, earlierFailed: false, idHigh: identity.high, idLow: identity.low });
    }
}

// EXTERNAL MODULE: ./packages/core/src/collections/largest.ts
var largest = __webpack_require__(90335);
;// CONCATENATED MODULE: ./actions/perf-sla/src/report/format-seconds.ts
/** Durations for people: 850 ms, 12.4 s, 3 min 05 s, 2 h 05 min, 3.2 days, 17 years. Pure. */
function formatSeconds(seconds) {
    if (!Number.isFinite(seconds))
        return '–';
    if (seconds < 1)
        return `${Math.round(seconds * 1000)} ms`;
    if (seconds < 60)
        return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
    if (seconds < 3600) {
        const minutes = Math.floor(seconds / 60);
        return `${minutes} min ${String(Math.round(seconds - minutes * 60)).padStart(2, '0')} s`;
    }
    if (seconds < 86_400) {
        const hours = Math.floor(seconds / 3600);
        return `${hours} h ${String(Math.round((seconds - hours * 3600) / 60)).padStart(2, '0')} min`;
    }
    const days = seconds / 86_400;
    if (days < 365)
        return `${days.toFixed(1)} days`;
    const years = days / 365.25;
    return `${years < 100 ? years.toFixed(1) : Math.round(years).toLocaleString('en')} years`;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/time-unit.ts



/** The longest median test and the longest single test that seconds may plausibly describe. */
const PLAUSIBLE_MEDIAN_SECONDS = 600;
const PLAUSIBLE_MAX_SECONDS = 86_400;
/** Suites' own times in seconds against integer case times: ×1000 is milliseconds, ×10^9 nanoseconds (parallel workers add at most a small factor). */
const MS_RATIO = 100;
const NS_RATIO = 1e7;
const SAMPLE = 10_000;
/**
 * Evidence about the unit of a JUnit file's `time` attributes, gathered from
 * its first read (1 MiB): whether every time is a whole number, how large
 * they are, and how a suite's own time compares with its tests' sum.
 */
class TimeEvidence {
    values = [];
    integerOnly = true;
    ratios = [];
    suites = [];
    wants(name) {
        return name === 'testcase' || name === 'testsuite' || name === 'testsuites';
    }
    open(name, attributes) {
        const raw = attributes?.get('time')?.trim();
        const value = raw === undefined || raw === '' ? undefined : Number(raw.replace(',', '.'));
        if (name !== 'testcase') {
            this.suites.push({ time: value, fractional: raw !== undefined && /[.,eE]/.test(raw), sum: 0 });
            return;
        }
        if (value === undefined || !Number.isFinite(value))
            return;
        if (/[.,eE]/.test(raw))
            this.integerOnly = false;
        if (this.values.length < SAMPLE)
            this.values.push(value);
        for (const suite of this.suites)
            suite.sum += value;
    }
    close(name) {
        if (name === 'testcase')
            return;
        const suite = this.suites.pop();
        if (suite?.fractional && suite.time > 0 && suite.sum > 0)
            this.ratios.push(suite.sum / suite.time);
    }
}
/** Gathers evidence from a file's first bytes; a malformed head just gives less evidence (the real read reports it). */
function gatherEvidence(head) {
    const evidence = new TimeEvidence();
    try {
        new XmlScanner(evidence).push(head);
    }
    catch {
        // The reader that follows reports the error where it is.
    }
    return evidence;
}
/**
 * The unit of a JUnit file under `time-unit: auto`. Times with decimals are
 * seconds (producers that write ms or ns write whole numbers). When every
 * time is whole: a suite whose own time has decimals and is a thousandth
 * (or a billionth) of its tests' sum says milliseconds (or nanoseconds);
 * otherwise the coarsest unit in which the median test takes at most 10
 * minutes and none more than a day. Pure.
 */
function decideUnit(evidence) {
    if (!evidence.integerOnly || evidence.values.length === 0)
        return { unit: 's' };
    if (evidence.ratios.length > 0) {
        const ratio = median(evidence.ratios);
        if (ratio >= NS_RATIO)
            return { unit: 'ns', reason: `the suites' own times (in seconds, with decimals) are about ${Math.round(ratio / 1e9)} billionth(s) of the sum of their tests' whole-number times` };
        if (ratio >= MS_RATIO)
            return { unit: 'ms', reason: `the suites' own times (in seconds, with decimals) are about ${Math.round(ratio / 1000)} thousandth(s) of the sum of their tests' whole-number times` };
    }
    const nonzero = evidence.values.filter((value) => value > 0);
    if (nonzero.length === 0)
        return { unit: 's' };
    const middle = median(nonzero);
    const longest = (0,largest/* largest */.n)(nonzero, 0);
    const plausible = (scale) => middle * scale <= PLAUSIBLE_MEDIAN_SECONDS && longest * scale <= PLAUSIBLE_MAX_SECONDS;
    if (plausible(1))
        return { unit: 's' };
    const why = `every time is a whole number, and in seconds the median test would take ${formatSeconds(middle)} and the longest ${formatSeconds(longest)}`;
    if (plausible(1e-3))
        return { unit: 'ms', reason: why };
    return { unit: 'ns', reason: why };
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/trx-reader.ts




/**
 * .NET TRX (`dotnet test --logger trx`, Visual Studio): `<UnitTestResult>`
 * elements with `duration="hh:mm:ss.fffffff"` and an outcome; the class of
 * each test is in `<TestDefinitions>`, which usually comes after the results,
 * so results wait (a few numbers and names each) until the end. `<Times>`
 * says when the run started and finished; `<Counters total>` is checked
 * against the results. The scanner's events in, test records out. No I/O.
 */
class TrxHandler {
    onTestCase;
    wantsFailureText;
    results = [];
    classes = new Map();
    definition;
    statedTotal;
    headers = new SuiteHeaders();
    totals = emptyTotals(this.headers.check);
    constructor(onTestCase, wantsFailureText = () => false) {
        this.onTestCase = onTestCase;
        this.wantsFailureText = wantsFailureText;
    }
    wants(name) {
        return name === 'UnitTestResult' || name === 'UnitTest' || name === 'TestMethod' || name === 'Times' || name === 'Counters';
    }
    open(name, attributes) {
        if (name === 'UnitTestResult') {
            this.results.push({
                testId: attributes.get('testId') ?? '',
                testName: attributes.get('testName') ?? '',
                seconds: parseTimeSpan(attributes.get('duration')),
                status: outcomeStatus(attributes.get('outcome') ?? ''),
            });
        }
        else if (name === 'ErrorInfo' && this.results.length > 0 && this.wantsFailureText())
            return FAILURE_TEXT_BYTES;
        else if (name === 'UnitTest')
            this.definition = attributes.get('id');
        else if (name === 'TestMethod' && this.definition)
            this.classes.set(this.definition, attributes.get('className') ?? '');
        else if (name === 'Times')
            this.totals.times.span(Date.parse(attributes.get('start') ?? ''), Date.parse(attributes.get('finish') ?? ''));
        else if (name === 'Counters')
            this.statedTotal = attributes.number('total');
    }
    close(name, _offset, text) {
        if (name === 'UnitTest')
            this.definition = undefined;
        else if (name === 'ErrorInfo' && text !== undefined)
            this.results[this.results.length - 1].failureText ??= text;
    }
    /** At the end of the document: every result, with its class when the definitions named one. */
    finish() {
        this.headers.open('', this.statedTotal === undefined ? undefined : { get: () => undefined, number: (attribute) => (attribute === 'tests' ? this.statedTotal : undefined), hash: () => undefined }, 0);
        for (const result of this.results) {
            const className = this.classes.get(result.testId) ?? '';
            // testName is often already qualified with the class; do not repeat it.
            const name = className && result.testName.startsWith(`${className}.`) ? result.testName.slice(className.length + 1) : result.testName;
            const identity = identityOf(className, className, name);
            this.headers.count(result.status);
            this.onTestCase({ suite: className, classname: className, name, seconds: result.seconds, status: result.status, foldedAttempts: 0, earlierFailed: false, idHigh: identity.high, idLow: identity.low, failureText: result.failureText });
        }
        this.headers.close();
    }
}
/** `00:00:01.2345678` (and `1.02:03:04.5`, days first) → seconds. */
function parseTimeSpan(text) {
    const match = text ? /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(text.trim()) : null;
    if (!match)
        return undefined;
    return Number(match[1] ?? 0) * 86400 + Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]);
}
function outcomeStatus(outcome) {
    switch (outcome) {
        case 'Passed':
        case 'PassedButRunAborted':
            return 'passed';
        case 'Failed':
        case 'Timeout':
        case 'Aborted':
            return 'failed';
        case 'Error':
            return 'error';
        default:
            // NotExecuted, Inconclusive, NotRunnable, Disconnected, Warning, Pending, InProgress
            return 'skipped';
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/xunit-reader.ts




/** xUnit.net's counts; its `errors` are environment errors outside tests, not test results. */
const XUNIT_HEADER = { tests: 'total', failures: 'failed', skipped: ['skipped', 'not-run'] };
const RESULTS = { Pass: 'passed', Fail: 'failed', Skip: 'skipped', NotRun: 'skipped' };
/**
 * xUnit.net v2 XML (`dotnet test --logger xunit`, the console runner's
 * `-xml`): `<assemblies>` of `<assembly>` of `<collection>` of `<test
 * name type method result time>`, with `source-file`/`source-line` where the
 * runner knows them; v1's root `<assembly>` of `<class>` of the same `<test>`
 * reads the same way. The test's class (`type`) is the suite; `<errors>` are
 * failures outside any test. Assembly and collection counts (`total`,
 * `failed`, `skipped`) are checked. The scanner's events in, test records
 * out. No I/O.
 */
class XunitHandler {
    identity = new TestIdentity();
    headers = new SuiteHeaders();
    totals = emptyTotals(this.headers.check);
    testCase;
    constructor(onTestCase, options = {}) {
        this.testCase = new OpenTestCase(this.headers, onTestCase, options);
    }
    wants(name) {
        return name === 'test' || name === 'collection' || name === 'assembly' || name === 'assemblies' || name === 'class';
    }
    open(name, attributes, _selfClosing, offset) {
        if (this.testCase.isOpen)
            return this.testCase.enter(name);
        if (name === 'test')
            this.startTest(attributes, offset);
        else if (name === 'assemblies')
            this.totals.times.span(Date.parse(attributes.get('start-rtf') ?? ''), Date.parse(attributes.get('finish-rtf') ?? ''));
        else if (name === 'assembly' || name === 'collection' || name === 'class') {
            this.headers.open(attributes.get('name') ?? '', attributes, offset, XUNIT_HEADER);
            const time = attributes.number('time');
            this.totals.times.openSuite(time, 1, undefined);
            if (name === 'assembly') {
                const start = Date.parse(attributes.get('start-rtf') ?? `${attributes.get('run-date')}T${attributes.get('run-time')}`);
                this.totals.times.span(start, start + (time ?? 0) * 1000);
            }
        }
        else if (name === 'error')
            this.totals.suiteErrors++;
    }
    close(name, _offset, text) {
        if (this.testCase.isOpen) {
            this.testCase.leave(text);
            return;
        }
        if (name === 'assembly' || name === 'collection' || name === 'class') {
            this.headers.close();
            this.totals.times.closeSuite();
        }
    }
    startTest(attributes, offset) {
        const type = attributes.get('type') ?? '';
        const display = attributes.get('name') ?? '';
        // The display name usually repeats the class: `Ns.CalcTests.Adds(x: 1)`.
        const name = type && display.startsWith(`${type}.`) ? display.slice(type.length + 1) : display;
        this.identity.reset().text(type).separator().text(type).separator().text(name).finish();
        this.testCase.start({
            suite: type,
            classname: type,
            name,
            seconds: attributes.number('time'),
            status: RESULTS[attributes.get('result') ?? ''] ?? 'skipped',
            foldedAttempts: 0,
            earlierFailed: false,
            idHigh: this.identity.high,
            idLow: this.identity.low,
            file: attributes.get('source-file'),
            line: attributes.number('source-line'),
            offset,
        });
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/report-format.ts









/** First keys of Go's test2json events (struct field order: Time, Action, Package, Test, Elapsed, Output). */
const TEST2JSON_KEYS = new Set(['Time', 'Action', 'Package', 'Test', 'Elapsed', 'Output', 'ImportPath', 'FailedBuild']);
/**
 * The reader for a file, told from its content, not its name: JSON whose
 * first key is a test2json event field is `go test -json`, other JSON is
 * Jest's or mocha's report; XML is TRX (root `<TestRun>`), NUnit 3
 * (`<test-run>`), xUnit.net (`<assemblies>`, or v1's `<assembly>`) or else
 * JUnit. `head` is the first read of the file.
 */
function readerFor(head, options, onTestCase) {
    const text = head.toString('utf8', 0, Math.min(head.length, 256)).replace(/^\ufeff/, '').trimStart();
    if (text.startsWith('{')) {
        const firstKey = /^\{\s*"([^"\\]*)"/.exec(text)?.[1];
        if (firstKey === undefined || TEST2JSON_KEYS.has(firstKey)) {
            const json = new Test2JsonReader(onTestCase);
            return { format: 'test2json', push: (chunk) => json.push(chunk), end: () => json.end(), totals: json.totals, unit: 's' };
        }
        const reader = { format: 'jest', push: (chunk) => report.push(chunk), end: () => report.end(), totals: emptyTotals(), unit: 'ms' };
        const report = new JsonReportReader(onTestCase, options, (format) => (reader.format = format));
        reader.totals = report.totals;
        return reader;
    }
    return xmlReader(head, options, onTestCase);
}
function xmlReader(head, options, onTestCase) {
    let chosen;
    const result = { format: 'junit', push: (chunk) => scanner.push(chunk), end: () => end(), totals: emptyTotals(), unit: 's' };
    const pick = (root) => {
        if (root === 'TestRun')
            [result.format, chosen] = ['trx', new TrxHandler(onTestCase, options.wantsFailureText)];
        else if (root === 'test-run')
            [result.format, chosen] = ['nunit', new NUnitHandler(onTestCase, options)];
        else if (root === 'assemblies' || root === 'assembly')
            [result.format, chosen] = ['xunit', new XunitHandler(onTestCase, options)];
        else {
            const decision = options.unit === 'auto' ? decideUnit(gatherEvidence(head)) : { unit: options.unit };
            [result.unit, result.unitReason] = [decision.unit, decision.reason];
            chosen = new JUnitReader(onTestCase, decision.unit, options);
        }
        result.totals = chosen.totals;
        result.totals.root = root;
        return chosen;
    };
    const dispatch = {
        wants: (name) => (chosen ?? pick(name)).wants(name),
        open: (name, attributes, selfClosing, offset) => chosen.open(name, attributes, selfClosing, offset),
        close: (name, offset, text) => chosen.close(name, offset, text),
    };
    const scanner = new XmlScanner(dispatch);
    const end = () => {
        scanner.end();
        chosen?.finish?.();
    };
    return result;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/reports/read-report.ts






const READ_BYTES = 1024 * 1024;
/** A start tag read back by offset is at most this long. */
const TAG_BYTES = 64 * 1024;
/**
 * Streams one report file in 1 MiB reads (memory: one read plus at most one
 * open tag, line or JSON value) through the reader for its format: JUnit
 * XML, NUnit 3, xUnit.net v2, .NET TRX, Go test2json, Jest or mocha JSON.
 * Malformed input becomes a problem with its line and column; the records
 * read before it were already passed on. `atEnd` may read back from the file
 * before it is closed.
 */
function readReport(path, options, onTestCase, atEnd) {
    let records = 0;
    const counted = (test) => {
        records++;
        onTestCase(test);
    };
    // A regular file, no link followed, never a FIFO or device (one swapped in after discovery is refused, unread).
    const { fd } = (0,read_file/* openRegularFile */.ZU)(path, { noFollow: true });
    let reader;
    let outcome;
    try {
        const chunk = Buffer.allocUnsafe(READ_BYTES);
        for (let position = 0;;) {
            const read = (0,external_node_fs_.readSync)(fd, chunk, 0, READ_BYTES, position);
            if (read === 0)
                break;
            reader ??= readerFor(chunk.subarray(0, read), options, counted);
            position += read;
            // Readers keep only what they have not consumed, copied: the chunk can be reused.
            reader.push(chunk.subarray(0, read));
        }
        reader ??= readerFor(Buffer.alloc(0), options, counted);
        reader.end();
        outcome = { format: reader.format, totals: reader.totals, unit: reader.unit, unitReason: reader.unitReason, records };
    }
    catch (error) {
        const problem = problemOf(error, fd);
        if (!problem) {
            (0,external_node_fs_.closeSync)(fd);
            throw error;
        }
        const partial = reader ?? readerFor(Buffer.alloc(0), options, () => undefined);
        outcome = { format: partial.format, totals: partial.totals, unit: partial.unit, unitReason: partial.unitReason, records, problem };
    }
    try {
        atEnd?.({ tagAt: (offset) => tagAt(fd, offset), linesAt: (offsets) => linesAt(fd, offsets) }, outcome);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return outcome;
}
function problemOf(error, fd) {
    if (error instanceof XmlSyntaxError || error instanceof json_scanner/* JsonSyntaxError */.q)
        return { message: error.message, ...lineColumnAt(fd, error.offset) };
    if (error instanceof ReportShapeError)
        return { message: error.message, ...lineColumnAt(fd, error.offset) };
    if (error instanceof Test2JsonError)
        return { message: error.message, line: error.line, column: 1 };
    return undefined;
}
/** The attributes of the start tag at `offset`, decoded. */
function tagAt(fd, offset) {
    const bytes = Buffer.allocUnsafe(TAG_BYTES);
    const read = (0,external_node_fs_.readSync)(fd, bytes, 0, TAG_BYTES, offset);
    let found;
    const scanner = new XmlScanner({
        wants: () => found === undefined,
        open: (_name, attributes) => {
            if (found === undefined && attributes)
                found = attributesOf(attributes, ['name', 'classname', 'file', 'line']);
        },
        close: () => undefined,
    });
    try {
        scanner.push(bytes.subarray(0, read));
    }
    catch {
        // Only the first tag matters; what follows it in the window may look malformed out of context.
    }
    return found;
}
function attributesOf(attributes, names) {
    const values = {};
    for (const name of names) {
        const value = attributes.get(name);
        if (value !== undefined)
            values[name] = value;
    }
    return values;
}
/** Lines of several offsets in one pass over the file. */
function linesAt(fd, offsets) {
    const order = offsets.map((offset, index) => ({ offset, index })).sort((a, b) => a.offset - b.offset);
    const lines = new Array(offsets.length).fill(1);
    const chunk = Buffer.allocUnsafe(READ_BYTES);
    let line = 1;
    let next = 0;
    for (let position = 0; next < order.length;) {
        const read = (0,external_node_fs_.readSync)(fd, chunk, 0, READ_BYTES, position);
        if (read === 0)
            break;
        let at = 0;
        while (next < order.length) {
            const target = order[next].offset - position;
            const newline = chunk.indexOf(10, at);
            if (newline >= 0 && newline < read && newline < target) {
                line++;
                at = newline + 1;
                continue;
            }
            if (target >= read)
                break;
            lines[order[next].index] = line;
            next++;
        }
        for (let newline = chunk.indexOf(10, at); newline >= 0 && newline < read; newline = chunk.indexOf(10, newline + 1))
            line++;
        position += read;
    }
    for (; next < order.length; next++)
        lines[order[next].index] = line;
    return lines;
}
/** Line and column (1-based, columns in bytes) of a byte offset: only on the error path, so the fast path counts no lines. */
function lineColumnAt(fd, offset) {
    const chunk = Buffer.allocUnsafe(READ_BYTES);
    let line = 1;
    let lineStart = 0;
    for (let position = 0; position < offset;) {
        const read = (0,external_node_fs_.readSync)(fd, chunk, 0, Math.min(READ_BYTES, offset - position), position);
        if (read === 0)
            break;
        for (let at = chunk.indexOf(10); at >= 0 && at < read; at = chunk.indexOf(10, at + 1)) {
            line++;
            lineStart = position + at + 1;
        }
        position += read;
    }
    return { line, column: offset - lineStart + 1 };
}

// EXTERNAL MODULE: ./packages/core/src/text/glob.ts
var glob = __webpack_require__(13483);
;// CONCATENATED MODULE: ./actions/perf-sla/src/stats/identity-set.ts
/** The identity's low word keeps its top 24 bits (as the tally does). */
const KEY_BITS = ~0xff;
const INITIAL_CAPACITY = 1 << 10;
const MAX_LOAD = 0.7;
/**
 * A set of test identities (56 of their 64 bits, see test-identity.ts) in
 * an open-addressing table of two 32-bit words a slot, at most 70% full:
 * for the few tests a run flags (those that broke a budget), so it starts
 * small and grows. Pure.
 */
class IdentitySet {
    slots = new Int32Array(INITIAL_CAPACITY * 2);
    size = 0;
    /** Adds the identity; whether it was new. */
    add(idHigh, idLow) {
        const high = idHigh || 1;
        const low = idLow & KEY_BITS;
        let slot = this.find(high, low);
        if (this.slots[slot] !== 0)
            return false;
        if (this.size + 1 > (this.slots.length / 2) * MAX_LOAD) {
            this.grow();
            slot = this.find(high, low);
        }
        this.slots[slot] = high;
        this.slots[slot + 1] = low;
        this.size++;
        return true;
    }
    /** Linear probing from the high word; the slot (index of its first word) of the key, or the empty slot where it would go. */
    find(high, low) {
        const slots = this.slots;
        const mask = slots.length - 2;
        for (let slot = (high << 1) & mask;; slot = (slot + 2) & mask) {
            const stored = slots[slot];
            if (stored === 0 || (stored === high && slots[slot + 1] === low))
                return slot;
        }
    }
    grow() {
        const old = this.slots;
        this.slots = new Int32Array(old.length * 2);
        for (let slot = 0; slot < old.length; slot += 2) {
            const high = old[slot];
            if (high === 0)
                continue;
            const target = this.find(high, old[slot + 1]);
            this.slots[target] = high;
            this.slots[target + 1] = old[slot + 1];
        }
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/sla/sla-tracker.ts



/** Breaches listed one by one; the count beyond this is still reported. */
const MAX_LISTED = 1000;
const GLOB = /[*?[\]{}!]/;
/**
 * Matches each test record against the SLA as the reports stream by, and
 * judges suites and the run at the end. A test's slowest attempt is what a
 * `max` budget judges, and a test breaks a budget once however many of its
 * attempts did. Entries that match no test are stale: a renamed test must
 * not make its budget pass silently. Pure.
 */
class SlaTracker {
    policy;
    retries;
    breaches = [];
    breachCount = 0;
    exact = new Map();
    globs = [];
    matched = new Set();
    top10;
    top10ByName = new Map();
    /** Listed test breaches by entry and test, so a retried test's attempts make one breach (its slowest). */
    listed = new Map();
    /** Tests that broke a budget (merged retries): beyond the listed breaches, an earlier attempt's breach is known only here. */
    breached = new IdentitySet();
    constructor(policy, retries = 'separate') {
        this.policy = policy;
        this.retries = retries;
        policy.tests.forEach((test, index) => {
            if (GLOB.test(test.name))
                this.globs.push({ index, matches: (0,glob/* globMatcher */.f)([test.name]) });
            else
                this.exact.set(test.name, [...(this.exact.get(test.name) ?? []), index]);
        });
        this.top10 = policy.top10.map((entry) => ({ name: entry.name, budget: entry.max }));
        for (const status of this.top10)
            this.top10ByName.set(status.name, status);
    }
    /** Whether any entry names tests: then every test's name is needed. */
    get namesTests() {
        return this.exact.size > 0 || this.globs.length > 0 || this.top10ByName.size > 0;
    }
    /** One test record. */
    observe(test) {
        if (test.status === 'skipped' || !this.namesTests)
            return;
        const seconds = slowestAttempt(test);
        if (seconds === undefined)
            return;
        const name = fullName(test);
        const top = this.top10ByName.get(name);
        if (top)
            top.observed = Math.max(top.observed ?? 0, seconds);
        for (const index of this.exact.get(name) ?? [])
            this.check(index, test, name, seconds);
        for (const glob of this.globs)
            if (glob.matches(name))
                this.check(glob.index, test, name, seconds);
    }
    /** The budgets that apply to a test (its `tests:` entries and its `top-10:` entry), tightest first. */
    budgetsFor(name) {
        const budgets = [...(this.exact.get(name) ?? []), ...this.globs.filter((glob) => glob.matches(name)).map((glob) => glob.index)].map((index) => this.policy.tests[index].max);
        const top = this.top10ByName.get(name);
        if (top)
            budgets.push(top.budget);
        return budgets.sort((a, b) => a.seconds - b.seconds);
    }
    /** Run and suite budgets, the top-10 list, and the entries that matched nothing. */
    finish(stats) {
        const run = this.policy.run;
        if (run.total && stats.overall.sum > run.total.seconds)
            this.add({ scope: 'run', name: '', metric: 'total', budget: run.total, observed: stats.overall.sum });
        const runP95 = stats.percentiles().p95;
        if (run.p95 && runP95 > run.p95.seconds)
            this.add({ scope: 'run', name: '', metric: 'p95', budget: run.p95, observed: runP95 });
        for (const suite of this.policy.suites) {
            const matches = (0,glob/* globMatcher */.f)([suite.name]);
            for (const [name, column] of stats.bySuite) {
                if (!(GLOB.test(suite.name) ? matches(name) : name === suite.name))
                    continue;
                if (suite.total && column.sum > suite.total.seconds)
                    this.add({ scope: 'suite', name, metric: 'total', budget: suite.total, observed: column.sum });
                const p95 = stats.percentiles(column).p95;
                if (suite.p95 && p95 > suite.p95.seconds)
                    this.add({ scope: 'suite', name, metric: 'p95', budget: suite.p95, observed: p95 });
            }
        }
        for (const status of this.top10) {
            if (status.observed !== undefined && status.observed > status.budget.seconds)
                this.add({ scope: 'top-10', name: status.name, metric: 'max', budget: status.budget, observed: status.observed });
        }
        const stale = [
            ...this.policy.tests.filter((_, index) => !this.matched.has(index)).map((test) => ({ name: test.name, pointer: test.pointer })),
            ...this.policy.top10.filter((entry) => this.top10ByName.get(entry.name).observed === undefined).map((entry) => ({ name: entry.name, pointer: entry.pointer })),
        ];
        return { top10: this.top10, stale };
    }
    check(index, test, name, seconds) {
        this.matched.add(index);
        const budget = this.policy.tests[index].max;
        if (seconds <= budget.seconds)
            return;
        const key = `${index}\u0000${test.suite}\u0000${name}`;
        const earlier = this.listed.get(key);
        if (earlier) {
            if (seconds > earlier.observed)
                Object.assign(earlier, { observed: seconds, file: test.file ?? earlier.file, line: test.line ?? earlier.line });
            return;
        }
        const first = this.retries === 'separate' || this.breached.add(test.idHigh, test.idLow);
        if (this.breaches.length >= MAX_LISTED && !first)
            return;
        const breach = this.add({ scope: 'test', name, metric: 'max', budget, observed: seconds, file: test.file, line: test.line });
        if (breach)
            this.listed.set(key, breach);
    }
    add(breach) {
        this.breachCount++;
        if (this.breaches.length >= MAX_LISTED)
            return undefined;
        this.breaches.push(breach);
        return breach;
    }
}
/** The longest attempt a record holds. */
function slowestAttempt(test) {
    let slowest = test.seconds;
    for (const seconds of test.attemptSeconds ?? [])
        slowest = slowest === undefined ? seconds : Math.max(slowest, seconds);
    return slowest;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/stats/select-percentiles.ts
/**
 * Percentiles by selection instead of a full sort: each requested rank is
 * placed with quickselect (Hoare partitioning, median-of-three pivots), and
 * later ranks only search the part to the right of earlier ones, so the four
 * percentiles of 1.8M durations cost a few passes, not n log n. Linear
 * interpolation between closest ranks ("R-7", NumPy's default), the same
 * values as interpolating over the sorted durations. Reorders `values` in place. Pure.
 */
function selectPercentiles(values, ps) {
    const n = values.length;
    if (n === 0)
        return ps.map(() => Number.NaN);
    const order = ps.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
    const result = new Array(ps.length);
    let from = 0;
    for (const { p, index } of order) {
        const rank = (p / 100) * (n - 1);
        const low = Math.floor(rank);
        select_percentiles_select(values, low, from, n - 1);
        const lowValue = values[low];
        // After selecting `low`, everything right of it is >= it: the next rank is that part's minimum.
        let highValue = lowValue;
        if (rank > low) {
            highValue = Number.POSITIVE_INFINITY;
            for (let at = low + 1; at < n; at++)
                if (values[at] < highValue)
                    highValue = values[at];
        }
        result[index] = lowValue + (highValue - lowValue) * (rank - low);
        from = low;
    }
    return result;
}
/** Puts the k-th smallest of values[left..right] at index k, smaller ones left of it, larger right. */
function select_percentiles_select(values, k, left, right) {
    while (right > left) {
        const middle = (left + right) >>> 1;
        // Median of three as the pivot: sorted or reversed input stays linear.
        if (values[middle] < values[left])
            swap(values, middle, left);
        if (values[right] < values[left])
            swap(values, right, left);
        if (values[right] < values[middle])
            swap(values, right, middle);
        const pivot = values[middle];
        let i = left;
        let j = right;
        while (i <= j) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i <= j) {
                swap(values, i, j);
                i++;
                j--;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            return;
    }
}
function swap(values, a, b) {
    const held = values[a];
    values[a] = values[b];
    values[b] = held;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/stats/duration-column.ts

/** A growable column of durations (seconds) in a Float64Array: 8 bytes a test, 15 MB for 1.8M tests. */
class DurationColumn {
    // Small at first: a report can have thousands of suites, each with a column.
    values = new Float64Array(16);
    length = 0;
    sum = 0;
    push(value) {
        if (this.length === this.values.length) {
            const larger = new Float64Array(this.values.length * 2);
            larger.set(this.values);
            this.values = larger;
        }
        this.values[this.length++] = value;
        this.sum += value;
        this.cached = undefined;
    }
    /** p50/p90/p95/p99, by selection (reorders the values; computed once until the next push). */
    percentiles() {
        if (!this.cached) {
            const [p50, p90, p95, p99] = selectPercentiles(this.values.subarray(0, this.length), [50, 90, 95, 99]);
            this.cached = { p50: p50, p90: p90, p95: p95, p99: p99 };
        }
        return this.cached;
    }
    cached;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/stats/test-tally.ts
const STATUSES = ['passed', 'failed', 'error', 'skipped'];
const STATUS_CODE = { passed: 0, failed: 1, error: 2, skipped: 3 };
const STATUS_BITS = 3;
/** The identity's low word keeps its top 24 bits; its low byte holds the record's state. */
const test_tally_KEY_BITS = ~0xff;
/** The record folds an earlier attempt that failed (Surefire's flakyFailure, Jest's invocations). */
const EARLIER_FAILED = 4;
/** The record folds more than one attempt. */
const RETRIED = 8;
const INITIAL_RECORDS = 1 << 14;
/** A hint never sizes the log beyond this many records (32 MB); past it, it grows as records arrive. */
const MAX_PRESIZED = 1 << 22;
const RADIX = 1 << 11;
/** The high word's digits for the radix sort, lowest first: 11 + 11 + 10 bits. */
const DIGIT_SHIFTS = [0, 11, 22];
const DIGIT_MASKS = [RADIX - 1, RADIX - 1, (1 << 10) - 1];
/**
 * Test counts of a run. With `merge` (the default), records of the same test
 * (same suite, classname and name anywhere in the run) are attempts of one
 * test: it counts once, with the status of its last attempt, and is flaky
 * when it passed in the end after an earlier attempt failed. With `separate`,
 * every record is a test of its own.
 *
 * Merging keeps per record only 56 bits of its test's identity (see
 * test-identity.ts) and a byte of state, appended to a log (8 bytes a
 * record, written in order: no random memory access while reports stream
 * by). The counts are settled when first asked for: a stable radix sort
 * of the pairs puts each test's attempts together in the order they were
 * read. 1.8 million records cost 14 MB, and 16 bytes each more while
 * they are settled; no names. Two different tests share an identity with
 * odds of about n² / 2^57: 3 in 100,000 runs of 2 million tests, 1 in a
 * billion runs of 10,000; the pair would then count as one test with two
 * attempts. Pure.
 */
class TestTally {
    mode;
    /** Records and the attempts folded into them: every execution. */
    attempts = 0;
    log;
    records = 0;
    settled;
    /** With `separate`, counted as records arrive. */
    direct = { tests: 0, byStatus: { passed: 0, failed: 0, error: 0, skipped: 0 }, flaky: 0, retried: 0 };
    /** `expectedRecords`: a hint (from the reports' sizes) so the log does not grow, copying, while it fills. */
    constructor(mode = 'merge', expectedRecords = 0) {
        this.mode = mode;
        const records = mode === 'merge' ? Math.min(MAX_PRESIZED, Math.max(INITIAL_RECORDS, Math.ceil(expectedRecords))) : 0;
        this.log = new Int32Array(records * 2);
    }
    get tests() {
        return this.counts().tests;
    }
    get byStatus() {
        return this.counts().byStatus;
    }
    get flaky() {
        return this.counts().flaky;
    }
    /** Tests with more than one attempt. */
    get retried() {
        return this.counts().retried;
    }
    record(test) {
        this.attempts += 1 + test.foldedAttempts;
        const state = STATUS_CODE[test.status] | (test.earlierFailed ? EARLIER_FAILED : 0) | (test.foldedAttempts > 0 ? RETRIED : 0);
        if (this.mode === 'separate') {
            countTest(this.direct, state);
            return;
        }
        if (this.records * 2 === this.log.length) {
            const grown = new Int32Array(Math.max(INITIAL_RECORDS * 2, this.log.length * 2));
            grown.set(this.log);
            this.log = grown;
        }
        this.log[this.records * 2] = test.idHigh || 1;
        this.log[this.records * 2 + 1] = (test.idLow & test_tally_KEY_BITS) | state;
        this.records++;
        this.settled = undefined;
    }
    /** The status a test ended with, by identity; undefined for a test not recorded (or when records are not merged). */
    finalStatus(idHigh, idLow) {
        if (this.mode === 'separate')
            return undefined;
        const { high, low } = this.settle();
        const wantHigh = (idHigh || 1) >>> 0;
        const wantLow = (idLow & test_tally_KEY_BITS) >>> 0;
        let from = 0;
        let to = high.length;
        while (from < to) {
            const middle = (from + to) >>> 1;
            const atHigh = high[middle] >>> 0;
            const atLow = (low[middle] & test_tally_KEY_BITS) >>> 0;
            if (atHigh < wantHigh || (atHigh === wantHigh && atLow < wantLow))
                from = middle + 1;
            else
                to = middle;
        }
        if (from === high.length || high[from] >>> 0 !== wantHigh || (low[from] & test_tally_KEY_BITS) >>> 0 !== wantLow)
            return undefined;
        return STATUSES[low[from] & STATUS_BITS];
    }
    counts() {
        return this.mode === 'separate' ? this.direct : this.settle();
    }
    settle() {
        if (this.settled)
            return this.settled;
        const pairs = sortByHigh(this.log, this.records);
        const settled = { tests: 0, byStatus: { passed: 0, failed: 0, error: 0, skipped: 0 }, flaky: 0, retried: 0, high: new Int32Array(0), low: new Int32Array(0) };
        const highs = new Int32Array(this.records);
        const lows = new Int32Array(this.records);
        const end = this.records * 2;
        for (let start = 0; start < end;) {
            const high = pairs[start];
            let runEnd = start + 2;
            while (runEnd < end && pairs[runEnd] === high)
                runEnd += 2;
            // Different tests rarely share a high word: order such a run by low key, stably, so each test's attempts are together.
            if (runEnd - start > 2)
                sortRunByLowKey(pairs, start, runEnd);
            for (let first = start; first < runEnd;) {
                const key = pairs[first + 1] & test_tally_KEY_BITS;
                let last = first;
                let flags = 0;
                while (last + 2 < runEnd && (pairs[last + 3] & test_tally_KEY_BITS) === key) {
                    const state = pairs[last + 1];
                    const status = state & STATUS_BITS;
                    flags |= (state & (EARLIER_FAILED | RETRIED)) | RETRIED | (status === 1 || status === 2 ? EARLIER_FAILED : 0);
                    last += 2;
                }
                const state = (pairs[last + 1] & 0xff) | flags;
                highs[settled.tests] = high;
                lows[settled.tests] = key | (state & STATUS_BITS);
                countTest(settled, state);
                first = last + 2;
            }
            start = runEnd;
        }
        settled.high = highs.slice(0, settled.tests);
        settled.low = lows.slice(0, settled.tests);
        this.settled = settled;
        return settled;
    }
}
/** One test with its final state (status and flags). */
function countTest(counts, state) {
    const status = STATUSES[state & STATUS_BITS];
    counts.tests++;
    counts.byStatus[status]++;
    if (status === 'passed' && state & EARLIER_FAILED)
        counts.flaky++;
    if (state & RETRIED)
        counts.retried++;
}
/**
 * The log's (high, low) pairs ordered by high word (unsigned), stably: LSD
 * radix passes of 11, 11 and 10 bits, reading pairs in order and writing to
 * 2,048 places at a time (cache-friendly, unlike following a permutation).
 * Every pass's histogram is counted in one read of the log first: one
 * count and three scatters read the log four times, where four 8-bit passes
 * read it eight times.
 */
function sortByHigh(log, records) {
    const end = records * 2;
    const counts = new Int32Array(DIGIT_SHIFTS.length * RADIX);
    for (let pair = 0; pair < end; pair += 2) {
        const high = log[pair];
        for (let digit = 0; digit < DIGIT_SHIFTS.length; digit++)
            counts[digit * RADIX + ((high >>> DIGIT_SHIFTS[digit]) & DIGIT_MASKS[digit])]++;
    }
    let from = log;
    let to = new Int32Array(end);
    const spare = new Int32Array(end);
    for (let digit = 0; digit < DIGIT_SHIFTS.length; digit++) {
        const shift = DIGIT_SHIFTS[digit];
        const mask = DIGIT_MASKS[digit];
        const base = digit * RADIX;
        // Counts become each value's first place.
        let sum = 0;
        for (let value = 0; value <= mask; value++) {
            const count = counts[base + value];
            counts[base + value] = sum;
            sum += count;
        }
        for (let pair = 0; pair < end; pair += 2) {
            const high = from[pair];
            const at = counts[base + ((high >>> shift) & mask)]++ * 2;
            to[at] = high;
            to[at + 1] = from[pair + 1];
        }
        // The log itself is never written: it is kept for records that may still come.
        const written = to;
        to = from === log ? spare : from;
        from = written;
    }
    return from;
}
/** Insertion sort of a short run of pairs by unsigned low key; stable. */
function sortRunByLowKey(pairs, start, end) {
    for (let index = start + 2; index < end; index += 2) {
        const high = pairs[index];
        const low = pairs[index + 1];
        const key = (low & test_tally_KEY_BITS) >>> 0;
        let at = index - 2;
        while (at >= start && (pairs[at + 1] & test_tally_KEY_BITS) >>> 0 > key) {
            pairs[at + 2] = pairs[at];
            pairs[at + 3] = pairs[at + 1];
            at -= 2;
        }
        pairs[at + 2] = high;
        pairs[at + 3] = low;
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/stats/run-stats.ts



/** A single test that claims more than this is not believed (see the sanity checks). */
const ONE_DAY_SECONDS = 86_400;
/**
 * Totals and duration distributions of a run, built one test record at a
 * time: counts per test (see TestTally), durations per attempt (every
 * attempt is an execution that took that long), memory one number per timed
 * attempt plus the N slowest tests, never the names of all tests. Skipped
 * tests did not run: their time (usually 0) would drag percentiles down, so
 * it is not counted. Pure.
 */
class RunStats {
    keep;
    tally;
    /** Records without a time: counted, not timed. */
    untimed = 0;
    /** Attempts longer than a day (the longest is the first of `top()`). */
    overADay = 0;
    overall = new DurationColumn();
    bySuite = new Map();
    slowest = [];
    lastSuite = '';
    lastColumn;
    constructor(keep = 10, retries = 'merge', expectedTests = 0) {
        this.keep = keep;
        this.tally = new TestTally(retries, expectedTests);
    }
    get tests() {
        return this.tally.tests;
    }
    /** Counts and times a record. */
    add(test) {
        this.tally.record(test);
        if (test.status === 'skipped')
            return;
        if (test.seconds === undefined)
            this.untimed++;
        let slowestAttempt = this.time(test, test.seconds);
        // Most records have no folded attempts: no empty array and iterator per record.
        if (test.attemptSeconds)
            for (const seconds of test.attemptSeconds)
                slowestAttempt = Math.max(slowestAttempt, this.time(test, seconds));
        if (slowestAttempt >= 0)
            this.considerSlowest(test, test.name || test.classname ? slowestAttempt : (test.seconds ?? -1));
    }
    percentiles(column = this.overall) {
        return column.percentiles();
    }
    /** Whether a test this long could still enter the slowest list (so its names are worth decoding). */
    couldBeSlowest(seconds) {
        return seconds !== undefined && (this.slowest.length < this.keep || seconds > this.slowest[this.slowest.length - 1].seconds);
    }
    /** The slowest tests kept (as many as the constructor asked for), slowest first, each once with its slowest attempt. */
    top() {
        return [...this.slowest].sort((a, b) => b.seconds - a.seconds || (a.name < b.name ? -1 : 1));
    }
    /** One attempt's duration into the columns; returns it (-1 for none). */
    time(test, seconds) {
        if (seconds === undefined)
            return -1;
        this.overall.push(seconds);
        // A suite's tests arrive together: remember the last suite's column rather than look it up per test.
        if (test.suite !== this.lastSuite || !this.lastColumn) {
            this.lastSuite = test.suite;
            this.lastColumn = this.bySuite.get(test.suite);
            if (!this.lastColumn)
                this.bySuite.set(test.suite, (this.lastColumn = new DurationColumn()));
        }
        this.lastColumn.push(seconds);
        if (seconds > ONE_DAY_SECONDS)
            this.overADay++;
        return seconds;
    }
    considerSlowest(test, seconds) {
        if (seconds < 0 || (this.slowest.length === this.keep && seconds <= this.slowest[this.slowest.length - 1].seconds))
            return;
        const name = fullName(test);
        // Attempts of one test: it is listed once, with its slowest attempt.
        const existing = this.slowest.findIndex((other) => other.name === name && other.suite === test.suite);
        if (existing >= 0) {
            if (this.slowest[existing].seconds >= seconds)
                return;
            this.slowest.splice(existing, 1);
        }
        const entry = { name, suite: test.suite, seconds, file: test.file, line: test.line };
        // Kept sorted, slowest first; N is small.
        let at = this.slowest.findIndex((other) => other.seconds < seconds);
        if (at < 0)
            at = this.slowest.length;
        this.slowest.splice(at, 0, entry);
        if (this.slowest.length > this.keep)
            this.slowest.pop();
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/stats/job-wall-time.ts

/**
 * How long the job has been running, in seconds: the runner writes the
 * event payload (`GITHUB_EVENT_PATH`, under the runner's temp directory,
 * emptied for each job) while it sets the job up, so the file's modification
 * time is the job's start to within the set-up steps. Undefined off a runner
 * or when the file is missing or newer than now.
 */
function jobElapsedSeconds(env, now = Date.now()) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        const started = (0,external_node_fs_.statSync)(path).mtimeMs;
        return started <= now ? (now - started) / 1000 : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Tests on parallel workers add up to more than the wall time they ran in,
 * by about the number of workers; a sum this many times the wall time is
 * not parallelism but a unit mistake (milliseconds read as seconds are
 * ×1000, nanoseconds ×10^9).
 */
const PARALLEL_ALLOWANCE = 100;
/**
 * Below an hour of test time the comparison says nothing: a job that only
 * collects reports (a matrix's artifacts) can be seconds old, and
 * milliseconds read as seconds turn even a 4-second suite into more than an
 * hour.
 */
const IMPLAUSIBLE_FLOOR_SECONDS = 3600;
/** The wall time a report's tests could have taken: the longest of the job so far and the span the report's own timestamps cover. */
function wallSeconds(jobSeconds, reportSpanSeconds) {
    const job = jobSeconds !== undefined && jobSeconds > 0 ? jobSeconds : undefined;
    const span = reportSpanSeconds !== undefined && reportSpanSeconds > 0 ? reportSpanSeconds : undefined;
    return job === undefined ? span : span === undefined ? job : Math.max(job, span);
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/collect/report-findings.ts



/** JUnit roots that are reports; any other root with no test case is not a format perf-sla reads. */
const JUNIT_ROOTS = new Set(['testsuites', 'testsuite']);
/** What one report's reading, headers, units and times say, as findings. Pure. */
function reportFindings(report, lines, jobSeconds) {
    const { display: file, outcome } = report;
    const findings = [];
    if (outcome.problem) {
        findings.push({ ruleId: 'invalid-report', severity: 'error', file, line: outcome.problem.line, column: outcome.problem.column, message: `${outcome.problem.message} (after ${outcome.records} test record(s); the partial results are shown but do not pass)` });
    }
    else if (outcome.format === 'junit' && outcome.records === 0 && outcome.totals.root !== undefined && !JUNIT_ROOTS.has(outcome.totals.root)) {
        findings.push({ ruleId: 'invalid-report', severity: 'error', file, line: 1, message: `the root element <${outcome.totals.root}> is not a test report perf-sla reads (JUnit, NUnit 3, xUnit.net, TRX; or JSON from go test, Jest, mocha)` });
    }
    const { headers } = outcome.totals;
    if (headers.first) {
        const more = headers.mismatches > 1 ? ` (and ${headers.mismatches - 1} more suite(s) like it)` : '';
        findings.push({ ruleId: 'report-headers', severity: 'warning', file, line: lines.mismatch, message: `suite "${headers.first.suite}" states counts its test records do not match: ${describeCounts(headers.first)}${more}; perf-sla counts the records` });
    }
    const headerOnly = headers.headerOnly[0];
    if (headerOnly) {
        const more = headers.headerOnlyCount > 1 ? ` (and ${headers.headerOnlyCount - 1} more suite(s) like it)` : '';
        const stated = Object.entries(headerOnly.header).map(([key, value]) => `${key}=${value}`).join(', ');
        findings.push({ ruleId: 'header-only-suite', severity: 'error', file, line: lines.headerOnly, message: `suite "${headerOnly.suite}" states ${stated} but holds no test record${more}: those results cannot be counted or timed, and are not a pass` });
    }
    if (report.overADay > 0) {
        findings.push({ ruleId: 'implausible-duration', severity: 'warning', file, message: `${report.overADay} test attempt(s) claim more than a day each (read as ${unitName(outcome.unit)}): if this report writes milliseconds or nanoseconds, set time-unit` });
    }
    const wall = wallSeconds(jobSeconds, outcome.totals.times.spanSeconds);
    if (wall !== undefined && report.caseSeconds > Math.max(PARALLEL_ALLOWANCE * wall, IMPLAUSIBLE_FLOOR_SECONDS)) {
        findings.push({ ruleId: 'implausible-duration', severity: 'warning', file, message: `its test times add up to ${formatSeconds(report.caseSeconds)}, ${Math.round(report.caseSeconds / wall).toLocaleString('en')}× the ${formatSeconds(wall)} the tests can have run (read as ${unitName(outcome.unit)}): if this report writes milliseconds or nanoseconds, set time-unit` });
    }
    return findings;
}
function unitName(unit) {
    return unit === 's' ? 'seconds' : unit === 'ms' ? 'milliseconds' : 'nanoseconds';
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/collect/collect-reports.ts







/**
 * Reads every report into one run: counts, durations, SLA matches and
 * failing tests as the records stream by, then per report what its headers,
 * units and times say (see report-findings.ts).
 */
function collectReports(files, options) {
    const stats = new RunStats(options.keep, options.retries, expectedTests(files));
    const sla = new SlaTracker(options.policy, options.retries);
    const failures = new FailureNotes();
    const reports = [];
    const findings = [];
    for (const file of files) {
        const before = { sum: stats.overall.sum, overADay: stats.overADay };
        let lines = {};
        const outcome = readReport(file.path, { unit: options.unit, workspace: options.workspace, namesFor: (seconds) => sla.namesTests || stats.couldBeSlowest(seconds), wantsFailureText: () => failures.wantsText() }, (test) => {
            stats.add(test);
            sla.observe(test);
            failures.consider(test, file.display);
        }, (access, read) => {
            failures.resolveNames(file.display, access);
            lines = headerLines(read, access.linesAt);
        });
        const summary = { display: file.display, outcome, caseSeconds: stats.overall.sum - before.sum, overADay: stats.overADay - before.overADay };
        reports.push(summary);
        for (const finding of reportFindings(summary, lines, options.jobSeconds))
            findings.push(finding);
    }
    const located = failures.findings(stats.tally, new FailureLocator(options.workspace));
    for (const finding of located.findings)
        findings.push(finding);
    return { stats, sla, reports, findings, failures: { seen: failures.seen, notes: located.findings.length, unlocated: located.unlocated } };
}
/** About the fewest bytes a real test record takes (`<testcase classname="…" name="…" time="…"/>` with short names): tests ≤ bytes / this, so the retry log is sized once for most runs. */
const MIN_RECORD_BYTES = 100;
function expectedTests(files) {
    let bytes = 0;
    for (const file of files) {
        try {
            bytes += (0,external_node_fs_.statSync)(file.path).size;
        }
        catch {
            // Unreadable files are reported when read.
        }
    }
    return bytes / MIN_RECORD_BYTES;
}
/** Lines of the suites the header findings point at; the file is read again only up to them, and only when there are some. */
function headerLines(outcome, linesAt) {
    const { headers } = outcome.totals;
    const wanted = { mismatch: headers.first?.offset, headerOnly: headers.headerOnly[0]?.offset };
    const keys = Object.keys(wanted).filter((key) => wanted[key] !== undefined);
    if (keys.length === 0)
        return {};
    const lines = linesAt(keys.map((key) => wanted[key]));
    return Object.fromEntries(keys.map((key, index) => [key, lines[index]]));
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/history/history-model.ts
function profileKey(profile) {
    return [profile.os, profile.arch, profile.cpuModel, profile.cores, profile.memoryGiB, profile.image].join('|');
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/stats/mann-whitney.ts
function mannWhitney(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0)
        return { u: Number.NaN, p: 1 };
    const pooled = [...a.map((value) => ({ value, first: true })), ...b.map((value) => ({ value, first: false }))].sort((x, y) => x.value - y.value);
    const ranks = new Array(pooled.length);
    let tieTerm = 0;
    for (let start = 0; start < pooled.length;) {
        let end = start;
        while (end + 1 < pooled.length && pooled[end + 1].value === pooled[start].value)
            end++;
        const rank = (start + end) / 2 + 1;
        for (let index = start; index <= end; index++)
            ranks[index] = rank;
        const ties = end - start + 1;
        tieTerm += ties ** 3 - ties;
        start = end + 1;
    }
    let rankSum = 0;
    pooled.forEach((entry, index) => {
        if (entry.first)
            rankSum += ranks[index];
    });
    const u = rankSum - (n1 * (n1 + 1)) / 2;
    const n = n1 + n2;
    const mean = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    if (variance <= 0)
        return { u, p: 1 };
    const z = (Math.abs(u - mean) - 0.5) / Math.sqrt(variance);
    return { u, p: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z)))) };
}
/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf, error < 1.5e-7). */
function normalCdf(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
    return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/stats/robust.ts
/** Median of values (not necessarily sorted). NaN for none. Pure. */
function robust_median(values) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Scale that makes the MAD estimate the standard deviation of normally distributed data. */
const MAD_TO_SIGMA = 1.4826;
/** Median absolute deviation, scaled to estimate σ: robust to the odd very slow run that a standard deviation would chase. Pure. */
function mad(values) {
    const center = robust_median(values);
    return robust_median(values.map((value) => Math.abs(value - center))) * MAD_TO_SIGMA;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/history/judge-regression.ts


const DEFAULT_REGRESSION_OPTIONS = { noisePercent: 10, madMultiplier: 3, minSamples: 5, window: 20, testAfter: 8, significance: 0.05, recentRuns: 3 };
/** Relative spread (σ-scaled MAD / median) above which a test's duration is called noisy: reported apart from slowness. */
const NOISY_SPREAD = 0.5;
/**
 * Whether this run's duration of one test is a regression against its
 * comparable history (oldest first, this run not included). Pure.
 */
function judgeRegression(name, current, history, options = DEFAULT_REGRESSION_OPTIONS) {
    const window = history.slice(-options.window);
    if (window.length < options.minSamples)
        return { name, current, samples: window.length, kind: 'insufficient-history', noisy: false };
    const baseline = robust_median(window);
    const noise = mad(window);
    const threshold = baseline + Math.max((baseline * options.noisePercent) / 100, options.madMultiplier * noise);
    const noisy = baseline > 0 && noise / baseline > NOISY_SPREAD;
    const verdict = { name, current, samples: window.length, baseline, noise, threshold, noisy };
    if (current <= threshold)
        return { ...verdict, kind: 'within-noise' };
    if (window.length < options.testAfter)
        return { ...verdict, kind: 'regression' };
    const recent = [...window.slice(window.length - (options.recentRuns - 1)), current];
    const older = window.slice(0, window.length - (options.recentRuns - 1));
    const { p } = mannWhitney(recent, older);
    // A regression is a shift, not a spike: one slow run among fast ones is "suspected" until it persists.
    return { ...verdict, p, kind: p < options.significance ? 'regression' : 'suspected' };
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/history/compare-run.ts



/** Judges each tracked test of this run against earlier runs on the same hardware profile. Pure. */
function compareRun(current, samples, profile, options) {
    const key = profileKey(profile);
    const comparable = samples.filter((sample) => profileKey(sample.profile) === key);
    const verdicts = [];
    const trends = new Map();
    for (const [name, seconds] of current) {
        const series = comparable.map((sample) => sample.durations[name]).filter((value) => typeof value === 'number' && Number.isFinite(value));
        verdicts.push(judgeRegression(name, seconds, series, options));
        trends.set(name, [...series.slice(-options.window), seconds]);
    }
    return { verdicts, comparableRuns: comparable.length, otherProfiles: samples.length - comparable.length, trends };
}
/**
 * A Unicode sparkline scaled from zero to the series' largest value, so
 * milliseconds of jitter on a steady test stay flat and a real jump shows.
 * Pure.
 */
function sparkline(values) {
    const bars = '▁▂▃▄▅▆▇█';
    const high = (0,largest/* largest */.n)(values, 0);
    if (values.length === 0)
        return '';
    return values.map((value) => bars[high <= 0 ? 0 : Math.min(7, Math.max(0, Math.ceil((value / high) * 8) - 1))]).join('');
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/history/hardware-profile.ts

/**
 * This machine's profile from the runner's variables and the OS. Memory is
 * rounded to whole GiB and the image is the runner image version, so two
 * runs on the same hosted runner type compare while a larger runner or a new
 * image starts a new series.
 */
function currentProfile(env) {
    const processors = (0,external_node_os_.cpus)();
    return {
        os: env.RUNNER_OS || (0,external_node_os_.platform)(),
        arch: env.RUNNER_ARCH || (0,external_node_os_.arch)(),
        cpuModel: processors[0]?.model.trim() || 'unknown',
        cores: processors.length,
        memoryGiB: Math.round((0,external_node_os_.totalmem)() / 1024 ** 3),
        image: env.ImageVersion || env.RUNNER_IMAGE_VERSION || 'self-hosted',
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./packages/core/src/runner/library-output.ts + 1 modules
var library_output = __webpack_require__(9136);
// EXTERNAL MODULE: ./packages/core/src/safe-files/atomic-file.ts + 1 modules
var atomic_file = __webpack_require__(56135);
;// CONCATENATED MODULE: ./actions/perf-sla/src/history/history-store.ts

/** Samples kept per history file: enough for any window, small enough to read fast. */
const MAX_SAMPLES = 200;
class UnreadableHistory extends Error {
}
/** 200 samples of a few hundred tracked tests stay far below this; a bigger file is not a history file. */
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;
/**
 * A JSON file: under the state root (persistent runners), or committed in the
 * repository. It stays inside `root` (the workspace, the state root): a
 * committed link in its place, or on its path, is neither read through nor
 * written through. Redacted before it is written, so test names holding a
 * secret are not stored (and committed, or cached).
 */
class JsonFileHistory {
    path;
    root;
    description;
    redactor;
    constructor(path, root, description, redactor) {
        this.path = path;
        this.root = root;
        this.description = description;
        this.redactor = redactor;
    }
    async load() {
        let bytes;
        try {
            bytes = (0,read_file/* readRegularFileIfExists */.SB)(this.path, { maxBytes: MAX_HISTORY_BYTES, noFollow: true });
        }
        catch (error) {
            if (error instanceof read_file/* UnreadableFile */.ie)
                throw new UnreadableHistory(`${this.description} cannot be read: ${error.reason}`);
            throw error;
        }
        if (bytes === undefined)
            return { version: 1, samples: [] };
        let parsed;
        try {
            parsed = JSON.parse(bytes.toString('utf8'));
        }
        catch (error) {
            throw new UnreadableHistory(`${this.description} is not JSON: ${error.message}`);
        }
        if (!isHistoryFile(parsed))
            throw new UnreadableHistory(`${this.description} is not a perf-sla history file (version 1 with a samples list)`);
        return parsed;
    }
    async save(history) {
        // Readable by others like any committed file (store: repo); the state root's own mode keeps state private.
        (0,atomic_file/* writeFileAtomically */.lo)(this.path, `${JSON.stringify(this.redactor.redactValue(history))}\n`, { root: this.root, mode: 0o644 });
    }
}
function appendSample(history, sample) {
    return { version: 1, samples: [...history.samples, sample].slice(-MAX_SAMPLES) };
}
function isHistoryFile(value) {
    if (!value || typeof value !== 'object')
        return false;
    const file = value;
    return file.version === 1 && Array.isArray(file.samples) && file.samples.every((sample) => sample && typeof sample === 'object' && typeof sample.durations === 'object' && typeof sample.profile === 'object');
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/history/actions-cache-history.ts





/**
 * History in the Actions cache through `@actions/cache`: keyed per hardware
 * profile and branch, so a feature branch starts from the default branch's
 * history and never moves it. Each run saves a new entry; a restore takes the
 * newest entry whose key has the branch's prefix. The package is loaded only
 * when this store is used (it is large). It logs to stdout itself, signed
 * blob URLs included: that output passes through the redactor. The file the
 * cache carries is read and written as any other history file.
 */
class ActionsCacheHistory {
    location;
    redactor;
    description;
    prefix;
    local;
    constructor(location, profile, redactor) {
        this.location = location;
        this.redactor = redactor;
        const profileHash = (0,external_node_crypto_.createHash)('sha256').update(profileKey(profile)).digest('hex').slice(0, 12);
        this.prefix = (branch) => `gates-perf-history-${profileHash}-${branch}-`;
        this.description = `Actions cache (key ${this.prefix(location.branch)}…, falling back to ${location.defaultBranch})`;
        this.local = new JsonFileHistory(location.file, (0,external_node_path_.dirname)(location.file), `the cached history (${this.description})`, redactor);
    }
    async load() {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(88), __webpack_require__.e(955), __webpack_require__.e(756), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
        const { branch, defaultBranch, file } = this.location;
        const fallback = branch === defaultBranch ? [] : [this.prefix(defaultBranch)];
        // @actions/cache reports a failed restore as a warning and answers as for a miss.
        const hit = await (0,library_output/* withRedactedStdout */.c)(this.redactor, () => cache.restoreCache([file], this.prefix(branch), fallback));
        return hit ? this.local.load() : { version: 1, samples: [] };
    }
    async save(history) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(88), __webpack_require__.e(955), __webpack_require__.e(756), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
        await this.local.save(history);
        const key = `${this.prefix(this.location.branch)}${this.location.runId}`;
        await (0,library_output/* withRedactedStdout */.c)(this.redactor, () => cache.saveCache([this.location.file], key));
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/history/run-history.ts






/**
 * Loads the history the policy names, judges this run's tracked tests
 * against it, and appends this run. An unreadable history is a warning and is
 * left as it is (never overwritten), and the run is judged without it.
 */
async function runHistory(policy, current, context) {
    const profile = currentProfile(context.env);
    const kind = resolveStore(policy.store, context.env);
    const warnings = policy.store === 'state' && context.env.RUNNER_ENVIRONMENT === 'github-hosted'
        ? ['perf-sla history.store: state on a GitHub-hosted runner: the state root is wiped when the job ends, so no history will persist. Use history.store: cache (the default on GitHub Actions) or repo.']
        : [];
    const store = storeFor({ ...policy, store: kind }, context, profile);
    if (!store)
        return { profile, description: 'none (history.store: none)', findings: [], warnings };
    let history;
    try {
        history = await store.load();
    }
    catch (error) {
        if (!(error instanceof UnreadableHistory))
            throw error;
        return { profile, description: store.description, warnings, findings: [{ ruleId: 'history-unreadable', severity: 'warning', message: `${error.message}; this run was not compared and the file was left as it is` }] };
    }
    const comparison = compareRun(current, history.samples, profile, policy.options);
    await store.save(appendSample(history, { at: new Date().toISOString(), sha: context.env.GITHUB_SHA, ref: context.env.GITHUB_REF, profile, durations: Object.fromEntries(current) }));
    const findings = comparison.verdicts
        .filter((verdict) => verdict.kind === 'regression' || verdict.kind === 'suspected')
        .map((verdict) => ({
        ruleId: verdict.kind === 'regression' ? 'regression' : 'suspected-regression',
        severity: verdict.kind === 'regression' ? 'error' : 'warning',
        message: `${verdict.name}: ${verdict.current.toFixed(3)} s against a median of ${verdict.baseline.toFixed(3)} s over ${verdict.samples} comparable run(s) (+${Math.round((verdict.current / verdict.baseline - 1) * 100)}%, beyond the noise budget${verdict.p === undefined ? '' : `, Mann–Whitney p=${verdict.p.toPrecision(2)}`})`,
    }));
    return { comparison, profile, description: store.description, findings, warnings };
}
/** No store named: the Actions cache where the runner gives the job its cache service, else the state root. */
function resolveStore(store, env) {
    if (store !== 'auto')
        return store;
    return env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL) ? 'cache' : 'state';
}
function storeFor(policy, context, profile) {
    if (policy.store === 'none')
        return undefined;
    if (policy.store === 'repo')
        return new JsonFileHistory((0,external_node_path_.resolve)(context.workspace, policy.path), context.workspace, `repository file ${policy.path}`, context.redactor);
    // One history per branch: a feature branch's runs do not move main's baseline.
    const branch = (context.env.GITHUB_HEAD_REF || context.env.GITHUB_REF_NAME || 'local').replace(/[^A-Za-z0-9._-]/g, '_');
    if (policy.store === 'cache') {
        const run = `${context.env.GITHUB_RUN_ID ?? Date.now()}-${context.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
        // The cache version hashes the path: it must be the same in every run, as RUNNER_TEMP is on a runner.
        const file = (0,state_root/* statePath */.B)(context.env.RUNNER_TEMP || context.stateRoot, 'gates-perf-history', 'history.json');
        return new ActionsCacheHistory({ file, branch, defaultBranch: policy.defaultBranch, runId: run }, profile, context.redactor);
    }
    return new JsonFileHistory((0,state_root/* statePath */.B)(context.stateRoot, 'perf-history', `${branch}.json`), context.stateRoot, `state root file perf-history/${branch}.json`, context.redactor);
}

// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts
var markdown = __webpack_require__(97195);
;// CONCATENATED MODULE: ./actions/perf-sla/src/report/perf-metrics.ts
/** Reports listed one by one in the metrics file. */
const LISTED_REPORTS = 1000;
/** The metrics file (totals, percentiles, slowest tests, breaches, regressions, per-report units and times) for the observability stream. Pure. */
function perfMetrics(collected, retries, history) {
    const { stats, sla } = collected;
    const tally = stats.tally;
    return {
        tests: tally.tests,
        failed: tally.byStatus.failed,
        errors: tally.byStatus.error,
        skipped: tally.byStatus.skipped,
        flaky: tally.flaky,
        retried: tally.retried,
        attempts: tally.attempts,
        retries,
        untimed: stats.untimed,
        totalSeconds: stats.overall.sum,
        reportedSeconds: reportedSeconds(collected.reports),
        reports: collected.reports.slice(0, LISTED_REPORTS).map(({ display, outcome, caseSeconds }) => ({
            file: display,
            format: outcome.format,
            unit: outcome.unit,
            unitReason: outcome.unitReason,
            records: outcome.records,
            caseSeconds,
            ownSeconds: outcome.totals.times.ownSeconds,
            suiteErrors: outcome.totals.suiteErrors,
        })),
        percentiles: stats.percentiles(),
        slowest: stats.top(),
        breaches: sla.breachCount,
        breachList: sla.breaches,
        regressions: history.comparison?.verdicts.filter((verdict) => verdict.kind !== 'insufficient-history') ?? [],
        hardware: history.profile,
    };
}
/** The reports' own times (suite and run `time` attributes), summed where they state them; undefined when none does. */
function reportedSeconds(reports) {
    const stated = reports.map((report) => report.outcome.totals.times.ownSeconds).filter((value) => value !== undefined);
    return stated.length > 0 ? stated.reduce((sum, value) => sum + value, 0) : undefined;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/report/perf-summary.ts





const SUITES_SHOWN = 20;
const UNIT_NOTES_SHOWN = 10;
/** Totals, percentiles, the slowest tests with their SLA status, breaches. Every name is escaped: test names are untrusted text. Pure. */
function renderPerfSummary(input, md) {
    const { stats } = input;
    const tally = stats.tally;
    const lines = ['### Test durations', ''];
    const files = `${input.reports.length} report file(s)`;
    if (stats.overall.length === 0) {
        // Nothing timed: one line, no empty tables.
        lines.push(tally.tests === 0 ? `No test records in ${files}.` : `${tally.tests} test(s) in ${files} (${tally.byStatus.failed} failed, ${tally.byStatus.error} errors, ${tally.byStatus.skipped} skipped), none with a time: no durations to show.`);
        return [...lines, ...notes(input, md)].join('\n').trimEnd();
    }
    const overall = stats.percentiles();
    lines.push((0,markdown/* table */.tp)(['tests', 'failed', 'errors', 'skipped', 'flaky', 'total time', 'p50', 'p90', 'p95', 'p99'], [[String(tally.tests), String(tally.byStatus.failed), String(tally.byStatus.error), String(tally.byStatus.skipped), String(tally.flaky), formatSeconds(stats.overall.sum), formatSeconds(overall.p50), formatSeconds(overall.p90), formatSeconds(overall.p95), formatSeconds(overall.p99)]]), '', `From ${files}; ${stats.untimed} test record(s) without a time are counted but not timed; skipped tests are not timed.`);
    for (const line of notes(input, md))
        lines.push(line);
    lines.push('', '**Slowest tests**', '', (0,markdown/* table */.tp)(['#', 'test', 'suite', 'duration', 'SLA'], stats.top().slice(0, 10).map((test, index) => [String(index + 1), md.text(test.name), md.text(test.suite), formatSeconds(test.seconds), slaStatus(test.seconds, input.budgetsFor(test.name))])), '');
    if (input.top10.length > 0) {
        lines.push('**Top-10 SLA list**', '', (0,markdown/* table */.tp)(['test', 'budget', 'observed', 'status'], input.top10.map((entry) => [md.text(entry.name), entry.budget.label, entry.observed === undefined ? '–' : formatSeconds(entry.observed), entry.observed === undefined ? '⚠️ did not run (stale?)' : entry.observed > entry.budget.seconds ? '❌ over' : '✅ within'])), '');
    }
    if (input.breachCount > 0) {
        lines.push(`**SLA breaches (${input.breachCount})**`, '', (0,markdown/* table */.tp)(['scope', 'name', 'metric', 'budget', 'observed', 'over by'], input.breaches.slice(0, 50).map((breach) => [breach.scope, breach.name ? md.text(breach.name) : '(whole run)', breach.metric, breach.budget.label, formatSeconds(breach.observed), `+${Math.round((breach.observed / breach.budget.seconds - 1) * 100)}%`])), '');
        if (input.breachCount > 50)
            lines.push(`…and ${input.breachCount - 50} more; the JSON report lists up to 1,000.`, '');
    }
    const suites = [...stats.bySuite].sort((a, b) => b[1].sum - a[1].sum).slice(0, SUITES_SHOWN);
    if (suites.length > 1) {
        lines.push('<details><summary>Suites by total time</summary>', '', (0,markdown/* table */.tp)(['suite', 'tests', 'total', 'p50', 'p95', 'p99'], suites.map(([name, column]) => {
            const p = stats.percentiles(column);
            return [name ? md.code(name) : '(none)', String(column.length), formatSeconds(column.sum), formatSeconds(p.p50), formatSeconds(p.p95), formatSeconds(p.p99)];
        })), '', '</details>', '');
    }
    for (const name of input.stale)
        lines.push(`- Stale SLA entry: ${md.code(name)} matched no test in these reports.`);
    return lines.join('\n').trimEnd();
}
/** The tightest budget that applies, and whether the test's slowest attempt kept to it. */
function slaStatus(seconds, budgets) {
    const budget = budgets[0];
    if (!budget)
        return '';
    return `${seconds > budget.seconds ? '❌ over' : '✅ within'} ${budget.label}`;
}
/** How the counts and totals were made: retries, the reports' own times, inferred units, failures outside tests and failing tests. */
function notes(input, md) {
    const { stats } = input;
    const tally = stats.tally;
    const lines = [];
    if (tally.mode === 'merge' && tally.retried > 0) {
        lines.push(`${tally.retried} test(s) ran more than once (${tally.attempts} attempts in all): each counts once, with its last attempt's result (${tally.flaky} flaky: an earlier attempt failed, the last passed); durations are per attempt.`);
    }
    else if (tally.mode === 'separate' && tally.attempts > tally.tests) {
        lines.push(`Retries are not merged (retries: separate): every test record counts as a test; ${tally.attempts - tally.tests} more attempt(s) were folded into records.`);
    }
    const own = reportedSeconds(input.reports);
    if (own !== undefined && stats.overall.length > 0) {
        lines.push(`Test times add up to ${formatSeconds(stats.overall.sum)} (the run total that \`run.max-total\` judges); the reports' own suite and run times add up to ${formatSeconds(own)} (setup and teardown included; wall time where tests ran in parallel).`);
    }
    const guessed = input.reports.filter((report) => report.outcome.unitReason);
    for (const report of guessed.slice(0, UNIT_NOTES_SHOWN))
        lines.push(`- ${md.code(report.display)}: times read as ${unitName(report.outcome.unit)}: ${report.outcome.unitReason}; set \`time-unit\` to override.`);
    if (guessed.length > UNIT_NOTES_SHOWN)
        lines.push(`- …and ${guessed.length - UNIT_NOTES_SHOWN} more report(s) read in an inferred unit (the metrics file lists them).`);
    const outside = input.reports.reduce((sum, report) => sum + report.outcome.totals.suiteErrors, 0);
    if (outside > 0)
        lines.push(`${outside} failure(s) outside any test (a suite's setup or teardown, a file that did not load, an environment error).`);
    if (input.failures.seen > 0)
        lines.push(`${input.failures.seen} failing test record(s); ${input.failures.notes} shown as notices where the reports place them (perf-sla does not judge test results).`);
    return lines.length > 0 ? ['', ...lines] : [];
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/report/history-summary.ts



/** Regressions with baseline, delta, noise and confidence; what could not be judged; trends of the slowest tests. Pure. */
function renderHistorySection(comparison, store, profile, slowest, minSamples, md) {
    if (!comparison)
        return `### Regressions\n\nHistory: ${md.text(store)}; no comparison was made.`;
    const lines = ['### Regressions', ''];
    lines.push(`History: ${md.text(store)}; ${comparison.comparableRuns} earlier run(s) on this hardware (${md.text(`${profile.os} ${profile.arch}, ${profile.cores} × ${profile.cpuModel}, ${profile.memoryGiB} GiB, image ${profile.image}`)})${comparison.otherProfiles > 0 ? `; ${comparison.otherProfiles} run(s) on other hardware not compared` : ''}.`, '');
    const regressions = comparison.verdicts.filter((verdict) => verdict.kind === 'regression').sort((a, b) => b.current / b.baseline - a.current / a.baseline);
    if (regressions.length > 0) {
        lines.push((0,markdown/* table */.tp)(['test', 'baseline (median)', 'this run', 'delta', 'noise (MAD)', 'confidence'], regressions.slice(0, 50).map((verdict) => [
            md.text(verdict.name),
            formatSeconds(verdict.baseline),
            formatSeconds(verdict.current),
            `+${Math.round((verdict.current / verdict.baseline - 1) * 100)}%`,
            formatSeconds(verdict.noise),
            verdict.p === undefined ? `n=${verdict.samples} (too few for a test)` : `p=${verdict.p.toPrecision(2)} (Mann–Whitney, n=${verdict.samples})`,
        ])), '');
    }
    else
        lines.push('No test is slower than its baseline beyond the noise budget.', '');
    const suspected = comparison.verdicts.filter((verdict) => verdict.kind === 'suspected');
    if (suspected.length > 0)
        lines.push(`Suspected (slower in this run only, not yet significant): ${suspected.slice(0, 10).map((verdict) => `${md.text(verdict.name)} ${formatSeconds(verdict.current)} vs ${formatSeconds(verdict.baseline)}`).join(', ')}.`, '');
    const insufficient = comparison.verdicts.filter((verdict) => verdict.kind === 'insufficient-history').length;
    if (insufficient > 0)
        lines.push(`${insufficient} tracked test(s) have fewer than ${minSamples} comparable runs: not judged yet.`, '');
    const noisy = comparison.verdicts.filter((verdict) => verdict.noisy);
    if (noisy.length > 0)
        lines.push(`Noisy (duration varies by more than half its median, reported apart from slowness): ${noisy.slice(0, 10).map((verdict) => md.text(verdict.name)).join(', ')}.`, '');
    const trendRows = slowest.filter((name) => (comparison.trends.get(name)?.length ?? 0) > 1);
    if (trendRows.length > 0) {
        lines.push((0,markdown/* table */.tp)(['test', 'trend (oldest → this run)'], trendRows.slice(0, 10).map((name) => [md.text(name), `\`${sparkline(comparison.trends.get(name))}\``])), '');
    }
    return lines.join('\n').trimEnd();
}

// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __webpack_require__(67528);
;// CONCATENATED MODULE: ./actions/perf-sla/src/sla/sla-policy.ts


function slaPolicy(file) {
    const budget = (label, pointer) => (label === undefined ? undefined : { label, seconds: (0,parse/* parseDuration */.E9)(label) / 1000, pointer });
    return {
        timeUnit: file?.['time-unit'] ?? 'auto',
        run: { total: budget(file?.run?.['max-total'], '/run/max-total'), p95: budget(file?.run?.['max-p95'], '/run/max-p95') },
        suites: (file?.suites ?? []).map((suite, index) => ({ name: suite.name, total: budget(suite['max-total'], `/suites/${index}/max-total`), p95: budget(suite['max-p95'], `/suites/${index}/max-p95`) })),
        tests: (file?.tests ?? []).map((test, index) => ({ name: test.name, max: budget(test.max, `/tests/${index}/max`), pointer: `/tests/${index}/name` })),
        top10: (file?.['top-10'] ?? []).map((test, index) => ({ name: test.name, max: budget(test.max, `/top-10/${index}/max`), pointer: `/top-10/${index}/name` })),
        history: historyPolicy(file?.history),
    };
}
function historyPolicy(history) {
    const noise = parseNoiseBudget(history?.['noise-budget'] ?? '10% or 3 MAD');
    return {
        store: history?.store ?? 'auto',
        path: history?.path ?? '.github/perf-history.json',
        defaultBranch: history?.['default-branch'] ?? 'main',
        track: history?.track ?? 100,
        options: {
            ...DEFAULT_REGRESSION_OPTIONS,
            ...noise,
            minSamples: history?.['min-samples'] ?? DEFAULT_REGRESSION_OPTIONS.minSamples,
            window: history?.window ?? DEFAULT_REGRESSION_OPTIONS.window,
            significance: history?.significance ?? DEFAULT_REGRESSION_OPTIONS.significance,
        },
    };
}
/** '10%', '3 MAD' or '10% or 3 MAD': a part left out counts as zero. */
function parseNoiseBudget(text) {
    const percent = /(\d+(?:\.\d+)?)\s*%/.exec(text);
    const mads = /(\d+(?:\.\d+)?)\s*MAD/i.exec(text);
    return { noisePercent: percent ? Number(percent[1]) : 0, madMultiplier: mads ? Number(mads[1]) : 0 };
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/definition.ts








const PERF_RULES = [
    { id: 'sla-breach', description: 'A test, suite or the whole run took longer than its budget in the SLA file', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('perf-sla', 'sla-breach') },
    { id: 'invalid-report', description: 'A test report could not be read to the end (malformed or truncated XML); its results are not a pass', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('perf-sla', 'invalid-report') },
    { id: 'regression', description: 'A test is slower than its median over comparable earlier runs, beyond the noise budget (and significant, once there are enough runs)', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('perf-sla', 'regression') },
    { id: 'suspected-regression', description: 'A test is slower than its noise budget in this run but the shift is not yet significant over the recent runs (a spike, so far)', severity: 'warning', docs: (0,catalogue/* ruleDocsUrl */.hS)('perf-sla', 'suspected-regression') },
    { id: 'history-unreadable', description: 'The history file could not be read; the run was not compared and the file was left as it is', severity: 'warning', docs: (0,catalogue/* ruleDocsUrl */.hS)('perf-sla', 'history-unreadable') },
    { id: 'stale-sla', description: 'An SLA entry names a test that is in none of the reports (renamed or removed?)', severity: 'warning', docs: (0,catalogue/* ruleDocsUrl */.hS)('perf-sla', 'stale-sla') },
    (0,nothing_to_check/* nothingToCheckRule */.J)('perf-sla'),
    { id: 'report-headers', description: "A suite's stated counts (tests, failures, errors, skipped) disagree with the test records it holds", severity: 'warning', docs: (0,catalogue/* ruleDocsUrl */.hS)('perf-sla', 'report-headers') },
    { id: 'header-only-suite', description: 'A suite states test counts but holds no test record: results the report does not contain are not a pass', severity: 'error', docs: (0,catalogue/* ruleDocsUrl */.hS)('perf-sla', 'header-only-suite') },
    { id: 'implausible-duration', description: "A test claims more than a day, or a report's test times add up to far more than the time they can have run in (a unit mistake?)", severity: 'warning', docs: (0,catalogue/* ruleDocsUrl */.hS)('perf-sla', 'implausible-duration') },
    { id: 'test-failure', description: 'A test failed; shown where the report places it (a stack frame in the workspace, or its file and line), without failing the gate', severity: 'note', docs: (0,catalogue/* ruleDocsUrl */.hS)('perf-sla', 'test-failure') },
];
const perfSla = {
    name: 'perf-sla',
    // Used only to publish the verdict (publish: status or check).
    secretInputs: ['token'],
    description: 'Test-report durations: percentiles, slowest tests and SLA thresholds.',
    rules: PERF_RULES,
    async run({ inputs, workspace, stateRoot, redactor, env, runner }) {
        // No SLA file is fine: percentiles and the slowest tests still report, nothing is judged against budgets.
        const loaded = await (0,config_input/* loadConfigInput */.j)(inputs, workspace, { input: 'sla', kind: schemas/* CONFIG_KINDS */.j.perf });
        const policy = slaPolicy(loaded?.value);
        // The runner delivers the input's default (auto) always: auto defers to the SLA file's time-unit.
        const unitInput = inputs.enumeration('time-unit', ['auto', 's', 'ms', 'ns'], 'auto');
        const retries = inputs.enumeration('retries', ['merge', 'separate'], 'merge');
        inputs.required('reports');
        const discovery = (0,discover_files/* discoverFiles */.Z)(inputs.list('reports'), workspace);
        const collected = collectReports(discovery.files, {
            unit: unitInput === 'auto' ? policy.timeUnit : unitInput,
            retries,
            policy,
            workspace,
            keep: Math.max(10, policy.history.track),
            jobSeconds: jobElapsedSeconds(env),
        });
        const { stats, sla } = collected;
        const findings = [...collected.findings];
        const { top10, stale } = sla.finish(stats);
        const lineOf = (pointer) => loaded?.positions.value.get(pointer)?.line;
        for (const breach of sla.breaches)
            findings.push(breachFinding(breach, loaded?.file, lineOf(breach.budget.pointer)));
        for (const entry of stale) {
            findings.push({ ruleId: 'stale-sla', severity: 'warning', file: loaded?.file, line: lineOf(entry.pointer), message: `SLA entry ${entry.name} matched no test in the reports` });
        }
        const tracked = new Map(stats.top().map((test) => [test.name, test.seconds]));
        for (const entry of top10)
            if (entry.observed !== undefined)
                tracked.set(entry.name, entry.observed);
        const history = await runHistory(policy.history, tracked, { env, workspace, stateRoot, redactor });
        for (const finding of history.findings)
            findings.push(finding);
        for (const warning of history.warnings)
            runner.warning(warning);
        const regressions = history.comparison?.verdicts.filter((verdict) => verdict.kind === 'regression').length ?? 0;
        const overall = stats.percentiles();
        const tally = stats.tally;
        const metrics = perfMetrics(collected, retries, history);
        const metricsFile = await (0,report_files/* writeReportFile */.aS)((0,state_root/* statePath */.B)(stateRoot, 'reports', 'perf-sla'), 'metrics.json', metrics, redactor);
        const seconds = (value) => (Number.isFinite(value) ? String(Number(value.toFixed(6))) : '');
        const md = (0,untrusted_text/* markdownText */.p7)(redactor);
        return {
            findings,
            nothingToCheck: discovery.files.length === 0 ? `no report matched ${inputs.list('reports').join(', ')}` : undefined,
            outputs: { p50: seconds(overall.p50), p95: seconds(overall.p95), p99: seconds(overall.p99), breaches: String(sla.breachCount), regressions: String(regressions), 'metrics-file': metricsFile },
            summaryAppendix: [
                renderPerfSummary({ stats, reports: collected.reports, breaches: sla.breaches, breachCount: sla.breachCount, top10, stale: stale.map((entry) => entry.name), budgetsFor: (name) => sla.budgetsFor(name), failures: collected.failures }, md),
                renderHistorySection(history.comparison, history.description, history.profile, stats.top().slice(0, 10).map((test) => test.name), policy.history.options.minSamples, md),
            ].join('\n\n'),
            ledgerEvent: { tests: tally.tests, breaches: sla.breachCount, regressions },
        };
    },
};
/** At the SLA file's line of the budget that broke; the test's own place, where the report gives one, in the message. */
function breachFinding(breach, slaFile, line) {
    const what = breach.scope === 'run' ? 'the whole run' : `${breach.scope} ${breach.name}`;
    const source = breach.file ? ` (test at ${breach.file}${breach.line ? `:${breach.line}` : ''})` : '';
    return {
        ruleId: 'sla-breach',
        severity: 'error',
        file: slaFile,
        line,
        message: `${what}: ${breach.metric} ${breach.observed.toFixed(3)} s is over its budget of ${breach.budget.label}${source}`,
    };
}


/***/ }),

/***/ 90335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ largest)
/* harmony export */ });
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


/***/ }),

/***/ 48672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ discoverFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15170);
/* harmony import */ var _safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71914);
/* harmony import */ var _text_glob_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13483);





const GLOB_CHARS = /[*?[\]{}!]/;
/**
 * Expands patterns (files, directories, globs; relative to the workspace or
 * absolute) into regular files, in a stable order, without following links.
 * A directory that cannot be listed, or an entry that cannot be examined, is
 * GATES_E_FILESYSTEM (exit 3) naming the path: files the patterns asked for
 * are never silently left out. Only a path that does not exist is a miss.
 */
function discoverFiles(patterns, workspace, options = {}) {
    const seen = new Set();
    const discovery = { files: [], skipped: [], unmatched: [] };
    const excluded = (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatcher */ .f)(options.exclude ?? []);
    const display = (path) => ((0,_safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(path, workspace) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : path);
    for (const pattern of patterns) {
        const before = discovery.files.length + discovery.skipped.length;
        const { base, glob } = splitPattern(pattern, workspace);
        const matches = glob ? (0,_text_glob_js__WEBPACK_IMPORTED_MODULE_2__/* .globMatcher */ .f)([glob]) : () => true;
        // A pattern longer than a path can be names nothing: a miss, like any other name that is not there.
        const startStats = lstatOrUndefined(base, 'ENAMETOOLONG');
        // The walk follows no link; the directories above where it starts are resolved once and must stay inside the root.
        const top = glob || startStats?.isDirectory() ? base : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(base);
        const root = (0,_safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .FK)(base, workspace) ? workspace : top;
        const leak = startStats ? escapes(root, top) : undefined;
        if (leak) {
            discovery.skipped.push({ display: display(base), reason: leak, outside: true });
            continue;
        }
        const visit = (path, stats) => {
            if (!stats)
                return;
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || basename(path);
            if (excluded(display(path)))
                return;
            if (stats.isSymbolicLink()) {
                if (matches(rel))
                    discovery.skipped.push({ display: display(path), reason: 'symbolic link (not followed)' });
                return;
            }
            if (stats.isDirectory()) {
                for (const entry of listDirectory(path))
                    visit((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, entry), lstatOrUndefined((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, entry)));
                return;
            }
            if (!matches(rel))
                return;
            if (options.ignore?.(path))
                return;
            if (!stats.isFile()) {
                discovery.skipped.push({ display: display(path), reason: 'not a regular file' });
                return;
            }
            if (seen.has(path))
                return;
            seen.add(path);
            discovery.files.push({ path, display: display(path), relative: rel, root });
        };
        visit(base, startStats);
        if (discovery.files.length + discovery.skipped.length === before)
            discovery.unmatched.push(pattern);
    }
    return discovery;
}
/** Why `directory` is not inside `root` once links are resolved (`logs -> /home/runner/...`), or undefined. */
function escapes(root, directory) {
    try {
        (0,_safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .containedDirectory */ .R)(root, directory);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof _safe_files_contained_path_js__WEBPACK_IMPORTED_MODULE_3__/* .PathOutside */ .jd))
            throw error;
        return `a symbolic link on its path leads outside the workspace (to ${error.real}); not followed`;
    }
}
/** `logs/**\/*.log` → base `logs`, glob `**\/*.log`: only the base is walked. */
function splitPattern(pattern, workspace) {
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    if (firstGlob < 0)
        return { base: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, pattern) };
    const base = segments.slice(0, firstGlob).join('/') || (pattern.startsWith('/') ? '/' : '.');
    return { base: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, base), glob: segments.slice(firstGlob).join('/') };
}
/** undefined when nothing is there (a miss, or an entry gone since its directory was listed). */
function lstatOrUndefined(path, alsoMissing) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
    }
    catch (error) {
        const { code } = error;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === alsoMissing)
            return undefined;
        throw filesystemError(path, error);
    }
}
function listDirectory(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path).sort();
    }
    catch (error) {
        throw filesystemError(path, error);
    }
}
function filesystemError(path, error) {
    const { code, message } = error;
    const reason = code === 'EACCES' || code === 'EPERM' ? `cannot be read (${code}: permission denied)` : `cannot be read (${code ?? message})`;
    return new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_4__/* .GatesError */ .xx('GATES_E_FILESYSTEM', { path, reason }, { cause: error });
}
function basename(path) {
    return path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).pop() ?? path;
}


/***/ }),

/***/ 99063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ JsonScanner),
/* harmony export */   q: () => (/* binding */ JsonSyntaxError)
/* harmony export */ });
/**
 * A streaming JSON reader over bytes for files too large to `JSON.parse`
 * whole (a 200 MB SARIF log, a Jest report): it walks the structure the
 * handler enters, hands out the values it selects (each parsed on its own:
 * one SARIF result or one test at a time) and skips the rest without
 * building them. Memory: one read, plus the value being captured. No I/O.
 */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, 
    /** Byte offset in the whole input. */
    offset) {
        super(message);
        this.offset = offset;
    }
}
const MAX_TOKEN_BYTES = 1024 * 1024;
const MAX_CAPTURE_BYTES = 64 * 1024 * 1024;
const WHITESPACE = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09])
    WHITESPACE[byte] = 1;
const DELIMITER = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09, 0x2c, 0x7d, 0x5d])
    DELIMITER[byte] = 1;
class JsonScanner {
    handler;
    carry = Buffer.alloc(0);
    /** Bytes of input before `carry`'s first byte. */
    consumed = 0;
    frames = [];
    path = [];
    rootDone = false;
    skipping;
    constructor(handler) {
        this.handler = handler;
    }
    push(chunk) {
        let buffer = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
        if (this.consumed === 0 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
            this.consumed = 3;
            buffer = buffer.subarray(3);
        }
        const stop = this.run(buffer, false);
        this.consumed += stop;
        this.carry = stop === buffer.length ? Buffer.alloc(0) : Buffer.from(buffer.subarray(stop));
        if (this.carry.length > MAX_TOKEN_BYTES)
            throw new JsonSyntaxError(`a key or number longer than ${MAX_TOKEN_BYTES} bytes`, this.consumed);
    }
    end() {
        const stop = this.run(this.carry, true);
        const at = this.consumed + stop;
        if (this.skipping || this.frames.length > 0)
            throw new JsonSyntaxError('the document ends inside a value (truncated?)', at);
        if (!this.rootDone)
            throw new JsonSyntaxError('no JSON value', at);
    }
    /** Processes what is complete; returns where an incomplete token starts (or the end). */
    run(buffer, final) {
        let at = 0;
        for (;;) {
            if (this.skipping) {
                at = this.continueSkipping(buffer, at);
                if (!this.skipping.done)
                    return buffer.length;
                this.finishSkipping();
                continue;
            }
            while (at < buffer.length && WHITESPACE[buffer[at]] === 1)
                at++;
            if (at >= buffer.length)
                return at;
            const frame = this.frames[this.frames.length - 1];
            if (!frame) {
                if (this.rootDone)
                    this.fail('content after the JSON value', at);
                const next = this.startValue(buffer, at, final);
                if (next < 0)
                    return at;
                at = next;
                continue;
            }
            const byte = buffer[at];
            switch (frame.expect) {
                case 'key-or-end':
                case 'key': {
                    if (byte === 0x7d && frame.expect === 'key-or-end') {
                        this.close();
                        at++;
                        break;
                    }
                    if (byte !== 0x22)
                        this.fail('expected a key in quotes', at);
                    const end = stringEnd(buffer, at + 1);
                    if (end < 0)
                        return final ? this.fail('the document ends inside a key', at) : at;
                    this.path[this.path.length - 1] = JSON.parse(buffer.toString('utf8', at, end + 1));
                    frame.expect = 'colon';
                    at = end + 1;
                    break;
                }
                case 'colon':
                    if (byte !== 0x3a)
                        this.fail('expected ":"', at);
                    frame.expect = 'value';
                    at++;
                    break;
                case 'value-or-end':
                case 'value': {
                    if (byte === 0x5d && frame.expect === 'value-or-end') {
                        this.close();
                        at++;
                        break;
                    }
                    const next = this.startValue(buffer, at, final);
                    if (next < 0)
                        return at;
                    at = next;
                    break;
                }
                case 'comma-or-end':
                    if (byte === 0x2c) {
                        if (frame.kind === 'object')
                            frame.expect = 'key';
                        else {
                            this.path[this.path.length - 1] = this.path[this.path.length - 1] + 1;
                            frame.expect = 'value';
                        }
                        at++;
                    }
                    else if ((byte === 0x7d && frame.kind === 'object') || (byte === 0x5d && frame.kind === 'array')) {
                        this.close();
                        at++;
                    }
                    else
                        this.fail(`expected "," or "${frame.kind === 'object' ? '}' : ']'}"`, at);
                    break;
            }
        }
    }
    /** A value starts at `at`: entered, or skipped or captured (strings and containers, across reads), or read whole (numbers and literals). Returns -1 when incomplete. */
    startValue(buffer, at, final) {
        const byte = buffer[at];
        const decision = this.handler.select(this.path);
        if (byte === 0x7b || byte === 0x5b) {
            if (decision === 'enter') {
                const kind = byte === 0x7b ? 'object' : 'array';
                this.frames.push({ kind, expect: kind === 'object' ? 'key-or-end' : 'value-or-end' });
                this.path.push(kind === 'object' ? '' : 0);
                return at + 1;
            }
            this.skipping = { depth: 1, inString: false, escape: false, done: false, parts: decision === 'capture' ? [] : undefined, bytes: 0, start: this.consumed + at };
            this.skipping.parts?.push(Buffer.from(buffer.subarray(at, at + 1)));
            return at + 1;
        }
        if (byte === 0x22) {
            this.skipping = { depth: 0, inString: true, escape: false, done: false, parts: decision === 'skip' ? undefined : [], bytes: 0, start: this.consumed + at };
            this.skipping.parts?.push(Buffer.from(buffer.subarray(at, at + 1)));
            return at + 1;
        }
        let end = at;
        while (end < buffer.length && DELIMITER[buffer[end]] !== 1)
            end++;
        if (end === buffer.length && !final)
            return -1;
        let value;
        try {
            value = JSON.parse(buffer.toString('latin1', at, end));
        }
        catch {
            this.fail(`not a JSON value: ${buffer.toString('latin1', at, Math.min(end, at + 20))}`, at);
        }
        if (decision !== 'skip')
            this.handler.value(this.path, value, this.consumed + at);
        this.afterValue();
        return end;
    }
    /** Bytes of a skipped or captured value until it ends (strings and nesting tracked); returns where it stopped. */
    continueSkipping(buffer, from) {
        const state = this.skipping;
        let at = from;
        for (; at < buffer.length; at++) {
            const byte = buffer[at];
            if (state.inString) {
                if (state.escape)
                    state.escape = false;
                else if (byte === 0x5c)
                    state.escape = true;
                else if (byte === 0x22) {
                    state.inString = false;
                    if (state.depth === 0)
                        break;
                }
            }
            else if (byte === 0x22)
                state.inString = true;
            else if (byte === 0x7b || byte === 0x5b)
                state.depth++;
            else if (byte === 0x7d || byte === 0x5d) {
                if (--state.depth === 0)
                    break;
            }
        }
        if (at < buffer.length) {
            state.done = true;
            at++;
        }
        if (state.parts) {
            state.bytes += at - from;
            if (state.bytes > MAX_CAPTURE_BYTES)
                throw new JsonSyntaxError(`a value longer than ${MAX_CAPTURE_BYTES} bytes`, state.start);
            state.parts.push(Buffer.from(buffer.subarray(from, at)));
        }
        return at;
    }
    finishSkipping() {
        const state = this.skipping;
        this.skipping = undefined;
        if (state.parts) {
            let value;
            try {
                value = JSON.parse(Buffer.concat(state.parts).toString('utf8'));
            }
            catch (error) {
                throw new JsonSyntaxError(`invalid JSON: ${error.message}`, state.start);
            }
            this.handler.value(this.path, value, state.start);
        }
        this.afterValue();
    }
    close() {
        this.handler.leave?.(this.path.slice(0, -1));
        this.frames.pop();
        this.path.pop();
        this.afterValue();
    }
    afterValue() {
        const parent = this.frames[this.frames.length - 1];
        if (parent)
            parent.expect = 'comma-or-end';
        else
            this.rootDone = true;
    }
    fail(message, at) {
        throw new JsonSyntaxError(message, this.consumed + at);
    }
}
/** The closing quote of a string whose content starts at `from`; -1 when not in this buffer. */
function stringEnd(buffer, from) {
    for (let at = from; at < buffer.length; at++) {
        const byte = buffer[at];
        if (byte === 0x5c)
            at++;
        else if (byte === 0x22)
            return at;
    }
    return -1;
}


/***/ }),

/***/ 9136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ withRedactedStdout)
});

;// CONCATENATED MODULE: ./packages/core/src/redact/url-signatures.ts
/**
 * Query parameters that make a URL a credential: Azure SAS `sig`, S3 and GCS
 * presigned signatures and session tokens. Libraries log such URLs in debug
 * lines (`@actions/cache` logs its signed blob URLs); the URL stays readable,
 * its signature does not.
 */
const SIGNATURE_PARAMETER = /([?&](?:sig|signature|x-amz-signature|x-amz-security-token|x-amz-credential|x-goog-signature|x-goog-credential)=)[^&\s"'#<>]+/gi;
function maskUrlSignatures(text) {
    return text.includes('=') ? text.replace(SIGNATURE_PARAMETER, '$1***') : text;
}

;// CONCATENATED MODULE: ./packages/core/src/runner/library-output.ts

/**
 * Runs `body` with process.stdout passing through the redactor. Third-party
 * libraries (`@actions/cache`, through `@actions/core`) write workflow
 * commands straight to stdout, past the runner adapter that redacts gates'
 * own lines. Output is cut at line ends so a secret split across two writes
 * is still whole when it is matched; the rest is flushed when `body` ends.
 */
async function withRedactedStdout(redactor, body) {
    const original = process.stdout.write;
    const write = (text) => original.call(process.stdout, maskUrlSignatures(redactor.redact(text)));
    let pending = '';
    process.stdout.write = ((chunk, ...rest) => {
        pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        const end = pending.lastIndexOf('\n');
        if (end >= 0) {
            write(pending.slice(0, end + 1));
            pending = pending.slice(end + 1);
        }
        const callback = rest.find((argument) => typeof argument === 'function');
        callback?.();
        return true;
    });
    try {
        return await body();
    }
    finally {
        process.stdout.write = original;
        if (pending)
            write(pending);
    }
}


/***/ })

};
