export const id = 902;
export const ids = [902,434];
export const modules = {

/***/ 13434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mE: () => (/* binding */ escapePointerSegment),
  parseConfigText: () => (/* binding */ parseConfigText)
});

// UNUSED EXPORTS: MAX_ALIAS_EXPANSIONS, formatOf

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./packages/core/src/errors/gates-error.ts
var gates_error = __webpack_require__(15170);
;// CONCATENATED MODULE: ./packages/core/src/config/json-error-offset.ts
/**
 * Finds where JSON text stops being valid JSON, as a character offset. Node's
 * JSON.parse messages give no position for many errors (a missing value, a
 * trailing comma), and a config error must name its line. Grammar only, no values.
 */
function jsonErrorOffset(text) {
    let index = 0;
    const fail = () => {
        throw index;
    };
    const space = () => {
        while (index < text.length && ' \t\n\r'.includes(text[index]))
            index++;
    };
    const expect = (char) => (text[index] === char ? index++ : fail());
    const string = () => {
        expect('"');
        while (index < text.length && text[index] !== '"') {
            if (text.charCodeAt(index) < 0x20)
                fail();
            index += text[index] === '\\' ? 2 : 1;
        }
        expect('"');
    };
    const value = () => {
        space();
        const char = text[index];
        if (char === '{')
            return container('}', () => (string(), space(), expect(':'), value()));
        if (char === '[')
            return container(']', value);
        if (char === '"')
            return string();
        const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(index, index + 400));
        if (!literal)
            fail();
        index += literal[0].length;
    };
    const container = (close, member) => {
        index++;
        space();
        if (text[index] === close)
            return void index++;
        for (;;) {
            space();
            member();
            space();
            if (text[index] === ',')
                index++;
            else
                return void expect(close);
        }
    };
    try {
        value();
        space();
        return index < text.length ? index : undefined;
    }
    catch (offset) {
        return offset;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/config/parse-document.ts



/** Caps alias expansion: a 9-level "billion laughs" document needs far more. */
const MAX_ALIAS_EXPANSIONS = 100;
function formatOf(file) {
    return /\.json$/i.test(file) ? 'JSON' : 'YAML';
}
function escapePointerSegment(segment) {
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
/**
 * Parses YAML or JSON text into plain data plus a position map, collecting
 * every syntax problem (duplicate keys, tab indentation, bad tokens) at once.
 * Empty documents and alias bombs are errors. Pure: text in, data out.
 */
function parseConfigText(text, file) {
    const format = formatOf(file);
    if (format === 'JSON')
        assertJsonSyntax(text, file);
    // In valid JSON a tab is only ever whitespace between tokens; replacing it
    // one-for-one keeps columns and spares YAML's tab-indentation rule.
    const source = format === 'JSON' ? text.replace(/\t/g, ' ') : text;
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(source, {
        lineCounter,
        uniqueKeys: true,
        prettyErrors: true,
        strict: true,
    });
    const problems = [...document.errors, ...document.warnings].map((problem) => ({
        message: `${problem.message.split(' at line ')[0].split('\n')[0]} (${problem.code})`,
        location: problem.linePos
            ? { file, line: problem.linePos[0].line, column: problem.linePos[0].col }
            : { file },
    }));
    if (problems.length > 0) {
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_SYNTAX', { file, format, detail: `${problems.length} problem(s)` }, { details: problems, location: problems[0].location });
    }
    if (document.contents === null)
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_EMPTY', { file });
    let value;
    try {
        value = document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
    }
    catch (error) {
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_SYNTAX', {
            file,
            format,
            detail: `aliases expand to more than ${MAX_ALIAS_EXPANSIONS} nodes (${error.message})`,
        });
    }
    const positions = { value: new Map(), key: new Map() };
    recordPositions(document.contents, '', positions, lineCounter);
    return { value, positions };
}
function assertJsonSyntax(text, file) {
    try {
        JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const offset = jsonErrorOffset(text);
        const location = { file, ...(offset === undefined ? {} : offsetToPosition(text, offset)) };
        throw new gates_error/* GatesError */.xx('GATES_E_CONFIG_SYNTAX', { file, format: 'JSON', detail: message.split('\n')[0] }, { location });
    }
}
function offsetToPosition(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
function recordPositions(node, pointer, positions, lines) {
    if (!node)
        return;
    if (node.range)
        positions.value.set(pointer, toPosition(lines, node.range[0]));
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            const keyNode = pair.key;
            const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : String(keyNode);
            const child = `${pointer}/${escapePointerSegment(key)}`;
            if (keyNode?.range)
                positions.key.set(child, toPosition(lines, keyNode.range[0]));
            recordPositions(pair.value, child, positions, lines);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, index) => recordPositions(item, `${pointer}/${index}`, positions, lines));
    }
}
function toPosition(lines, offset) {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
}


/***/ }),

/***/ 62902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateAgainstSchema: () => (/* binding */ validateAgainstSchema)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75026);
/* harmony import */ var _parse_document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13434);




// ajv is CommonJS; under NodeNext its default export arrives as module.exports.
const Ajv2020 = (ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default());
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default());
const compiled = new WeakMap();
function compile(schema) {
    let validate = compiled.get(schema);
    if (!validate) {
        // optimize: false: ajv's optimising pass over the generated code took a third of the compile (60 of 160 ms
        // for the rbac schema), at every run of every action with a config file; it changes how the code reads, not what
        // it accepts or the errors it reports, and a config is validated once.
        const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, code: { optimize: false } });
        addFormats(ajv);
        validate = ajv.compile(schema);
        compiled.set(schema, validate);
    }
    return validate;
}
/**
 * Validates data against a JSON Schema and returns every problem, each located
 * at its file:line:column through the position map. Unknown keys get a
 * did-you-mean from the properties the schema allows there.
 */
function validateAgainstSchema(data, schema, file, positions) {
    const validate = compile(schema);
    if (validate(data))
        return [];
    return dedupe((validate.errors ?? []).map((error) => describe(error, file, positions)));
}
function describe(error, file, positions) {
    const path = error.instancePath || '/';
    if (error.keyword === 'additionalProperty' || error.keyword === 'additionalProperties') {
        const key = String(error.params.additionalProperty);
        const pointer = `${error.instancePath}/${(0,_parse_document_js__WEBPACK_IMPORTED_MODULE_2__/* .escapePointerSegment */ .mE)(key)}`;
        const allowed = Object.keys(error.parentSchema?.properties ?? {});
        const guess = (0,_text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .didYouMean */ .a)(key, allowed);
        return {
            message: `unknown key "${key}" in ${path}`,
            location: locate(pointer, file, positions, 'key'),
            hint: guess ? `did you mean "${guess}"?` : allowed.length ? `allowed keys: ${allowed.join(', ')}` : undefined,
        };
    }
    let message = `${path} ${error.message ?? 'is invalid'}`;
    if (error.keyword === 'enum')
        message += `: ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (error.keyword === 'const')
        message += `: ${JSON.stringify(error.params.allowedValue)}`;
    if (error.keyword === 'required') {
        message = `${path} is missing required key "${String(error.params.missingProperty)}"`;
    }
    return { message, location: locate(error.instancePath, file, positions, 'value') };
}
function locate(pointer, file, positions, prefer) {
    const position = prefer === 'key'
        ? positions?.key.get(pointer) ?? positions?.value.get(pointer)
        : positions?.value.get(pointer) ?? positions?.key.get(pointer);
    return position ? { file, line: position.line, column: position.column } : { file };
}
function dedupe(details) {
    const seen = new Set();
    return details.filter((detail) => {
        const key = `${detail.location?.line}:${detail.location?.column}:${detail.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ })

};
