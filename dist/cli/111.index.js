export const id = 111;
export const ids = [111];
export const modules = {

/***/ 64111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PERF_RULES: () => (/* binding */ PERF_RULES),
  perfSla: () => (/* binding */ perfSla)
});

<<<<<<< HEAD
// EXTERNAL MODULE: ./packages/core/src/index.ts + 73 modules
<<<<<<< HEAD
var src = __webpack_require__(5298);
=======
var src = __webpack_require__(7602);
>>>>>>> envguard
=======
// EXTERNAL MODULE: ./packages/core/src/index.ts + 77 modules
var src = __webpack_require__(86992);
>>>>>>> state
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./actions/perf-sla/src/junit/xml-attributes.ts
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

;// CONCATENATED MODULE: ./actions/perf-sla/src/junit/xml-scanner.ts

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
            const lt = buffer.indexOf(LT, at);
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
        let nextLt = lt;
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
                this.handler.open(name, decode ? slots : undefined, selfClosing, this.consumed + lt);
                if (selfClosing)
                    this.handler.close(name, this.consumed + lt);
                else
                    this.stack.push(name);
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
            const close = buffer.indexOf(quote, at + 1);
            if (close < 0)
                return -1;
            // One search per tag, not per attribute: the next "<" stays ahead until a value contains it (an error).
            if (nextLt <= at) {
                nextLt = buffer.indexOf(LT, at + 1);
                if (nextLt < 0)
                    nextLt = buffer.length;
            }
            if (nextLt < close)
                return this.fail(`"<" inside an attribute value of <${name}>`, nextLt);
            if (decode)
                slots.add(nameStart, nameEnd, at + 1, close);
            at = close + 1;
        }
    }
    endTag(buffer, lt) {
        const gt = buffer.indexOf(GT, lt + 2);
        if (gt < 0)
            return -1;
        let nameEnd = lt + 2;
        while (nameEnd < gt && isNameByte(buffer[nameEnd]))
            nameEnd++;
        const name = this.names.get(buffer, lt + 2, nameEnd);
        const open = this.stack.pop();
        if (open !== name)
            return this.fail(open ? `</${name}> closes <${open}>` : `</${name}> closes nothing`, lt);
        this.handler.close(name, this.consumed + lt);
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
            return this.skipTo(buffer, lt + 9, ']]>');
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
    fail(message, at) {
        throw new XmlSyntaxError(message, this.consumed + at);
    }
}
/** Byte classes as tables: one load per byte in the tag loops instead of a chain of comparisons. */
const SPACE = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09])
    SPACE[byte] = 1;
/** Name characters: ASCII letters, digits, `_ - . :` and any non-ASCII byte (UTF-8 names). */
const NAME = new Uint8Array(256);
for (let byte = 0; byte < 256; byte++) {
    NAME[byte] = (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x30 && byte <= 0x3a) || byte === 0x5f || byte === 0x2d || byte === 0x2e || byte >= 0x80 ? 1 : 0;
}
function isSpace(byte) {
    return SPACE[byte] === 1;
}
function isNameByte(byte) {
    return NAME[byte] === 1;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/junit/junit-reader.ts

/**
 * JUnit XML, every common dialect: `<testsuites>` or a bare `<testsuite>`
 * root, suites nested in suites, `<testcase>` with `<failure>`, `<error>`,
 * `<skipped>`, Surefire's `<flakyFailure>`/`<rerunFailure>`. Header counts
 * (`tests=`) are not trusted: several producers get them wrong. Push bytes in,
 * test cases come out through `onTestCase`. No I/O.
 */
class JUnitReader {
    onTestCase;
    unit;
    namesFor;
    scanner = new XmlScanner(this);
    suites = [];
    current;
    /** Depth inside the current testcase, so nested elements of the same name do not end it. */
    caseDepth = 0;
    totals = { suiteErrors: 0 };
    /**
     * `namesFor(seconds)`: whether a test of this duration needs its names
     * decoded (it could be among the slowest, or an SLA names tests). Decoding
     * two UTF-8 strings per test was a fifth of the time on a 1.8M-test report.
     */
    constructor(onTestCase, unit = 's', namesFor = () => true) {
        this.onTestCase = onTestCase;
        this.unit = unit;
        this.namesFor = namesFor;
    }
    push(chunk) {
        this.scanner.push(chunk);
    }
    end() {
        this.scanner.end();
    }
    wants(name) {
        return name === 'testcase' || name === 'testsuite';
    }
    open(name, attributes, _selfClosing) {
        if (this.current) {
            this.caseDepth++;
            if (this.caseDepth === 1)
                this.mark(name);
            return;
        }
        if (name === 'testsuite')
            this.suites.push(attributes?.get('name') ?? '');
        else if (name === 'testcase') {
            const time = attributes.number('time');
            const seconds = time === undefined ? undefined : this.unit === 'ms' ? time / 1000 : time;
            const named = this.namesFor(seconds);
            this.current = {
                suite: this.suites[this.suites.length - 1] ?? '',
                classname: named ? (attributes.get('classname') ?? '') : '',
                name: named ? (attributes.get('name') ?? '') : '',
                seconds,
                status: 'passed',
                flaky: false,
                file: named ? attributes.get('file') : undefined,
                line: named ? attributes.number('line') : undefined,
            };
            this.caseDepth = 0;
        }
        else if (name === 'error' && this.suites.length > 0)
            this.totals.suiteErrors++;
    }
    close(name) {
        if (this.current) {
            if (this.caseDepth > 0) {
                this.caseDepth--;
                return;
            }
            this.onTestCase(this.current);
            this.current = undefined;
            return;
        }
        if (name === 'testsuite')
            this.suites.pop();
    }
    /** A child of a testcase: failure beats error beats skipped; reruns that passed make it flaky, not failed. */
    mark(child) {
        const test = this.current;
        if (child === 'failure')
            test.status = 'failed';
        else if (child === 'error' && test.status !== 'failed')
            test.status = 'error';
        else if (child === 'skipped' && test.status === 'passed')
            test.status = 'skipped';
        else if (child === 'flakyFailure' || child === 'flakyError')
            test.flaky = true;
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./actions/perf-sla/src/junit/test2json-reader.ts

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
 * the suite. Subtests (`TestA/case_1`) are tests of their own. Bytes in, test
 * cases out, line by line. No I/O.
 */
class Test2JsonReader {
    onTestCase;
    carry = '';
    line = 0;
    /** Lines that were test2json events (objects with an Action): JSON of any other kind is not a Go test report. */
    events = 0;
    // A character split between two chunks is decoded whole.
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
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
        if (!event.Test || (event.Action !== 'pass' && event.Action !== 'fail' && event.Action !== 'skip'))
            return;
        const status = event.Action === 'pass' ? 'passed' : event.Action === 'fail' ? 'failed' : 'skipped';
        this.onTestCase({ suite: event.Package ?? '', classname: event.Package ?? '', name: event.Test, seconds: typeof event.Elapsed === 'number' ? event.Elapsed : undefined, status, flaky: false });
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/junit/trx-reader.ts
/**
 * .NET TRX (`dotnet test --logger trx`, Visual Studio): `<UnitTestResult>`
 * elements with `duration="hh:mm:ss.fffffff"` and an outcome; the class of
 * each test is in `<TestDefinitions>`, which usually comes after the results,
 * so results wait (a few numbers and names each) until the end. The
 * scanner's events in, test cases out. No I/O.
 */
class TrxHandler {
    onTestCase;
    results = [];
    classes = new Map();
    definition;
    constructor(onTestCase) {
        this.onTestCase = onTestCase;
    }
    wants(name) {
        return name === 'UnitTestResult' || name === 'UnitTest' || name === 'TestMethod';
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
        else if (name === 'UnitTest')
            this.definition = attributes.get('id');
        else if (name === 'TestMethod' && this.definition)
            this.classes.set(this.definition, attributes.get('className') ?? '');
    }
    close(name) {
        if (name === 'UnitTest')
            this.definition = undefined;
    }
    /** At the end of the document: every result, with its class when the definitions named one. */
    finish() {
        for (const result of this.results) {
            const className = this.classes.get(result.testId) ?? '';
            // testName is often already qualified with the class; do not repeat it.
            const name = className && result.testName.startsWith(`${className}.`) ? result.testName.slice(className.length + 1) : result.testName;
            this.onTestCase({ suite: className, classname: className, name, seconds: result.seconds, status: result.status, flaky: false });
        }
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

;// CONCATENATED MODULE: ./actions/perf-sla/src/junit/read-report.ts






const READ_BYTES = 1024 * 1024;
/**
 * Streams one report file in 1 MiB reads (memory: one read plus at most one
 * open tag or line) through the reader for its format: JUnit XML, .NET TRX
 * (root <TestRun>) or Go test2json (JSON lines). Malformed input becomes a
 * problem with its line and column; the test cases read before it were
 * already passed on.
 */
function readReport(path, unit, onTestCase, namesFor) {
    let cases = 0;
    const counted = (test) => {
        cases++;
        onTestCase(test);
    };
    // A regular file, no link followed, never a FIFO or device (one swapped in after discovery is refused, unread).
    const { fd } = (0,src/* openRegularFile */.ZUx)(path, { noFollow: true });
    let reader;
    try {
        const chunk = Buffer.allocUnsafe(READ_BYTES);
        for (let position = 0;;) {
            const read = (0,external_node_fs_.readSync)(fd, chunk, 0, READ_BYTES, position);
            if (read === 0)
                break;
            reader ??= readerFor(chunk.subarray(0, read), unit, counted, namesFor);
            position += read;
            // Readers keep only what they have not consumed, copied: the chunk can be reused.
            reader.push(chunk.subarray(0, read));
        }
        reader ??= readerFor(Buffer.alloc(0), unit, counted, namesFor);
        reader.end();
        return { format: reader.format, totals: reader.totals, cases };
    }
    catch (error) {
        const format = reader?.format ?? 'junit';
        const totals = reader?.totals ?? { suiteErrors: 0 };
        if (error instanceof XmlSyntaxError)
            return { format, totals, cases, problem: { message: error.message, ...lineColumnAt(fd, error.offset) } };
        if (error instanceof Test2JsonError)
            return { format, totals, cases, problem: { message: error.message, line: error.line, column: 1 } };
        throw error;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** JSON lines start with `{`; XML is JUnit unless its root element is TRX's <TestRun>. */
function readerFor(head, unit, onTestCase, namesFor) {
    const text = head.toString('utf8', 0, Math.min(head.length, 64)).replace(/^\ufeff/, '').trimStart();
    if (text.startsWith('{')) {
        const json = new Test2JsonReader(onTestCase);
        return { format: 'test2json', push: (chunk) => json.push(chunk), end: () => json.end(), totals: { suiteErrors: 0 } };
    }
    const junit = new JUnitReader(onTestCase, unit, namesFor);
    const trx = new TrxHandler(onTestCase);
    let chosen;
    const result = { format: 'junit', push: (chunk) => scanner.push(chunk), end: () => end(), totals: junit.totals };
    const pick = (root) => {
        chosen = root === 'TestRun' ? trx : junit;
        result.format = chosen === trx ? 'trx' : 'junit';
        return chosen;
    };
    const dispatch = {
        wants: (name) => (chosen ?? pick(name)).wants(name),
        open: (name, attributes, selfClosing, offset) => chosen.open(name, attributes, selfClosing, offset),
        close: (name, offset) => chosen.close(name, offset),
    };
    const scanner = new XmlScanner(dispatch);
    const end = () => {
        scanner.end();
        if (chosen === trx)
            trx.finish();
    };
    return result;
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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
function median(values) {
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
    const center = median(values);
    return median(values.map((value) => Math.abs(value - center))) * MAD_TO_SIGMA;
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
    const baseline = median(window);
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
    const high = (0,src/* largest */.nQO)(values, 0);
    if (values.length === 0)
        return '';
    return values.map((value) => bars[high <= 0 ? 0 : Math.min(7, Math.max(0, Math.ceil((value / high) * 8) - 1))]).join('');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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
            bytes = (0,src/* readRegularFileIfExists */.SBH)(this.path, { maxBytes: MAX_HISTORY_BYTES, noFollow: true });
        }
        catch (error) {
            if (error instanceof src/* UnreadableFile */.ieX)
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
        (0,src/* writeFileAtomically */.lot)(this.path, `${JSON.stringify(this.redactor.redactValue(history))}\n`, { root: this.root, mode: 0o644 });
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
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(88), __webpack_require__.e(756), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
        const { branch, defaultBranch, file } = this.location;
        const fallback = branch === defaultBranch ? [] : [this.prefix(defaultBranch)];
        // @actions/cache reports a failed restore as a warning and answers as for a miss.
        const hit = await (0,src/* withRedactedStdout */.cGy)(this.redactor, () => cache.restoreCache([file], this.prefix(branch), fallback));
        return hit ? this.local.load() : { version: 1, samples: [] };
    }
    async save(history) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(88), __webpack_require__.e(756), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
        await this.local.save(history);
        const key = `${this.prefix(this.location.branch)}${this.location.runId}`;
        await (0,src/* withRedactedStdout */.cGy)(this.redactor, () => cache.saveCache([this.location.file], key));
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
    const warnings = kind === 'state' && context.env.RUNNER_ENVIRONMENT === 'github-hosted'
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
        const file = (0,src/* statePath */.BQC)(context.env.RUNNER_TEMP || context.stateRoot, 'gates-perf-history', 'history.json');
        return new ActionsCacheHistory({ file, branch, defaultBranch: policy.defaultBranch, runId: run }, profile, context.redactor);
    }
    return new JsonFileHistory((0,src/* statePath */.BQC)(context.stateRoot, 'perf-history', `${branch}.json`), context.stateRoot, `state root file perf-history/${branch}.json`, context.redactor);
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/report/perf-summary.ts

/** Durations for people: 850 ms, 12.4 s, 3 min 05 s. */
function formatSeconds(seconds) {
    if (!Number.isFinite(seconds))
        return '–';
    if (seconds < 1)
        return `${Math.round(seconds * 1000)} ms`;
    if (seconds < 60)
        return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${String(Math.round(seconds - minutes * 60)).padStart(2, '0')} s`;
}
const SUITES_SHOWN = 20;
/** Totals, percentiles, the slowest tests with their SLA status, breaches. Every name is escaped: test names are untrusted text. Pure. */
function renderPerfSummary(input, md) {
    const { stats } = input;
    const overall = stats.percentiles();
    const lines = [
        '### Test durations',
        '',
        (0,src/* table */.tpe)(['tests', 'failed', 'errors', 'skipped', 'flaky', 'total time', 'p50', 'p90', 'p95', 'p99'], [[String(stats.tests), String(stats.failed), String(stats.errors), String(stats.skipped), String(stats.flaky), formatSeconds(stats.overall.sum), formatSeconds(overall.p50), formatSeconds(overall.p90), formatSeconds(overall.p95), formatSeconds(overall.p99)]]),
        '',
        `From ${input.reports} report file(s); ${stats.untimed} test(s) without a time are counted but not timed; skipped tests are not timed.`,
        '',
    ];
    const budgets = new Map(input.top10.map((entry) => [entry.name, entry.budget]));
    lines.push('**Slowest tests**', '', (0,src/* table */.tpe)(['#', 'test', 'suite', 'duration', 'SLA'], stats.top().slice(0, 10).map((test, index) => {
        const budget = budgets.get(test.name);
        const status = budget ? `${test.seconds > budget.seconds ? '❌ over' : '✅ within'} ${budget.label}` : '';
        return [String(index + 1), md.text(test.name), md.text(test.suite), formatSeconds(test.seconds), status];
    })), '');
    if (input.top10.length > 0) {
        lines.push('**Top-10 SLA list**', '', (0,src/* table */.tpe)(['test', 'budget', 'observed', 'status'], input.top10.map((entry) => [md.text(entry.name), entry.budget.label, entry.observed === undefined ? '–' : formatSeconds(entry.observed), entry.observed === undefined ? '⚠️ did not run (stale?)' : entry.observed > entry.budget.seconds ? '❌ over' : '✅ within'])), '');
    }
    if (input.breachCount > 0) {
        lines.push(`**SLA breaches (${input.breachCount})**`, '', (0,src/* table */.tpe)(['scope', 'name', 'metric', 'budget', 'observed', 'over by'], input.breaches.slice(0, 50).map((breach) => [breach.scope, breach.name ? md.text(breach.name) : '(whole run)', breach.metric, breach.budget.label, formatSeconds(breach.observed), `+${Math.round((breach.observed / breach.budget.seconds - 1) * 100)}%`])), '');
        if (input.breachCount > 50)
            lines.push(`…and ${input.breachCount - 50} more; the JSON report lists up to 1,000.`, '');
    }
    const suites = [...stats.bySuite].sort((a, b) => b[1].sum - a[1].sum).slice(0, SUITES_SHOWN);
    if (suites.length > 1) {
        lines.push('<details><summary>Suites by total time</summary>', '', (0,src/* table */.tpe)(['suite', 'tests', 'total', 'p50', 'p95', 'p99'], suites.map(([name, column]) => {
            const p = stats.percentiles(column);
            return [name ? md.code(name) : '(none)', String(column.length), formatSeconds(column.sum), formatSeconds(p.p50), formatSeconds(p.p95), formatSeconds(p.p99)];
        })), '', '</details>', '');
    }
    for (const name of input.stale)
        lines.push(`- Stale SLA entry: ${md.code(name)} matched no test in these reports.`);
    return lines.join('\n').trimEnd();
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
        lines.push((0,src/* table */.tpe)(['test', 'baseline (median)', 'this run', 'delta', 'noise (MAD)', 'confidence'], regressions.slice(0, 50).map((verdict) => [
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
        lines.push((0,src/* table */.tpe)(['test', 'trend (oldest → this run)'], trendRows.slice(0, 10).map((name) => [md.text(name), `\`${sparkline(comparison.trends.get(name))}\``])), '');
    }
    return lines.join('\n').trimEnd();
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/sla/sla-policy.ts


function slaPolicy(file) {
    const budget = (label) => (label === undefined ? undefined : { label, seconds: (0,src/* parseDuration */.E9z)(label) / 1000 });
    return {
        timeUnit: file?.['time-unit'] ?? 's',
        run: { total: budget(file?.run?.['max-total']), p95: budget(file?.run?.['max-p95']) },
        suites: (file?.suites ?? []).map((suite) => ({ name: suite.name, total: budget(suite['max-total']), p95: budget(suite['max-p95']) })),
        tests: (file?.tests ?? []).map((test, index) => ({ name: test.name, max: budget(test.max), pointer: `/tests/${index}/name` })),
        top10: (file?.['top-10'] ?? []).map((test, index) => ({ name: test.name, max: budget(test.max), pointer: `/top-10/${index}/name` })),
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

;// CONCATENATED MODULE: ./actions/perf-sla/src/junit/test-case.ts
/** `classname.name`, the key SLAs and history use ("name" alone when there is no class). */
function fullName(test) {
    return test.classname ? `${test.classname}.${test.name}` : test.name;
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/sla/sla-tracker.ts


/** Breaches listed one by one; the count beyond this is still reported. */
const MAX_LISTED = 1000;
const GLOB = /[*?[\]{}!]/;
/**
 * Matches each test case against the SLA as the reports stream by, and
 * judges suites and the run at the end. Entries that match no test are stale:
 * a renamed test must not make its budget pass silently. Pure.
 */
class SlaTracker {
    policy;
    breaches = [];
    breachCount = 0;
    exact = new Map();
    globs = [];
    matched = new Set();
    top10;
    top10ByName = new Map();
    constructor(policy) {
        this.policy = policy;
        policy.tests.forEach((test, index) => {
            if (GLOB.test(test.name))
                this.globs.push({ index, matches: (0,src/* globMatcher */.fUN)([test.name]) });
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
    observe(test) {
        if (test.seconds === undefined || test.status === 'skipped')
            return;
        if (this.exact.size === 0 && this.globs.length === 0 && this.top10ByName.size === 0)
            return;
        const name = fullName(test);
        const top = this.top10ByName.get(name);
        if (top)
            top.observed = Math.max(top.observed ?? 0, test.seconds);
        for (const index of this.exact.get(name) ?? [])
            this.check(index, test, name);
        for (const glob of this.globs)
            if (glob.matches(name))
                this.check(glob.index, test, name);
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
            const matches = (0,src/* globMatcher */.fUN)([suite.name]);
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
    check(index, test, name) {
        this.matched.add(index);
        const budget = this.policy.tests[index].max;
        if (test.seconds > budget.seconds)
            this.add({ scope: 'test', name, metric: 'max', budget, observed: test.seconds, file: test.file, line: test.line });
    }
    add(breach) {
        this.breachCount++;
        if (this.breaches.length < MAX_LISTED)
            this.breaches.push(breach);
    }
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

;// CONCATENATED MODULE: ./actions/perf-sla/src/stats/run-stats.ts


/**
 * Totals and duration distributions of a run, built one test case at a time:
 * memory is one number per timed test plus the N slowest, never the names of
 * all tests. Pure.
 */
class RunStats {
    keep;
    tests = 0;
    failed = 0;
    errors = 0;
    skipped = 0;
    flaky = 0;
    untimed = 0;
    overall = new DurationColumn();
    bySuite = new Map();
    slowest = [];
    lastSuite = '';
    lastColumn;
    constructor(keep = 10) {
        this.keep = keep;
    }
    add(test) {
        this.tests++;
        if (test.status === 'failed')
            this.failed++;
        else if (test.status === 'error')
            this.errors++;
        else if (test.status === 'skipped')
            this.skipped++;
        if (test.flaky)
            this.flaky++;
        // Skipped tests did not run: their time (usually 0) would drag percentiles down.
        if (test.seconds === undefined || test.status === 'skipped') {
            if (test.seconds === undefined)
                this.untimed++;
            return;
        }
        this.overall.push(test.seconds);
        // A suite's tests arrive together: remember the last suite's column rather than look it up per test.
        if (test.suite !== this.lastSuite || !this.lastColumn) {
            this.lastSuite = test.suite;
            this.lastColumn = this.bySuite.get(test.suite);
            if (!this.lastColumn)
                this.bySuite.set(test.suite, (this.lastColumn = new DurationColumn()));
        }
        this.lastColumn.push(test.seconds);
        this.considerSlowest(test);
    }
    percentiles(column = this.overall) {
        return column.percentiles();
    }
    /** Whether a test this long could still enter the slowest list (so its names are worth decoding). */
    couldBeSlowest(seconds) {
        return seconds !== undefined && (this.slowest.length < this.keep || seconds > this.slowest[this.slowest.length - 1].seconds);
    }
    /** The slowest tests kept (as many as the constructor asked for), slowest first. */
    top() {
        return [...this.slowest].sort((a, b) => b.seconds - a.seconds || (a.name < b.name ? -1 : 1));
    }
    considerSlowest(test) {
        const seconds = test.seconds;
        if (this.slowest.length === this.keep && seconds <= this.slowest[this.slowest.length - 1].seconds)
            return;
        const entry = { name: fullName(test), suite: test.suite, seconds, file: test.file, line: test.line };
        // Kept sorted, slowest first; N is small.
        let at = this.slowest.findIndex((other) => other.seconds < seconds);
        if (at < 0)
            at = this.slowest.length;
        this.slowest.splice(at, 0, entry);
        if (this.slowest.length > this.keep)
            this.slowest.pop();
    }
}

;// CONCATENATED MODULE: ./actions/perf-sla/src/definition.ts








const PERF_RULES = [
    { id: 'sla-breach', description: 'A test, suite or the whole run took longer than its budget in the SLA file', severity: 'error', docs: (0,src/* ruleDocsUrl */.hSJ)('perf-sla', 'sla-breach') },
    { id: 'invalid-report', description: 'A test report could not be read to the end (malformed or truncated XML); its results are not a pass', severity: 'error', docs: (0,src/* ruleDocsUrl */.hSJ)('perf-sla', 'invalid-report') },
    { id: 'regression', description: 'A test is slower than its median over comparable earlier runs, beyond the noise budget (and significant, once there are enough runs)', severity: 'error', docs: (0,src/* ruleDocsUrl */.hSJ)('perf-sla', 'regression') },
    { id: 'suspected-regression', description: 'A test is slower than its noise budget in this run but the shift is not yet significant over the recent runs (a spike, so far)', severity: 'warning', docs: (0,src/* ruleDocsUrl */.hSJ)('perf-sla', 'suspected-regression') },
    { id: 'history-unreadable', description: 'The history file could not be read; the run was not compared and the file was left as it is', severity: 'warning', docs: (0,src/* ruleDocsUrl */.hSJ)('perf-sla', 'history-unreadable') },
    { id: 'stale-sla', description: 'An SLA entry names a test that is in none of the reports (renamed or removed?)', severity: 'warning', docs: (0,src/* ruleDocsUrl */.hSJ)('perf-sla', 'stale-sla') },
    (0,src/* nothingToCheckRule */.JZf)('perf-sla'),
];
const perfSla = {
    name: 'perf-sla',
    // Used only to publish the verdict (publish: status or check).
    secretInputs: ['token'],
    description: 'Test-report durations: percentiles, slowest tests and SLA thresholds.',
    rules: PERF_RULES,
    async run({ inputs, workspace, stateRoot, redactor, env, runner }) {
        // No SLA file is fine: percentiles and the slowest tests still report, nothing is judged against budgets.
        const loaded = await (0,src/* loadConfigInput */.jlE)(inputs, workspace, { input: 'sla', kind: src/* CONFIG_KINDS */.j0D.perf });
        const policy = slaPolicy(loaded?.value);
        const unit = inputs.string('time-unit') ? inputs.enumeration('time-unit', ['s', 'ms'], 's') : policy.timeUnit;
        inputs.required('reports');
        const discovery = (0,src/* discoverFiles */.ZOH)(inputs.list('reports'), workspace);
        const stats = new RunStats(Math.max(10, policy.history.track));
        const sla = new SlaTracker(policy);
        const findings = [];
        for (const report of discovery.files) {
            const outcome = readReport(report.path, unit, (test) => {
                stats.add(test);
                sla.observe(test);
            }, (seconds) => sla.namesTests || stats.couldBeSlowest(seconds));
            if (outcome.problem) {
                findings.push({
                    ruleId: 'invalid-report',
                    severity: 'error',
                    file: report.display,
                    line: outcome.problem.line,
                    column: outcome.problem.column,
                    message: `${outcome.problem.message} (after ${outcome.cases} test case(s); the partial results are shown but do not pass)`,
                });
            }
        }
        const { top10, stale } = sla.finish(stats);
        for (const breach of sla.breaches)
            findings.push(breachFinding(breach));
        for (const entry of stale) {
            findings.push({ ruleId: 'stale-sla', severity: 'warning', file: loaded?.file, line: loaded?.positions.value.get(entry.pointer)?.line, message: `SLA entry ${entry.name} matched no test in the reports` });
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
        const metrics = {
            tests: stats.tests,
            failed: stats.failed,
            errors: stats.errors,
            skipped: stats.skipped,
            flaky: stats.flaky,
            totalSeconds: stats.overall.sum,
            percentiles: overall,
            slowest: stats.top(),
            breaches: sla.breachCount,
            breachList: sla.breaches,
            regressions: history.comparison?.verdicts.filter((verdict) => verdict.kind !== 'insufficient-history') ?? [],
            hardware: history.profile,
        };
        const metricsFile = await (0,src/* writeReportFile */.aSL)((0,src/* statePath */.BQC)(stateRoot, 'reports', 'perf-sla'), 'metrics.json', metrics, redactor);
        const seconds = (value) => (Number.isFinite(value) ? String(Number(value.toFixed(6))) : '');
        const md = (0,src/* markdownText */.p7L)(redactor);
        return {
            findings,
            nothingToCheck: discovery.files.length === 0 ? `no report matched ${inputs.list('reports').join(', ')}` : undefined,
            outputs: { p50: seconds(overall.p50), p95: seconds(overall.p95), p99: seconds(overall.p99), breaches: String(sla.breachCount), regressions: String(regressions), 'metrics-file': metricsFile },
            summaryAppendix: [
                renderPerfSummary({ stats, reports: discovery.files.length, breaches: sla.breaches, breachCount: sla.breachCount, top10, stale: stale.map((entry) => entry.name) }, md),
                renderHistorySection(history.comparison, history.description, history.profile, stats.top().slice(0, 10).map((test) => test.name), policy.history.options.minSamples, md),
            ].join('\n\n'),
            ledgerEvent: { tests: stats.tests, breaches: sla.breachCount, regressions },
        };
    },
};
function breachFinding(breach) {
    const what = breach.scope === 'run' ? 'the whole run' : `${breach.scope} ${breach.name}`;
    return {
        ruleId: 'sla-breach',
        severity: 'error',
        file: breach.file,
        line: breach.line,
        message: `${what}: ${breach.metric} ${breach.observed.toFixed(3)} s is over its budget of ${breach.budget.label}`,
    };
}


/***/ })

};
