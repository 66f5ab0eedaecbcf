export const id = 224;
export const ids = [224];
export const modules = {

/***/ 55224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileProblem: () => (/* binding */ compileProblem),
/* harmony export */   jsonProblems: () => (/* binding */ jsonProblems)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);


// ajv is CommonJS; under NodeNext its default export arrives as module.exports (as in the core's schema validator).
const Ajv2020 = (ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default());
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default());
/**
 * A table's JSON Schemas are the user's: an unknown keyword is refused (a
 * typo would check nothing), but what the suite's own schemas must also
 * satisfy (every required property declared, types spelled out) is not
 * asked of them. Loaded only when a case expects JSON: ajv is heavy.
 */
const compiled = new WeakMap();
function compile(schema) {
    let validate = compiled.get(schema);
    if (!validate) {
        const ajv = new Ajv2020({ allErrors: true, strictSchema: true, strictRequired: false, strictTypes: false, strictTuples: false, allowUnionTypes: true, logger: false });
        addFormats(ajv);
        validate = ajv.compile(schema);
        compiled.set(schema, validate);
    }
    return validate;
}
/** Why a JSON Schema from the table cannot be used, or undefined. */
function compileProblem(schema) {
    try {
        compile(schema);
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
}
/** The problems of an output against a case's `json` expectation: not JSON at all, or each place it breaks the schema. */
function jsonProblems(text, schema, stream) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return [`${stream} is not JSON (${error instanceof Error ? error.message : String(error)})`];
    }
    if (schema === true)
        return [];
    if (schema === false)
        return [`${stream} is JSON, and the table says it must not be`];
    const validate = compile(schema);
    if (validate(value))
        return [];
    return (validate.errors ?? []).map((error) => `${stream} JSON ${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}


/***/ })

};
