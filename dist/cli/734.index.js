export const id = 734;
export const ids = [734];
export const modules = {

/***/ 51725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* harmony import */ var _decimal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79027);

/**
 * A document as a committed file shows it: keys sorted, two-space indent, one
 * final newline, so a rewrite's pull request diff shows only what changed
 * (drift-check's baselines, hydration-check's fixtures). The text
 * JSON.stringify(sorted, null, 2) gives, except that a JsonNumber is written
 * as its source text (JSON.stringify would have to round it to a double,
 * and Node 20 has no JSON.rawJSON). An explicit stack, not recursion: a
 * document nested deeper than the call stack is written too.
 */
function canonicalJson(document) {
    const parts = [];
    const stack = [];
    const open = (value, indent) => {
        if (!isContainer(value)) {
            parts.push(scalarText(value));
            return;
        }
        const keys = Array.isArray(value) ? undefined : outputOrder(value);
        const length = keys ? keys.length : value.length;
        const [start, end] = keys ? ['{', '}'] : ['[', ']'];
        if (length === 0)
            parts.push(start + end);
        else {
            parts.push(start);
            stack.push({ container: value, keys, next: 0, indent });
        }
    };
    open(document, '');
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        const { container, keys, indent } = frame;
        const length = keys ? keys.length : container.length;
        if (frame.next === length) {
            stack.pop();
            parts.push(`\n${indent}${keys ? '}' : ']'}`);
            continue;
        }
        const inner = `${indent}  `;
        parts.push(frame.next === 0 ? `\n${inner}` : `,\n${inner}`);
        let child;
        if (keys) {
            const key = keys[frame.next];
            parts.push(`${JSON.stringify(key)}: `);
            child = container[key];
        }
        else
            child = container[frame.next];
        frame.next++;
        open(child, inner);
    }
    parts.push('\n');
    return parts.join('');
}
function isContainer(value) {
    return typeof value === 'object' && value !== null && !(value instanceof _decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP);
}
/**
 * Sorted, as an object built in sorted order enumerates: JavaScript lists
 * integer-like keys ("2", "10") first, in numeric order, whatever the
 * insertion order, and JSON.stringify followed that. Object.keys already
 * gives them first and in that order, so only the rest is sorted.
 */
function outputOrder(object) {
    const keys = Object.keys(object);
    let firstNamed = 0;
    while (firstNamed < keys.length && isArrayIndex(keys[firstNamed]))
        firstNamed++;
    return firstNamed === 0 ? keys.sort() : [...keys.slice(0, firstNamed), ...keys.slice(firstNamed).sort()];
}
function isArrayIndex(key) {
    return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}
function scalarText(value) {
    if (value instanceof _decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP)
        return value.text;
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : 'null';
    return JSON.stringify(value);
}


/***/ }),

/***/ 79027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SR: () => (/* binding */ sameNumber),
/* harmony export */   WP: () => (/* binding */ JsonNumber),
/* harmony export */   rf: () => (/* binding */ exactNumber)
/* harmony export */ });
/* unused harmony export canonicalDecimal */
/**
 * Numbers compared by their exact decimal value, not as JavaScript doubles:
 * two 64-bit ids that differ only past 2^53 (9007199254740993 and
 * 9007199254740992) are one double, and a drift detector must not call
 * them one value.
 */
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
/**
 * The canonical form of a decimal number's value: sign, significant digits
 * (no leading or trailing zeros) and a power of ten, e.g. `-15e-1` for
 * `-1.50`. Two texts have the same form exactly when they denote the same
 * value: `1`, `1.0`, `1e0` and `10e-1` are `1e0`; zero, with or without a
 * sign, is `0`. The exponent is a BigInt sum, so `1e999999999999999999`
 * keeps its exponent exactly.
 */
function canonicalDecimal(text) {
    const match = DECIMAL.exec(text);
    if (!match)
        throw new TypeError(`not a decimal number: ${text.slice(0, 40)}`);
    const [, sign, whole, fraction = '', exponent = '0'] = match;
    const digits = whole + fraction;
    let start = 0;
    while (start < digits.length && digits.charCodeAt(start) === 0x30)
        start++;
    let end = digits.length;
    while (end > start && digits.charCodeAt(end - 1) === 0x30)
        end--;
    if (start === end)
        return '0';
    const scale = BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - end);
    return `${sign}${digits.slice(start, end)}e${scale}`;
}
/**
 * A number a double cannot hold exactly as written (past 2^53, more digits
 * than a double keeps, beyond its range), kept as its source text: compared
 * by `canonical`, written back as `text`.
 */
class JsonNumber {
    text;
    key;
    constructor(text) {
        this.text = text;
    }
    /** The text, where a string is wanted (yaml turns a number key into one). */
    toString() {
        return this.text;
    }
    /** canonicalDecimal(text), computed once. */
    get canonical() {
        this.key ??= canonicalDecimal(this.text);
        return this.key;
    }
}
/**
 * A number's source text as a value: a plain number when the double's
 * shortest form denotes the same value as the text (`1.0`, `1e3`, `0.1`,
 * `-0`: nothing is lost, and the baseline writes it as JSON.stringify
 * would), a JsonNumber otherwise (`9007199254740993`, `1e400`,
 * `0.10000000000000000001`). `digitCount` (digits before and after the
 * point) and `integer` (no point, no exponent) come from the reader, which
 * counted them anyway: they skip the costly checks for most numbers.
 */
function exactNumber(text, digitCount = Infinity, integer = false) {
    const value = Number(text);
    // Up to 15 significant digits, in the normal range, a decimal and its double's shortest form are the same value (DBL_DIG).
    const magnitude = Math.abs(value);
    if (digitCount <= 15 && magnitude >= MIN_NORMAL && magnitude !== Infinity)
        return value;
    if (Number.isFinite(value)) {
        const shortest = String(value);
        if (shortest === text)
            return value;
        // An integer's text differs from its shortest form only when the double lost digits (or reads 1e+21): keep the text.
        if (!integer && canonicalDecimal(shortest) === canonicalDecimal(text))
            return value;
    }
    return new JsonNumber(text);
}
const MIN_NORMAL = 2.2250738585072014e-308;
/**
 * Whether two numbers have the same value. Plain numbers compare as doubles
 * (each stands for its shortest form, so equal doubles are equal values);
 * with a JsonNumber on either side, by canonical decimal form.
 */
function sameNumber(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a === b || (Number.isNaN(a) && Number.isNaN(b));
    return numberKey(a) === numberKey(b);
}
function numberKey(value) {
    if (typeof value !== 'number')
        return value.canonical;
    // A YAML .inf or .nan has no decimal form; it equals only itself.
    return Number.isFinite(value) ? canonicalDecimal(String(value)) : String(value);
}


/***/ }),

/***/ 7496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ parseDocument)
});

// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
// EXTERNAL MODULE: ./packages/core/src/documents/decimal.ts
var decimal = __webpack_require__(79027);
;// CONCATENATED MODULE: ./packages/core/src/documents/json-reader.ts

class JsonReadError extends Error {
    kind;
    offset;
    key;
    constructor(kind, message, 
    /** UTF-16 offset in the text: of the offending character, or of the second occurrence of the key. */
    offset, key) {
        super(message);
        this.kind = kind;
        this.offset = offset;
        this.key = key;
    }
}
/**
 * A JSON reader (RFC 8259) that JSON.parse cannot replace on Node 20, which
 * has no access to a number's source text: numbers keep their exact value
 * (`exact` mode), a key twice in one object is an error (JSON.parse keeps the
 * last one silently), `__proto__` is a key like any other. An explicit
 * stack, not recursion, so nesting depth is bounded by memory only, as with
 * JSON.parse. A leading byte order mark is skipped.
 */
function readJson(text, numbers = 'plain') {
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const stack = [];
    const fail = (message, at = pos) => {
        throw new JsonReadError('syntax', at >= text.length ? `${message}: the text ends` : `${message}, found ${JSON.stringify(text[at])}`, at);
    };
    const skipSpace = () => {
        for (let c = text.charCodeAt(pos); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++pos))
            ;
    };
    const readString = () => {
        const start = ++pos;
        for (;;) {
            const c = text.charCodeAt(pos);
            if (c === 0x22)
                return text.slice(start, pos++);
            if (c === 0x5c)
                return readEscapedString(start - 1);
            if (c < 0x20 || Number.isNaN(c))
                fail('the closing quote of a string was expected (control characters must be escaped)');
            pos++;
        }
    };
    // Strings with escapes are rare: find the closing quote, then let JSON.parse decode (and check) the escapes.
    const readEscapedString = (quote) => {
        for (;;) {
            const c = text.charCodeAt(pos);
            if (c === 0x22)
                break;
            if (c < 0x20 || Number.isNaN(c))
                fail('a string was not closed');
            pos += c === 0x5c ? 2 : 1;
        }
        try {
            return JSON.parse(text.slice(quote, ++pos));
        }
        catch {
            return fail('a valid escape sequence was expected', text.indexOf('\\', quote));
        }
    };
    const digits = () => {
        const start = pos;
        for (let c = text.charCodeAt(pos); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++pos))
            ;
        return pos - start;
    };
    const readNumber = () => {
        const start = pos;
        const negative = text.charCodeAt(pos) === 0x2d;
        if (negative)
            pos++;
        const first = text.charCodeAt(pos);
        // The integer part's value, read as it is scanned: exact up to 15 digits, so most integers need no slice.
        let whole = 0;
        if (first === 0x30)
            pos++;
        else if (first >= 0x31 && first <= 0x39) {
            for (let c = first; c >= 0x30 && c <= 0x39; c = text.charCodeAt(++pos))
                whole = whole * 10 + (c - 0x30);
        }
        else
            fail('a digit was expected');
        let count = pos - start - (negative ? 1 : 0);
        let integer = true;
        if (text.charCodeAt(pos) === 0x2e) {
            pos++;
            const fraction = digits();
            if (fraction === 0)
                fail('a digit was expected after the decimal point');
            count += fraction;
            integer = false;
        }
        const e = text.charCodeAt(pos);
        if (e === 0x65 || e === 0x45) {
            pos++;
            const sign = text.charCodeAt(pos);
            if (sign === 0x2b || sign === 0x2d)
                pos++;
            if (digits() === 0)
                fail('a digit was expected in the exponent');
            integer = false;
        }
        // Up to 15 digits and no fraction or exponent: every such integer is a double exactly (-0 included).
        if (integer && count <= 15)
            return negative ? -whole : whole;
        const source = text.slice(start, pos);
        return numbers === 'plain' ? Number(source) : (0,decimal/* exactNumber */.rf)(source, count, integer);
    };
    const readLiteral = (c) => {
        const [word, literal] = c === 0x74 ? ['true', true] : c === 0x66 ? ['false', false] : ['null', null];
        if (!text.startsWith(word, pos))
            fail('a value was expected');
        pos += word.length;
        return literal;
    };
    const readKey = (object) => {
        skipSpace();
        if (text.charCodeAt(pos) !== 0x22)
            fail('a key (a string) was expected');
        const at = pos;
        const key = readString();
        if (Object.hasOwn(object, key))
            throw new JsonReadError('duplicate-key', `the key ${JSON.stringify(key.slice(0, 80))} appears twice in one object`, at, key);
        skipSpace();
        if (text.charCodeAt(pos) !== 0x3a)
            fail('a colon after the key was expected');
        pos++;
        return key;
    };
    let value;
    for (;;) {
        // Read one value; an opened container that is not empty goes on the stack and its first member is read next.
        skipSpace();
        const c = text.charCodeAt(pos);
        if (c === 0x7b) {
            const object = {};
            pos++;
            skipSpace();
            if (text.charCodeAt(pos) !== 0x7d) {
                stack.push({ container: object, key: readKey(object) });
                continue;
            }
            pos++;
            value = object;
        }
        else if (c === 0x5b) {
            const array = [];
            pos++;
            skipSpace();
            if (text.charCodeAt(pos) !== 0x5d) {
                stack.push({ container: array, key: undefined });
                continue;
            }
            pos++;
            value = array;
        }
        else if (c === 0x22)
            value = readString();
        else if (c === 0x2d || (c >= 0x30 && c <= 0x39))
            value = readNumber();
        else
            value = readLiteral(c);
        // Hand the value to its container; close every container that ends here.
        let next = false;
        while (!next) {
            const frame = stack[stack.length - 1];
            if (!frame) {
                skipSpace();
                if (pos < text.length)
                    fail('the end of the document was expected');
                return value;
            }
            const { container } = frame;
            if (Array.isArray(container))
                container.push(value);
            else if (frame.key === '__proto__')
                Object.defineProperty(container, '__proto__', { value, enumerable: true, writable: true, configurable: true });
            else
                container[frame.key] = value;
            skipSpace();
            const d = text.charCodeAt(pos++);
            if (d === 0x2c) {
                if (!Array.isArray(container))
                    frame.key = readKey(container);
                next = true;
            }
            else if (d === (Array.isArray(container) ? 0x5d : 0x7d)) {
                stack.pop();
                value = container;
            }
            else
                fail(Array.isArray(container) ? 'a comma or ] was expected' : 'a comma or } was expected', pos - 1);
        }
    }
}
/** 1-based line and column (UTF-16 units) of an offset, for messages. */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
        line++;
        lineStart = at + 1;
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./packages/core/src/documents/yaml-keys.ts

/**
 * yaml's `uniqueKeys` test for the documents the suite compares: two keys of
 * one mapping are the same key when loading would make them one property.
 * yaml's own test (`a.value === b.value`) misses two cases that lose a
 * value silently: two JsonNumber keys of one value (`9007199254740993:`
 * twice are two objects, never `===`), and keys of different types that
 * become the same property name (`1:` and `"1":`, `true:` and `"true":`).
 * Numbers are the same key when they are the same number (`1.0:` and `1:`),
 * as yaml says for doubles.
 *
 * Built from the `isScalar` of the yaml module its caller loaded: a static import of
 * yaml here put the whole package into every bundle's start-up (this file is reached from the core's index),
 * parsed and run before any action's first line though most runs never read a YAML document with it.
 */
function sameYamlKeyWith(isScalar) {
    return (a, b) => sameYamlKey(a, b, isScalar);
}
function sameYamlKey(a, b, isScalar) {
    if (a === b)
        return true;
    if (!isScalar(a) || !isScalar(b))
        return false;
    const left = a.value;
    const right = b.value;
    if (left === right)
        return true;
    if (isNumber(left) && isNumber(right))
        return (0,decimal/* sameNumber */.SR)(left, right);
    return isKeyScalar(left) && isKeyScalar(right) && String(left) === String(right);
}
const isNumber = (value) => typeof value === 'number' || value instanceof decimal/* JsonNumber */.WP;
/** Values whose property name is String(value) when loaded (a JsonNumber's is its text). */
const isKeyScalar = (value) => value === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof value) || value instanceof decimal/* JsonNumber */.WP;

;// CONCATENATED MODULE: ./packages/core/src/documents/yaml-numbers.ts

const INT = 'tag:yaml.org,2002:int';
const FLOAT = 'tag:yaml.org,2002:float';
/**
 * yaml's tags with its decimal integers and floats resolved from their
 * source text, so a YAML number keeps its exact value as a JSON one does
 * (a JsonNumber where a double would change it). For yaml's `customTags`;
 * the other number forms (0x10, 0o17, .inf) keep yaml's own reading. The
 * decimal tags are told apart by what they accept, not by position.
 */
function exactYamlNumbers(tags) {
    return tags.map((tag) => {
        if (typeof tag === 'string' || (tag.tag !== INT && tag.tag !== FLOAT) || !isDecimalTag(tag))
            return tag;
        const scalar = tag;
        // Text the JSON grammar cannot take (a YAML 1.1 `1_000`) is left to yaml.
        const resolve = (text, onError, options) => exactYamlNumber(text) ?? scalar.resolve(text, onError, options);
        return { ...scalar, resolve };
    });
}
function isDecimalTag(tag) {
    return tag.test !== undefined && ['12', '1.5', '1e3'].some((sample) => tag.test.test(sample));
}
const YAML_DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;
/** A YAML decimal (`+1.5e3`, `.5`, `5.`, `007`) in JSON's spelling, then as exactNumber reads it; undefined for anything else. */
function exactYamlNumber(text) {
    const match = YAML_DECIMAL.exec(text);
    if (!match || (match[2] === '' && !match[3]))
        return undefined;
    const [, sign, whole, fraction, exponent] = match;
    const json = `${sign === '-' ? '-' : ''}${whole.replace(/^0+(?=\d)/, '') || '0'}${fraction ? `.${fraction}` : ''}${exponent === undefined ? '' : `e${exponent}`}`;
    return (0,decimal/* exactNumber */.rf)(json);
}

;// CONCATENATED MODULE: ./packages/core/src/documents/parse-document.ts




async function parseDocument(source, options = {}) {
    const numbers = options.numbers ?? 'plain';
    const text = source.bytes.toString('utf8');
    if (text.trim() === '')
        throw new gates_error/* GatesError */.xx('GATES_E_DOCUMENT_INVALID', { source: source.label, reason: 'it is empty' });
    let jsonProblem;
    try {
        return readJson(text, numbers);
    }
    catch (error) {
        if (!(error instanceof JsonReadError))
            throw error;
        const { line, column } = lineColumn(text, error.offset);
        if (error.kind === 'duplicate-key')
            throw duplicateKey(source, `the key ${JSON.stringify(error.key.slice(0, 80))}`, line, column);
        jsonProblem = `${error.message} at line ${line}, column ${column}`;
    }
    const { parseDocument: parseYaml, isScalar } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    // logLevel error: yaml would print a warning for a JsonNumber used as a key (it is stringified, as any number key is).
    const document = parseYaml(text, { uniqueKeys: sameYamlKeyWith(isScalar), merge: false, logLevel: 'error', ...(numbers === 'exact' ? { customTags: exactYamlNumbers } : {}) });
    const [first] = document.errors;
    if (first?.code === 'DUPLICATE_KEY' && first.linePos)
        throw duplicateKey(source, 'a key', first.linePos[0].line, first.linePos[0].col);
    if (first)
        throw invalid(source, `it is neither JSON (${jsonProblem}) nor YAML (${first.message.split('\n')[0]})`);
    try {
        return document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    }
    catch (error) {
        // yaml refuses an alias bomb while expanding it: a hostile document, not a bug in the action.
        throw invalid(source, `its YAML aliases expand to more than ${MAX_ALIAS_EXPANSIONS} nodes (${error.message})`);
    }
}
/** Alias expansions allowed while loading YAML: far above any real document's, far below a billion laughs. */
const MAX_ALIAS_EXPANSIONS = 100;
function duplicateKey(source, key, line, column) {
    return new gates_error/* GatesError */.xx('GATES_E_DOCUMENT_DUPLICATE_KEY', { source: source.label, key, line, column }, source.file ? { location: { file: source.file, line, column } } : {});
}
function invalid(source, reason) {
    return new gates_error/* GatesError */.xx('GATES_E_DOCUMENT_INVALID', { source: source.label, reason });
}


/***/ }),

/***/ 28461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readDocumentFile),
/* harmony export */   V: () => (/* binding */ documentTooLarge)
/* harmony export */ });
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15170);
/* harmony import */ var _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6220);


/** Reads a file up to `maxBytes`; a larger one is refused (GATES_E_DOCUMENT_TOO_LARGE) before it is read whole. */
function readDocumentFile(path, shown, maxBytes) {
    const label = `file ${shown}`;
    try {
        return { label, bytes: (0,_safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegularFile */ .XF)(path, { maxBytes }), file: shown };
    }
    catch (error) {
        if (error instanceof _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UnreadableFile */ .ie && error.kind === 'too-large')
            throw documentTooLarge(label, maxBytes);
        throw error;
    }
}
function documentTooLarge(source, maxBytes) {
    return new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_1__/* .GatesError */ .xx('GATES_E_DOCUMENT_TOO_LARGE', { source, limit: `${maxBytes} bytes` });
}


/***/ }),

/***/ 46277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ pointerSegment),
/* harmony export */   j: () => (/* binding */ structuralDiff)
/* harmony export */ });
/* harmony import */ var _decimal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79027);

/** RFC 6901: `~` is `~0`, `/` is `~1`. */
function pointerSegment(key) {
    return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof _decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP);
/**
 * The structural difference of two documents, leaf by leaf: objects by key
 * (order does not matter), arrays by index, scalars by value (so 1.0 and 1
 * are one number, and 9007199254740993 and 9007199254740992 two). Ignored pointers take their whole subtree with them. An
 * explicit stack, not recursion: a deep document cannot overflow it. Memory
 * is the two documents plus the stack and the first `keep` changes.
 */
function structuralDiff(baseline, current, ignore, keep = 1000) {
    const counts = { added: 0, removed: 0, changed: 0 };
    const changes = [];
    let total = 0;
    const record = (path, kind, leaves) => {
        counts[kind] += leaves;
        total += leaves;
        if (changes.length < keep)
            changes.push({ path, kind });
    };
    const stack = [{ path: '', before: baseline, after: current }];
    for (let item = stack.pop(); item; item = stack.pop()) {
        const { path, before, after } = item;
        if (ignore.has(path))
            continue;
        if (before === undefined) {
            record(path, 'added', leafCount(after, path, ignore));
            continue;
        }
        if (after === undefined) {
            record(path, 'removed', leafCount(before, path, ignore));
            continue;
        }
        const bothArrays = Array.isArray(before) && Array.isArray(after);
        if (bothArrays || (isObject(before) && isObject(after))) {
            const keys = bothArrays ? indices(Math.max(before.length, after.length)) : unionKeys(before, after);
            // Pushed in reverse so changes come out in document order.
            for (let index = keys.length - 1; index >= 0; index--) {
                const key = keys[index];
                stack.push({ path: `${path}/${pointerSegment(key)}`, before: childOf(before, key), after: childOf(after, key) });
            }
            if (keys.length === 0)
                total += 1;
            continue;
        }
        if (isContainer(before) || isContainer(after) || !sameScalar(before, after))
            record(path, 'changed', 1);
        else
            total += 1;
    }
    const changed = counts.added + counts.removed + counts.changed;
    return { changes, counts, total, score: total === 0 ? 0 : changed / total };
}
/** Numbers by exact value (-0 and 0 are one number), anything else by identity. */
function sameScalar(a, b) {
    const numberA = typeof a === 'number' || a instanceof _decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP;
    const numberB = typeof b === 'number' || b instanceof _decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP;
    if (numberA && numberB)
        return (0,_decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .sameNumber */ .SR)(a, b);
    return Object.is(a, b);
}
function isContainer(value) {
    return typeof value === 'object' && value !== null && !(value instanceof _decimal_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP);
}
function childOf(container, key) {
    if (Array.isArray(container))
        return container[key];
    return Object.hasOwn(container, key) ? container[key] : undefined;
}
function indices(length) {
    const result = [];
    for (let index = 0; index < length; index++)
        result.push(index);
    return result;
}
function unionKeys(a, b) {
    const keys = new Set(Object.keys(a));
    for (const key of Object.keys(b))
        keys.add(key);
    return [...keys].sort();
}
/** Leaves under a value, ignored subtrees excepted (an empty object or array is one leaf). */
function leafCount(value, path, ignore) {
    let count = 0;
    const stack = [{ path, value }];
    for (let item = stack.pop(); item; item = stack.pop()) {
        if (ignore.has(item.path))
            continue;
        if (!isContainer(item.value)) {
            count += 1;
            continue;
        }
        const entries = Array.isArray(item.value) ? item.value.map((child, index) => [index, child]) : Object.entries(item.value);
        if (entries.length === 0)
            count += 1;
        for (const [key, child] of entries)
            stack.push({ path: `${item.path}/${pointerSegment(key)}`, value: child });
    }
    return count;
}


/***/ })

};
