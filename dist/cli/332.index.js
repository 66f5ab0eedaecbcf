export const id = 332;
export const ids = [332,116];
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

/***/ 61332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishSegment: () => (/* binding */ publishSegment),
/* harmony export */   restoreSegments: () => (/* binding */ restoreSegments)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _audit_hash_chain_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2669);
/* harmony import */ var _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(15170);
/* harmony import */ var _safe_files_atomic_file_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(56135);
/* harmony import */ var _safe_files_make_directories_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48877);
/* harmony import */ var _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6220);
/* harmony import */ var _state_state_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57734);
/* harmony import */ var _segment_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(15478);
/* harmony import */ var _segment_name_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84380);
/* harmony import */ var _segment_signature_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94173);
/* harmony import */ var _segment_store_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(96238);
/* harmony import */ var _segment_verify_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(62418);
/* harmony import */ var _segment_zip_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(39116);
/* harmony import */ var _state_session_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39183);
















/*
 * The half of a StateSession that moves segments through a store: the run's
 * segments restored at start, this job's published at the end. Loaded on
 * demand (state-session.ts): a step under `state: local` has no store, and
 * never parses this, the segment format or the zip reader.
 */
/** Room left in a segment artifact for the zip's own entries, so the listed size stays under the limit. */
const REPORT_SLACK_BYTES = 1024 * 1024;
/** Names tried when a step's segment name is taken (the same step publishing again, or another step squatting it). */
const NAME_ATTEMPTS = 5;
/** Lists, downloads, verifies and keeps the run's segments (with a signing key, only signed ones); each one left out is named and warned about. */
async function restoreSegments(session, options, store) {
    const root = (0,_state_state_root_js__WEBPACK_IMPORTED_MODULE_3__/* .statePath */ .B)(options.stateRoot, 'segments');
    (0,_safe_files_make_directories_js__WEBPACK_IMPORTED_MODULE_4__/* .makeDirectories */ .K)(root, 0o700);
    const listed = await store.list(_segment_name_js__WEBPACK_IMPORTED_MODULE_5__/* .SEGMENT_PREFIX */ .Pw);
    const key = options.signingKey;
    const keyCheck = key === undefined ? {} : { key: { key, binding: (0,_segment_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .segmentBinding */ .DU)(options.env) } };
    for (const { id, name, size } of listed.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        if (!(0,_segment_name_js__WEBPACK_IMPORTED_MODULE_5__/* .isSegmentName */ .Pb)(name)) {
            session.rejected.push({ name, reason: 'not a segment name (it holds a path separator or a character artifact names may not)' });
            options.warn(`State artifact ${JSON.stringify(name)} is not a segment name; it is left out.`);
            continue;
        }
        if (size !== undefined && size > _state_session_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_SEGMENT_ARTIFACT_BYTES */ .S) {
            const reason = `the artifact is ${size} bytes, over the ${mebibytes(_state_session_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_SEGMENT_ARTIFACT_BYTES */ .S)} limit of a segment (not downloaded)`;
            session.rejected.push({ name, reason });
            options.warn(`State segment ${name} is too large to restore (${reason}); its records are left out.`);
            continue;
        }
        const incoming = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, `.incoming-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`);
        try {
            try {
                await store.download(id, incoming, _state_session_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_SEGMENT_ARTIFACT_BYTES */ .S);
            }
            catch (error) {
                // A zip that is malformed or unpacks past the limit is one bad artifact, not an outage: the restore goes on.
                if (!(error instanceof _segment_zip_js__WEBPACK_IMPORTED_MODULE_8__.ZipRefused))
                    throw error;
                session.rejected.push({ name, reason: error.message });
                options.warn(`State segment ${name} cannot be unpacked (${error.message}); its records are left out.`);
                continue;
            }
            const text = readSegmentText((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(incoming, _segment_js__WEBPACK_IMPORTED_MODULE_9__/* .SEGMENT_FILE */ .bD));
            if (typeof text !== 'string') {
                session.rejected.push({ name, reason: text.reason });
                options.warn(`State segment ${name} cannot be read (${text.reason}); its records are left out.`);
                continue;
            }
            // With the key, the MAC is checked before any record is parsed: a forged segment costs one pass over its bytes.
            const check = (0,_segment_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .verifySegment */ .R)(text, { expectedName: name, ...keyCheck });
            if (!check.ok) {
                session.rejected.push({ name, reason: check.reason });
                options.warn(`State segment ${name} ${check.signature ? 'is not signed for this run' : 'does not verify'} (${check.reason}); its records are left out.`);
                continue;
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name), { recursive: true, force: true });
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(incoming, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, name));
            session.restored.push({ name, records: check.segment.records });
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(incoming, { recursive: true, force: true });
        }
    }
}
/**
 * Publishes the records this job appended since its last segment, with the
 * step's report files, as one new artifact. Nothing new, nothing published.
 * Failure warns: the decision is already made and recorded on this runner.
 */
async function publishSegment(session, options, store, ledger, reportDirectory) {
    const marker = (0,_state_state_root_js__WEBPACK_IMPORTED_MODULE_3__/* .statePath */ .B)(options.stateRoot, 'segments', 'published-head');
    const records = await ledger.readVerified();
    const since = (0,_safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_11__/* .readRegularFileIfExists */ .SB)(marker, { maxBytes: 128, noFollow: true })?.toString('utf8').trim() ?? _audit_hash_chain_js__WEBPACK_IMPORTED_MODULE_12__/* .GENESIS_HASH */ .si;
    const start = since === _audit_hash_chain_js__WEBPACK_IMPORTED_MODULE_12__/* .GENESIS_HASH */ .si ? 0 : records.findIndex((record) => record.hash === since) + 1;
    const fresh = records.slice(start);
    if (fresh.length === 0)
        return;
    const base = start === 0 ? _audit_hash_chain_js__WEBPACK_IMPORTED_MODULE_12__/* .GENESIS_HASH */ .si : since;
    try {
        await (0,_segment_store_js__WEBPACK_IMPORTED_MODULE_13__/* .withDeadline */ .NE)('publish', options.timeoutMs, async () => {
            for (let attempt = 1; attempt <= NAME_ATTEMPTS; attempt++) {
                // After the first, names nobody can guess: a step of another job that learnt this job's key (from its
                // earlier segments' names) could take `.2`…`.5` ahead of it, and a failure would then never be published.
                const name = (0,_segment_name_js__WEBPACK_IMPORTED_MODULE_5__/* .segmentName */ .Jc)(options.env, attempt === 1 ? 1 : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex'));
                const outgoing = (0,_state_state_root_js__WEBPACK_IMPORTED_MODULE_3__/* .statePath */ .B)(options.stateRoot, 'outgoing', name);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(outgoing, { recursive: true, force: true });
                const text = `${JSON.stringify((0,_segment_js__WEBPACK_IMPORTED_MODULE_9__/* .buildSegment */ .yQ)(name, base, fresh, signing(options)))}\n`;
                const size = Buffer.byteLength(text);
                // A restore leaves out a segment over the limit unread: publishing one would hide this step's records.
                if (size > _segment_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_SEGMENT_FILE_BYTES */ .G)
                    throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_14__/* .GatesError */ .xx('GATES_E_STATE_REFUSED', { name, reason: `its ${_segment_js__WEBPACK_IMPORTED_MODULE_9__/* .SEGMENT_FILE */ .bD} would be ${mebibytes(size)}, over the ${mebibytes(_segment_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_SEGMENT_FILE_BYTES */ .G)} a restore reads` });
                const files = [(0,_safe_files_atomic_file_js__WEBPACK_IMPORTED_MODULE_15__/* .writeFileAtomically */ .lo)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outgoing, _segment_js__WEBPACK_IMPORTED_MODULE_9__/* .SEGMENT_FILE */ .bD), text, { root: outgoing, directoryMode: 0o700 })];
                let budget = _state_session_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_SEGMENT_ARTIFACT_BYTES */ .S - size - REPORT_SLACK_BYTES;
                for (const report of listFiles(reportDirectory)) {
                    const copied = copyInto(report, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outgoing, 'reports', report.name), budget);
                    if (copied) {
                        files.push(copied.path);
                        budget -= copied.bytes;
                    }
                    else
                        options.warn(`Report ${report.name} is left out of state segment ${name}: the segment would be over the ${mebibytes(_state_session_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_SEGMENT_ARTIFACT_BYTES */ .S)} a restore downloads.`);
                }
                if ((await store.upload(name, outgoing, files)) === 'uploaded') {
                    session.published = name;
                    return;
                }
            }
            throw new _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_14__/* .GatesError */ .xx('GATES_E_STATE_TRANSPORT', { operation: 'publish', reason: `${(0,_segment_name_js__WEBPACK_IMPORTED_MODULE_5__/* .segmentName */ .Jc)(options.env)} and ${NAME_ATTEMPTS - 1} names with random suffixes are taken` });
        });
        (0,_safe_files_atomic_file_js__WEBPACK_IMPORTED_MODULE_15__/* .writeFileAtomically */ .lo)(marker, fresh[fresh.length - 1].hash, { root: (0,_state_state_root_js__WEBPACK_IMPORTED_MODULE_3__/* .statePath */ .B)(options.stateRoot, 'segments'), directoryMode: 0o700 });
    }
    catch (error) {
        // A refusal is not an outage that a later step's segment gets past (its records would be refused too): fail clearly.
        if (error instanceof _errors_gates_error_js__WEBPACK_IMPORTED_MODULE_14__/* .GatesError */ .xx && error.code === 'GATES_E_STATE_REFUSED')
            throw error;
        options.warn(`${error.message} This step's decision is recorded on this runner only; later jobs will not see it.`);
    }
}
function signing(options) {
    const key = options.signingKey;
    return key === undefined ? undefined : { key, binding: (0,_segment_signature_js__WEBPACK_IMPORTED_MODULE_6__/* .segmentBinding */ .DU)(options.env) };
}
/**
 * The segment file's text, or why it is no segment. Any step holding the runtime token can upload an artifact whose
 * `segment.json` is a directory, a link, or larger than any step writes (a step refuses to publish one over the
 * limit): that artifact is left out like one that does not verify, instead of failing every later restore of the
 * run (exit 3 for any decision that needs other jobs' state) or making it slow. No more than the limit is read.
 */
function readSegmentText(file) {
    try {
        const bytes = (0,_safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_11__/* .readRegularFileIfExists */ .SB)(file, { maxBytes: _segment_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_SEGMENT_FILE_BYTES */ .G, noFollow: true });
        return bytes === undefined ? '' : bytes.toString('utf8');
    }
    catch (error) {
        if (error instanceof _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_11__/* .UnreadableFile */ .ie && (error.kind === 'not-regular' || error.kind === 'symlink')) {
            return { reason: `${_segment_js__WEBPACK_IMPORTED_MODULE_9__/* .SEGMENT_FILE */ .bD} is ${error.kind === 'symlink' ? 'a symbolic link' : 'not a regular file'}` };
        }
        if (error instanceof _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_11__/* .UnreadableFile */ .ie && error.kind === 'too-large') {
            return { reason: `${_segment_js__WEBPACK_IMPORTED_MODULE_9__/* .SEGMENT_FILE */ .bD} is over the ${mebibytes(_segment_verify_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_SEGMENT_FILE_BYTES */ .G)} limit of a segment (not read)` };
        }
        throw error;
    }
}
function mebibytes(bytes) {
    return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
}
function listFiles(directory) {
    if (!directory)
        return [];
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(directory, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => ({ name: entry.name, path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, entry.name) }));
    }
    catch {
        return [];
    }
}
/** Copies a report into the outgoing segment if it fits the bytes left; undefined when it does not. */
function copyInto(source, destination, maxBytes) {
    let bytes;
    try {
        bytes = (0,_safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_11__/* .readRegularFileIfExists */ .SB)(source.path, { maxBytes: Math.max(0, maxBytes), noFollow: true }) ?? Buffer.alloc(0);
    }
    catch (error) {
        if (error instanceof _safe_files_read_file_js__WEBPACK_IMPORTED_MODULE_11__/* .UnreadableFile */ .ie && error.kind === 'too-large')
            return undefined;
        throw error;
    }
    return { path: (0,_safe_files_atomic_file_js__WEBPACK_IMPORTED_MODULE_15__/* .writeFileAtomically */ .lo)(destination, bytes, { root: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(destination, '..', '..'), directoryMode: 0o700 }), bytes: bytes.length };
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
