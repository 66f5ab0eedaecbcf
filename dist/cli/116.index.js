export const id = 116;
export const ids = [116];
export const modules = {

/***/ 90015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ nextZipEntry),
/* harmony export */   q: () => (/* binding */ openZipEntry)
/* harmony export */ });
/**
 * yauzl's callback-and-event reading as promises, for a reader opened with
 * `lazyEntries: true` (one entry at a time: a zip with a million entries is
 * never listed in memory). Shared by every zip the suite reads (state segment
 * artifacts, redact-logs' zipped logs), so the listener bookkeeping is written
 * once: each call removes the listeners it added, whichever event settles it.
 */
/** The next entry, or undefined after the last; rejects with yauzl's error for a zip it cannot read further. */
function nextZipEntry(reader) {
    return new Promise((resolve, reject) => {
        const settle = (callback) => {
            reader.off('entry', onEntry).off('end', onEnd).off('error', onError);
            callback();
        };
        const onEntry = (entry) => settle(() => resolve(entry));
        const onEnd = () => settle(() => resolve(undefined));
        const onError = (error) => settle(() => reject(error));
        reader.on('entry', onEntry).on('end', onEnd).on('error', onError);
        reader.readEntry();
    });
}
/** The entry's inflated bytes as a stream (yauzl checks them against the declared size when `validateEntrySizes` is set). */
function openZipEntry(reader, entry) {
    return new Promise((resolve, reject) => reader.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))));
}


/***/ }),

/***/ 39116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZipRefused: () => (/* binding */ ZipRefused),
/* harmony export */   extractZip: () => (/* binding */ extractZip)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20663);
/* harmony import */ var _files_zip_entries_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90015);




/**
 * A segment artifact's zip, unpacked by the restore itself (docs/ordering.md,
 * "Size limits"). Any step holding the runtime token can upload an artifact:
 * the artifact client's own extraction writes whatever the zip holds (16 MiB
 * of zeros deflate to 16 KiB, so a zip under the listed-size limit can fill
 * the runner's disk), and a zip it cannot read fails the whole restore after
 * its retries. Here yauzl (already the suite's zip reader, redact-logs uses
 * it) reads the zip, and the bytes are counted against a limit as they are
 * inflated: a zip that is malformed, over the limit, encrypted, in another
 * compression method, or names a path outside the directory is refused, and
 * the restore leaves that one artifact out and goes on.
 */
class ZipRefused extends Error {
}
/** Writes the zip's files under `into` (created), at most `maxBytes` of them in all; rejects with ZipRefused for a zip it will not unpack. */
async function extractZip(zip, into, maxBytes) {
    const reader = await open(zip);
    try {
        let left = maxBytes;
        const seen = new Set();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(into, { recursive: true, mode: 0o700 });
        for (let entry = await nextEntry(reader); entry; entry = await nextEntry(reader)) {
            const name = entry.fileName;
            if (name.endsWith('/'))
                continue;
            if (!isSafeName(name))
                throw new ZipRefused(`it names a path outside its directory: ${JSON.stringify(name.slice(0, 80))}`);
            if (seen.has(name))
                throw new ZipRefused(`it holds ${JSON.stringify(name.slice(0, 80))} twice`);
            seen.add(name);
            // The declared size first (yauzl checks it against what inflates), then the bytes themselves as they come.
            if (entry.uncompressedSize > left)
                throw over(maxBytes);
            const content = await inflate(reader, entry, left, maxBytes);
            left -= content.length;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(into, name);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true, mode: 0o700 });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, content, { mode: 0o600, flag: 'wx' });
        }
    }
    finally {
        reader.close();
    }
}
/** The next entry; a zip yauzl cannot read further is a refusal. */
function nextEntry(reader) {
    return (0,_files_zip_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .nextZipEntry */ .R)(reader).catch((error) => Promise.reject(refusal(error)));
}
const over = (maxBytes) => new ZipRefused(`its files unpack to more than the ${maxBytes} bytes of a segment`);
function open(zip) {
    return new Promise((resolve, reject) => 
    // strictFileNames: a backslash is refused, not turned into a separator; yauzl refuses absolute and `..` paths itself.
    yauzl__WEBPACK_IMPORTED_MODULE_2__.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, reader) => error ? reject(refusal(error)) : resolve(reader)));
}
/** The entry's bytes, inflating no more than `left` of them: a deflate bomb is never held whole, nor written. */
async function inflate(reader, entry, left, maxBytes) {
    const stream = await (0,_files_zip_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .openZipEntry */ .q)(reader, entry).catch((error) => Promise.reject(refusal(error, entry.fileName)));
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        stream.on('data', (chunk) => {
            size += chunk.length;
            if (size > left) {
                stream.destroy();
                reject(over(maxBytes));
            }
            else
                chunks.push(chunk);
        });
        stream.on('error', (streamError) => reject(refusal(streamError, entry.fileName)));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
}
/** yauzl's own words for what it would not read (truncated, encrypted, unsupported method, bad path), as a refusal. */
function refusal(error, name) {
    if (error instanceof ZipRefused)
        return error;
    const reason = String(error?.message ?? error).slice(0, 200);
    return new ZipRefused(name === undefined ? `it is not a zip the restore reads (${reason})` : `${JSON.stringify(name.slice(0, 80))} cannot be read (${reason})`);
}
/** Relative, forward slashes only, no empty, `.` or `..` part, no NUL or drive colon: the path stays under the directory on every platform. */
function isSafeName(name) {
    const parts = name.split('/');
    return name.length > 0 && !/[\\\0:]/.test(name) && parts.every((part) => part !== '' && part !== '.' && part !== '..');
}


/***/ })

};
