export const id = 357;
export const ids = [357];
export const modules = {

/***/ 26357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   npmLockDrift: () => (/* binding */ npmLockDrift)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Whether an npm lockfile matches its package.json, offline: every dependency
 * locked at a version its range accepts. Its own module because it needs
 * semver, which is loaded only when a repository has an npm lockfile. Pure.
 */

/** Dependencies of package.json that package-lock.json lacks or locks at a version outside the range. */
function npmLockDrift(manifestText, lockText) {
    const manifest = JSON.parse(manifestText);
    const lock = JSON.parse(lockText);
    const drift = [];
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
        for (const [name, range] of Object.entries(manifest[key] ?? {})) {
            // git, file, workspace, alias and URL specs cannot be checked offline.
            if (!semver__WEBPACK_IMPORTED_MODULE_0___default().validRange(range))
                continue;
            const locked = lock.packages?.[`node_modules/${name}`]?.version ?? lock.dependencies?.[name]?.version;
            if (!locked || !semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(locked, range, { includePrerelease: true }))
                drift.push({ name, range, locked });
        }
    }
    return drift;
}


/***/ })

};
