export const id = 268;
export const ids = [268];
export const modules = {

/***/ 1268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ loadRedactPolicy),
/* harmony export */   policyWithDefaults: () => (/* binding */ policyWithDefaults)
/* harmony export */ });
/* unused harmony export DEFAULT_ENV_PATTERNS */
<<<<<<< HEAD
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4930);
=======
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _gates_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2966);


>>>>>>> fsledger

/** Names under which CI systems and tools conventionally pass credentials. */
const DEFAULT_ENV_PATTERNS = ['*TOKEN*', '*SECRET*', '*PASSWORD*', '*PASSWD*', '*_KEY', '*API_KEY*', '*CREDENTIALS*', '*PRIVATE_KEY*'];
function policyWithDefaults(file, path, positions) {
    return {
        file: path,
        positions,
        replacement: file?.replacement ?? 'mask',
        minSecretLength: file?.['min-secret-length'] ?? _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MIN_SECRET_LENGTH */ .ji,
        envPatterns: file?.['env-patterns'] ?? DEFAULT_ENV_PATTERNS,
        binary: file?.binary ?? 'skip',
        archives: file?.archives ?? 'scrub',
        allowSkipped: file?.skipped === 'allow',
        maxFileBytes: file?.['max-file-size'] ? (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .parseSize */ .DB)(file['max-file-size']) : 64 * 1024 ** 3,
        maxMasks: file?.['max-masks'] ?? 1000,
        allow: file?.allow ?? [],
        disabledRules: file?.rules?.disable ?? [],
        customRules: file?.rules?.custom ?? [],
    };
}
/** The `policy` input's file when it exists; the built-in defaults when the default path is absent. A path set by the user must exist. */
async function loadRedactPolicy(inputs, workspace) {
    const loaded = await (0,_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .loadConfigInput */ .jl)(inputs, workspace, { input: 'policy', kind: _gates_core__WEBPACK_IMPORTED_MODULE_0__/* .CONFIG_KINDS */ .j0.redact });
    return loaded ? policyWithDefaults(loaded.value, loaded.file, loaded.positions) : policyWithDefaults(undefined);
}


/***/ })

};
