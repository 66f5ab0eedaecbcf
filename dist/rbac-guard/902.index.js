export const id = 902;
export const ids = [902];
export const modules = {

/***/ 2902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateAgainstSchema: () => (/* binding */ validateAgainstSchema)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5026);
/* harmony import */ var _parse_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3434);




// ajv is CommonJS; under NodeNext its default export arrives as module.exports.
const Ajv2020 = (ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2___default());
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default());
const compiled = new WeakMap();
function compile(schema) {
    let validate = compiled.get(schema);
    if (!validate) {
        const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
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
        const pointer = `${error.instancePath}/${(0,_parse_document_js__WEBPACK_IMPORTED_MODULE_1__/* .escapePointerSegment */ .mE)(key)}`;
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
