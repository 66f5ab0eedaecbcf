export const id = 426;
export const ids = [426];
export const modules = {

/***/ 7426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mostSpecificTag: () => (/* binding */ mostSpecificTag)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Of the tags at `commit`, the one a version comment should name: the most
 * specific version (v4.2.2 over v4.2 over v4), preferring the family of the
 * ref being pinned (pinning `v4` should say `v4.x.y`, not an unrelated tag).
 * Pure.
 */
function mostSpecificTag(ref, tags, commit) {
    const atCommit = tags.filter((tag) => tag.commit === commit).map((tag) => tag.name);
    if (atCommit.length === 0)
        return undefined;
    const family = atCommit.filter((name) => name === ref || name.startsWith(`${ref}.`));
    const pool = family.length > 0 ? family : atCommit;
    return [...pool].sort(bySpecificity)[0];
}
function bySpecificity(a, b) {
    const parts = (name) => name.replace(/^v/, '').split(/[.+-]/).length;
    const versionA = semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(a);
    const versionB = semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(b);
    if (versionA && versionB && semver__WEBPACK_IMPORTED_MODULE_0___default().neq(versionA, versionB))
        return semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare(versionA, versionB);
    return parts(b) - parts(a) || a.localeCompare(b);
}


/***/ })

};
