export const id = 475;
export const ids = [475];
export const modules = {

/***/ 23475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZipRefused: () => (/* binding */ ZipRefused),
  extractZip: () => (/* binding */ extractZip)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./packages/core/src/files/zip-entries.ts
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

;// CONCATENATED MODULE: ./packages/core/src/state-transport/segment-zip.ts




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
    const reader = await segment_zip_open(zip);
    try {
        let left = maxBytes;
        const seen = new Set();
        (0,external_node_fs_.mkdirSync)(into, { recursive: true, mode: 0o700 });
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
            const path = (0,external_node_path_.join)(into, name);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true, mode: 0o700 });
            (0,external_node_fs_.writeFileSync)(path, content, { mode: 0o600, flag: 'wx' });
        }
    }
    finally {
        reader.close();
    }
}
/** The next entry; a zip yauzl cannot read further is a refusal. */
function nextEntry(reader) {
    return nextZipEntry(reader).catch((error) => Promise.reject(refusal(error)));
}
const over = (maxBytes) => new ZipRefused(`its files unpack to more than the ${maxBytes} bytes of a segment`);
function segment_zip_open(zip) {
    return new Promise((resolve, reject) => 
    // strictFileNames: a backslash is refused, not turned into a separator; yauzl refuses absolute and `..` paths itself.
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, reader) => error ? reject(refusal(error)) : resolve(reader)));
}
/** The entry's bytes, inflating no more than `left` of them: a deflate bomb is never held whole, nor written. */
async function inflate(reader, entry, left, maxBytes) {
    const stream = await openZipEntry(reader, entry).catch((error) => Promise.reject(refusal(error, entry.fileName)));
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
